import type { LanguagePack } from '../types';
import { CATCH_ALL_CUES } from './catch-all-cues';
import { SAFETY_ANSWERS } from './safety-answers';
import { SAFETY } from './safety-reading';
import { VOCABULARY } from './vocabulary';
import { spokenNumberDe } from './numbers';

export const PACK: LanguagePack = {
  language: 'de',
  // German is spoken at about the syllable rate of English, but its words run longer (about 1.8
  // syllables against 1.45, compounds counted as one word): 150 × 1.45 / 1.8 ≈ 120.
  wordsPerMinute: 120,
  vocabulary: VOCABULARY,
  safety: SAFETY,
  safetyAnswers: SAFETY_ANSWERS,
  catchAllCues: CATCH_ALL_CUES,
  spokenNumber: spokenNumberDe,
};
