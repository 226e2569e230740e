import i18next, { type TFunction } from 'i18next';
import common from '../locales/en-US/common.json';
import routine from '../locales/en-US/routine.json';
import knowledge from '../locales/en-US/knowledge.json';
import privacy from '../locales/en-US/privacy.json';

/** Locales with their own words; every other English locale falls back to en-US. */
export const SUPPORTED_LOCALES = ['en-US'] as const;
export const DEFAULT_LOCALE = 'en-US';
export const NAMESPACES = ['common', 'routine', 'knowledge', 'privacy'] as const;

// Resources are bundled JSON, so one synchronous init at cold start serves every request.
const instance = i18next.createInstance();
void instance.init({
  resources: { 'en-US': { common, routine, knowledge, privacy } },
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

export function translatorFor(locale: string | undefined): Translate {
  return instance.getFixedT(localeOrDefault(locale));
}

/** True when the key exists in the locale (or its fallback), so callers can choose variants safely. */
export function hasKey(locale: string | undefined, key: string): boolean {
  return instance.exists(key, { lng: localeOrDefault(locale) });
}
