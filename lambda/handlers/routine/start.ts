import type { RequestHandler } from 'ask-sdk-core';
import { isPlanLength, resumeOffer } from '../../routine';
import { isIntent, readSlot } from '../intents';
import { turnOf } from '../turn';
import { offerRoutineAgain, respond, routineOf, runEvent, sayOf } from './run';

export const startMassageHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartMassageIntent'),
  handle(input) {
    const turn = turnOf(input);
    const slot = readSlot(input, 'length');
    // A length not understood ("a 15 minute one") counts as none: it must not start afresh over
    // a routine under way.
    const length = [slot.id, slot.value].find(isPlanLength);
    const state = routineOf(turn);
    // A half-done routine is never thrown away by a bare "start my foot massage": a new session
    // offers it as the launch would, mid-session it carries on ("start over" or a length starts
    // afresh, and so does a "start" said instead of answering the launch's offer).
    if (state.run && !length) {
      if (turn.session.turn === 0) return respond(input, resumeOffer(state, sayOf(turn)));
      if (state.run.status !== 'offered') {
        return offerRoutineAgain(input, [{ text: turn.t('routine:startWhileRunning') }]);
      }
    }
    if (isPlanLength(length)) {
      turn.user.preferredLength = length;
      return runEvent(input, { type: 'start', length });
    }
    const preferred = turn.user.preferredLength;
    return runEvent(input, {
      type: 'start',
      ...(isPlanLength(preferred) ? { length: preferred } : {}),
    });
  },
};
