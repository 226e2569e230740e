import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { ui } from 'ask-sdk-model';
import { SESSION_KEY } from '../handlers/turn';
import type { SessionState } from '../state/session-state';

/**
 * "Repeat" says the last answer again, word for word, for someone finding a point with their eyes
 * closed. A routine step is the exception: the routine engine replays it from its start, timing
 * and all, so what it said is not kept. Nor is "sorry, I didn't catch that": a repeat after a
 * misheard word wants the answer before it.
 */
const ROUTINE_SPOKE = 'lastSaid.routineSpoke';
const KEEP = 'lastSaid.keep';

export function markRoutineSpoke(input: HandlerInput): void {
  input.attributesManager.getRequestAttributes()[ROUTINE_SPOKE] = true;
}

export function keepLastSaid(input: HandlerInput): void {
  input.attributesManager.getRequestAttributes()[KEEP] = true;
}

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  return speech?.type === 'SSML' ? speech.ssml : undefined;
}

export const rememberLastSaidInterceptor: ResponseInterceptor = {
  process(input, response) {
    if (!input.requestEnvelope.session || !response) return;
    const session = input.attributesManager.getSessionAttributes()[SESSION_KEY] as
      SessionState | undefined;
    const request = input.attributesManager.getRequestAttributes();
    if (!session || request[KEEP]) return;
    // A routine response in APL for Audio keeps its words as SSML too (see speakRoutine).
    const ssml = ssmlOf(response.outputSpeech) ?? session.audioFallback?.ssml;
    const reprompt = ssmlOf(response.reprompt?.outputSpeech);
    if (request[ROUTINE_SPOKE] || response.shouldEndSession !== false || !ssml || !reprompt) {
      delete session.lastSaid;
    } else session.lastSaid = { ssml, reprompt };
  },
};
