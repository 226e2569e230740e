import region from './region.json';

/** Germany, and Austria, which Alexa serves through de-DE: both countries' numbers in one line. */
export const STRINGS = { region };
