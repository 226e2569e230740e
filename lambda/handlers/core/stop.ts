import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { sentences, tell } from '../reply';
import { hasRun } from '../routine';
import { pick, turnOf } from '../turn';

export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle(input) {
    const turn = turnOf(input);
    turn.session.pending = undefined;
    // Only a run the engine can pick up again is promised back.
    const kept = hasRun(turn) ? turn.t('stop.routineSaved') : undefined;
    return tell(input, sentences(kept, pick(turn, 'stop.goodbye')));
  },
};
