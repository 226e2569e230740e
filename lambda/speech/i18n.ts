import i18next, { type TFunction } from 'i18next';
import common from '../locales/en-US/common.json';
import routine from '../locales/en-US/routine.json';
import knowledge from '../locales/en-US/knowledge.json';
import privacy from '../locales/en-US/privacy.json';
import reminders from '../locales/en-US/reminders.json';
import region from '../locales/en-US/region.json';
import safety from '../locales/en-US/safety.json';
import screens from '../locales/en-US/screens.json';

/** Locales with their own words; every other English locale falls back to en-US. */
export const SUPPORTED_LOCALES = ['en-US'] as const;
export const DEFAULT_LOCALE = 'en-US';
/** `region`: per-country facts (emergency number, crisis line) another English locale overrides. */
export const NAMESPACES = [
  'common',
  'routine',
  'knowledge',
  'privacy',
  'reminders',
  'safety',
  'region',
  'screens',
] as const;

// Resources are bundled JSON, so one synchronous init at cold start serves every request.
const instance = i18next.createInstance();
void instance.init({
  resources: {
    'en-US': { common, routine, knowledge, privacy, reminders, screens, safety, region },
  },
  lng: DEFAULT_LOCALE,
  fallbackLng: {
    'en-GB': ['en-US'],
    'en-AU': ['en-US'],
    'en-CA': ['en-US'],
    'en-IN': ['en-US'],
    default: ['en-US'],
  },
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // Speech is escaped by the SSML builder, not here; escaping twice would read "amp" aloud.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type Translate = TFunction;

/** Only a well-formed locale reaches i18next, which looks it up in plain objects. */
export function localeOrDefault(locale: string | undefined): string {
  return locale && /^[a-z]{2,3}-[A-Z]{2}$/.test(locale) ? locale : DEFAULT_LOCALE;
}

/** Past this many remembered sentences a locale's memo starts afresh, so memory stays flat. */
const MEMO_LIMIT = 20_000;
const translators = new Map<string, Translate>();

/**
 * Params are nearly always a few strings and numbers: joining them by hand is several times
 * cheaper than JSON, and this runs for every sentence of every answer. A number or flag is
 * marked, as `count` chooses a plural form and "1" must not share a sentence with 1.
 */
function memoKey(key: string, options: Record<string, unknown> | undefined): string {
  let id = key;
  for (const name in options) {
    const value = options[name];
    if (typeof value === 'string') id += `\u0000${name}\u0000${value}`;
    else if (typeof value === 'number' || typeof value === 'boolean')
      id += `\u0000${name}\u0001${value}`;
    else return `${key}\u0002${JSON.stringify(options)}`;
  }
  return id;
}

/**
 * A locale's translator, made once. Its sentences are memoised: the words are fixed data and the
 * params come from data too (step and place names, counts), so the same few thousand sentences
 * recur, and i18next's lookup and interpolation cost more than the rest of a request.
 */
export function translatorFor(locale: string | undefined): Translate {
  const lng = localeOrDefault(locale);
  const known = translators.get(lng);
  if (known) return known;
  const fixed = instance.getFixedT(lng);
  const memo = new Map<string, unknown>();
  const translate = (key: string | string[], options?: Record<string, unknown>): unknown => {
    const id = memoKey(String(key), options);
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const text = fixed(key, options as never) as unknown;
    memo.set(id, text);
    return text;
  };
  translators.set(lng, translate as unknown as Translate);
  return translate as unknown as Translate;
}

/** True when the key exists in the locale (or its fallback), so callers can choose variants safely. */
export function hasKey(locale: string | undefined, key: string): boolean {
  return instance.exists(key, { lng: localeOrDefault(locale) });
}
