import { getSupportedInterfaces } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/** True only on a device that reports APL: a voice-only Echo never gets a document. */
export function supportsApl(envelope: RequestEnvelope): boolean {
  return getSupportedInterfaces(envelope)?.['Alexa.Presentation.APL'] !== undefined;
}
