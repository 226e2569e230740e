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
      // Said to Alexa by name, and the British "ta" with its own company.
      '(thank you|thanks|cheers|ta) (so much|very much|a lot|) alexa',
      'ta (very much|muchly|love)',
    ),
  },
];

export const CONVERSATION_BUILT_IN_INTENTS: readonly ModelIntent[] = [
  {
    name: 'AMAZON.YesIntent',
    samples: expand(
      '(sounds good|that sounds good|sounds great|sounds lovely)',
      "(yes|yeah) (let's do it|let's do that|i would|i'd like that|that's right|go ahead|i do|please do)",
      'sure why not',
      "(yes|yeah) (that's|that is) (right|correct)",
    ),
  },
  {
    name: 'AMAZON.NoIntent',
    samples: expand(
      '(nothing|nothing else|nothing more|nothing thanks|nothing for now)',
      "no (i'm|i am) (fine|good|ok|okay|alright|all right)",
      'none (of those|of them|of these|at all)',
      '(nope|nah|no) none (of those|of them|of these)',
      'no none',
      "(nope|nah|no) (all good|i'm fine|i'm good)",
      '(not really|all good|no not today|no not now|no not really)',
      "(i'm|i am) (healthy|fine thanks|all good)",
      '(none of those apply|none of them apply|no spot felt sore|no spot was sore|nothing was sore|nothing hurt)',
    ),
  },
  {
    name: 'AMAZON.CancelIntent',
    samples: expand('never mind (that|it)', 'forget (about it|that)'),
  },
  {
    name: 'AMAZON.NavigateHomeIntent',
    samples: expand(
      '(go|take me|back|go back) (to the|to) (home screen|main menu|start|home)',
      'take me home',
      'go home',
    ),
  },
  {
    name: 'AMAZON.HelpIntent',
    samples: expand(
      'what do i do',
      "i (don't|do not) understand",
      'how do i use (this|this skill|it)',
      'what (can i|should i) (say|ask)',
      'what (are my options|can you help me with)',
      'i need (some|) help',
      "(i'm|i am) (confused|lost|stuck)",
      "(i'm|i am) (confused|lost) what (do i do|should i do|can i say)",
      'what should i do',
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
      '(goodbye|good night|bye for now|see you|bye then|see you later)',
      'end',
      "(i'm|i am|we're|we are) (done|finished) now",
      "that's me (done|finished) (for tonight|for today|for now|)",
    ),
  },
];
