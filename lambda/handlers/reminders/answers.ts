import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { sentences, tell } from '../reply';
import { turnOf } from '../turn';
import { logFailure, moveDailyReminder } from './api';
import { createAndConfirm } from './create';
import { askReminderQuestion, carryOn, pendingReminderQuestion, timeWords } from './flow';

const MOVE_FAILURE = {
  'not-allowed': 'reminders:move.notAllowed',
  busy: 'reminders:move.busy',
  failed: 'reminders:move.failed',
  timeout: 'reminders:move.unsure',
} as const;

/** Yes to a reminder question: the offer at a goodbye, "shall I set that up?", "shall I move it?". */
export const reminderYesHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.YesIntent') && pendingReminderQuestion(input) !== undefined,
  async handle(input) {
    const turn = turnOf(input);
    const question = pendingReminderQuestion(input)!;
    turn.session.pending = undefined;
    if (question.step !== 'move') return createAndConfirm(input, question.time, question.then);
    const existing = turn.user.reminder;
    if (!existing) return createAndConfirm(input, question.time, question.then);
    try {
      const { timeZone } = await moveDailyReminder(input, existing.token, question.time);
      turn.user.reminder = { token: existing.token, time: question.time, timeZone };
      const words = timeWords(turn, question.time);
      return carryOn(input, [turn.t('reminders:move.done', { time: words })], question.then);
    } catch (error) {
      const failure = logFailure('update', error);
      if (failure === 'gone') {
        // Deleted in the Alexa app meanwhile: nothing to move, so a new one is offered instead.
        delete turn.user.reminder;
        const words = timeWords(turn, question.time);
        return askReminderQuestion(
          input,
          { step: 'create', time: question.time, then: question.then },
          sentences(turn.t('reminders:status.gone', { time: words })),
          turn.t('reminders:set.confirmReprompt', { time: words }),
        );
      }
      const words = timeWords(turn, existing.time);
      return carryOn(input, [turn.t(MOVE_FAILURE[failure], { time: words })], question.then);
    }
  },
};

/** No to a reminder question; a no to the goodbye's offer means it is not offered again. */
export const reminderNoHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.NoIntent') && pendingReminderQuestion(input) !== undefined,
  handle(input) {
    const turn = turnOf(input);
    const question = pendingReminderQuestion(input)!;
    turn.session.pending = undefined;
    if (question.step === 'offer') {
      turn.user.reminderOffer = 'declined';
      return tell(input, sentences(turn.t('reminders:offer.declined')));
    }
    if (question.step === 'move' && turn.user.reminder) {
      const words = timeWords(turn, turn.user.reminder.time);
      return carryOn(input, [turn.t('reminders:move.declined', { time: words })], question.then);
    }
    return carryOn(input, [turn.t('reminders:set.declined')], question.then);
  },
};

/** "Repeat" or "not sure" at a reminder question: what it is, then the question again. */
export const reminderExplainHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.RepeatIntent', 'NotSureIntent', 'TellMeMoreIntent') &&
    pendingReminderQuestion(input) !== undefined,
  handle(input) {
    const turn = turnOf(input);
    const question = pendingReminderQuestion(input)!;
    const words = timeWords(turn, question.time);
    const ask =
      question.step === 'move'
        ? turn.t('reminders:move.confirmReprompt', { time: words })
        : turn.t('reminders:set.confirmReprompt', { time: words });
    return askReminderQuestion(
      input,
      question,
      sentences(turn.t('reminders:explain.text', { time: words }), ask),
      ask,
    );
  },
};
