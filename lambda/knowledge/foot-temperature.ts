import type { Part } from './types';

export type FootTemperature = 'cold' | 'warm' | 'hot';
export type FootMoisture = 'dry' | 'damp';

export type ReadingId =
  'warm-dry' | 'cold-damp' | 'cold-dry' | 'hot-damp' | 'hot-dry' | 'one-warm-one-cold';

export const READING_IDS: readonly ReadingId[] = [
  'warm-dry',
  'cold-damp',
  'cold-dry',
  'hot-damp',
  'hot-dry',
  'one-warm-one-cold',
];

/**
 * The source reads warm and dry as healthy but hot and dry as a sign, so "warm" and "hot" stay
 * apart; warm and damp has no reading of its own, and tradition treats damp warmth as heat.
 */
const READING_BY_FEEL: Readonly<Record<FootTemperature, Record<FootMoisture, ReadingId>>> = {
  warm: { dry: 'warm-dry', damp: 'hot-damp' },
  hot: { dry: 'hot-dry', damp: 'hot-damp' },
  cold: { dry: 'cold-dry', damp: 'cold-damp' },
};

export interface FootFeel {
  temperature?: FootTemperature;
  moisture?: FootMoisture;
  /** Set when the person describes each foot on its own. */
  left?: FootTemperature;
  right?: FootTemperature;
}

export type FootReading =
  | { kind: 'reading'; id: ReadingId; parts: Part[] }
  | { kind: 'ask-temperature' }
  | { kind: 'ask-moisture'; temperature: FootTemperature };

const ns = 'knowledge:footTemperature';

/** Spoken reading: the tradition, then when to see a doctor; never a diagnosis. */
export function readingParts(id: ReadingId): Part[] {
  return [{ key: `${ns}.reading.${id}.tradition` }, { key: `${ns}.reading.${id}.doctor` }];
}

export function readFeet(feel: FootFeel): FootReading {
  const { left, right } = feel;
  if (left && right && (left === 'cold') !== (right === 'cold')) {
    return { kind: 'reading', id: 'one-warm-one-cold', parts: readingParts('one-warm-one-cold') };
  }
  const temperature = feel.temperature ?? left ?? right;
  if (!temperature) return { kind: 'ask-temperature' };
  if (!feel.moisture) return { kind: 'ask-moisture', temperature };
  const id = READING_BY_FEEL[temperature][feel.moisture];
  return { kind: 'reading', id, parts: readingParts(id) };
}

/** Keys for the follow-up questions a `readFeet` result may ask for. */
export const FOOT_QUESTION_KEYS = {
  askTemperature: `${ns}.askTemperature`,
  askMoisture: `${ns}.askMoisture`,
  /** Words about the feet that are neither warmth nor moisture ("itchy"): never asked back blindly. */
  otherFeel: `${ns}.otherFeel`,
} as const;

/** What people say for each value; the slot types are generated from these. */
export const TEMPERATURE_WORDS: Readonly<Record<FootTemperature, readonly string[]>> = {
  cold: ['cold', 'chilly', 'icy', 'freezing', 'cool', 'frozen', 'ice cold', 'like ice', 'frosty'],
  warm: ['warm', 'nice and warm', 'toasty', 'lukewarm', 'normal'],
  hot: ['hot', 'very warm', 'burning', 'boiling', 'roasting', 'on fire', 'heated'],
};

export const MOISTURE_WORDS: Readonly<Record<FootMoisture, readonly string[]>> = {
  damp: ['damp', 'wet', 'sweaty', 'clammy', 'moist', 'humid', 'sweating', 'soggy'],
  dry: ['dry', 'bone dry', 'parched', 'not sweaty', 'dried out'],
};
