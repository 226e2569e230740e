import knowledge from './knowledge.json';
import region from './region.json';
import safety from './safety.json';

/** Québec and the rest of Canada: their numbers (911, 988) and the words Canada says otherwise. */
export const STRINGS = { knowledge, region, safety };
