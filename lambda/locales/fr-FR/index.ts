import region from './region.json';

/** France: its numbers (le 15 ou le 112, le 3114). */
export const STRINGS = { region };
