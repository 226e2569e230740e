import type { RequestHandler } from 'ask-sdk-core';
import { topicAnswer } from '../../knowledge';
import { isIntent, readSlot } from '../intents';
import { ask } from '../reply';
import { turnOf } from '../turn';
import { closeSideAnswer, speak } from './side-answer';

export const explainTopicHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ExplainTopicIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { id } = readSlot(input, 'topic');
    const answer = id ? topicAnswer(id) : undefined;
    if (!answer || !id) {
      return ask(input, turn.t('topic.which'), turn.t('topic.whichReprompt'));
    }
    turn.session.lastAnswer = { kind: 'topic', id };
    return closeSideAnswer(input, [...speak(turn, answer.short), { text: turn.t('more.hint') }]);
  },
};
