import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import {
  dailyReminderRequest,
  isKnownTimeZone,
  timeFromDailyRule,
  type ClockTime,
  type DailyReminderRequest,
} from '../../reminders';
import { log } from '../../logging';
import { turnOf } from '../turn';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** What went wrong with a call, as far as what the person should hear is concerned. */
export type ApiFailure = 'not-allowed' | 'gone' | 'busy' | 'failed' | 'timeout';

export function failureOf(error: unknown): ApiFailure {
  if ((error as { name?: unknown } | undefined)?.name === 'TimeoutError') return 'timeout';
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (status === 401 || status === 403) return 'not-allowed';
  if (status === 404) return 'gone';
  if (status === 429) return 'busy';
  return 'failed';
}

/** The person has granted this skill the reminders permission (as of this request). */
export function mayUseReminders(input: HandlerInput): boolean {
  const permissions = input.requestEnvelope.context?.System?.user?.permissions;
  const scope = permissions?.scopes?.[REMINDERS_SCOPE];
  if (scope) return scope.status === 'GRANTED';
  return Boolean(permissions?.consentToken);
}

function reminderClient(
  input: HandlerInput,
): services.reminderManagement.ReminderManagementServiceClient {
  const factory = input.serviceClientFactory;
  if (!factory) throw new Error('the skill was built without an API client');
  return factory.getReminderManagementServiceClient();
}

/** The device's own time zone (Alexa Settings API; needs no permission). */
export async function deviceTimeZone(input: HandlerInput): Promise<string> {
  const factory = input.serviceClientFactory;
  if (!factory) throw new Error('the skill was built without an API client');
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId ?? '';
  const zone = await factory.getUpsServiceClient().getSystemTimeZone(deviceId);
  if (typeof zone !== 'string' || !isKnownTimeZone(zone))
    throw new Error(`unusable time zone ${JSON.stringify(zone)}`);
  return zone;
}

function requestFor(input: HandlerInput, time: ClockTime, timeZone: string): DailyReminderRequest {
  const turn = turnOf(input);
  return dailyReminderRequest({
    time,
    timeZone,
    locale: turn.locale,
    text: turn.t('reminders:alert.text'),
    now: new Date(),
  });
}

/**
 * A failure before the reminder itself was sent (the time zone did not come): nothing can have
 * been set or changed, so a late answer is a plain failure, not an "I can't be sure".
 */
function nothingSent(error: unknown): unknown {
  if (failureOf(error) !== 'timeout') return error;
  const failure = new Error('the time zone did not come in time');
  failure.name = 'NothingSent';
  return failure;
}

export interface FoundReminder {
  token: string;
  time?: ClockTime;
  timeZone?: string;
}

/**
 * A reminder of this skill's that Alexa still holds though the user state has lost it (a create
 * that answered too late, state erased without reaching Alexa): Alexa lists only this skill's.
 */
export async function findOwnReminder(input: HandlerInput): Promise<FoundReminder | undefined> {
  const listed = await reminderClient(input).getReminders();
  const alert = (listed.alerts ?? []).find((a) => a.alertToken && a.status === 'ON');
  if (!alert?.alertToken) return undefined;
  const time = timeFromDailyRule(alert.trigger?.recurrence?.recurrenceRules?.[0]);
  return {
    token: alert.alertToken,
    ...(time ? { time } : {}),
    ...(alert.trigger?.timeZoneId ? { timeZone: alert.trigger.timeZoneId } : {}),
  };
}

/**
 * Creates the daily reminder, or takes over one of this skill's Alexa still holds (so there are
 * never two); returns its alert token and the zone it rings in. The zone and the list are asked
 * for at once, to keep within Alexa's time for a response.
 */
export async function createDailyReminder(input: HandlerInput, time: ClockTime) {
  const [timeZone, existing] = await Promise.all([
    deviceTimeZone(input),
    findOwnReminder(input).catch(() => undefined),
  ]).catch((error: unknown) => Promise.reject(nothingSent(error)));
  const body = requestFor(input, time, timeZone) as services.reminderManagement.ReminderRequest;
  if (existing) {
    await reminderClient(input).updateReminder(existing.token, body);
    return { token: existing.token, timeZone };
  }
  const created = await reminderClient(input).createReminder(body);
  if (!created.alertToken) throw new Error('the Reminders API answered without an alert token');
  return { token: created.alertToken, timeZone };
}

export async function moveDailyReminder(input: HandlerInput, token: string, time: ClockTime) {
  const timeZone = await deviceTimeZone(input).catch((error: unknown) =>
    Promise.reject(nothingSent(error)),
  );
  const body = requestFor(input, time, timeZone) as services.reminderManagement.ReminderRequest;
  await reminderClient(input).updateReminder(token, body);
  return { timeZone };
}

/**
 * The reminder as Alexa holds it (it can be deleted or changed in the Alexa app), with the time
 * its rule rings at when that can be read; undefined when it is gone.
 */
export async function checkReminder(
  input: HandlerInput,
  token: string,
): Promise<{ time?: ClockTime } | undefined> {
  try {
    const found = await reminderClient(input).getReminder(token);
    if (found.status === 'COMPLETED') return undefined;
    const time = timeFromDailyRule(found.trigger?.recurrence?.recurrenceRules?.[0]);
    return time ? { time } : {};
  } catch (error) {
    if (failureOf(error) === 'gone') return undefined;
    throw error;
  }
}

/** Deletes the reminder; one already gone counts as deleted. */
export async function deleteReminder(input: HandlerInput, token: string): Promise<void> {
  try {
    await reminderClient(input).deleteReminder(token);
  } catch (error) {
    if (failureOf(error) !== 'gone') throw error;
  }
}

export function logFailure(what: string, error: unknown): ApiFailure {
  const failure = failureOf(error);
  log.warn(`reminder ${what} failed (${failure})`, error);
  return failure;
}
