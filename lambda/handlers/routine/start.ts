import type { RequestHandler } from 'ask-sdk-core';
import { isPlanLength, nearestLength, resumeOffer } from '../../routine';
import { minutesIn } from '../../understanding';
import { isIntent, readSlot } from '../intents';
import { turnOf } from '../turn';
import { offerRoutineAgain, respond, routineOf, runEvent, sayOf } from './run';

export const startMassageHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartMassageIntent'),
  handle(input) {
    const turn = turnOf(input);
    const slot = readSlot(input, 'length');
    const state = routineOf(turn);
    const named = [slot.id, slot.value].find(isPlanLength);
    // "A ten minute one", with no routine under way: the nearest length, said to be the nearest.
    // Like a length not understood ("a long-ish one"), it never starts afresh over a routine.
    const fresh = !state.run || state.run.status === 'offered';
    const askedMinutes =
      !named && fresh && slot.value ? minutesIn(slot.value, turn.language) : undefined;
    const length =
      named ?? (askedMinutes === undefined ? undefined : nearestLength(askedMinutes, sayOf(turn)));
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
      return runEvent(input, {
        type: 'start',
        length,
        ...(askedMinutes === undefined ? {} : { askedMinutes }),
      });
    }
    const preferred = turn.user.preferredLength;
    return runEvent(input, {
      type: 'start',
      ...(isPlanLength(preferred) ? { length: preferred } : {}),
    });
  },
};
