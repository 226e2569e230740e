import type { Vocabulary, Words } from '../../lambda/languages/types';
import type { SlotType } from './checks';

function slotType(name: string, ...lists: Words[]): SlotType {
  return {
    name,
    values: lists.flatMap((words) =>
      Object.entries(words).map(([id, [value, ...synonyms]]) => ({
        id,
        name: { value, synonyms: synonyms.filter((s) => s !== value) },
      })),
    ),
  };
}

/** A language's slot types, from its vocabulary: the same names and ids in every language. */
export function vocabularySlotTypes(vocabulary: Vocabulary): SlotType[] {
  return [
    slotType('RoutineLengthType', vocabulary.routineLengths),
    slotType('PostureType', vocabulary.postures),
    slotType('TenderZoneType', vocabulary.tenderZones),
    // Red flags share the complaint slot: "where do I press for chest pain" must reach them.
    slotType('AilmentType', vocabulary.ailments, vocabulary.redFlags),
    slotType('TopicType', vocabulary.topics),
    slotType('FootTemperatureType', vocabulary.footTemperature),
    slotType('FootMoistureType', vocabulary.footMoisture),
    slotType('BodyPartType', vocabulary.bodyParts),
    slotType('PointType', vocabulary.points),
    slotType('SafetySignType', vocabulary.safetySigns),
  ];
}
