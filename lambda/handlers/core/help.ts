import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { hasRun, offerRoutineAgain } from '../routine';
import { turnOf } from '../turn';

export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const turn = turnOf(input);
    if (hasRun(turn)) {
      // Mid-routine, help is about the controls, and the routine's question comes back after it.
      return offerRoutineAgain(input, [{ text: turn.t('help.inRoutine') }]);
    }
    const question = turn.t('help.question');
    return ask(input, sentences(turn.t('help.general'), question), question);
  },
};
