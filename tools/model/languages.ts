import { MODEL as MODEL_DE } from '../../lambda/languages/de/model';
import { MODEL as MODEL_ES } from '../../lambda/languages/es/model';
import { MODEL as MODEL_FR } from '../../lambda/languages/fr/model';
import { MODEL as MODEL_IT } from '../../lambda/languages/it/model';
import type { Language, LanguageModel } from '../../lambda/languages/types';

/**
 * The interaction model of every language but English, whose intents are the phrase modules
 * (phrase-modules.ts) and whose model file is updated in place. Adding a language adds a line.
 */
const MODELS: Partial<Record<Exclude<Language, 'en'>, () => LanguageModel>> = {
  de: () => MODEL_DE,
  fr: () => MODEL_FR,
  es: () => MODEL_ES,
  it: () => MODEL_IT,
};

export function languageModelOf(language: Exclude<Language, 'en'>): LanguageModel | undefined {
  return MODELS[language]?.();
}
