import type { NluLanguage } from './languages/types';

/*
 * The transcript clean-ups of normalise.ts, for any language: each takes what it needs from the
 * language (its fillers, its politeness, its number words). Word edges are spaces, not `\b`,
 * which knows no accented letters ("s'il te plaît").
 */

export function withoutDisfluenciesIn(language: NluLanguage, text: string): string {
  return text
    .replace(language.disfluencies, ' ')
    .replace(/^alexa\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The request with less and less of its politeness: without the sign-off, then without the
 * opener, then without a "please" inside. Each is tried; "please do please" is still "please do".
 */
export function politeVariantsIn(language: NluLanguage, text: string): string[] {
  const pleaseBefore = (flags: string) =>
    new RegExp(`(?<=^|\\s)(?:${language.please.source})\\s+`, flags);
  const noSuffix = text.replace(language.politeSuffix, '').trim();
  const noPrefix = noSuffix.replace(language.politePrefix, '').trim();
  const noPlease = noPrefix.replace(pleaseBefore('g'), '').trim();
  const onePleaseLess = text.replace(pleaseBefore(''), '').trim();
  const lastPleaseLess = text.replace(new RegExp(`\\s+(?:${language.please.source})$`), '').trim();
  return [...new Set([lastPleaseLess, noSuffix, noPrefix, noPlease, onePleaseLess])].filter(
    (v) => v && v !== text,
  );
}

/** Typed digits below a hundred as the language speaks them: slot values are spelled out. */
export function spelledNumbersIn(language: NluLanguage, text: string): string {
  return text.replace(/(?<=^|\s)\d{1,2}(?=\s|$)/g, (digits) =>
    language.numberWords(Number(digits)),
  );
}

/** What Alexa would put in `slot.value` for a built-in type, or undefined to reject the capture. */
export function builtInSlotValueIn(
  language: NluLanguage,
  type: string,
  spoken: string,
): string | undefined {
  if (type === 'AMAZON.NUMBER') {
    const number = language.spokenNumber(spoken);
    return number === undefined ? undefined : String(number);
  }
  if (type === 'AMAZON.TIME') return language.spokenTime(spoken);
  return spoken;
}
