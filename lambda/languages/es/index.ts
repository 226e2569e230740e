import type { LanguagePack } from '../types';
import { SAFETY } from './safety-reading';
import { VOCABULARY } from './vocabulary';

export const PACK: LanguagePack = {
  language: 'es',
  // Spanish is spoken fast in syllables (~7.8 a second) but its words are longer than English
  // ones (~2 syllables each), so a calm voice says fewer words a minute than English's 150.
  wordsPerMinute: 140,
  vocabulary: VOCABULARY,
  safety: SAFETY,
};
