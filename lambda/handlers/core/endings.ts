import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { ask, sentences, tell } from '../reply';
import { hasRun, offerRoutineAgain } from '../routine';
import { startMassageHandler } from '../routine/start';
import { pick, turnOf } from '../turn';

/** Nothing of the skill's own waits for an answer: no yes / no question, no routine open. */
function nothingPending(input: HandlerInput): boolean {
  const turn = turnOf(input);
  return !turn.session.pending && !hasRun(turn);
}

/**
 * "No", "no thanks" or "nothing" to the skill's own "anything else?" or "what would you like?"
 * ends the session kindly; a "yes" asks what, and "not sure" says what there is. Never "I didn't
 * ask anything": the skill did ask.
 */
export const nothingPendingHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.NoIntent', 'AMAZON.YesIntent', 'NotSureIntent') &&
    nothingPending(input),
  handle(input) {
    const turn = turnOf(input);
    if (isIntent(input, 'AMAZON.NoIntent')) return tell(input, pick(turn, 'ending.goodbye'));
    const question = pick(turn, 'launch.question');
    const lead = isIntent(input, 'NotSureIntent') ? turn.t('help.general') : undefined;
    return ask(
      input,
      sentences(lead, turn.t('launch.returningOptions'), question),
      sentences(turn.t('launch.returningOptions'), question),
    );
  },
};

/** "I'm ready" or "let's go" with nothing to pick up: the massage it is ready for. */
export const readyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.ResumeIntent') && nothingPending(input),
  handle: (input) => startMassageHandler.handle(input),
};

/** "Thank you": a warm goodbye, or mid-routine a "you're welcome" and back to the routine. */
export const thanksHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ThanksIntent'),
  handle(input) {
    const turn = turnOf(input);
    if (hasRun(turn)) return offerRoutineAgain(input, sentences(turn.t('thanks.inRoutine')));
    turn.session.pending = undefined;
    return tell(input, pick(turn, 'thanks.closing'));
  },
};
