import type { LanguagePack } from '../types';
import { CATCH_ALL_CUES } from './catch-all-cues';
import { SAFETY_ANSWERS } from './safety-answers';
import { SAFETY } from './safety-reading';
import { VOCABULARY } from './vocabulary';

export const PACK: LanguagePack = {
  language: 'it',
  // Italian syllables come faster than English ones (about 7 against 6.2 a second, Pellegrino
  // 2011) but its words are longer (about 2.1 syllables against 1.5): English's 150 becomes 125.
  wordsPerMinute: 125,
  vocabulary: VOCABULARY,
  safety: SAFETY,
  safetyAnswers: SAFETY_ANSWERS,
  catchAllCues: CATCH_ALL_CUES,
};
