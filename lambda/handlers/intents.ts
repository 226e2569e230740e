import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' && names.includes(request.intent.name);
}

/** A slot's spoken value and its resolved id (first successful entity-resolution match). */
export interface SlotReading {
  value?: string;
  id?: string;
}

export function readSlot(input: HandlerInput, name: string): SlotReading {
  const request = input.requestEnvelope.request as IntentRequest;
  const slot = request.intent?.slots?.[name];
  if (!slot) return {};
  const reading: SlotReading = {};
  if (typeof slot.value === 'string' && slot.value.trim()) reading.value = slot.value.trim();
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH') {
      const id = authority.values?.[0]?.value?.id;
      if (id) {
        reading.id = id;
        break;
      }
    }
  }
  return reading;
}
