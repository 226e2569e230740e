import common from './common.json';
import knowledge from './knowledge.json';
import region from './region.json';
import reminders from './reminders.json';
import routine from './routine.json';
import safety from './safety.json';

/** The United States: its numbers and Latin American words where they differ. */
export const STRINGS = { common, knowledge, region, reminders, routine, safety };
