/**
 * Scores a labelled corpus against an interaction model through the local NLU: the intent and
 * every slot id must be what the label says, and no slot the label leaves out may be filled.
 * Shared by `npm run nlu:report` and the jest floor, so both count the same way.
 */
import type { Slot } from 'ask-sdk-model';
import type { Language } from '../../lambda/languages/types';
import {
  holdsSafetySign,
  intentOfReading,
  isReadAgain,
  readCatchAll,
  readSlotWords,
} from '../../lambda/understanding';
import type { InteractionModel } from './model';
import { Resolver } from './resolver';

export interface LabelledUtterance {
  text: string;
  intent: string;
  slots?: Record<string, string>;
}

export interface Heard {
  intent: string;
  /** Filled slots: the resolved id, or the spoken value when nothing resolved (or AMAZON.TIME). */
  slots: Record<string, string>;
  /** Slots filled with words no value or synonym matched. */
  unresolved: string[];
}

export interface Outcome {
  entry: LabelledUtterance;
  heard: Heard;
  right: boolean;
}

export interface IntentTally {
  intent: string;
  total: number;
  right: number;
}

function slotReading(slot: Slot): { value: string; resolved: boolean } | undefined {
  if (!slot.value) return undefined;
  const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
  if (!authority) return { value: slot.value, resolved: true };
  const id = authority.values?.[0]?.value.id;
  return id ? { value: id, resolved: true } : { value: slot.value, resolved: false };
}

const CATCH_ALL = 'SafetyWordsIntent';

/**
 * What the skill acts on: the model's intent and slots, with the skill's own reading where Alexa
 * left off (interceptors/catch-all and interceptors/unresolved-slots): the question it reads in
 * the catch-all's words, and the value it reads inside a slot's unmatched words.
 */
export function hear(resolver: Resolver, text: string, language: Language = 'en'): Heard {
  const result = resolver.resolve(text);
  if (result.kind === 'launch') return { intent: 'LaunchRequest', slots: {}, unresolved: [] };
  const slots: Record<string, string> = {};
  const unresolved: string[] = [];
  for (const [name, slot] of Object.entries(result.intent.slots ?? {})) {
    const reading = slotReading(slot);
    if (!reading) continue;
    const readAgain =
      !reading.resolved && isReadAgain(name)
        ? readSlotWords(name, reading.value, language)
        : undefined;
    slots[name] = readAgain?.id ?? reading.value;
    if (!reading.resolved && !readAgain) unresolved.push(name);
  }
  if (result.intent.name === CATCH_ALL && slots.words && !slots.sign) {
    const reading = readCatchAll(slots.words, language);
    if (reading) {
      const { intent, slots: read } = intentOfReading(reading);
      const ids = Object.fromEntries(Object.entries(read).map(([name, v]) => [name, v.id]));
      return { intent, slots: ids, unresolved: [] };
    }
    // Words with no sign and nothing the skill can read in them get the fallback's answer.
    if (!holdsSafetySign(slots.words, language)) {
      return { intent: 'AMAZON.FallbackIntent', slots: {}, unresolved: [] };
    }
  }
  return { intent: result.intent.name, slots, unresolved };
}

function sameSlots(heard: Heard, expected: Record<string, string>): boolean {
  const names = new Set([...Object.keys(heard.slots), ...Object.keys(expected)]);
  return [...names].every(
    (name) => heard.slots[name] === expected[name] && !heard.unresolved.includes(name),
  );
}

export function score(
  model: InteractionModel,
  entries: readonly LabelledUtterance[],
  resolver = new Resolver(model),
  language: Language = 'en',
): Outcome[] {
  return entries.map((entry) => {
    const heard = hear(resolver, entry.text, language);
    const right = heard.intent === entry.intent && sameSlots(heard, entry.slots ?? {});
    return { entry, heard, right };
  });
}

export function share(outcomes: readonly Outcome[]): number {
  return outcomes.length === 0 ? 1 : outcomes.filter((o) => o.right).length / outcomes.length;
}

/** Per intent the corpus expects, in the order given. */
export function byIntent(outcomes: readonly Outcome[], order: readonly string[]): IntentTally[] {
  const tallies = new Map<string, IntentTally>(
    order.map((intent) => [intent, { intent, total: 0, right: 0 }]),
  );
  for (const { entry, right } of outcomes) {
    const tally = tallies.get(entry.intent) ?? { intent: entry.intent, total: 0, right: 0 };
    tally.total += 1;
    if (right) tally.right += 1;
    tallies.set(entry.intent, tally);
  }
  return [...tallies.values()].filter((t) => t.total > 0);
}
