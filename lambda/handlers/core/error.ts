import type { ErrorHandler } from 'ask-sdk-core';
import { log } from '../../logging';
import { ask, sentences } from '../reply';
import { turnOf } from '../turn';

/** The last resort: whatever broke, the user hears a friendly sentence and can carry on. */
export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    log.error(`request failed: ${input.requestEnvelope.request.type}`, error);
    const turn = turnOf(input);
    const question = turn.t('error.question');
    return ask(input, sentences(turn.t('error.text'), question), question);
  },
};
