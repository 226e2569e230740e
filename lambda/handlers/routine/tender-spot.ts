import type { RequestHandler } from 'ask-sdk-core';
import { answerKeys, placeAnswerKeys, resolveComplaint } from '../../knowledge';
import { answerWithOffer } from '../knowledge/find-point';
import { isIntent, readSlot } from '../intents';
import { turnOf } from '../turn';
import { routineOf, runEvent } from './run';

/**
 * "The heel", "under the big toe": mid-routine, a sore spot gets a hold there. With no routine
 * going, "my heel hurts" is a question, so it gets the point finder's answer and its offer.
 */
export const tenderSpotHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'TenderSpotIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { id, value } = readSlot(input, 'zone');
    const run = routineOf(turn).run;
    const words = value ?? id;
    if (words && (!run || run.status === 'offered')) {
      // English names the pain after the place ("heel pain"); elsewhere the place's words are read
      // as said, and a place with no complaint of its own gets the place's answer below.
      const said = turn.language === 'en' ? `${words} pain` : words;
      const complaint = resolveComplaint({ value: said }, turn.language);
      if (complaint.kind === 'ailment') {
        turn.session.lastAnswer = { kind: 'ailment', id: complaint.ailment.id };
        const answer = answerKeys(complaint.ailment);
        if (answer) return answerWithOffer(input, answer);
      }
      const place = id ? placeAnswerKeys(id) : undefined;
      if (place) return answerWithOffer(input, place);
    }
    return runEvent(input, { type: 'tender-spot', zone: id ?? words ?? '' });
  },
};
