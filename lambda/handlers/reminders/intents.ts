import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { DEFAULT_REMINDER_TIME, reminderTimeFrom, type ClockTime } from '../../reminders';
import type { StoredReminder } from '../../state/user-state';
import { isIntent, readSlot } from '../intents';
import { ask, sentences } from '../reply';
import { turnOf } from '../turn';
import { checkReminder, deleteReminder, findOwnReminder, logFailure } from './api';
import { askReminderQuestion, carryOn, timeWords } from './flow';

/** The time the person said: a usable time, nothing said, or words that hold no usable time. */
function saidTime(input: HandlerInput): ClockTime | 'none' | 'unusable' {
  const value = readSlot(input, 'time').value;
  if (!value) return 'none';
  return reminderTimeFrom(value) ?? 'unusable';
}

function offerNew(input: HandlerInput, key: string, time: ClockTime): Response {
  const turn = turnOf(input);
  const words = timeWords(turn, time);
  return askReminderQuestion(
    input,
    { step: 'create', time, then: 'menu' },
    sentences(turn.t(key, { time: words })),
    turn.t('reminders:set.confirmReprompt', { time: words }),
  );
}

function confirmMove(input: HandlerInput, time: ClockTime): Response {
  const turn = turnOf(input);
  const words = timeWords(turn, time);
  return askReminderQuestion(
    input,
    { step: 'move', time, then: 'menu' },
    sentences(turn.t('reminders:move.confirm', { time: words })),
    turn.t('reminders:move.confirmReprompt', { time: words }),
  );
}

function noUsableTime(input: HandlerInput, key: string, repromptKey: string): Response {
  const turn = turnOf(input);
  turn.session.pending = undefined;
  return ask(input, sentences(turn.t(key)), turn.t(repromptKey));
}

/** "Remind me every evening", "remind me at 8 pm": says the time and the daily repeat, asks. */
export const setReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SetReminderIntent'),
  handle(input) {
    const turn = turnOf(input);
    const said = saidTime(input);
    if (said === 'unusable')
      return noUsableTime(input, 'reminders:set.noTime', 'reminders:set.noTime');
    const existing = turn.user.reminder;
    if (existing) {
      if (said === 'none' || said === existing.time) {
        const words = timeWords(turn, existing.time);
        return carryOn(input, [turn.t('reminders:set.already', { time: words })], 'menu');
      }
      return confirmMove(input, said);
    }
    return offerNew(input, 'reminders:set.confirm', said === 'none' ? DEFAULT_REMINDER_TIME : said);
  },
};

/** "Move my reminder to 10 pm": only a reminder that exists is moved, after a yes. */
export const moveReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'MoveReminderIntent'),
  handle(input) {
    const turn = turnOf(input);
    const said = saidTime(input);
    const existing = turn.user.reminder;
    if (!existing) {
      const time = said === 'none' || said === 'unusable' ? DEFAULT_REMINDER_TIME : said;
      return offerNew(input, 'reminders:status.none', time);
    }
    if (said === 'none' || said === 'unusable')
      return noUsableTime(input, 'reminders:move.which', 'reminders:move.whichReprompt');
    if (said === existing.time) {
      const words = timeWords(turn, existing.time);
      return carryOn(input, [turn.t('reminders:move.same', { time: words })], 'menu');
    }
    return confirmMove(input, said);
  },
};

/** A reminder of this skill's that Alexa holds but the state lost, taken back; or undefined. */
async function recovered(input: HandlerInput): Promise<StoredReminder | undefined> {
  const found = await findOwnReminder(input);
  if (!found?.time) return undefined;
  const reminder: StoredReminder = { token: found.token, time: found.time };
  if (found.timeZone) reminder.timeZone = found.timeZone;
  turnOf(input).user.reminder = reminder;
  return reminder;
}

/** "When is my reminder?": asks Alexa whether it still exists, and at what time, before saying. */
export const reminderStatusHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ReminderStatusIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const existing = turn.user.reminder;
    if (!existing) {
      const found = await recovered(input).catch(() => undefined);
      if (!found) return offerNew(input, 'reminders:status.none', DEFAULT_REMINDER_TIME);
      const words = timeWords(turn, found.time);
      return carryOn(input, [turn.t('reminders:status.set', { time: words })], 'menu');
    }
    try {
      const held = await checkReminder(input, existing.token);
      if (held) {
        // Changed in the Alexa app: Alexa's time is the true one.
        if (held.time) existing.time = held.time;
        const words = timeWords(turn, existing.time);
        return carryOn(input, [turn.t('reminders:status.set', { time: words })], 'menu');
      }
    } catch (error) {
      const failure = logFailure('check', error);
      const key =
        failure === 'not-allowed' ? 'reminders:status.notAllowed' : 'reminders:status.unknown';
      const words = timeWords(turn, existing.time);
      return carryOn(input, [turn.t(key, { time: words })], 'menu');
    }
    // Deleted in the Alexa app: forgotten here too, and a new one offered at the same time.
    delete turn.user.reminder;
    return offerNew(input, 'reminders:status.gone', existing.time);
  },
};

const CANCEL_FAILURE = {
  'not-allowed': 'reminders:cancel.notAllowed',
  busy: 'reminders:cancel.busy',
  gone: 'reminders:cancel.gone',
  failed: 'reminders:cancel.failed',
  timeout: 'reminders:cancel.unsure',
} as const;

/** "Cancel my reminder", "stop reminding me": deleted at once; a failure keeps it on record. */
export const cancelReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'CancelReminderIntent'),
  async handle(input) {
    const turn = turnOf(input);
    let existing = turn.user.reminder;
    if (!existing) {
      try {
        existing = await recovered(input);
      } catch (error) {
        logFailure('list', error);
        return carryOn(input, [turn.t('reminders:cancel.unreachable')], 'menu');
      }
    }
    if (!existing) return carryOn(input, [turn.t('reminders:cancel.none')], 'menu');
    try {
      await deleteReminder(input, existing.token);
    } catch (error) {
      return carryOn(input, [turn.t(CANCEL_FAILURE[logFailure('delete', error)])], 'menu');
    }
    delete turn.user.reminder;
    // Asked to stop: not offered again at a goodbye either.
    turn.user.reminderOffer = 'declined';
    return carryOn(input, [turn.t('reminders:cancel.done')], 'menu');
  },
};
