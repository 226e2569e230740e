import { BUILT_IN_PHRASES } from '../built-in-phrases';
import { spokenNumber } from '../built-in-slots';
import { spokenTimeValue } from '../built-in-time';
import { LIGHT } from '../carrier-match';
import { normalise } from '../normalise';
import { numberWords } from '../../../lambda/knowledge/number-words';
import type { NluLanguage } from './types';

/** English, as the local NLU first learnt it; every other language fills the same shape. */
export const NLU: NluLanguage = {
  builtInPhrases: BUILT_IN_PHRASES,
  normalise,
  disfluencies: /(^|\s)(?:um+|uh+|erm*|uhm+|hmm+|mm+|ah+)(?=\s|$)/g,
  politePrefix:
    /^(?:(?:alexa|ok|okay|so|well|hey|hi|oh|right|please|can you|could you|would you|will you|can you please|could you please|can you tell me|could you tell me|would you tell me|please tell me|tell me|do you know|i want to know|i'd like to know|i would like to know|i was wondering|i wonder|quick question|question)\s+)+/,
  politeSuffix: /(?:\s+(?:please|thanks|thank you|thanks a lot|for me))+$/,
  please: /\bplease\b/,
  numberWords,
  spokenNumber,
  spokenTime: spokenTimeValue,
  invocation: {
    open: 'open|launch|start|begin|load|run|play|use|talk to|ask|tell',
    ask: 'ask|tell',
    connectors: 'to|for|about|if|whether|that',
  },
  lightWords: LIGHT,
};
