/* eslint-disable @typescript-eslint/no-require-imports --
 * A language's words and pack are required only when a request in that language comes: a cold
 * start in one language never parses the others (esbuild keeps each require a lazy module).
 */
import type { Language, LanguagePack } from './types';

/** A locale's resources by i18next namespace. */
export type Strings = Readonly<Record<string, object>>;

/** One Alexa locale the skill is published in, and the countries it is offered to. */
export interface Market {
  locale: string;
  language: Language;
  /** ISO 3166 codes, for skill.json's distributionCountries. */
  countries: readonly string[];
  /** The keys where this country differs from its language's words (numbers, spelling). */
  overrides(): Strings;
}

interface LanguageEntry {
  pack(): LanguagePack;
  /** Every key of every namespace, in this language. */
  strings(): Strings;
  markets: ReadonlyArray<Omit<Market, 'language'>>;
}

/**
 * The one list of languages: adding one is a folder of words (lambda/locales/<lang>/ and one per
 * locale), a pack (lambda/languages/<lang>/) and its entry here. English comes first: its first
 * market is the default locale.
 */
const LANGUAGES: Readonly<Partial<Record<Language, LanguageEntry>>> = {
  en: {
    pack: () => require('./en').PACK,
    strings: () => require('../locales/en').STRINGS,
    markets: [
      { locale: 'en-US', countries: ['US'], overrides: () => require('../locales/en-US').STRINGS },
      { locale: 'en-GB', countries: ['GB'], overrides: () => require('../locales/en-GB').STRINGS },
      { locale: 'en-CA', countries: ['CA'], overrides: () => require('../locales/en-CA').STRINGS },
      { locale: 'en-AU', countries: ['AU'], overrides: () => require('../locales/en-AU').STRINGS },
      { locale: 'en-IN', countries: ['IN'], overrides: () => require('../locales/en-IN').STRINGS },
    ],
  },
  de: {
    pack: () => require('./de').PACK,
    strings: () => require('../locales/de').STRINGS,
    markets: [
      {
        locale: 'de-DE',
        countries: ['DE', 'AT'],
        overrides: () => require('../locales/de-DE').STRINGS,
      },
    ],
  },
  fr: {
    pack: () => require('./fr').PACK,
    strings: () => require('../locales/fr').STRINGS,
    markets: [
      { locale: 'fr-FR', countries: ['FR'], overrides: () => require('../locales/fr-FR').STRINGS },
      { locale: 'fr-CA', countries: ['CA'], overrides: () => require('../locales/fr-CA').STRINGS },
    ],
  },
  es: {
    pack: () => require('./es').PACK,
    strings: () => require('../locales/es').STRINGS,
    markets: [
      { locale: 'es-ES', countries: ['ES'], overrides: () => require('../locales/es-ES').STRINGS },
      { locale: 'es-MX', countries: ['MX'], overrides: () => require('../locales/es-MX').STRINGS },
      { locale: 'es-US', countries: ['US'], overrides: () => require('../locales/es-US').STRINGS },
    ],
  },
  it: {
    pack: () => require('./it').PACK,
    strings: () => require('../locales/it').STRINGS,
    markets: [
      { locale: 'it-IT', countries: ['IT'], overrides: () => require('../locales/it-IT').STRINGS },
    ],
  },
};

export const DEFAULT_LOCALE = 'en-US';

/** Every language with words of its own, English first. */
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as Language[];

/** Every locale the skill speaks, grouped by language, English first. */
export const MARKETS: readonly Market[] = LANGUAGE_IDS.flatMap((language) =>
  (LANGUAGES[language] as LanguageEntry).markets.map((m) => ({ ...m, language })),
);

export const SUPPORTED_LOCALES: readonly string[] = MARKETS.map((m) => m.locale);

function entryOf(language: Language): LanguageEntry {
  return LANGUAGES[language] ?? (LANGUAGES.en as LanguageEntry);
}

/** The locale as the skill speaks it: itself, its language's first market, or en-US. */
export function localeOrDefault(locale: string | undefined): string {
  if (!locale || !/^[a-z]{2,3}-[A-Z]{2}$/.test(locale)) return DEFAULT_LOCALE;
  if (SUPPORTED_LOCALES.includes(locale)) return locale;
  const sameLanguage = MARKETS.find((m) => m.language === locale.slice(0, 2));
  return sameLanguage?.locale ?? DEFAULT_LOCALE;
}

export function languageOf(locale: string | undefined): Language {
  const known = localeOrDefault(locale);
  return MARKETS.find((m) => m.locale === known)?.language ?? 'en';
}

const packs = new Map<Language, LanguagePack>();

/** A language's vocabulary, safety reading and speaking rate, loaded on its first request. */
export function packFor(language: Language): LanguagePack {
  let pack = packs.get(language);
  if (!pack) packs.set(language, (pack = entryOf(language).pack()));
  return pack;
}

export function stringsOf(language: Language): Strings {
  return entryOf(language).strings();
}
