import region from './region.json';

/** Canada's numbers (988 takes calls and texts, as in the US). */
export const STRINGS = { region };
