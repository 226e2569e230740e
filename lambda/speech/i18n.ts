import i18next, { type TFunction } from 'i18next';
import {
  DEFAULT_LOCALE,
  localeOrDefault,
  MARKETS,
  packFor,
  stringsOf,
  SUPPORTED_LOCALES,
} from '../languages/registry';
import type { Language } from '../languages/types';
import { setSpeakingRate } from '../routine/speech-estimate';

export { DEFAULT_LOCALE, localeOrDefault, SUPPORTED_LOCALES };

/**
 * Every namespace a language fills. `region` (the emergency number and crisis line) is each
 * locale's own.
 */
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

// One synchronous init at cold start; a language's words are added on its first request, so a
// cold start in English never parses German.
const instance = i18next.createInstance();
void instance.init({
  resources: {},
  lng: DEFAULT_LOCALE,
  // A key missing in a locale is looked up in its language (i18next does that itself), then in
  // English: a test holds every language to every key, so this is never heard.
  fallbackLng: ['en'],
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // Speech is escaped by the SSML builder, not here; escaping twice would read "amp" aloud.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const loaded = new Set<string>();

function addStrings(lng: string, strings: Readonly<Record<string, object>>): void {
  for (const [ns, resources] of Object.entries(strings)) {
    instance.addResourceBundle(lng, ns, resources, true, true);
  }
}

/** The language's words and the locale's own, once each. */
function load(locale: string, language: Language): void {
  if (!loaded.has(language)) {
    addStrings(language, stringsOf(language));
    loaded.add(language);
  }
  if (!loaded.has(locale)) {
    const market = MARKETS.find((m) => m.locale === locale);
    if (market) addStrings(locale, market.overrides());
    loaded.add(locale);
  }
  // English is every locale's last fallback.
  if (!loaded.has('en')) {
    addStrings('en', stringsOf('en'));
    loaded.add('en');
  }
}

export type Translate = TFunction;

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
  const language = languageOfMarket(lng);
  load(lng, language);
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
  // Every sentence this translator makes is timed at its language's pace.
  setSpeakingRate(translate, packFor(language).wordsPerMinute);
  return translate as unknown as Translate;
}

function languageOfMarket(locale: string): Language {
  return MARKETS.find((m) => m.locale === locale)?.language ?? 'en';
}

/** True when the key exists in the locale (or its fallback), so callers can choose variants safely. */
export function hasKey(locale: string | undefined, key: string): boolean {
  const lng = localeOrDefault(locale);
  load(lng, languageOfMarket(lng));
  return instance.exists(key, { lng });
}
