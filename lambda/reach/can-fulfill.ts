/**
 * Name-free readiness: whether the skill truly serves a request Alexa is thinking of routing to
 * it without its name ("start my foot massage"). YES only for what it does well, NO for what
 * belongs elsewhere (an emergency, a complaint it knows nothing of, a reminder for anything),
 * MAYBE when it could help after a question. Plain data; no Alexa imports, no side effects.
 */
import type { Language } from '../languages/types';
import { findPlace, resolveComplaint, topicAnswer } from '../knowledge';
import { isPlanLength } from '../routine';

export type Verdict = 'YES' | 'NO' | 'MAYBE';

export interface SlotHeard {
  value?: string;
  id?: string;
}

export interface SlotVerdict {
  canUnderstand: Verdict;
  canFulfill: Verdict;
}

export interface FulfilmentAnswer {
  canFulfill: Verdict;
  slots: Record<string, SlotVerdict>;
}

const UNDERSTOOD: SlotVerdict = { canUnderstand: 'YES', canFulfill: 'YES' };
const NOT_UNDERSTOOD: SlotVerdict = { canUnderstand: 'NO', canFulfill: 'NO' };

function filled(slot: SlotHeard | undefined): slot is SlotHeard {
  return Boolean(slot?.value || slot?.id);
}

/** Every filled slot gets an answer; Alexa weighs them with the overall one. */
function answer(
  canFulfill: Verdict,
  slots: Record<string, SlotHeard>,
  verdicts: Record<string, SlotVerdict> = {},
): FulfilmentAnswer {
  const perSlot: Record<string, SlotVerdict> = {};
  for (const [name, slot] of Object.entries(slots)) {
    if (filled(slot)) perSlot[name] = verdicts[name] ?? NOT_UNDERSTOOD;
  }
  return { canFulfill, slots: perSlot };
}

function startMassage(slots: Record<string, SlotHeard>): FulfilmentAnswer {
  const length = slots.length;
  if (!filled(length)) return answer('YES', slots);
  // A length it doesn't know ("a two hour one") still gets a routine, just not that one.
  if (isPlanLength(length.id)) return answer('YES', slots, { length: UNDERSTOOD });
  return answer('MAYBE', slots, { length: { canUnderstand: 'MAYBE', canFulfill: 'NO' } });
}

function findPoint(slots: Record<string, SlotHeard>, language: Language): FulfilmentAnswer {
  const complaint = slots.complaint;
  // "Where do I press?" alone: the skill can help once it asks which complaint.
  if (!filled(complaint)) return answer('MAYBE', slots);
  const found = resolveComplaint(complaint, language);
  if (found.kind === 'ailment') return answer('YES', slots, { complaint: UNDERSTOOD });
  // An emergency sign belongs with Alexa and a doctor, never with a massage skill first.
  if (found.kind === 'red-flag')
    return answer('NO', slots, { complaint: { canUnderstand: 'YES', canFulfill: 'NO' } });
  return answer('NO', slots);
}

function knownSlot(
  slots: Record<string, SlotHeard>,
  name: string,
  known: (id: string) => boolean,
  whenKnown: Verdict,
): FulfilmentAnswer {
  const slot = slots[name];
  if (!filled(slot)) return answer('MAYBE', slots);
  if (slot.id && known(slot.id)) return answer(whenKnown, slots, { [name]: UNDERSTOOD });
  return answer('NO', slots);
}

/** The skill's answer for one intent and the slots Alexa heard (value and resolved id). */
export function canFulfill(
  intent: string,
  slots: Record<string, SlotHeard> = {},
  language: Language = 'en',
): FulfilmentAnswer {
  switch (intent) {
    case 'StartMassageIntent':
      return startMassage(slots);
    case 'FindPointIntent':
      return findPoint(slots, language);
    case 'ContraindicationsIntent':
      return answer('YES', slots);
    case 'PointInfoIntent':
      // A named acupressure point ("kidney 1") is this skill's ground.
      return knownSlot(slots, 'point', (id) => findPlace(id) !== undefined, 'YES');
    case 'ExplainTopicIntent':
      // "How often should I do it?" could be about anything without the skill's name.
      return knownSlot(slots, 'topic', (id) => topicAnswer(id) !== undefined, 'MAYBE');
    default:
      // Routine controls, yes / no, reminders, privacy: only meaningful inside the skill.
      return answer('NO', slots);
  }
}
