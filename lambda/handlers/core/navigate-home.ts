import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { turnOf } from '../turn';

export const navigateHomeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    const turn = turnOf(input);
    turn.session.pending = undefined;
    const question = turn.t('launch.question.0');
    return ask(
      input,
      sentences(turn.t('home.text'), turn.t('launch.returningOptions'), question),
      question,
    );
  },
};
