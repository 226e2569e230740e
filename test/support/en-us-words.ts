/**
 * The words an en-US listener hears: the English set with the en-US file's changes laid over it
 * key by key, as i18next resolves them. Tests that derive their expectations from the locale
 * files read them here, so an American spelling never makes them disagree with the skill.
 */
import common from '../../lambda/locales/en/common.json';
import knowledgeBase from '../../lambda/locales/en/knowledge.json';
import privacy from '../../lambda/locales/en/privacy.json';
import routineBase from '../../lambda/locales/en/routine.json';
import safety from '../../lambda/locales/en/safety.json';
import knowledgeUS from '../../lambda/locales/en-US/knowledge.json';
import region from '../../lambda/locales/en-US/region.json';
import routineUS from '../../lambda/locales/en-US/routine.json';

function over<T>(base: T, changes: unknown): T {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) {
    return (changes ?? base) as T;
  }
  const out = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) out[key] = over(out[key], value);
  return out as T;
}

export const knowledge = over(knowledgeBase, knowledgeUS);
export const routine = over(routineBase, routineUS);
export { common, privacy, region, safety };
