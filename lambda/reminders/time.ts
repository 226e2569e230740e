/**
 * Reminder times: what the person said (an AMAZON.TIME value) as a clock time the reminder can
 * keep, and how to say it back. Plain data; no Alexa imports.
 */

/** "HH:MM", 24 h: the form AMAZON.TIME gives and the form the user state keeps. */
export type ClockTime = string;

/** The source's "every evening, before the night's rest", at an hour most people are home. */
export const DEFAULT_REMINDER_TIME: ClockTime = '21:00';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * AMAZON.TIME's parts of the day, when the person names one without a time ("every evening").
 * An evening or night reminder takes the skill's usual hour.
 */
const PARTS_OF_DAY: Record<string, ClockTime> = {
  MO: '08:00',
  AF: '15:00',
  EV: DEFAULT_REMINDER_TIME,
  NI: DEFAULT_REMINDER_TIME,
};

/** Earlier than this, a time is read as the afternoon or evening: a reminder never wakes anyone. */
const FIRST_MORNING_HOUR = 6;

export function isClockTime(value: unknown): value is ClockTime {
  return typeof value === 'string' && CLOCK.test(value);
}

export function hourAndMinute(time: ClockTime): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { hour, minute };
}

function clock(hour: number, minute: number): ClockTime {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The time a reminder should ring for what the person said, or undefined when it holds no time
 * the skill can use (a date, a duration, nothing). "05:00" means five in the afternoon: a foot
 * massage reminder in the small hours would only wake the house.
 */
export function reminderTimeFrom(value: string | undefined): ClockTime | undefined {
  if (!value) return undefined;
  const part = PARTS_OF_DAY[value.trim().toUpperCase()];
  if (part) return part;
  const found = CLOCK.exec(value.trim());
  if (!found) return undefined;
  const hour = Number(found[1]);
  const minute = Number(found[2]);
  if (hour >= 1 && hour < FIRST_MORNING_HOUR) return clock(hour + 12, minute);
  return clock(hour, minute);
}

/** How a time is said: a locale key for the part of the day and the clock words to put in it. */
export interface SpokenTime {
  key: 'morning' | 'afternoon' | 'evening' | 'night' | 'noon' | 'midnight';
  /** "9", "8:30": the twelve-hour clock, as a speaker reads it. */
  clock: string;
  /** The same time in parts, for languages that say it otherwise ("21 h 30", "halb neun"). */
  hour12: number;
  hour24: number;
  minute: number;
}

export function spokenTime(time: ClockTime): SpokenTime {
  const { hour, minute } = hourAndMinute(time);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const parts = { hour12: twelve, hour24: hour, minute };
  if (minute === 0 && hour === 12) return { key: 'noon', clock: '12', ...parts };
  if (minute === 0 && hour === 0) return { key: 'midnight', clock: '12', ...parts };
  const clock = minute === 0 ? String(twelve) : `${twelve}:${String(minute).padStart(2, '0')}`;
  if (hour < 5) return { key: 'night', clock, ...parts };
  if (hour < 12) return { key: 'morning', clock, ...parts };
  if (hour < 17) return { key: 'afternoon', clock, ...parts };
  if (hour < 22) return { key: 'evening', clock, ...parts };
  return { key: 'night', clock, ...parts };
}
