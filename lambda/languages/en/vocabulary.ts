import {
  bodyPartSlotType,
  footMoistureSlotType,
  footTemperatureSlotType,
  pointSlotType,
  topicSlotType,
} from '../../knowledge/slot-types';
import { AILMENTS } from '../../knowledge/ailments';
import { RED_FLAGS } from '../../knowledge/red-flags';
import {
  postureSlotType,
  routineLengthSlotType,
  tenderZoneSlotType,
} from '../../routine/slot-types';
import { safetySignSlotType } from '../../safety/slot-type';
import type { Vocabulary, Words } from '../types';

type Listed = { id: string; name: { value: string; synonyms: readonly string[] } };

function wordsOf(values: readonly Listed[]): Words {
  return Object.fromEntries(values.map((v) => [v.id, [v.name.value, ...v.name.synonyms]]));
}

function wordsOfSynonyms(items: ReadonlyArray<{ id: string; synonyms: readonly string[] }>): Words {
  return Object.fromEntries(
    items.map((item) => {
      const [first, ...rest] = item.synonyms;
      if (!first) throw new Error(`${item.id} has no words`);
      return [item.id, [first, ...rest]];
    }),
  );
}

/**
 * English words live beside the domain they name (ailments.ts, slot-types.ts...), where they
 * were written first; this gathers them into the shape every other language fills.
 */
export function englishVocabulary(): Vocabulary {
  return {
    ailments: wordsOfSynonyms(AILMENTS),
    redFlags: wordsOfSynonyms(RED_FLAGS),
    topics: wordsOf(topicSlotType().values),
    bodyParts: wordsOf(bodyPartSlotType().values),
    points: wordsOf(pointSlotType().values),
    footTemperature: wordsOf(footTemperatureSlotType().values),
    footMoisture: wordsOf(footMoistureSlotType().values),
    postures: wordsOf(postureSlotType().values),
    tenderZones: wordsOf(tenderZoneSlotType().values),
    routineLengths: wordsOf(routineLengthSlotType().values),
    safetySigns: wordsOf(safetySignSlotType().values),
  };
}
