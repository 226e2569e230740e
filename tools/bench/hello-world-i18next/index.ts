import i18next from 'i18next';
import { HELLO_WORDS, helloWorld } from '../hello-world/skill';

/**
 * Hello world with one change: its sentences come from i18next, set up as the skill sets it up
 * (one synchronous init at load). What this costs over plain hello world is the floor any skill
 * that keeps its words in i18next pays, before a line of its own code.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: { 'en-US': { translation: HELLO_WORDS } },
  lng: 'en-US',
  fallbackLng: 'en-US',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const t = instance.getFixedT('en-US');

export const handler = helloWorld((key) => t(key)).lambda();
