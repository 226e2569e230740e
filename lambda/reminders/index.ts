/**
 * The evening reminder and the habit around the routine, as plain data and rules: time parsing
 * and speaking, the daily recurrence the Reminders API takes, the completed-routine dates and
 * when to offer. No Alexa imports; `handlers/reminders` talks to Alexa.
 */
export {
  DEFAULT_REMINDER_TIME,
  hourAndMinute,
  isClockTime,
  reminderTimeFrom,
  spokenTime,
} from './time';
export type { ClockTime, SpokenTime } from './time';
export {
  dailyReminderRequest,
  dailyRule,
  firstOccurrence,
  isKnownTimeZone,
  localDate,
  timeFromDailyRule,
} from './recurrence';
export type { DailyReminder, DailyReminderRequest } from './recurrence';
export {
  MAX_COMPLETED_DATES,
  completedThisWeek,
  encouragementCount,
  isDate,
  mayOfferReminder,
  withCompletion,
} from './habit';
export type { ReminderOffer } from './habit';
