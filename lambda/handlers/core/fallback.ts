import type { RequestHandler } from 'ask-sdk-core';
import { keepLastSaid } from '../../interceptors/last-said';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { hasRun, offerRoutineAgain, standingOf } from '../routine';
import { turnOf } from '../turn';

/** Also catches any intent no other handler claims, so a model change can never dead-end. */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) =>
    input.requestEnvelope.request.type === 'IntentRequest' ||
    isIntent(input, 'AMAZON.FallbackIntent'),
  handle(input) {
    keepLastSaid(input);
    const turn = turnOf(input);
    if (hasRun(turn)) {
      // The routine's pending question or prompt is said again, so a misheard answer loses
      // nothing; "say next to go on" only helps while the routine is playing.
      const playing = standingOf(turn) === 'playing';
      const lead = turn.t(playing ? 'fallback.inRoutine' : 'fallback.plain');
      return offerRoutineAgain(input, [{ text: lead }]);
    }
    const question = turn.t('fallback.question');
    return ask(input, sentences(turn.t('fallback.general'), question), question);
  },
};
