import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ClockTime } from '../../reminders';
import { createDailyReminder, logFailure, mayUseReminders } from './api';
import { carryOn, timeWords, type Then } from './flow';
import { askForPermission } from './ask-permission';
import { turnOf } from '../turn';

const SET_FAILURE = {
  'not-allowed': 'reminders:set.notAllowed',
  busy: 'reminders:set.busy',
  gone: 'reminders:set.failed',
  failed: 'reminders:set.failed',
  // It may have been set after all: the next "when is my reminder" finds it in Alexa's list.
  timeout: 'reminders:set.unsure',
} as const;

/**
 * Creates the daily reminder the person has just said yes to, asking for the permission first
 * when it is missing. Only a reminder Alexa confirmed is kept and announced.
 */
export async function createAndConfirm(
  input: HandlerInput,
  time: ClockTime,
  then: Then,
  options: { askedAlready?: boolean } = {},
): Promise<Response> {
  const turn = turnOf(input);
  if (!options.askedAlready && !mayUseReminders(input)) return askForPermission(input, time, then);
  try {
    const { token, timeZone } = await createDailyReminder(input, time);
    turn.user.reminder = { token, time, timeZone };
    return carryOn(input, [turn.t('reminders:set.done', { time: timeWords(turn, time) })], then);
  } catch (error) {
    const failure = logFailure('create', error);
    // A permission taken back since the request was sent: ask once, by voice.
    if (failure === 'not-allowed' && !options.askedAlready)
      return askForPermission(input, time, then);
    return carryOn(input, [turn.t(SET_FAILURE[failure])], then);
  }
}
