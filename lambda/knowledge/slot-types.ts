import { AILMENTS } from './ailments';
import { MOISTURE_WORDS, TEMPERATURE_WORDS } from './foot-temperature';
import { RED_FLAGS } from './red-flags';
import { TOPICS } from './topics';

export interface SlotTypeValue {
  id: string;
  name: { value: string; synonyms: string[] };
}

export interface SlotType {
  name: string;
  values: SlotTypeValue[];
}

function value(id: string, phrases: readonly string[]): SlotTypeValue {
  const [first, ...rest] = phrases;
  if (!first) throw new Error(`slot value ${id} has no words`);
  return { id, name: { value: first, synonyms: rest.filter((p) => p !== first) } };
}

/**
 * Red flags live in the complaint slot too: "where do I press for chest pain" must resolve to
 * them, and a separate slot type would need a second slot in every sample.
 */
export function ailmentSlotType(): SlotType {
  return {
    name: 'AilmentType',
    values: [
      ...AILMENTS.map((a) => value(a.id, a.synonyms)),
      ...RED_FLAGS.map((r) => value(r.id, r.synonyms)),
    ],
  };
}

export function topicSlotType(): SlotType {
  return { name: 'TopicType', values: TOPICS.map((t) => value(t.id, t.synonyms)) };
}

export function footTemperatureSlotType(): SlotType {
  return {
    name: 'FootTemperatureType',
    values: Object.entries(TEMPERATURE_WORDS).map(([id, words]) => value(id, words)),
  };
}

export function footMoistureSlotType(): SlotType {
  return {
    name: 'FootMoistureType',
    values: Object.entries(MOISTURE_WORDS).map(([id, words]) => value(id, words)),
  };
}

/** Every slot type the knowledge domain owns, for the model generator. */
export function knowledgeSlotTypes(): SlotType[] {
  return [ailmentSlotType(), topicSlotType(), footTemperatureSlotType(), footMoistureSlotType()];
}
