/**
 * The reminder intents of the interaction model, samples and all: the one place they are
 * written. `npm run sync:model` writes them into interactionModels/custom/en-US.json, and a
 * test proves the model holds exactly these. Not imported by the skill at run time.
 *
 * `{time}` is AMAZON.TIME: Alexa hands the skill "21:00" for "9 pm" or "nine in the evening",
 * and "EV" for "the evening" alone. Samples put the part of the day inside the slot where people
 * say it ("every {time}" for "every evening at nine"), so the hour comes with it.
 */
import type { ModelIntent } from '../phrasing/carriers';

export type { ModelIntent };

const TIME = [{ name: 'time', type: 'AMAZON.TIME' }];

export const REMINDER_INTENTS: readonly ModelIntent[] = [
  {
    name: 'SetReminderIntent',
    slots: TIME,
    samples: [
      'remind me every evening',
      'remind me every day',
      'remind me every night',
      'remind me daily',
      'remind me to do my foot massage',
      'remind me to massage my feet',
      'remind me to do it every evening',
      'remind me to do my foot massage every evening',
      'remind me every {time}',
      'remind me at {time}',
      'remind me {time}',
      'remind me every day at {time}',
      'remind me each day at {time}',
      'remind me daily at {time}',
      'remind me to massage my feet at {time}',
      'remind me to do my foot massage at {time}',
      'remind me to do my foot massage every {time}',
      'set a reminder',
      'set a daily reminder',
      'set an evening reminder',
      'set a reminder for {time}',
      'set a reminder at {time}',
      'set a daily reminder for {time}',
      'set a daily reminder at {time}',
      'set my reminder',
      'set my reminder for {time}',
      'create a reminder',
      'create a daily reminder',
      'add a reminder',
      'add a daily reminder',
      'i want a reminder',
      'i want a daily reminder',
      'i would like a reminder',
      'i would like a reminder every evening',
      'i would like a reminder at {time}',
      'give me a reminder every evening',
      'give me a daily reminder',
      'give me a reminder at {time}',
      'a reminder at {time} please',
    ],
  },
  {
    name: 'ReminderStatusIntent',
    samples: [
      'when is my reminder',
      'what time is my reminder',
      'when will you remind me',
      'what time will you remind me',
      'do i have a reminder',
      'have i got a reminder',
      'is my reminder set',
      'is there a reminder',
      'did you set my reminder',
      'tell me about my reminder',
      'check my reminder',
      'what is my reminder',
    ],
  },
  {
    name: 'MoveReminderIntent',
    slots: TIME,
    samples: [
      'move my reminder',
      'change my reminder',
      'change the time of my reminder',
      'move my reminder to {time}',
      'change my reminder to {time}',
      'make my reminder {time}',
      'make it {time} instead',
      'move it to {time}',
      'set my reminder to {time} instead',
      'change the reminder time to {time}',
      'move the reminder to {time}',
      'change the reminder to {time}',
      'reschedule my reminder to {time}',
      'remind me at {time} instead',
    ],
  },
  {
    name: 'CancelReminderIntent',
    samples: [
      'cancel my reminder',
      'cancel the reminder',
      'delete my reminder',
      'delete the reminder',
      'remove my reminder',
      'remove the reminder',
      'turn off my reminder',
      'turn off the reminder',
      'stop reminding me',
      'stop the reminders',
      'no more reminders',
      'i do not want a reminder anymore',
      "i don't want the reminder anymore",
      'get rid of my reminder',
    ],
  },
];
