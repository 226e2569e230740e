import region from './region.json';

/** Italy's numbers: 112, and Telefono Amico Italia with its hours. */
export const STRINGS = { region };
