import type { RequestHandler } from 'ask-sdk-core';
import {
  FOOT_QUESTION_KEYS,
  MOISTURE_WORDS,
  TEMPERATURE_WORDS,
  readFeet,
  type FootFeel,
  type FootMoisture,
  type FootTemperature,
} from '../../knowledge';
import { isIntent, readSlot } from '../intents';
import { showList } from '../screens/show';
import { turnOf } from '../turn';
import { askOwn, closeSideAnswer, speak } from './side-answer';

export const FOOT_FEEL = 'foot-feel';

// The domain's word lists are keyed by the very ids the slot types carry.
function temperature(id: string | undefined): FootTemperature | undefined {
  return id && Object.hasOwn(TEMPERATURE_WORDS, id) ? (id as FootTemperature) : undefined;
}

function moisture(id: string | undefined): FootMoisture | undefined {
  return id && Object.hasOwn(MOISTURE_WORDS, id) ? (id as FootMoisture) : undefined;
}

/** Words reached a slot and matched none of its values. */
function heardUnknown(input: Parameters<typeof readSlot>[0]): boolean {
  return ['temperature', 'moisture', 'left', 'right'].some((name) => {
    const slot = readSlot(input, name);
    return slot.value !== undefined && slot.id === undefined;
  });
}

/** "My feet are cold and damp": the traditional reading; a missing half is asked for. */
export const footTemperatureHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'FootTemperatureIntent'),
  handle(input) {
    const turn = turnOf(input);
    // A follow-up answer ("they're damp") completes what the last turn already heard.
    const before = turn.session.pending?.kind === FOOT_FEEL ? turn.session.pending.data : {};
    const feel: FootFeel = {};
    const t = temperature(readSlot(input, 'temperature').id) ?? temperature(before?.temperature);
    const m = moisture(readSlot(input, 'moisture').id) ?? moisture(before?.moisture);
    const left = temperature(readSlot(input, 'left').id);
    const right = temperature(readSlot(input, 'right').id);
    if (t) feel.temperature = t;
    if (m) feel.moisture = m;
    if (left) feel.left = left;
    if (right) feel.right = right;
    const reading = readFeet(feel);
    if (reading.kind !== 'reading') {
      // Half an answer is kept, so the follow-up only needs the other half.
      const [key, data] =
        reading.kind === 'ask-temperature'
          ? [FOOT_QUESTION_KEYS.askTemperature, m ? { moisture: m } : {}]
          : [FOOT_QUESTION_KEYS.askMoisture, { temperature: reading.temperature }];
      // "I have itchy feet" is not asked "warm, hot or cold?" as if it had not been heard.
      const before =
        !t && !m && heardUnknown(input) ? [{ text: turn.t(FOOT_QUESTION_KEYS.otherFeel) }] : [];
      return askOwn(input, before, turn.t(key), turn.t(key), { kind: FOOT_FEEL, data });
    }
    turn.session.pending = undefined;
    showList(input, 'footTemperature', reading.parts);
    return closeSideAnswer(input, speak(turn, reading.parts));
  },
};
