import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { keepLastSaid } from '../../interceptors/last-said';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { ROUTINE } from '../routine';
import { hasRun } from '../routine/run';
import { SAFETY_WORDS_INTENT } from '../safety';
import { turnOf } from '../turn';

/**
 * While a yes / no of the skill's own is pending (forget my data, a reminder, a guided hold),
 * "help", "maybe" or a word not understood says that question again, so the answer that follows
 * still means what it answers, and an erasing "yes" is never said to a question no longer heard.
 * The routine restates its own questions.
 */
function restating(
  intents: readonly string[],
  when: (input: HandlerInput) => boolean = () => true,
): RequestHandler {
  return {
    canHandle(input) {
      const pending = turnOf(input).session.pending;
      if (!pending?.question || pending.kind === ROUTINE) return false;
      return isIntent(input, ...intents) && when(input);
    },
    handle(input) {
      const turn = turnOf(input);
      const question = turn.session.pending!.question!;
      // "Repeat" afterwards still wants the answer that asked the question.
      keepLastSaid(input);
      return ask(input, sentences(turn.t('pending.restate'), question), question);
    },
  };
}

/** Before help and the fallback: "help" or a word not understood. */
export const pendingQuestionHandler = restating([
  'AMAZON.HelpIntent',
  'AMAZON.FallbackIntent',
  SAFETY_WORDS_INTENT,
]);

/** After the askers, some of which read "not sure" their own way (a hold offer takes it as no). */
export const pendingUnsureHandler = restating(['NotSureIntent']);

/**
 * With no routine open, "next" or "go back" at a reminder or hold offer cannot mean the routine:
 * the question is said again rather than lost behind "there's no massage going on".
 */
export const pendingRoutineCommandHandler = restating(
  [
    'AMAZON.NextIntent',
    'AMAZON.PreviousIntent',
    'SkipIntent',
    'AMAZON.PauseIntent',
    'AMAZON.ResumeIntent',
    'TimeLeftIntent',
    'WhereAmIIntent',
  ],
  (input) => !hasRun(turnOf(input)),
);
