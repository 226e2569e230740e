import { chooseAdapter } from './persistence/choose-adapter';
import { configureSkill } from './skill';

/** The AWS Lambda entry point; the skill is built once per container, at cold start. */
export const handler = configureSkill({
  persistenceAdapter: chooseAdapter(),
  skillId: process.env.SKILL_ID || undefined,
}).lambda();
