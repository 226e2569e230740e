import type { RequestHandler } from 'ask-sdk-core';
import { isIntent, readSlot } from '../intents';
import { runEvent } from './run';

/** "The heel", "under the big toe": a sore spot mid-routine, or a hold on its own otherwise. */
export const tenderSpotHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'TenderSpotIntent'),
  handle(input) {
    const { id, value } = readSlot(input, 'zone');
    return runEvent(input, { type: 'tender-spot', zone: id ?? value ?? '' });
  },
};
