import type { LanguagePack } from '../types';
import { CATCH_ALL_CUES } from './catch-all-cues';
import { SAFETY_ANSWERS } from './safety-answers';
import { SAFETY } from './safety-reading';
import { VOCABULARY } from './vocabulary';

export const PACK: LanguagePack = {
  language: 'fr',
  // French is read at about 7.2 syllables a second against English's 6.2 (Pellegrino, Coupé &
  // Marsico, Language 2011), in words of about as many syllables: 150 × 1.1 ≈ 165.
  wordsPerMinute: 165,
  vocabulary: VOCABULARY,
  safety: SAFETY,
  safetyAnswers: SAFETY_ANSWERS,
  catchAllCues: CATCH_ALL_CUES,
};
