/** Speaking rate the whole timing model assumes (Alexa's default voice is close to it). */
export const WORDS_PER_MINUTE = 150;

/**
 * Estimated seconds to speak a plain-text sentence. Word count only: punctuation pauses are
 * small and roughly balanced by short words, and the 5 % timing tolerance absorbs the rest.
 */
export function estimateSpeechSeconds(text: string): number {
  const known = estimates.get(text);
  if (known !== undefined) return known;
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const seconds = (words * 60) / WORDS_PER_MINUTE;
  // The same cues and instructions are timed on every turn; their texts are a small fixed set.
  if (estimates.size >= ESTIMATES_LIMIT) estimates.clear();
  estimates.set(text, seconds);
  return seconds;
}

const ESTIMATES_LIMIT = 5_000;
const estimates = new Map<string, number>();
