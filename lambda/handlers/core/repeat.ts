import type { RequestHandler } from 'ask-sdk-core';
import { keepLastSaid } from '../../interceptors/last-said';
import { isIntent } from '../intents';
import { turnOf } from '../turn';

/** The last answer again (see interceptors/last-said); a routine step is replayed by the routine. */
export const repeatHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.RepeatIntent') && turnOf(input).session.lastSaid !== undefined,
  handle(input) {
    const { ssml, reprompt } = turnOf(input).session.lastSaid!;
    keepLastSaid(input);
    return input.responseBuilder
      .speak(ssml)
      .reprompt(reprompt)
      .withShouldEndSession(false)
      .getResponse();
  },
};
