import type { CatchAllAsk } from '../languages/types';
import type { CatchAllReading, NamedValue } from './catch-all-reading';

/** The interaction model's intent for a reading, and its slots by name. */
export interface ReadIntent {
  intent: string;
  slots: Record<string, NamedValue>;
}

const INTENT_OF_ASK: Readonly<Record<CatchAllAsk, string>> = {
  start: 'StartMassageIntent',
  pause: 'AMAZON.PauseIntent',
  resume: 'AMAZON.ResumeIntent',
  next: 'AMAZON.NextIntent',
  skip: 'SkipIntent',
  back: 'AMAZON.PreviousIntent',
  repeat: 'AMAZON.RepeatIntent',
  'start-over': 'AMAZON.StartOverIntent',
  stop: 'AMAZON.StopIntent',
  help: 'AMAZON.HelpIntent',
  home: 'AMAZON.NavigateHomeIntent',
  'time-left': 'TimeLeftIntent',
  'where-am-i': 'WhereAmIIntent',
  'tell-me-more': 'TellMeMoreIntent',
  thanks: 'ThanksIntent',
  contraindications: 'ContraindicationsIntent',
  'forget-me': 'ForgetMyDataIntent',
  'reminder-set': 'SetReminderIntent',
  'reminder-status': 'ReminderStatusIntent',
  'reminder-move': 'MoveReminderIntent',
  'reminder-cancel': 'CancelReminderIntent',
};

const one = (intent: string, slot: string, value: NamedValue): ReadIntent => ({
  intent,
  slots: { [slot]: value },
});

export function intentOfReading(reading: CatchAllReading): ReadIntent {
  switch (reading.kind) {
    case 'complaint':
      return one('FindPointIntent', 'complaint', reading);
    case 'point':
      return one('PointInfoIntent', 'point', reading);
    case 'topic':
      return one('ExplainTopicIntent', 'topic', reading);
    case 'posture':
      return one('ChoosePostureIntent', 'posture', reading);
    case 'tender-zone':
      return one('TenderSpotIntent', 'zone', reading);
    case 'zone-link':
      return one('BodyMapIntent', 'zone', reading);
    case 'body-part-link':
      return one('BodyMapIntent', 'bodyPart', reading);
    case 'start':
      return {
        intent: 'StartMassageIntent',
        slots: reading.length ? { length: reading.length } : {},
      };
    case 'ask':
      return { intent: INTENT_OF_ASK[reading.ask], slots: {} };
  }
}
