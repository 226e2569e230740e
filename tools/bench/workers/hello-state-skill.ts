import type { PersistenceAdapter } from 'ask-sdk-core';
import { helloWorld } from '../hello-world/skill';

/**
 * Hello world that carries the skill's session state: every answer hands back `carried` as its
 * session attributes, so every later request of the session brings them in again, as the real
 * skill's do. What this costs over plain hello world is what ask-sdk charges any skill for state
 * of that size (it copies a request's session attributes through JSON), before a line of its own.
 */
export const createSkill = (_adapter: PersistenceAdapter, carried: Record<string, unknown> = {}) =>
  helloWorld()
    .addResponseInterceptors({
      process(input) {
        if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes(carried);
      },
    })
    .create();
