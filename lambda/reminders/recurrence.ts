/**
 * The daily reminder as the Alexa Reminders API takes it: an absolute trigger in the device's
 * time zone that repeats every day at the same hour. Plain data; the handler sends it.
 */
import { hourAndMinute, type ClockTime } from './time';

/** The body of a create or update call (the shape of ask-sdk-model's ReminderRequest). */
export interface DailyReminderRequest {
  requestTime: string;
  trigger: {
    type: 'SCHEDULED_ABSOLUTE';
    scheduledTime: string;
    timeZoneId: string;
    recurrence: { startDateTime: string; recurrenceRules: string[] };
  };
  alertInfo: { spokenInfo: { content: Array<{ locale: string; text: string }> } };
  pushNotification: { status: 'ENABLED' };
}

export interface DailyReminder {
  time: ClockTime;
  /** An IANA zone from the device's settings ("Europe/Berlin"). */
  timeZone: string;
  locale: string;
  /** What Alexa says when it rings. */
  text: string;
  now: Date;
}

/** RFC 5545, as the Reminders API's recurrenceRules take it: every day at this hour. */
export function dailyRule(time: ClockTime): string {
  const { hour, minute } = hourAndMinute(time);
  return `FREQ=DAILY;BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0;INTERVAL=1`;
}

/**
 * One formatter per zone: making one costs a millisecond or so, far more than the rest of a
 * routine's goodbye, which reads the local date.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    // Zones are few; a bound keeps a stream of odd stored values from growing it.
    if (formatters.size >= 64) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time in a zone, as the parts a local ISO string needs. */
function localParts(now: Date, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** True when the zone is one this runtime knows; the API would refuse any other. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local date a day is in, "YYYY-MM-DD", in the zone (or UTC when it is not known). */
export function localDate(now: Date, timeZone?: string): string {
  // UTC, the date of anyone without a reminder, is the ISO string's own: formatToParts costs
  // tens of microseconds, more than the rest of a routine's goodbye.
  if (!timeZone || timeZone === 'UTC' || !isKnownTimeZone(timeZone))
    return now.toISOString().slice(0, 10);
  const { year, month, day } = localParts(now, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first time the reminder rings, in local time without an offset (the API reads it in
 * `timeZoneId`): today if that hour is still ahead, else tomorrow.
 */
export function firstOccurrence(time: ClockTime, now: Date, timeZone: string): string {
  const local = localParts(now, timeZone);
  const { hour, minute } = hourAndMinute(time);
  const laterToday = hour > local.hour || (hour === local.hour && minute > local.minute);
  // Calendar arithmetic on a UTC date, so month ends and leap years come out right.
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + (laterToday ? 0 : 1)));
  const day = date.toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000`;
}

export function dailyReminderRequest(reminder: DailyReminder): DailyReminderRequest {
  const start = firstOccurrence(reminder.time, reminder.now, reminder.timeZone);
  return {
    requestTime: reminder.now.toISOString().replace(/Z$/, ''),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: start,
      timeZoneId: reminder.timeZone,
      recurrence: { startDateTime: start, recurrenceRules: [dailyRule(reminder.time)] },
    },
    alertInfo: { spokenInfo: { content: [{ locale: reminder.locale, text: reminder.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/**
 * The time of day a daily rule rings at ("FREQ=DAILY;BYHOUR=21;BYMINUTE=0;..." → "21:00"), so a
 * reminder found in Alexa's list can be said back; undefined for any other rule.
 */
export function timeFromDailyRule(rule: string | undefined): ClockTime | undefined {
  if (!rule || !/(?:^|;)FREQ=DAILY(?:;|$)/.test(rule)) return undefined;
  const hour = /(?:^|;)BYHOUR=(\d{1,2})(?:;|$)/.exec(rule)?.[1];
  const minute = /(?:^|;)BYMINUTE=(\d{1,2})(?:;|$)/.exec(rule)?.[1] ?? '0';
  if (hour === undefined || Number(hour) > 23 || Number(minute) > 59) return undefined;
  return `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
}
