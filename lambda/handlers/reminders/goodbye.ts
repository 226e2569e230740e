import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import {
  DEFAULT_REMINDER_TIME,
  encouragementCount,
  localDate,
  mayOfferReminder,
  withCompletion,
} from '../../reminders';
import type { SpeechPiece } from '../../speech/ssml';
import { speakRoutine } from '../reply';
import { turnOf } from '../turn';
import { askReminderQuestion, timeWords } from './flow';

/**
 * The goodbye of a finished routine: the day is counted, a glad word said when it is the second
 * or more this week, and, once, the evening reminder offered (the session then stays open for
 * the yes or no). Called where the routine's finished output becomes a response.
 */
export function finishedRoutineGoodbye(input: HandlerInput, speech: SpeechPiece[]): Response {
  const turn = turnOf(input);
  const timestamp = Date.parse(input.requestEnvelope.request.timestamp);
  const now = Number.isNaN(timestamp) ? new Date() : new Date(timestamp);
  const today = localDate(now, turn.user.reminder?.timeZone);
  const dates = withCompletion(turn.user.completedDates ?? [], today);
  turn.user.completedDates = dates;
  const count = encouragementCount(dates, today);
  const glad =
    count === undefined
      ? []
      : [
          {
            text: turn.t(count <= 7 ? `reminders:week.${count}` : 'reminders:week.many', { count }),
          },
        ];
  if (!mayOfferReminder(turn.user)) return speakRoutine(input, [...speech, ...glad]);
  turn.user.reminderOffer = 'made';
  const words = timeWords(turn, DEFAULT_REMINDER_TIME);
  return askReminderQuestion(
    input,
    { step: 'offer', time: DEFAULT_REMINDER_TIME, then: 'close' },
    [...speech, ...glad, { text: turn.t('reminders:offer.question', { time: words }) }],
    turn.t('reminders:offer.reprompt', { time: words }),
    speakRoutine,
  );
}
