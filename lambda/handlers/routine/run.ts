import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import {
  applyToUser,
  estimateSpeechSeconds,
  speakingRateOf,
  expectingOf,
  offerToContinue,
  resumeFrom,
  stateFromUser,
  transition,
  withPlaying,
  type EngineOutput,
  type RoutineEvent,
  type RoutineState,
  type Transition,
} from '../../routine';
import type { Say } from '../../routine/types';
import { markRoutineSpoke } from '../../interceptors/last-said';
import type { SpeechPiece } from '../../speech/ssml';
import { finishedRoutineGoodbye } from '../reminders/goodbye';
import { showScreenUnlessChosen } from '../screens/show';
import { sentences, speakRoutine } from '../reply';
import { pick, turnOf, type Turn } from '../turn';

/** The session's pending kind while the routine engine owns the next yes / no / slot answer. */
export const ROUTINE = 'routine';

const says = new WeakMap<Turn['t'], Say>();

/** One `say` per translator, so the engine's per-translator caches recognise it turn after turn. */
export function sayOf(turn: Turn): Say {
  const t = turn.t;
  let say = says.get(t);
  if (!say) says.set(t, (say = (key, params) => t(key, params ?? {})));
  return say;
}

const routines = new WeakMap<object, { routine: unknown; state: RoutineState }>();

/**
 * The engine's view of the stored user state. Read several times a turn (is a run open? then the
 * event itself), so it is validated once per stored run; the engine never mutates its input.
 */
export function routineOf(turn: Turn): RoutineState {
  const known = routines.get(turn.user);
  if (known && known.routine === turn.user.routine) return known.state;
  const state = stateFromUser(turn.user);
  routines.set(turn.user, { routine: turn.user.routine, state });
  return state;
}

/**
 * Where an open run stands, as far as what the person can say next is concerned: `asking` while
 * it waits on an answer to one of its questions (safety, position, foot bath, tender spot).
 */
export type RunStanding = 'playing' | 'asking' | 'paused' | 'foot-bath' | 'offered';

export function standingOf(turn: Turn): RunStanding | undefined {
  const state = routineOf(turn);
  const status = state.run?.status;
  if (!status) return undefined;
  if (status === 'paused') return 'paused';
  if (status === 'waiting') return 'foot-bath';
  if (status === 'offered') return 'offered';
  return expectingOf(state) === 'continue' ? 'playing' : 'asking';
}

/** True while a run is open (active, paused, waiting for the foot bath, or offered at launch). */
export function hasRun(turn: Turn): boolean {
  return routineOf(turn).run !== undefined;
}

/** The engine's timeline as speech pieces: sentences, and silences the SSML builder splits. */
export function piecesOf(output: EngineOutput): SpeechPiece[] {
  return output.segments.map((segment) =>
    segment.kind === 'speech' ? { text: segment.text } : { pauseSeconds: segment.seconds },
  );
}

/** Seconds the handler's own words take before the engine's (they shift the steps' offsets). */
function leadSeconds(lead: readonly SpeechPiece[], wordsPerMinute: number): number {
  return lead.reduce(
    (sum, p) =>
      sum + ('text' in p ? estimateSpeechSeconds(p.text, wordsPerMinute) : p.pauseSeconds),
    0,
  );
}

/**
 * Stores the engine's new state and turns its output into the response. `lead` is spoken first
 * (an answer to a side question, say); the engine's closing question always comes last.
 */
export function respond(input: HandlerInput, next: Transition, lead: SpeechPiece[] = []): Response {
  const turn = turnOf(input);
  const { output } = next;
  showScreenUnlessChosen(input, next, lead);
  // A guided hold ends "finished" too; only the whole routine's goodbye counts for the habit.
  const routineDone = output.endReason === 'finished' && routineOf(turn).run?.kind === 'routine';
  // The steps now sent, placed on Alexa's clock: the next request may come while they play.
  const at = Date.parse(input.requestEnvelope.request.timestamp);
  const state = withPlaying(
    next.state,
    at,
    Math.round(leadSeconds(lead, speakingRateOf(turn.t)) * 1000),
    output.steps,
  );
  applyToUser(state, turn.user);
  turn.session.pending = output.expecting ? { kind: ROUTINE } : undefined;
  const speech = [...lead, ...piecesOf(output)];
  if (output.ended && routineDone) return finishedRoutineGoodbye(input, speech);
  if (output.ended && output.endReason !== 'declined') return speakRoutine(input, speech);
  if (output.ended || !output.question) {
    // A declined resume (or nothing left to ask) leaves the person at the main menu.
    const question = pick(turn, 'launch.question');
    return speakRoutine(
      input,
      [...speech, ...sentences(turn.t('launch.returningOptions'), question)],
      sentences(turn.t('launch.returningOptions'), question),
    );
  }
  return speakRoutine(
    input,
    [...speech, { text: output.question.text }],
    output.reprompt?.text ?? output.question.text,
  );
}

/** Answers about the routine rather than the routine itself: "repeat" says them again. */
const ABOUT_THE_ROUTINE: ReadonlySet<RoutineEvent['type']> = new Set([
  'time-left',
  'where-am-i',
  'explain',
]);

/** Feeds one event to the engine and answers with what it says. */
export function runEvent(input: HandlerInput, event: RoutineEvent, lead?: SpeechPiece[]): Response {
  const turn = turnOf(input);
  if (!ABOUT_THE_ROUTINE.has(event.type)) markRoutineSpoke(input);
  return respond(input, transition(routineOf(turn), event, sayOf(turn)), lead);
}

/** Picks an open run up where it stopped, saying where first ("Picking up at ..."). */
export function pickUp(input: HandlerInput): Response {
  const turn = turnOf(input);
  const state = routineOf(turn);
  markRoutineSpoke(input);
  const offered = state.run
    ? { ...state, run: { ...state.run, status: 'offered' as const } }
    : state;
  return respond(input, resumeFrom(offered, sayOf(turn)));
}

/** After anything said mid-routine: `lead`, then the routine's pending question or an offer. */
export function offerRoutineAgain(input: HandlerInput, lead: SpeechPiece[]): Response {
  const turn = turnOf(input);
  return respond(input, offerToContinue(routineOf(turn), sayOf(turn)), lead);
}
