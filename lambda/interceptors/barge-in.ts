import type { RequestInterceptor } from 'ask-sdk-core';
import { applyToUser, settleBargeIn, stepCutInto } from '../routine';
import { routineOf } from '../handlers/routine/run';
import { turnOf } from '../handlers/turn';

/**
 * Places every request in the routine guidance that was playing when it came, before any handler
 * reads the run: "pause", "stop", "where am I", a sore spot, a side question all refer to the
 * step the person was actually in. Runs after the user state is loaded.
 */
export const bargeInInterceptor: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    // Alexa's report that it could not play the audio is no sign of the person speaking.
    if (request.type === 'Alexa.Presentation.APLA.RuntimeError') return;
    const turn = turnOf(input);
    const state = routineOf(turn);
    if (!state.run?.playing) return;
    const sameSession = input.requestEnvelope.session?.new === false;
    const now = Date.parse(request.timestamp);
    // Heard to its end: nothing changes (the record is replaced with the next response, and time
    // only moves on), so the stored run is left as it is, not even copied.
    if (stepCutInto(state, now, sameSession) === undefined) return;
    applyToUser(settleBargeIn(state, now, sameSession), turn.user);
  },
};
