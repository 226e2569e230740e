import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { log } from '../../logging';
import { applyToUser, replayedAt } from '../../routine';
import { turnOf } from '../turn';
import { routineOf } from './run';

/**
 * Alexa could not render the routine's APL for Audio document, so the person heard nothing of
 * it. The same words go out as SSML now, and the routine speaks SSML for the rest of the session;
 * the guidance starts playing from this request, so barge-in is timed from it.
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
    const fallback = turn.session.audioFallback;
    delete turn.session.audioFallback;
    if (!fallback) return input.responseBuilder.getResponse();
    applyToUser(replayedAt(routineOf(turn), Date.parse(request.timestamp)), turn.user);
    // Already SSML, rendered from the same pieces as the document was.
    const builder = input.responseBuilder.speak(fallback.ssml);
    if (fallback.reprompt !== undefined) builder.reprompt(fallback.reprompt);
    return builder.withShouldEndSession(fallback.reprompt === undefined).getResponse();
  },
};
