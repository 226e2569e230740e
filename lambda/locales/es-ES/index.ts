import region from './region.json';

/** Spain: its numbers. */
export const STRINGS = { region };
