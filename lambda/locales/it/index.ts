import common from './common.json';
import knowledge from './knowledge.json';
import privacy from './privacy.json';
import reminders from './reminders.json';
import routine from './routine.json';
import safety from './safety.json';
import screens from './screens.json';

/** Italian, by namespace: it-IT's words (Italy is the one Italian market). */
export const STRINGS = { common, knowledge, privacy, reminders, routine, safety, screens };
