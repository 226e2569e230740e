/**
 * A routine walked the way a person would: "start a quick foot massage", then an answer to each
 * question (no to the safety check and the foot bath, "on a chair", no sore spot, or the heel at
 * the first sore-spot question) and "yes" to each prompt between blocks, until the goodbye. The
 * test of the utterance targets and `npm run bench` both use it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanLength } from '../../lambda/routine';
import { Conversation, type ConversationOptions, type Turn } from '../simulator/conversation';

export type Audio = 'apla' | 'ssml';

export interface Walk {
  plan: PlanLength;
  soreSpot: boolean;
  audio: Audio;
  /** Everything the person said, "start" to the goodbye. */
  said: string[];
  turns: Turn[];
  /** The longest response: its audio, and its JSON size with the session attributes. */
  longestSeconds: number;
  largestBytes: number;
}

const QUESTIONS: Array<[RegExp, string]> = [
  [/Safety first|Any heart or circulation disease/, 'no'],
  [/warm foot bath first/, 'no'],
  [/How would you like to sit/, 'on a chair'],
];
const TENDER = /Did any spot feel tender/;
const GOODBYE = /every evening, before you sleep/;

/** The answer a person gives to what the skill just said. */
function answer(turn: Turn, soreSpot: { left: boolean }): string {
  for (const [heard, said] of QUESTIONS) if (heard.test(turn.speech)) return said;
  if (TENDER.test(turn.speech)) {
    if (soreSpot.left) {
      soreSpot.left = false;
      return 'my heel';
    }
    return 'no';
  }
  return 'yes';
}

/** Renders with `audio` while it runs (the skill reads FMC_AUDIO on each response). */
export async function walkRoutine(
  plan: PlanLength,
  soreSpot: boolean,
  audio: Audio,
  onExchange?: ConversationOptions['onExchange'],
): Promise<Walk> {
  const dir = mkdtempSync(join(tmpdir(), 'fmc-walk-'));
  const before = process.env.FMC_AUDIO;
  if (audio === 'ssml') process.env.FMC_AUDIO = 'ssml';
  else delete process.env.FMC_AUDIO;
  try {
    const c = new Conversation({ adapterPath: join(dir, 'state.json'), onExchange });
    const start = plan === 'standard' ? 'start my foot massage' : `start a ${plan} foot massage`;
    const said = [start];
    const turns = [await c.say(start)];
    const spot = { left: soreSpot };
    for (let i = 0; i < 60; i++) {
      const last = turns[turns.length - 1]!;
      if (last.ended || GOODBYE.test(last.speech)) break;
      const next = answer(last, spot);
      said.push(next);
      turns.push(await c.say(next));
    }
    return {
      plan,
      soreSpot,
      audio,
      said,
      turns,
      longestSeconds: Math.max(...turns.map((t) => t.audioSeconds)),
      largestBytes: Math.max(...turns.map((t) => Buffer.byteLength(JSON.stringify(t.response)))),
    };
  } finally {
    if (before === undefined) delete process.env.FMC_AUDIO;
    else process.env.FMC_AUDIO = before;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The targets: user utterances from "start" to the goodbye. */
export const UTTERANCE_TARGETS: Record<PlanLength, { plain: number; soreSpot: number }> = {
  quick: { plain: 7, soreSpot: 8 },
  standard: { plain: 8, soreSpot: 10 },
  thorough: { plain: 12, soreSpot: 14 },
};
