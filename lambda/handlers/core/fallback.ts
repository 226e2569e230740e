import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { hasRun, isAsking, offerRoutineAgain } from '../routine';
import { turnOf } from '../turn';

/** Also catches any intent no other handler claims, so a model change can never dead-end. */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) =>
    input.requestEnvelope.request.type === 'IntentRequest' ||
    isIntent(input, 'AMAZON.FallbackIntent'),
  handle(input) {
    const turn = turnOf(input);
    if (hasRun(turn)) {
      // The routine's pending question is asked again, so a misheard answer loses nothing; at a
      // question, "say next to go on" would only send the person round in a circle.
      const lead = turn.t(isAsking(turn) ? 'fallback.atQuestion' : 'fallback.inRoutine');
      return offerRoutineAgain(input, [{ text: lead }]);
    }
    const question = turn.t('fallback.question');
    return ask(input, sentences(turn.t('fallback.general'), question), question);
  },
};
