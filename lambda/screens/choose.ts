import type { HandlerInput } from 'ask-sdk-core';
import type { Screen } from './screen';
import { screenIsOff } from './session';
import { supportsApl } from './supports';

const CHOSEN = 'screen';

/**
 * Handlers say which screen goes with their answer; the response interceptor sends it. Nothing
 * is built for a device without a screen. The first choice of a turn wins: a side answer's
 * screen mid-routine stays up while the routine's closing question is said.
 */
export function showScreen(input: HandlerInput, screen: () => Screen): void {
  if (!supportsApl(input.requestEnvelope) || screenIsOff(input)) return;
  const attributes = input.attributesManager.getRequestAttributes();
  attributes[CHOSEN] ??= screen;
}

/** The screen chosen this turn, built now; none on a voice-only device. */
export function chosenScreen(input: HandlerInput): Screen | undefined {
  const chosen = input.attributesManager.getRequestAttributes()[CHOSEN] as
    (() => Screen) | undefined;
  return chosen?.();
}
