import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { resumeOffer } from '../../routine';
import { ask, sentences } from '../reply';
import { respond, routineOf, sayOf } from '../routine';
import { showWelcome } from '../screens/show';
import { pick, turnOf } from '../turn';

export const launchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle(input) {
    const turn = turnOf(input);
    const firstTime = turn.user.visits === 0;
    turn.user.visits += 1;
    turn.session.pending = undefined;
    const state = routineOf(turn);
    // A routine left open, by "stop" or by silence, is offered before anything else.
    if (state.run) {
      return respond(input, resumeOffer(state, sayOf(turn)), [
        { text: pick(turn, 'launch.returning') },
      ]);
    }
    showWelcome(input);
    const question = pick(turn, 'launch.question');
    const speech = firstTime
      ? sentences(turn.t('launch.firstTime'), question)
      : sentences(pick(turn, 'launch.returning'), turn.t('launch.returningOptions'), question);
    return ask(input, speech, sentences(turn.t('launch.returningOptions'), question));
  },
};
