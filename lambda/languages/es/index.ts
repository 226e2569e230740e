import type { LanguagePack } from '../types';
import { CATCH_ALL_CUES } from './catch-all-cues';
import { SAFETY_ANSWERS } from './safety-answers';
import { SAFETY } from './safety-reading';
import { VOCABULARY } from './vocabulary';

export const PACK: LanguagePack = {
  language: 'es',
  // Pellegrino et al. (2011): Spanish 7.8 syllables a second to English 6.2, with ~2 syllables a
  // word to English ~1.4, so about 0.9 English's words a minute: 140 against English's 150.
  wordsPerMinute: 140,
  vocabulary: VOCABULARY,
  safety: SAFETY,
  safetyAnswers: SAFETY_ANSWERS,
  catchAllCues: CATCH_ALL_CUES,
};
