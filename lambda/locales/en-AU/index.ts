import region from './region.json';
import safety from './safety.json';

/** This country's numbers; its crisis line takes calls, not texts. */
export const STRINGS = { region, safety };
