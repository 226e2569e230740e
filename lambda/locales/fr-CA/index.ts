import knowledge from './knowledge.json';
import region from './region.json';
import safety from './safety.json';

/** Canada: its numbers, a text line, and Quebec's words where they differ. */
export const STRINGS = { knowledge, region, safety };
