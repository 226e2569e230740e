import type { RequestHandler } from 'ask-sdk-core';
import type { canfulfill } from 'ask-sdk-model';
import { languageOf } from '../languages/registry';
import { canFulfill, type SlotHeard } from '../reach/can-fulfill';
import { readSlot } from './intents';

/**
 * Alexa asks, before routing a request without the skill's name, whether the skill can serve
 * it. The answer has no speech and changes nothing (the user state is not even loaded).
 */
export const canFulfillIntentHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'CanFulfillIntentRequest',
  handle(input) {
    const request = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    const slots: Record<string, SlotHeard> = {};
    for (const name of Object.keys(request.intent?.slots ?? {}))
      slots[name] = readSlot(input, name);
    const verdict = canFulfill(
      request.intent?.name ?? '',
      slots,
      languageOf(input.requestEnvelope.request.locale),
    );
    return input.responseBuilder
      .withCanFulfillIntent(verdict as canfulfill.CanFulfillIntent)
      .getResponse();
  },
};
