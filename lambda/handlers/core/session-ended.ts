import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { log } from '../../logging';

/** Alexa allows no speech here; the response interceptor still saves the user's place. */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle(input) {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR')
      log.warn(`session ended with an error: ${request.error?.type ?? 'unknown'}`);
    return input.responseBuilder.getResponse();
  },
};
