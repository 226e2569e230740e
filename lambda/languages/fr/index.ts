import type { LanguagePack } from '../types';
import { SAFETY } from './safety-reading';
import { VOCABULARY } from './vocabulary';

export const PACK: LanguagePack = {
  language: 'fr',
  // French is spoken faster in syllables than English and its words are about as long: about
  // 165 words a minute for a calm voice (English 150), so timed silences are not cut short.
  wordsPerMinute: 165,
  vocabulary: VOCABULARY,
  safety: SAFETY,
};
