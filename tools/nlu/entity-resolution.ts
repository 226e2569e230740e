import type { SlotType } from './model';
import { spelledNumbersIn } from './language-text';
import { NLU as ENGLISH } from './languages/en';
import type { NluLanguage } from './languages/types';

export interface ResolvedValue {
  id: string;
  name: string;
}

export interface Resolutions {
  resolutionsPerAuthority: Array<{
    authority: string;
    status: { code: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH' };
    values?: Array<{ value: ResolvedValue }>;
  }>;
}

/** Alexa's authority for a skill's own slot type; handlers sometimes log or compare it. */
export function authorityFor(applicationId: string, typeName: string): string {
  return `amzn1.er-authority.echo-sdk.${applicationId}.${typeName}`;
}

const LEADING_FILLER = /^(?:a|an|the|my|some|bit of|little)\s+/;

/**
 * Spoken variants worth trying when the exact words are not a listed value or synonym: English
 * articles and plurals; other languages are looked up as said.
 */
function variants(spoken: string, language: NluLanguage): string[] {
  const out = [spoken];
  if (language !== ENGLISH) return out;
  let stripped = spoken;
  while (LEADING_FILLER.test(stripped)) {
    stripped = stripped.replace(LEADING_FILLER, '');
    out.push(stripped);
  }
  for (const word of [...out]) {
    if (word.endsWith('es')) out.push(word.slice(0, -2));
    if (word.endsWith('s')) out.push(word.slice(0, -1));
  }
  return out;
}

/**
 * Value → id lookup for one custom slot type, built from the model's values and synonyms. Like
 * Alexa, a value that is not listed still fills the slot, with status ER_SUCCESS_NO_MATCH.
 */
export class SlotTypeIndex {
  private readonly byWords = new Map<string, ResolvedValue[]>();

  constructor(
    readonly type: SlotType,
    private readonly language: NluLanguage = ENGLISH,
  ) {
    for (const value of type.values ?? []) {
      const resolved = { id: value.id ?? value.name.value, name: value.name.value };
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = language.normalise(phrase);
        const list = this.byWords.get(key) ?? [];
        if (!list.some((v) => v.id === resolved.id)) list.push(resolved);
        this.byWords.set(key, list);
      }
    }
  }

  lookup(spoken: string): ResolvedValue[] {
    const { language } = this;
    for (const candidate of variants(
      spelledNumbersIn(language, language.normalise(spoken)),
      language,
    )) {
      const found = this.byWords.get(candidate);
      if (found) return found;
    }
    return [];
  }

  resolutions(spoken: string, applicationId: string): Resolutions {
    const values = this.lookup(spoken);
    const authority = authorityFor(applicationId, this.type.name);
    return {
      resolutionsPerAuthority: [
        values.length > 0
          ? {
              authority,
              status: { code: 'ER_SUCCESS_MATCH' },
              values: values.map((value) => ({ value })),
            }
          : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
      ],
    };
  }
}
