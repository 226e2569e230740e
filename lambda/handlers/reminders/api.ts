import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import {
  dailyReminderRequest,
  isKnownTimeZone,
  type ClockTime,
  type DailyReminderRequest,
} from '../../reminders';
import { log } from '../../logging';
import { turnOf } from '../turn';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** What went wrong with a call, as far as what the person should hear is concerned. */
export type ApiFailure = 'not-allowed' | 'gone' | 'busy' | 'failed';

export function failureOf(error: unknown): ApiFailure {
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

/** Creates the daily reminder; returns its alert token and the zone it rings in. */
export async function createDailyReminder(input: HandlerInput, time: ClockTime) {
  const timeZone = await deviceTimeZone(input);
  const body = requestFor(input, time, timeZone) as services.reminderManagement.ReminderRequest;
  const created = await reminderClient(input).createReminder(body);
  if (!created.alertToken) throw new Error('the Reminders API answered without an alert token');
  return { token: created.alertToken, timeZone };
}

export async function moveDailyReminder(input: HandlerInput, token: string, time: ClockTime) {
  const timeZone = await deviceTimeZone(input);
  const body = requestFor(input, time, timeZone) as services.reminderManagement.ReminderRequest;
  await reminderClient(input).updateReminder(token, body);
  return { timeZone };
}

/** True when Alexa still holds the reminder (it can be deleted in the Alexa app). */
export async function reminderExists(input: HandlerInput, token: string): Promise<boolean> {
  try {
    const found = await reminderClient(input).getReminder(token);
    return found.status !== 'COMPLETED';
  } catch (error) {
    if (failureOf(error) === 'gone') return false;
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
