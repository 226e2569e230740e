import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { forgetUser } from '../../interceptors/user-state';
import { log } from '../../logging';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { deleteReminderBeforeForgetting } from '../reminders';
import { hasRun, offerRoutineAgain } from '../routine';
import { turnOf } from '../turn';

export const FORGET_DATA = 'forget-data';

const awaitingAnswer = (input: HandlerInput) => turnOf(input).session.pending?.kind === FORGET_DATA;

/** Erasing is never done on a misheard phrase: it always takes an explicit yes. */
export const forgetMyDataHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ForgetMyDataIntent'),
  handle(input) {
    const turn = turnOf(input);
    turn.session.pending = {
      kind: FORGET_DATA,
      question: turn.t('privacy:forget.confirmReprompt'),
    };
    const reminder = turn.user.reminder ? turn.t('reminders:forget.confirmNote') : undefined;
    return ask(
      input,
      sentences(turn.t('privacy:forget.confirm'), reminder),
      turn.t('privacy:forget.confirmReprompt'),
    );
  },
};

export const forgetConfirmedHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent') && awaitingAnswer(input),
  async handle(input) {
    const turn = turnOf(input);
    turn.session.pending = undefined;
    let outcome = 'privacy:forget.done';
    const reminder = await deleteReminderBeforeForgetting(input);
    try {
      await forgetUser(input);
    } catch (error) {
      log.warn('stored state could not be erased', error);
      outcome = 'privacy:forget.failed';
    }
    const note = {
      none: undefined,
      deleted: 'reminders:forget.reminderDeleted',
      kept: 'reminders:forget.reminderKept',
    }[reminder];
    const kept = note ? turn.t(note) : undefined;
    // Erased, the routine is gone with the rest; not erased, a routine under way goes on.
    if (hasRun(turn)) return offerRoutineAgain(input, sentences(turn.t(outcome), kept));
    const question = turn.t('privacy:forget.question');
    return ask(input, sentences(turn.t(outcome), kept, question), question);
  },
};

export const forgetDeclinedHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent') && awaitingAnswer(input),
  handle(input) {
    const turn = turnOf(input);
    turn.session.pending = undefined;
    if (hasRun(turn)) return offerRoutineAgain(input, sentences(turn.t('privacy:forget.kept')));
    const question = turn.t('privacy:forget.question');
    return ask(input, sentences(turn.t('privacy:forget.kept'), question), question);
  },
};

export const privacyHandlers: RequestHandler[] = [
  forgetMyDataHandler,
  forgetConfirmedHandler,
  forgetDeclinedHandler,
];
