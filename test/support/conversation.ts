import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Conversation,
  type ConversationOptions,
  type Turn,
} from '../../tools/simulator/conversation';
import { assertAlexaAccepts } from './alexa-rules';

export { Conversation, type Exchange, type Turn } from '../../tools/simulator/conversation';

let counter = 0;

/** A fresh state file of its own, so tests never see each other's users. */
export function tempStatePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fmc-test-'));
  return join(dir, `user-state-${process.pid}-${++counter}.json`);
}

export type TestConversationOptions = Omit<ConversationOptions, 'onExchange'>;

/**
 * A conversation for tests: typed utterance → model → request envelope → the real skill. Every
 * response is held to Alexa's rules (valid SSML, reprompt when open, size), failing the test if not.
 * Pass the same `adapterPath` to two conversations to meet the same stored user again.
 */
export function conversation(options: TestConversationOptions = {}): Conversation {
  return new Conversation({
    ...options,
    adapterPath: options.skill ? undefined : (options.adapterPath ?? tempStatePath()),
    userId: options.userId ?? `amzn1.ask.account.TEST-${process.pid}-${++counter}`,
    onExchange: assertAlexaAccepts,
  });
}

/** Says each utterance in turn (in one conversation) and returns every turn. */
export async function talk(
  utterances: string[],
  options: TestConversationOptions = {},
): Promise<Turn[]> {
  const c = conversation(options);
  const turns: Turn[] = [];
  for (const utterance of utterances) turns.push(await c.say(utterance));
  return turns;
}

/** The readable speech of the last turn, for the common "what did I just hear" assertion. */
export async function lastSpeech(
  utterances: string[],
  options?: TestConversationOptions,
): Promise<string> {
  const turns = await talk(utterances, options);
  return turns[turns.length - 1]?.speech ?? '';
}
