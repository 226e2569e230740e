import region from './region.json';

/** France: its numbers. */
export const STRINGS = { region };
