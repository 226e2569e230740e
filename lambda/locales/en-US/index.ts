import knowledge from './knowledge.json';
import region from './region.json';
import routine from './routine.json';

/** The United States: its numbers, and American spelling where a screen shows the words. */
export const STRINGS = { knowledge, region, routine };
