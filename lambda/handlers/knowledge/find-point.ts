import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import {
  answerKeys,
  redFlagAnswer,
  resolveComplaint,
  unknownAnswer,
  type Answer,
} from '../../knowledge';
import { isIntent, readSlot } from '../intents';
import { ask, tell } from '../reply';
import { showPoint } from '../screens/show';
import { turnOf } from '../turn';
import { askOwn, closeSideAnswer, speak } from './side-answer';

export const GUIDE_OFFER = 'guide-offer';

/** A point answer ends with the offer to guide a hold there; yes / no go to guide-offer.ts. */
export function answerWithOffer(input: HandlerInput, answer: Answer, parts = answer.short) {
  const turn = turnOf(input);
  showPoint(input, answer);
  return askOwn(input, speak(turn, parts), turn.t(answer.offer.key), turn.t('guide.reprompt'), {
    kind: GUIDE_OFFER,
    data: { place: answer.place.id },
  });
}

export const findPointHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'FindPointIntent'),
  handle(input) {
    const turn = turnOf(input);
    const slot = readSlot(input, 'complaint');
    if (!slot.id && !slot.value) {
      const question = turn.t('point.which');
      return ask(input, question, turn.t('point.whichReprompt'));
    }
    const found = resolveComplaint(slot, turn.language);
    if (found.kind === 'red-flag') {
      // No point, no routine talk: only the line to get help now.
      turn.session.pending = undefined;
      return tell(input, speak(turn, redFlagAnswer(found.id)));
    }
    if (found.kind === 'unknown') {
      return closeSideAnswer(input, speak(turn, unknownAnswer(found.examples)));
    }
    const answer = answerKeys(found.ailment);
    if (!answer) return closeSideAnswer(input, speak(turn, unknownAnswer([])));
    turn.session.lastAnswer = { kind: 'ailment', id: found.ailment.id };
    return answerWithOffer(input, answer);
  },
};
