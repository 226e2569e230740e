import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { sentences, tell } from '../reply';
import { pick, turnOf } from '../turn';

export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle(input) {
    const turn = turnOf(input);
    turn.session.pending = undefined;
    const kept = turn.user.routine !== undefined ? turn.t('stop.routineSaved') : undefined;
    return tell(input, sentences(kept, pick(turn, 'stop.goodbye')));
  },
};
