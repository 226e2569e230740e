import { packFor } from '../languages/registry';
import type { Language } from '../languages/types';

const MOST_MINUTES = 90;
const HALF_HOUR = /\bhalf (?:an )?hour\b/;

/**
 * The minutes a person asked for ("a ten minute one", "20 minutes"): digits in any language,
 * number words where the language's pack reads them (English, German). Undefined when no number
 * is in the words. Two words are tried before one, so "twenty five" is not read as "twenty".
 */
export function minutesIn(words: string, language: Language): number | undefined {
  const text = words
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const digits = /(?:^| )(\d{1,2})(?: |$)/.exec(text);
  if (digits) return Number(digits[1]);
  if (language === 'en' && HALF_HOUR.test(text)) return 30;
  const spoken = packFor(language).spokenNumber;
  if (!spoken) return undefined;
  const tokens = text.split(' ');
  for (const size of [2, 1]) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const n = spoken(tokens.slice(i, i + size).join(' '));
      if (n !== undefined && n > 0 && n <= MOST_MINUTES) return n;
    }
  }
  return undefined;
}
