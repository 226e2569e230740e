import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { turnOf } from '../turn';

export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const turn = turnOf(input);
    const question = turn.t('help.question');
    return ask(input, sentences(turn.t('help.general'), question), question);
  },
};
