import { AILMENTS } from './ailments';
import { MOISTURE_WORDS, TEMPERATURE_WORDS } from './foot-temperature';
import knowledge from '../locales/en/knowledge.json';
import { POINTS } from './points';
import { numberWords } from './number-words';
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

// The body map's parts as people name them; the reflexology answer for each is the domain's.
const BODY_PARTS: Readonly<Record<string, readonly string[]>> = {
  head: ['head', 'brain', 'skull'],
  eyes: ['eyes', 'eye', 'eyesight', 'vision'],
  ears: ['ears', 'ear', 'hearing'],
  sinuses: ['sinuses', 'sinus', 'nose'],
  neck: ['neck', 'throat'],
  shoulders: ['shoulders', 'shoulder'],
  chest: ['chest', 'heart', 'breasts'],
  lungs: ['lungs', 'lung', 'breathing'],
  stomach: ['stomach', 'tummy', 'belly', 'digestion'],
  bowels: ['bowels', 'bowel', 'intestines', 'gut', 'colon', 'guts'],
  spine: ['spine', 'back', 'backbone', 'upper back'],
  'lower-back': ['lower back', 'low back', 'lumbar spine'],
  pelvis: ['pelvis', 'pelvic area', 'bladder'],
  'sciatic-nerve': ['sciatic nerve', 'sciatic', 'sciatica nerve'],
  arms: ['arms', 'arm', 'elbows', 'hands'],
  knees: ['knees', 'knee'],
  hips: ['hips', 'hip'],
  womb: ['womb', 'uterus', 'ovaries', 'reproductive organs'],
};

export function bodyPartSlotType(): SlotType {
  return {
    name: 'BodyPartType',
    values: Object.entries(BODY_PARTS).map(([id, words]) => value(id, words)),
  };
}

/** A point by its meridian and number ("kidney one", "k i one") or its Chinese name. */
export function pointSlotType(): SlotType {
  return {
    name: 'PointType',
    values: POINTS.map((point) => {
      const [, meridian = '', digits = ''] = /^(.*)-(\d+)$/.exec(point.id) ?? [];
      const number = numberWords(Number(digits));
      const letters = point.code.replace(/\d+$/, '').toLowerCase().split('').join(' ');
      // The English name the skill speaks ("Bubbling Spring, Kidney 1"), before its code.
      const names = knowledge.point as Record<string, { name: string } | undefined>;
      const english = (names[point.id]?.name ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
      return value(point.id, [
        `${meridian} ${number}`,
        ...(english ? [english, `the ${english}`] : []),
        `${meridian} point ${number}`,
        `${meridian} number ${number}`,
        `${letters} ${number}`,
        point.pinyin.toLowerCase(),
        ...(meridian === 'gallbladder' ? [`gall bladder ${number}`] : []),
      ]);
    }),
  };
}

/** Every slot type the knowledge domain owns, for the model generator. */
export function knowledgeSlotTypes(): SlotType[] {
  return [
    ailmentSlotType(),
    topicSlotType(),
    footTemperatureSlotType(),
    footMoistureSlotType(),
    bodyPartSlotType(),
    pointSlotType(),
  ];
}
