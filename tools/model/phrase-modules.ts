/**
 * The one list of phrase modules whose intents `npm run sync:model` writes into the interaction
 * model. A capability with its own intents adds its module here; each intent replaces its old
 * copy, samples and all, so the model never holds a sample written by hand.
 */
import {
  CONVERSATION_BUILT_IN_INTENTS,
  CONVERSATION_INTENTS,
} from '../../lambda/conversation/phrases';
import type { ModelIntent } from '../../lambda/phrasing/carriers';
import { KNOWLEDGE_INTENTS } from '../../lambda/knowledge/phrases';
import { REMINDER_INTENTS } from '../../lambda/reminders/phrases';
import { ROUTINE_BUILT_IN_INTENTS, ROUTINE_INTENTS } from '../../lambda/routine/phrases';
import { SAFETY_INTENTS } from '../../lambda/safety/phrases';
import { PRIVACY_INTENTS } from '../../lambda/state/phrases';

export const PHRASE_MODULES: ReadonlyArray<readonly ModelIntent[]> = [
  ROUTINE_INTENTS,
  KNOWLEDGE_INTENTS,
  PRIVACY_INTENTS,
  CONVERSATION_INTENTS,
  REMINDER_INTENTS,
  // The safety catch-all last of the custom intents: it takes only what no other sample can.
  SAFETY_INTENTS,
  ROUTINE_BUILT_IN_INTENTS,
  CONVERSATION_BUILT_IN_INTENTS,
];

/** Every intent the phrase modules write, in the order the model lists them. */
export function generatedIntents(): ModelIntent[] {
  return PHRASE_MODULES.flat();
}
