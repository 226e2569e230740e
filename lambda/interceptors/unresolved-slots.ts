import type { RequestInterceptor } from 'ask-sdk-core';
import { readSlot } from '../handlers/intents';
import { turnOf } from '../handlers/turn';
import { isReadAgain, readSlotWords } from '../understanding';
import { resolvedSlot } from './resolved-slot';

/**
 * Runs before any handler is chosen: a zone, topic, point, posture or length that Alexa heard
 * but matched to no value ("the outer ankle bone") is read again by the skill, and resolved when
 * a value of the slot is inside the words, so the handler answers instead of asking again.
 */
export const unresolvedSlotsInterceptor: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest') return;
    const slots = request.intent.slots ?? {};
    for (const [name, slot] of Object.entries(slots)) {
      if (!slot.value || !isReadAgain(name) || readSlot(input, name).id) continue;
      const read = readSlotWords(name, slot.value, turnOf(input).language);
      if (read) slots[name] = resolvedSlot(name, slot.value, read.id);
    }
  },
};
