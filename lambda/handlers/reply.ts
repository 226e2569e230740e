import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { aplaDirective } from '../speech/apla';
import { SpeechBuilder, type SpeechPiece } from '../speech/ssml';
import { SESSION_KEY } from './turn';
import type { SessionState } from '../state/session-state';

export type Speech = string | SpeechPiece[] | SpeechBuilder;

function render(speech: Speech): string {
  if (speech instanceof SpeechBuilder) return speech.build();
  const builder = new SpeechBuilder();
  if (typeof speech === 'string') builder.say(speech);
  else speech.forEach((piece) => builder.add(piece));
  return builder.build();
}

/** An open response: Alexa keeps listening, and the reprompt is required so no answer dead-ends. */
export function ask(input: HandlerInput, speech: Speech, reprompt: Speech): Response {
  return input.responseBuilder
    .speak(render(speech))
    .reprompt(render(reprompt))
    .withShouldEndSession(false)
    .getResponse();
}

/** A closing response: says its piece and ends the session. */
export function tell(input: HandlerInput, speech: Speech): Response {
  return input.responseBuilder.speak(render(speech)).withShouldEndSession(true).getResponse();
}

/** Joins sentences into speech pieces, skipping empty ones. */
export function sentences(...texts: Array<string | undefined | false>): SpeechPiece[] {
  return texts
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .map((text) => ({ text }));
}

/**
 * How the routine's audio is rendered in this response: APL for Audio, unless `FMC_AUDIO=ssml`
 * or Alexa reported this session that it could not render a document (then SSML to its end).
 */
export function routineAudio(input: HandlerInput): 'apla' | 'ssml' {
  if (process.env.FMC_AUDIO === 'ssml') return 'ssml';
  const session = input.attributesManager.getSessionAttributes()[SESSION_KEY] as
    SessionState | undefined;
  return session?.audio === 'ssml' ? 'ssml' : 'apla';
}

/** Where a routine response's speech waits, for "repeat" (see interceptors/last-said). */
export const ROUTINE_SPEECH = 'reply.routineSpeech';

/** SSML for speech given as pieces or text (the same the SSML responses carry). */
export function ssmlOf(speech: Speech): string {
  return render(speech);
}

/**
 * A routine response: its speech as one APL for Audio document (or SSML, see routineAudio), the
 * reprompt always plain SSML. Open when there is a reprompt.
 */
export function speakRoutine(input: HandlerInput, speech: Speech, reprompt?: Speech): Response {
  const builder = input.responseBuilder;
  if (
    routineAudio(input) === 'ssml' ||
    !input.requestEnvelope.session ||
    speech instanceof SpeechBuilder
  ) {
    return reprompt === undefined ? tell(input, speech) : ask(input, speech, reprompt);
  }
  // Rendered as SSML only if "repeat" will need it.
  input.attributesManager.getRequestAttributes()[ROUTINE_SPEECH] = speech;
  builder.addDirective(aplaDirective(typeof speech === 'string' ? [{ text: speech }] : speech));
  if (reprompt !== undefined) builder.reprompt(render(reprompt));
  return builder.withShouldEndSession(reprompt === undefined).getResponse();
}
