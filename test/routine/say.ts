import { knowledge, region, routine } from '../support/en-us-words';
import i18next from 'i18next';
import type { Say } from '../../lambda/routine';

const instance = i18next.createInstance();
void instance.init({
  // The safety check is spoken from the knowledge base's list of contraindications.
  resources: { 'en-US': { routine, knowledge, region } },
  lng: 'en-US',
  ns: ['routine', 'knowledge', 'region'],
  defaultNS: 'routine',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The real routine.json behind the engine's `say`; a missing key fails the test loudly. */
export const say: Say = (key, params) => {
  if (!instance.exists(key, params)) throw new Error(`missing locale key ${key}`);
  const text = instance.t(key, params) as unknown;
  if (typeof text !== 'string') throw new Error(`locale key ${key} is not a sentence`);
  if (text.includes('{{')) throw new Error(`uninterpolated param in ${key}: ${text}`);
  return text;
};

/** Raw locale lookup for tests that check the file itself (e.g. variant arrays). */
export function lookup(key: string): unknown {
  return instance.t(key, { returnObjects: true });
}
