import type { HandlerInput } from 'ask-sdk-core';

const SCREEN_OFF = 'screenOff';

/**
 * After the device reports that it could not show a document, no more are sent this session:
 * the voice flow carries on alone.
 */
export function turnScreenOff(input: HandlerInput): void {
  if (input.requestEnvelope.session)
    input.attributesManager.getSessionAttributes()[SCREEN_OFF] = true;
}

export function screenIsOff(input: HandlerInput): boolean {
  if (!input.requestEnvelope.session) return false;
  return input.attributesManager.getSessionAttributes()[SCREEN_OFF] === true;
}
