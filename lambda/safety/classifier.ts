import { SAFETY as ENGLISH } from '../languages/en/safety-reading';
import type { SafetyReading } from '../languages/types';
import { SAFETY_KINDS, type SafetyHit, type SafetySign } from './types';

/**
 * True when the match is negated: a negation up to three words before it ("not", "never"), or
 * one that only counts right before it (English "no"). "Not sure if I'm pregnant" is no
 * negation; nor is a "not" inside the sign itself ("I can not breathe"), since only the words
 * before the match are read.
 */
export function negated(words: string, at: number, reading: SafetyReading = ENGLISH): boolean {
  const before = words.slice(0, at).trim().split(' ').filter(Boolean);
  const window = before.slice(-3).join(' ');
  if (reading.hedge.test(before.slice(-5).join(' '))) return false;
  const last = before[before.length - 1];
  return reading.negation.test(window) || (!!last && !!reading.negatedJustBefore?.includes(last));
}

function heard(sign: SafetySign, words: string, reading: SafetyReading): boolean {
  if (sign.unless?.some((u) => u.test(words))) return false;
  for (const pattern of sign.patterns) {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    for (const match of words.matchAll(global)) {
      // A crisis is never read as negated: "I don't want to live" is the sign itself.
      if (sign.kind === 'crisis' || !negated(words, match.index, reading)) return true;
    }
  }
  return false;
}

const rank = (hit: SafetyHit) => SAFETY_KINDS.indexOf(hit.kind);

/**
 * Reads any words a person said (a slot value, a whole utterance) in the reading's language for
 * a sign that must come before any pressure point. The gravest sign heard wins; undefined when
 * there is none.
 */
export function readSafety(
  reading: SafetyReading,
  texts: ReadonlyArray<string | undefined>,
): SafetyHit | undefined {
  let best: SafetyHit | undefined;
  for (const text of texts) {
    if (!text) continue;
    const words = reading.normalise(text);
    if (!words) continue;
    for (const sign of reading.signs) {
      if (best && rank(best) <= SAFETY_KINDS.indexOf(sign.kind)) continue;
      if (heard(sign, words, reading)) best = { kind: sign.kind, id: sign.id };
    }
  }
  return best;
}

/** The English reading, for the many callers (and tests) that speak English. */
export function classifySafety(...texts: ReadonlyArray<string | undefined>): SafetyHit | undefined {
  return readSafety(ENGLISH, texts);
}
