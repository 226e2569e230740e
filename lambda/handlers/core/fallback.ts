import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { turnOf } from '../turn';

/** Also catches any intent no other handler claims, so a model change can never dead-end. */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) =>
    input.requestEnvelope.request.type === 'IntentRequest' ||
    isIntent(input, 'AMAZON.FallbackIntent'),
  handle(input) {
    const turn = turnOf(input);
    const question = turn.t('fallback.question');
    return ask(input, sentences(turn.t('fallback.general'), question), question);
  },
};
