import { packFor } from '../languages/registry';
import type { Language } from '../languages/types';
import {
  holdsSafetySign,
  phraseIndexOf,
  longestIn,
  type Index,
  type NamedValue,
} from './catch-all-reading';

/**
 * The slots whose words the skill reads again when Alexa matched no value: the complaint slot is
 * not among them, since its own lookup (knowledge/lookup) reads red flags first.
 */
const LIST_OF_SLOT: Readonly<Record<string, keyof Index>> = {
  topic: 'topics',
  point: 'points',
  posture: 'postures',
  zone: 'zones',
  bodyPart: 'bodyParts',
  length: 'lengths',
};

export function isReadAgain(slot: string): boolean {
  return Object.hasOwn(LIST_OF_SLOT, slot);
}

/**
 * Words a slot caught that match none of its values as a whole ("the outer ankle bone", "my two
 * middle toes"): the longest value inside them, not negated, so the person is not asked again for
 * what they said. Never a near spelling, and nothing in words that hold a safety sign.
 */
export function readSlotWords(
  slot: string,
  words: string,
  language: Language,
): NamedValue | undefined {
  const list = LIST_OF_SLOT[slot];
  if (!list || holdsSafetySign(words, language)) return undefined;
  const pack = packFor(language);
  const text = pack.safety.normalise(words);
  return text ? longestIn(text, phraseIndexOf(language)[list], pack.safety.negation) : undefined;
}
