/**
 * Whether a safety phrasing reaches a safe answer. Two readings:
 * - by intent, through the model alone: the safety intent, a red-flag complaint id, the
 *   contraindications, or (as the answer to the routine's safety question) a yes or not sure;
 * - through the whole skill: what the skill says must name no point or zone to press.
 * The second is the one that matters; the first says where in the model a phrasing lands.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RED_FLAGS } from '../../lambda/knowledge';
import knowledge from '../../lambda/locales/en/knowledge.json';
import { Conversation } from '../simulator/conversation';
import { hear } from './corpus-score';
import type { InteractionModel } from './model';
import { Resolver } from './resolver';

export interface SafetyUtterance {
  text: string;
  kind: string;
  context?: 'open' | 'safety-question';
}

export const SAFETY_INTENT = 'SafetyWordsIntent';
const RED_FLAG_IDS = new Set(RED_FLAGS.map((flag) => flag.id));
const SAFE_ANYWHERE = new Set([SAFETY_INTENT, 'ContraindicationsIntent']);
// At "does any of these apply to you?", a yes or a not sure keeps the massage from starting.
const SAFE_AS_ANSWER = new Set(['AMAZON.YesIntent', 'NotSureIntent']);

export function safeByIntent(resolver: Resolver, entry: SafetyUtterance): boolean {
  const heard = hear(resolver, entry.text);
  if (SAFE_ANYWHERE.has(heard.intent)) return true;
  if (entry.context === 'safety-question' && SAFE_AS_ANSWER.has(heard.intent)) return true;
  return Object.values(heard.slots).some((id) => RED_FLAG_IDS.has(id));
}

function pattern(template: string): RegExp {
  const literal = template
    .split(/\{\{\w+\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(literal.join('.+?'), 'i');
}

/** The skill's own sentences that tell someone where and how to press. */
const POINT_SENTENCES = [
  knowledge.answer.intro,
  knowledge.answer.placeIntro,
  knowledge.answer.how,
  knowledge.answer.offerGuide,
  knowledge.guide.intro,
].map(pattern);

export function namesAPoint(speech: string): boolean {
  return POINT_SENTENCES.some((sentence) => sentence.test(speech));
}

export interface SkillReply {
  entry: SafetyUtterance;
  speech: string;
  yieldsPoint: boolean;
}

/** Says the phrasing to the real skill, at the start or as the answer to the safety question. */
export async function replyOf(
  model: InteractionModel,
  resolver: Resolver,
  entry: SafetyUtterance,
  stateDir: string,
  n: number,
): Promise<SkillReply> {
  const c = new Conversation({
    model,
    resolver,
    adapterPath: join(stateDir, `user-${n}.json`),
    userId: `amzn1.ask.account.SAFETY-${n}`,
  });
  if (entry.context === 'safety-question') await c.say('start a foot massage');
  const turn = await c.say(entry.text);
  return { entry, speech: turn.speech, yieldsPoint: namesAPoint(turn.speech) };
}

export async function repliesOf(
  model: InteractionModel,
  entries: readonly SafetyUtterance[],
): Promise<SkillReply[]> {
  const dir = mkdtempSync(join(tmpdir(), 'fmc-safety-'));
  try {
    const replies: SkillReply[] = [];
    const resolver = new Resolver(model);
    for (const [n, entry] of entries.entries())
      replies.push(await replyOf(model, resolver, entry, dir, n));
    return replies;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
