import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../intents';
import { ask, sentences } from '../reply';
import { offerRoutineAgain, standingOf, type RunStanding } from '../routine';
import { showList } from '../screens/show';
import { turnOf } from '../turn';

const HELP_KEYS: Record<RunStanding, string> = {
  playing: 'help.inRoutine',
  asking: 'help.atQuestion',
  paused: 'help.paused',
  'foot-bath': 'help.footBath',
  offered: 'help.offered',
};

export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const turn = turnOf(input);
    showList(input, 'help');
    const standing = standingOf(turn);
    if (standing) {
      // Mid-routine, help is about what can be said right now, and the routine's question or
      // prompt comes back after it.
      return offerRoutineAgain(input, [{ text: turn.t(HELP_KEYS[standing]) }]);
    }
    const question = turn.t('help.question');
    return ask(input, sentences(turn.t('help.general'), question), question);
  },
};
