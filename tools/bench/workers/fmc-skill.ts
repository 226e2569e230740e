import type { PersistenceAdapter } from 'ask-sdk-core';
import { configureSkill } from '../../../lambda/skill';

/** The real skill, composed exactly as lambda/index.ts does, with storage chosen by the bench. */
export const createSkill = (persistenceAdapter: PersistenceAdapter) =>
  configureSkill({ persistenceAdapter }).create();
