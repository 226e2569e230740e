import type { RequestHandler } from 'ask-sdk-core';
import { answerKeys, placeAnswerKeys, topicAnswer } from '../../knowledge';
import { isIntent } from '../intents';
import { runEvent, standingOf } from '../routine';
import { turnOf } from '../turn';
import { answerWithOffer } from './find-point';
import { closeSideAnswer, speak } from './side-answer';

/** The detail kept out of the short answer, one "tell me more" away. */
export const tellMeMoreHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'TellMeMoreIntent'),
  handle(input) {
    const turn = turnOf(input);
    // Right after one of the routine's questions (nothing else said since), or at the offer of a
    // routine left open (nothing asked yet), it is about that.
    const standing = standingOf(turn);
    const aboutTheRoutine =
      standing === 'asking'
        ? !turn.session.lastSaid
        : standing === 'offered' && !turn.session.lastAnswer;
    if (aboutTheRoutine) return runEvent(input, { type: 'explain' });
    const last = turn.session.lastAnswer;
    if (last?.kind === 'ailment') {
      const answer = answerKeys(last.id);
      if (answer) return answerWithOffer(input, answer, answer.more);
    }
    if (last?.kind === 'place') {
      const answer = placeAnswerKeys(last.id);
      if (answer) return answerWithOffer(input, answer, answer.more);
    }
    if (last?.kind === 'topic') {
      const answer = topicAnswer(last.id);
      if (answer) return closeSideAnswer(input, speak(turn, answer.more));
    }
    if (last?.kind === 'contraindications') {
      return closeSideAnswer(input, [{ text: turn.t('more.contraindications') }]);
    }
    return closeSideAnswer(input, [{ text: turn.t('more.nothing') }]);
  },
};
