/** Speaking rate the whole timing model assumes (Alexa's default voice is close to it). */
export const WORDS_PER_MINUTE = 150;

/**
 * Estimated seconds to speak a plain-text sentence. Word count only: punctuation pauses are
 * small and roughly balanced by short words, and the 5 % timing tolerance absorbs the rest.
 */
export function estimateSpeechSeconds(text: string): number {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return (words * 60) / WORDS_PER_MINUTE;
}
