import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { log } from '../../logging';
import { turnScreenOff } from '../../screens/session';

/**
 * The device could not show a document. Alexa expects an answer; an empty one leaves whatever
 * is playing alone, and no further documents go out this session, so the voice flow carries on.
 */
export const screenRuntimeErrorHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.RuntimeError',
  handle(input) {
    const request = input.requestEnvelope.request;
    const errors = request.type === 'Alexa.Presentation.APL.RuntimeError' ? request.errors : [];
    const first = errors[0];
    log.warn(
      `screen runtime error (${errors.length})`,
      first ? `${first.type}: ${first.message}` : undefined,
    );
    turnScreenOff(input);
    return input.responseBuilder.getResponse();
  },
};
