/**
 * The second, looser reading of an utterance, for when no sample matches it word for word.
 * Alexa's NLU is a statistical model trained on the samples: it places the words around a slot
 * by their likeness to the carriers it learnt, so a request with a word more or a word fewer
 * than any sample still reaches its intent. This stands in for that, and no further:
 * - every content word the person said is heard: it matches a carrier word or lies in a slot.
 *   Only small words ("a", "so", "really") may go unmatched, and a carrier word may be left out,
 *   so "I'm pregnant and my back hurts" can never be read as "my back hurts", nor "coughing up
 *   blood" as "coughing";
 * - a slot is one of the model's values or synonyms, small words at its edges aside ("a bit
 *   sweaty"); never a near spelling;
 * - carrier words are compared in order, small words counting less than content words;
 * - the best sample wins only when it is clearly alike (LIKENESS) and fills every slot it names;
 *   otherwise the utterance stays unrecognised.
 */

export const LIKENESS = 0.6;
/** Longest slot value, in words, a loose reading tries. */
const MAX_SLOT_WORDS = 8;

/** Words that carry little on their own; a missing or extra one costs less. */
export const LIGHT = new Set(
  (
    'a an the my your his her our their i me we you it its is are was were am be been do does did ' +
    'to of for in on at with and or so just really very quite bit little some any that this these ' +
    'those there here then now well oh ok okay um er please can could would will should shall ' +
    "i'm it's that's what's there's i've i'd you're kind sort actually " +
    // Discourse words and intensifiers: they set a tone, never an intent or a sign.
    'sorry basically anyway also again right yeah alright hey hi hello honestly literally ' +
    'proper pretty super totally rather slightly awfully'
  ).split(' '),
);

/** A word's weight in a likeness: a small word of the language counts for about a third. */
export function weight(word: string, light: ReadonlySet<string> = LIGHT): number {
  return light.has(word) ? 0.35 : 1;
}

export type SampleToken = string | { slot: string; type: string };

export interface CarrierSample {
  intent: string;
  sample: string;
  tokens: SampleToken[];
  /** Weight of the literal words. */
  literalWeight: number;
  /** Content words of the sample, for a quick look before aligning. */
  content: ReadonlySet<string>;
  fromModel: boolean;
}

/** Says whether the words fill a slot of the type, and with what. */
export type SpanFiller = (words: readonly string[], type: string) => boolean;

export interface LooseMatch {
  sample: CarrierSample;
  likeness: number;
  /** Spoken words per slot name. */
  fills: Record<string, string>;
}

// The last thing done with the utterance: matched, started or skipped a small word (clean),
// or ended a slot.
const CLEAN = 0;
const AFTER_CONTENT_SKIP = 1;
const AFTER_SLOT = 2;

interface Step {
  score: number;
  fills?: Array<[string, number, number]>;
}

export function alignLoose(
  words: readonly string[],
  sample: CarrierSample,
  fills: SpanFiller,
  light: ReadonlySet<string> = LIGHT,
): LooseMatch | undefined {
  const n = words.length;
  const m = sample.tokens.length;
  const memo: Array<Step | null | undefined> = new Array((n + 1) * (m + 1) * 3);
  const best = (i: number, j: number, mode: number): Step | null => {
    if (i === n && j === m) return { score: 0 };
    const key = (i * (m + 1) + j) * 3 + mode;
    const known = memo[key];
    if (known !== undefined) return known;
    let result: Step | null = null;
    const consider = (step: Step | null, gain: number, fill?: [string, number, number]) => {
      if (!step) return;
      const score = step.score + gain;
      if (!result || score > result.score)
        result = { score, fills: fill ? [...(step.fills ?? []), fill] : step.fills };
    };
    const token = sample.tokens[j];
    if (j < m && typeof token === 'string') {
      if (i < n && words[i] === token) consider(best(i + 1, j + 1, CLEAN), weight(token, light));
      consider(best(i, j + 1, mode), 0);
    }
    if (i < n) {
      const word = words[i] as string;
      // Only a small word may go unmatched: a content word the person said is always heard.
      if (light.has(word)) consider(best(i + 1, j, mode), 0);
    }
    if (j < m && typeof token !== 'string' && token && mode !== AFTER_CONTENT_SKIP) {
      for (let k = i + 1; k <= Math.min(n, i + MAX_SLOT_WORDS); k++) {
        const span = words.slice(i, k);
        if (!fills(span, token.type)) continue;
        const gain = span.reduce((sum, w) => sum + weight(w, light), 0);
        consider(best(k, j + 1, AFTER_SLOT), gain, [token.slot, i, k]);
      }
    }
    memo[key] = result;
    return result;
  };
  const found = best(0, 0, CLEAN) as Step | null;
  if (!found) return undefined;
  const slotWords = (found.fills ?? []).reduce(
    (sum, [, from, to]) => sum + words.slice(from, to).reduce((s, w) => s + weight(w, light), 0),
    0,
  );
  const utteranceWeight = words.reduce((sum, w) => sum + weight(w, light), 0);
  const likeness = (2 * found.score) / (utteranceWeight + sample.literalWeight + slotWords);
  const spoken: Record<string, string> = {};
  for (const [slot, from, to] of found.fills ?? []) spoken[slot] = words.slice(from, to).join(' ');
  return { sample, likeness, fills: spoken };
}

/** The most likeness a sample could reach with these words, before aligning it. */
export function likenessBound(
  words: readonly string[],
  sample: CarrierSample,
  light: ReadonlySet<string> = LIGHT,
): number {
  const present = new Set(words);
  let literal = 0;
  for (const token of sample.tokens)
    if (typeof token === 'string' && present.has(token)) literal += weight(token, light);
  const utteranceWeight = words.reduce((sum, w) => sum + weight(w, light), 0);
  const hasSlots = sample.tokens.some((t) => typeof t !== 'string');
  // Slot words are counted on both sides, so they can lift the figure up to a whole match.
  if (hasSlots) {
    const rest = utteranceWeight - literal;
    return (2 * (literal + rest)) / (utteranceWeight + sample.literalWeight + rest);
  }
  return (2 * literal) / (utteranceWeight + sample.literalWeight);
}
