import type { RequestInterceptor } from 'ask-sdk-core';
import { requestOfTouch } from '../screens/touch';

export const TOUCH_ATTRIBUTE = 'touch';

/**
 * Runs before any handler is chosen: a touch (Alexa.Presentation.APL.UserEvent) is replaced by
 * the spoken request it stands for, so every handler sees one kind of request. The touch itself
 * is kept in the request attributes for logs.
 */
export const touchInterceptor: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'Alexa.Presentation.APL.UserEvent') return;
    input.attributesManager.getRequestAttributes()[TOUCH_ATTRIBUTE] = request;
    input.requestEnvelope.request = requestOfTouch(request);
  },
};
