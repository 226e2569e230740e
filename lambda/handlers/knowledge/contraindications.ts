import type { RequestHandler } from 'ask-sdk-core';
import { contraindicationsAnswer } from '../../knowledge';
import { isIntent } from '../intents';
import { showList } from '../screens/show';
import { turnOf } from '../turn';
import { closeSideAnswer, speak } from './side-answer';

export const contraindicationsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ContraindicationsIntent'),
  handle(input) {
    const turn = turnOf(input);
    turn.session.lastAnswer = { kind: 'contraindications', id: 'all' };
    showList(input, 'contraindications', contraindicationsAnswer());
    return closeSideAnswer(input, speak(turn, contraindicationsAnswer()));
  },
};
