import knowledge from '../locales/en-US/knowledge.json';
import { AILMENTS } from './ailments';
import { BODY_PARTS } from './body-map';
import { POINTS } from './points';
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

export function bodyPartSlotType(): SlotType {
  return { name: 'BodyPartType', values: BODY_PARTS.map((p) => value(p.id, p.synonyms)) };
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];
const MERIDIANS: Record<string, string> = {
  kidney: 'kidney',
  liver: 'liver',
  spleen: 'spleen',
  stomach: 'stomach',
  bladder: 'bladder',
  gallbladder: 'gall bladder',
};

/** A number as Alexa hands it over for a custom slot: words ("thirty six"). */
function numberWords(n: number): string[] {
  const tens = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty'];
  const teens = [
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ];
  if (n < 10) return [NUMBER_WORDS[n]!];
  if (n < 20) return [teens[n - 10]!];
  const t = tens[Math.floor(n / 10)]!;
  return [n % 10 === 0 ? t : `${t} ${NUMBER_WORDS[n % 10]}`];
}

/**
 * "Where is kidney one", "what is bubbling spring", "tell me about yongquan": the meridian and
 * number, the English name the answers say (from the locale, so the two never differ), the pinyin.
 */
export function pointSlotType(): SlotType {
  const names = (knowledge as { point: Record<string, { name: string }> }).point;
  return {
    name: 'PointType',
    values: POINTS.map((point) => {
      const [meridian, n] = point.id.split('-') as [string, string];
      const number = numberWords(Number(n))[0]!;
      const spoken = `${MERIDIANS[meridian] ?? meridian} ${number}`;
      const english = (names[point.id]?.name ?? '').split(',')[0]!.toLowerCase().trim();
      const phrases = [
        spoken,
        `${spoken} point`,
        `the ${spoken} point`,
        point.pinyin.toLowerCase(),
      ];
      if (meridian === 'gallbladder') phrases.push(`gallbladder ${number}`);
      if (english) phrases.push(english, `the ${english} point`);
      return value(point.id, [...new Set(phrases)]);
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
