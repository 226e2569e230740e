import common from './common.json';
import knowledge from './knowledge.json';
import privacy from './privacy.json';
import reminders from './reminders.json';
import routine from './routine.json';
import safety from './safety.json';
import screens from './screens.json';

/** Spanish, by namespace: every Spanish locale's words, before its own overrides. */
export const STRINGS = { common, knowledge, privacy, reminders, routine, safety, screens };
