import { helloWorld } from './skill';

/** The Lambda entry, shaped like the real skill's lambda/index.ts. */
export const handler = helloWorld().lambda();
