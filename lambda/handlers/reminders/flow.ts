import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { spokenTime, type ClockTime } from '../../reminders';
import { ask, sentences, tell, type Speech } from '../reply';
import { hasRun, offerRoutineAgain } from '../routine';
import { turnOf, type Turn } from '../turn';

/** The session's pending kind while a reminder question (offer, set, move) waits for yes / no. */
export const REMINDER = 'reminder';

/**
 * Where the conversation goes once the reminder is settled: `close` after the goodbye of a
 * finished routine (the person was leaving), `menu` otherwise (or back to a routine under way).
 */
export type Then = 'close' | 'menu';
export type Step = 'offer' | 'create' | 'move';

export interface ReminderQuestion {
  step: Step;
  time: ClockTime;
  then: Then;
}

/** "9 in the evening": how the skill says a reminder's time. */
export function timeWords(turn: Turn, time: ClockTime): string {
  const spoken = spokenTime(time);
  // A language may say whole hours and half hours differently: "evening_hour" and
  // "evening_minutes" are tried before "evening" (i18next's context).
  return turn.t(`reminders:time.${spoken.key}`, {
    clock: spoken.clock,
    hour12: spoken.hour12,
    hour24: spoken.hour24,
    minute: spoken.minute,
    context: spoken.minute === 0 ? 'hour' : 'minutes',
    // "a la una", "a las nueve": the hour as a count picks the form a language needs.
    count: spoken.hour12,
  });
}

export function askReminderQuestion(
  input: HandlerInput,
  question: ReminderQuestion,
  speech: Speech,
  reprompt: string,
  /** The routine's goodbye asks in the routine's own audio (see speakRoutine). */
  speak: (input: HandlerInput, speech: Speech, reprompt: string) => Response = ask,
): Response {
  const turn = turnOf(input);
  turn.session.pending = { kind: REMINDER, data: { ...question }, question: reprompt };
  return speak(input, speech, reprompt);
}

export function pendingReminderQuestion(input: HandlerInput): ReminderQuestion | undefined {
  const pending = turnOf(input).session.pending;
  if (pending?.kind !== REMINDER || !pending.data) return undefined;
  const { step, time, then } = pending.data;
  if (step !== 'offer' && step !== 'create' && step !== 'move') return undefined;
  return { step, time: time ?? '', then: then === 'close' ? 'close' : 'menu' };
}

/** Says `lead`, then closes, hands back to the routine under way, or asks what is next. */
export function carryOn(input: HandlerInput, lead: string[], then: Then): Response {
  const turn = turnOf(input);
  turn.session.pending = undefined;
  if (then === 'close') return tell(input, sentences(...lead, turn.t('reminders:next.goodbye')));
  if (hasRun(turn)) return offerRoutineAgain(input, sentences(...lead));
  const question = turn.t('reminders:next.question');
  return ask(
    input,
    sentences(...lead, question),
    sentences(turn.t('launch.returningOptions'), question),
  );
}
