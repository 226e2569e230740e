import { safetyWords } from './normalise';
import { SIGNS } from './signs';
import { SAFETY_KINDS, type SafetyHit, type SafetySign } from './types';

/** Words that undo the sign they stand just before: "I'm not pregnant", "no fever". */
const NEGATION = /\b(?:not|never|without|nor|no longer|none)\b/;
const HEDGE = /\b(?:not sure|do not know|not certain)\b/;

/**
 * True when the match is negated: "not" / "never" up to three words before it, or "no" right
 * before it. "Not sure if I'm pregnant" is no negation; nor is a "not" inside the sign itself
 * ("I can not breathe"), since only the words before the match are read.
 */
export function negated(words: string, at: number): boolean {
  const before = words.slice(0, at).trim().split(' ').filter(Boolean);
  const window = before.slice(-3).join(' ');
  if (HEDGE.test(before.slice(-5).join(' '))) return false;
  return NEGATION.test(window) || before[before.length - 1] === 'no';
}

function heard(sign: SafetySign, words: string): boolean {
  if (sign.unless?.some((u) => u.test(words))) return false;
  for (const pattern of sign.patterns) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of words.matchAll(global)) {
      // A crisis is never read as negated: "I don't want to live" is the sign itself.
      if (sign.kind === 'crisis' || !negated(words, match.index)) return true;
    }
  }
  return false;
}

const rank = (hit: SafetyHit) => SAFETY_KINDS.indexOf(hit.kind);

/**
 * Reads any words a person said (a slot value, a whole utterance) for a sign that must come
 * before any pressure point. The gravest sign heard wins; undefined when there is none.
 */
export function classifySafety(...texts: ReadonlyArray<string | undefined>): SafetyHit | undefined {
  let best: SafetyHit | undefined;
  for (const text of texts) {
    if (!text) continue;
    const words = safetyWords(text);
    if (!words) continue;
    for (const sign of SIGNS) {
      if (best && rank(best) <= SAFETY_KINDS.indexOf(sign.kind)) continue;
      if (heard(sign, words)) best = { kind: sign.kind, id: sign.id };
    }
  }
  return best;
}
