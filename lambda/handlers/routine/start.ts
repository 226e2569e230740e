import type { RequestHandler } from 'ask-sdk-core';
import { isPlanLength, resumeOffer } from '../../routine';
import { isIntent, readSlot } from '../intents';
import { turnOf } from '../turn';
import { respond, routineOf, runEvent, sayOf } from './run';

export const startMassageHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartMassageIntent'),
  handle(input) {
    const turn = turnOf(input);
    const slot = readSlot(input, 'length');
    const length = slot.id ?? slot.value;
    const state = routineOf(turn);
    // A one-shot "start my foot massage" in a new session must not throw away a half-done
    // routine: offer it first, as the launch would. Naming a length asks for a new one.
    if (state.run && turn.session.turn === 0 && !length) {
      return respond(input, resumeOffer(state, sayOf(turn)));
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
