import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SpeechBuilder, type SpeechPiece } from '../speech/ssml';

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
