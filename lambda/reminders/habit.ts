/**
 * The habit around the routine: the days a routine was finished, what may be said about them at
 * the goodbye, and whether the reminder may be offered. Plain data; no Alexa imports.
 */

/** Enough for "this week" with room for two a day; nothing older is needed, so nothing is kept. */
export const MAX_COMPLETED_DATES = 14;
const WEEK_DAYS = 7;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The dates with one more completed routine on `today`, the oldest first, trimmed to the cap. */
export function withCompletion(dates: readonly string[], today: string): string[] {
  return [...dates, today].slice(-MAX_COMPLETED_DATES);
}

/** Routines finished in the seven days ending `today`, today's included. */
export function completedThisWeek(dates: readonly string[], today: string): number {
  const end = dayNumber(today);
  return dates.filter((date) => {
    const day = dayNumber(date);
    return day <= end && day > end - WEEK_DAYS;
  }).length;
}

/**
 * What the goodbye may say about regularity: only a count worth being glad of (two or more this
 * week), never a gap, a streak broken or a target. Undefined means say nothing.
 */
export function encouragementCount(dates: readonly string[], today: string): number | undefined {
  const count = completedThisWeek(dates, today);
  return count >= 2 ? count : undefined;
}

export type ReminderOffer = 'made' | 'declined';

/**
 * The reminder is offered once, at the goodbye of a finished routine, to someone who has none;
 * after that only when they ask for it.
 */
export function mayOfferReminder(state: { reminder?: unknown; reminderOffer?: ReminderOffer }) {
  return state.reminder === undefined && state.reminderOffer === undefined;
}
