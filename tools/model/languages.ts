import { MODEL as MODEL_IT } from '../../lambda/languages/it/model';
import type { Language, LanguageModel } from '../../lambda/languages/types';

/**
 * The interaction model of every language but English, whose intents are the phrase modules
 * (phrase-modules.ts) and whose model file is updated in place. Adding a language adds a line.
 */
const MODELS: Partial<Record<Exclude<Language, 'en'>, () => LanguageModel>> = {
  it: () => MODEL_IT,
};

export function languageModelOf(language: Exclude<Language, 'en'>): LanguageModel | undefined {
  return MODELS[language]?.();
}
