import { spokenNumber } from '../../knowledge/number-words';
import { WORDS_PER_MINUTE } from '../../routine/speech-estimate';
import { ENGLISH_ANSWERS } from '../../safety/safety-question';
import type { LanguagePack, Vocabulary } from '../types';
import { CATCH_ALL_CUES } from './catch-all-cues';
import { SAFETY } from './safety-reading';
import { englishVocabulary } from './vocabulary';

let vocabulary: Vocabulary | undefined;

export const PACK: LanguagePack = {
  language: 'en',
  wordsPerMinute: WORDS_PER_MINUTE,
  // Gathered on first use: English lookups read the domain's own lists, so most requests never need it.
  get vocabulary() {
    return (vocabulary ??= englishVocabulary());
  },
  safety: SAFETY,
  safetyAnswers: ENGLISH_ANSWERS,
  catchAllCues: CATCH_ALL_CUES,
  spokenNumber,
};
