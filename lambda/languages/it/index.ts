import type { LanguagePack } from '../types';
import { SAFETY } from './safety-reading';
import { VOCABULARY } from './vocabulary';

export const PACK: LanguagePack = {
  language: 'it',
  // Italian is spoken fast in syllables (about 7 a second) but its words are long (about 2.3
  // syllables against English's 1.4): Alexa's calm voice lands near 125 words a minute.
  wordsPerMinute: 125,
  vocabulary: VOCABULARY,
  safety: SAFETY,
};
