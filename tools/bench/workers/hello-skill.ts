import { helloWorld } from '../hello-world/skill';

/** Hello world has no storage; the adapter is accepted only to share the worker's interface. */
export const createSkill = () => helloWorld().create();
