import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { ui } from 'ask-sdk-model';
import { ROUTINE_SPEECH, ssmlOf as renderSsml, type Speech } from '../handlers/reply';
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
    const reprompt = ssmlOf(response.reprompt?.outputSpeech);
    if (request[ROUTINE_SPOKE] || response.shouldEndSession !== false || !reprompt) {
      delete session.lastSaid;
      return;
    }
    // An answer about the routine in APL for Audio is kept as SSML, said the same way.
    const routineSpeech = request[ROUTINE_SPEECH] as Speech | undefined;
    const ssml =
      ssmlOf(response.outputSpeech) ??
      (routineSpeech === undefined ? undefined : `<speak>${renderSsml(routineSpeech)}</speak>`);
    if (!ssml) {
      delete session.lastSaid;
    } else session.lastSaid = { ssml, reprompt };
  },
};
