import { loadModel, type InteractionModel, type SlotTypeValue } from '../../../tools/nlu/model';

export interface ModelSlot {
  name: string;
  type: string;
  /** The type's listed values, empty for built-in types (AMAZON.*) the model does not list. */
  values: SlotTypeValue[];
}

export interface ModelIntent {
  name: string;
  slots: ModelSlot[];
}

export interface ModelFacts {
  intents: ModelIntent[];
  find(name: string): ModelIntent | undefined;
  /** Intents with a slot whose type name matches, e.g. /posture/i: how a routine question is answered. */
  withSlotType(pattern: RegExp): Array<{ intent: ModelIntent; slot: ModelSlot }>;
}

/**
 * Read when a test runs, never frozen in a list here: teammates keep adding intents, slots and
 * values, and every one of them should be fuzzed the day it lands.
 */
export function modelFacts(model: InteractionModel = loadModel()): ModelFacts {
  const lm = model.interactionModel.languageModel;
  const types = new Map((lm.types ?? []).map((t) => [t.name, t.values]));
  const intents: ModelIntent[] = lm.intents.map((intent) => ({
    name: intent.name,
    slots: (intent.slots ?? []).map((slot) => ({
      name: slot.name,
      type: slot.type,
      values: types.get(slot.type) ?? [],
    })),
  }));
  return {
    intents,
    find: (name) => intents.find((i) => i.name === name),
    withSlotType: (pattern) =>
      intents.flatMap((intent) =>
        intent.slots.filter((s) => pattern.test(s.type)).map((slot) => ({ intent, slot })),
      ),
  };
}
