/** English speaking rate (Alexa's default voice is close to it); every language has its own. */
export const WORDS_PER_MINUTE = 150;

// The rate belongs to whoever makes the sentences: a locale's translator. Registered, not passed,
// so the timing code keeps one `say` and never learns which language it times.
const rates = new WeakMap<object, number>();

/** Times every sentence `say` makes at `wordsPerMinute`. */
export function setSpeakingRate(say: object, wordsPerMinute: number): void {
  rates.set(say, wordsPerMinute);
}

/** The pace of the translator's language; English for one never registered (a test's own). */
export function speakingRateOf(say: object | undefined): number {
  return (say && rates.get(say)) || WORDS_PER_MINUTE;
}

/**
 * Estimated seconds to speak a plain-text sentence. Word count only: punctuation pauses are
 * small and roughly balanced by short words, and the 5 % timing tolerance absorbs the rest.
 */
export function estimateSpeechSeconds(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const id = wordsPerMinute === WORDS_PER_MINUTE ? text : `${wordsPerMinute}\u0000${text}`;
  const known = estimates.get(id);
  if (known !== undefined) return known;
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const seconds = (words * 60) / wordsPerMinute;
  // The same cues and instructions are timed on every turn; their texts are a small fixed set.
  if (estimates.size >= ESTIMATES_LIMIT) estimates.clear();
  estimates.set(id, seconds);
  return seconds;
}

const ESTIMATES_LIMIT = 5_000;
const estimates = new Map<string, number>();
