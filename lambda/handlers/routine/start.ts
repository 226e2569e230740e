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
    const length = slot.id ?? slot.value;
    const state = routineOf(turn);
    // A one-shot "start my foot massage" in a new session must not throw away a half-done
    // routine: offer it first, as the launch would. Naming a length asks for a new one.
    if (state.run && !length) {
      // Mid-routine, "start my foot massage" is no reason to lose the place: "start over" is.
      if (turn.session.turn > 0 && state.run.status !== 'offered') {
        return offerRoutineAgain(input, [{ text: turn.t('routine:startWhileRunning') }]);
      }
      if (turn.session.turn === 0) return respond(input, resumeOffer(state, sayOf(turn)));
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
