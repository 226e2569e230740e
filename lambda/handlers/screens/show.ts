import type { HandlerInput } from 'ask-sdk-core';
import { renderParts, type Answer, type Part } from '../../knowledge';
import { speakingRateOf, type Transition } from '../../routine';
import { showScreen } from '../../screens/choose';
import { listScreen, helpItems, type ListKind } from '../../screens/list';
import { leadSecondsOf, playedStepsOf, standingStepOf } from '../../screens/played-steps';
import { pointScreen } from '../../screens/point';
import { routineScreen } from '../../screens/routine-step';
import { welcomeScreen } from '../../screens/welcome';
import type { SpeechPiece } from '../../speech/ssml';
import { turnOf } from '../turn';

/** One call per handler: what the screen shows with this answer, on a device that has one. */

export function showWelcome(input: HandlerInput): void {
  showScreen(input, () => welcomeScreen(turnOf(input).t));
}

export function showPoint(input: HandlerInput, answer: Answer): void {
  showScreen(input, () => pointScreen(turnOf(input).t, answer));
}

export function showList(input: HandlerInput, kind: ListKind, parts?: readonly Part[]): void {
  showScreen(input, () => {
    const t = turnOf(input).t;
    const items = parts ? parts.map((p) => renderParts([p], t)).filter(Boolean) : helpItems(t);
    return listScreen(t, kind, items);
  });
}

/** The routine's screen for this reply, unless a side answer chose its own. */
export function showScreenUnlessChosen(
  input: HandlerInput,
  next: Transition,
  lead: readonly SpeechPiece[] = [],
): void {
  const run = next.state.run;
  // The last block of a routine or a hold plays its steps after the run is gone.
  if (!run && next.output.steps.length === 0) return;
  showScreen(input, () => {
    const turn = turnOf(input);
    const played = playedStepsOf(next, leadSecondsOf(lead, speakingRateOf(turn.t)));
    const standing = standingStepOf(next.state);
    return routineScreen(turn.t, {
      played,
      ...(standing ? { standing } : {}),
      paused: run?.status === 'paused',
    });
  });
}
