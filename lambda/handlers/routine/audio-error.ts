import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { log } from '../../logging';
import { replayLast } from '../../routine';
import { turnOf } from '../turn';
import { respond, routineOf, sayOf } from './run';

/**
 * Alexa could not render the routine's APL for Audio document, so the person heard nothing of
 * it. The routine speaks SSML for the rest of the session, starting with the same guidance again
 * (or its question), timed from this request for barge-in.
 */
export const audioErrorHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APLA.RuntimeError',
  handle(input) {
    const turn = turnOf(input);
    const request = input.requestEnvelope.request;
    const errors = request.type === 'Alexa.Presentation.APLA.RuntimeError' ? request.errors : [];
    log.warn(`APLA runtime error: ${errors.map((e) => e.type).join(', ') || 'unknown'}`);
    turn.session.audio = 'ssml';
    // Without a session (after a goodbye) there is nobody left to answer.
    if (!input.requestEnvelope.session || !routineOf(turn).run) {
      return input.responseBuilder.getResponse();
    }
    return respond(input, replayLast(routineOf(turn), sayOf(turn)));
  },
};
