/**
 * The conversation's own words around every capability: thanks, help and goodbye, as carrier
 * phrases for the interaction model (`npm run sync:model`). Help and Stop extend Amazon's
 * built-ins, which already know "help" and "stop". Not imported by the skill at run time.
 */
import { expand, type ModelIntent } from '../phrasing/carriers';

const LOVELY =
  '(lovely|great|wonderful|helpful|perfect|brilliant|amazing|nice|relaxing|good|useful)';

export const CONVERSATION_INTENTS: readonly ModelIntent[] = [
  {
    name: 'ThanksIntent',
    samples: expand(
      '(thank you|thanks|cheers|ta|many thanks|much appreciated)',
      '(thank you|thanks) (so much|very much|a lot|a million|for that|for the help|for your help|for the massage|for this|kindly|again)',
      "(thank you|thanks|cheers|oh thank you) (that was|that's|it was) (so|really|) " + LOVELY,
      "(that was|that's|it was) (so|really|) " + LOVELY + ' (thank you|thanks|)',
      '(i feel|my feet feel) (much|so much|a lot|) (better|great|lovely) (now|) (thank you|thanks|)',
      'i (really|) (appreciate|appreciated) (it|that|your help)',
    ),
  },
];

export const CONVERSATION_BUILT_IN_INTENTS: readonly ModelIntent[] = [
  {
    name: 'AMAZON.HelpIntent',
    samples: expand(
      'what do i do',
      "i (don't|do not) understand",
      'how do i use (this|this skill|it)',
      'what (can i|should i) (say|ask)',
      'what (are my options|can you help me with)',
    ),
  },
  {
    name: 'AMAZON.StopIntent',
    samples: expand(
      '(stop|end|finish) the (massage|routine|session)',
      "let's (stop|finish|end) (here|there|now)",
      "(that's|that is) (all|it|enough) (for now|for today|thanks|)",
      "(i'm|i am|we're|we are|all) done",
      "(i'm|i am|we're|we are) (done|finished) for (now|today|tonight)",
      '(goodbye|good night|bye for now|see you)',
    ),
  },
];
