import type { ModelIntent } from '../phrasing/carriers';

/**
 * The safety catch-all of the interaction model: carriers around an AMAZON.SearchQuery, so a
 * statement the other intents have no words for ("I'm bleeding", "my calf is swollen and hot",
 * "I want to die") still reaches the skill with its words, not as a wordless FallbackIntent.
 * The intent name decides nothing: the safety classifier reads the words, and words with no
 * sign in them are answered as the fallback would. `npm run sync:model` writes it into the model.
 * Alexa requires a carrier phrase around a SearchQuery slot, so there is no bare `{words}`.
 */
// Only filler around the slot: a carrier with meaning ("i can't {words}") would keep that
// meaning out of the words the classifier reads.
const CARRIERS = [
  'i {words}',
  "i'm {words}",
  'i am {words}',
  'my {words}',
  "we're {words}",
  'we are {words}',
  'he {words}',
  'she {words}',
  'someone {words}',
  "there's {words}",
  'there is {words}',
  "it's {words}",
  'it is {words}',
  'please help {words}',
  'what if {words}',
  'is it safe {words}',
  'is it okay {words}',
  'is it ok {words}',
  'can i do this {words}',
  'can i do it {words}',
  'can i massage my feet {words}',
  'should i massage {words}',
  'what should i do {words}',
  // Sentences open with small words more often than not; these carry the rest to the classifier.
  "i've {words}",
  "i'd {words}",
  'what {words}',
  'where {words}',
  'which {words}',
  'how {words}',
  'can {words}',
  'could {words}',
  'does {words}',
  'is {words}',
  'the {words}',
  'a {words}',
  'one {words}',
  'yes {words}',
  'yeah {words}',
  'no {words}',
  'well {words}',
  'um {words}',
  'so {words}',
  'honestly {words}',
  'call {words}',
  'this is {words}',
  'help {words}',
  "he's {words}",
  "she's {words}",
  "someone's {words}",
  "everything's {words}",
  'everyone {words}',
  'nobody {words}',
  'only {words}',
  'suddenly {words}',
];

/** A sign said with no carrier at all: its phrasings are values of SafetySignType. */
const SIGN_SAMPLES = [
  '{sign} yes',
  'yes {sign}',
  '{sign}',
  'help {sign}',
  '{sign} help',
  '{sign} what should i do',
  'what about {sign}',
];

export const SAFETY_INTENTS: readonly ModelIntent[] = [
  {
    name: 'SafetyWordsIntent',
    slots: [
      { name: 'words', type: 'AMAZON.SearchQuery' },
      { name: 'sign', type: 'SafetySignType' },
    ],
    samples: [...CARRIERS, ...SIGN_SAMPLES],
  },
];
