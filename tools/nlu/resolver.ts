import type { Intent as AlexaIntent, Slot } from 'ask-sdk-model';
import {
  alignLoose,
  LIKENESS,
  LIGHT,
  likenessBound,
  weight,
  type CarrierSample,
  type LooseMatch,
} from './carrier-match';
import { SlotTypeIndex } from './entity-resolution';
import type { InteractionModel } from './model';
import { builtInSlotValueIn, politeVariantsIn, withoutDisfluenciesIn } from './language-text';
import { NLU as ENGLISH } from './languages/en';
import type { NluLanguage } from './languages/types';
import { wordCount } from './normalise';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
/** Used when no application id is given; any string works for the entity-resolution authority. */
export const DEFAULT_APPLICATION_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** What Alexa would send for one utterance. */
export type Resolution =
  | { kind: 'launch' }
  | {
      kind: 'intent';
      intent: AlexaIntent;
      /** The user named the skill ("ask foot massage coach to ..."): a session starts afresh. */
      invoked: boolean;
      /** The sample or built-in phrase that matched; absent for the fallback. */
      matched?: string;
    };

interface Pattern {
  intent: string;
  sample: string;
  regex: RegExp;
  slotNames: string[];
  literalWords: number;
  literalChars: number;
  /** Written in the model (rather than Amazon's built-in phrasings), so it wins a tie. */
  fromModel: boolean;
  tokens: string[];
}

interface Candidate {
  pattern: Pattern;
  slots: Record<string, Slot>;
  unresolved: number;
  /** Captures of an AMAZON.SearchQuery: a catch-all, which any other reading outranks. */
  searchQueries: number;
  capturedWords: number;
}

/** Lower is closer to what was meant: a catch-all last, then slots that did not know the words. */
const looseness = (c: Candidate) => c.searchQueries * 100 + c.unresolved;

const SLOT_TOKEN = /^\{(\w+)\}$/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(
  language: NluLanguage,
  intent: string,
  sample: string,
  fromModel: boolean,
): Pattern {
  const tokens = sample
    .replace(/(\{\w+\})/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((token) => (SLOT_TOKEN.test(token) ? [token] : language.normalise(token).split(' ')))
    .filter(Boolean);
  const slotNames: string[] = [];
  const parts = tokens.map((token) => {
    const slot = SLOT_TOKEN.exec(token);
    if (!slot) return escapeRegex(token);
    slotNames.push(slot[1] as string);
    return '(.+?)';
  });
  const literals = tokens.filter((token) => !SLOT_TOKEN.test(token));
  return {
    intent,
    sample,
    regex: new RegExp(`^${parts.join(' ')}$`),
    slotNames,
    literalWords: literals.length,
    literalChars: literals.join(' ').length,
    fromModel,
    tokens,
  };
}

/** Higher is better: fewer unrecognised slot values, then more literal words matched. */
function better(a: Candidate, b: Candidate): boolean {
  // The safety catch-all only takes what no other sample can: even a sample whose slot did not
  // know the words ("i'm {complaint}") is closer to what was meant.
  if (a.searchQueries !== b.searchQueries) return a.searchQueries < b.searchQueries;
  if (a.unresolved !== b.unresolved) return a.unresolved < b.unresolved;
  if (a.pattern.literalChars !== b.pattern.literalChars)
    return a.pattern.literalChars > b.pattern.literalChars;
  if (a.pattern.fromModel !== b.pattern.fromModel) return a.pattern.fromModel;
  return a.capturedWords < b.capturedWords;
}

export interface ResolverOptions {
  applicationId?: string;
  /** How alike a loose reading must be to its sample; LIKENESS unless tuning. */
  likeness?: number;
  /** The model's language, as the local NLU knows it; English unless told. */
  language?: NluLanguage;
}

/**
 * Resolves typed utterances against an interaction model the way Alexa's NLU would for clear
 * speech: samples become anchored patterns with slot captures; the most specific match wins;
 * custom slot values are resolved to ids through their values and synonyms.
 */
export class Resolver {
  private readonly patterns: Pattern[] = [];
  private readonly slotTypes = new Map<string, SlotTypeIndex>();
  private readonly slotTypeOf = new Map<string, Map<string, string>>();
  private readonly applicationId: string;
  private readonly likeness: number;
  private readonly invocation: string;
  private readonly carriers: Array<CarrierSample & { pattern: Pattern }> = [];
  private readonly fillCache = new Map<string, boolean>();
  private readonly language: NluLanguage;
  private readonly light: ReadonlySet<string>;

  constructor(model: InteractionModel, options: ResolverOptions = {}) {
    const lm = model.interactionModel.languageModel;
    this.applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
    this.likeness = options.likeness ?? LIKENESS;
    this.language = options.language ?? ENGLISH;
    this.light = this.language.lightWords ?? LIGHT;
    const language = this.language;
    this.invocation = escapeRegex(language.normalise(lm.invocationName));
    for (const type of lm.types ?? [])
      this.slotTypes.set(type.name, new SlotTypeIndex(type, language));
    for (const intent of lm.intents) {
      this.slotTypeOf.set(intent.name, new Map((intent.slots ?? []).map((s) => [s.name, s.type])));
      for (const sample of intent.samples ?? [])
        this.patterns.push(compile(language, intent.name, sample, true));
      for (const phrase of language.builtInPhrases[intent.name] ?? [])
        this.patterns.push(compile(language, intent.name, phrase, false));
    }
    const seen = new Set<string>();
    for (const pattern of this.patterns) {
      const key = `${pattern.intent} ${pattern.tokens.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const types = this.slotTypeOf.get(pattern.intent);
      const tokens = pattern.tokens.map((token) => {
        const slot = SLOT_TOKEN.exec(token);
        return slot
          ? { slot: slot[1] as string, type: types?.get(slot[1] as string) ?? '' }
          : token;
      });
      const literals = tokens.filter((t): t is string => typeof t === 'string');
      this.carriers.push({
        pattern,
        intent: pattern.intent,
        sample: pattern.sample,
        tokens,
        literalWeight: literals.reduce((sum, w) => sum + weight(w, this.light), 0),
        content: new Set(literals.filter((w) => !this.light.has(w))),
        fromModel: pattern.fromModel,
      });
    }
  }

  resolve(utterance: string): Resolution {
    const language = this.language;
    const text = withoutDisfluenciesIn(language, language.normalise(utterance));
    const inv = this.invocation;
    const words =
      language.invocation ?? (ENGLISH.invocation as NonNullable<NluLanguage['invocation']>);
    const verb = `(?:alexa )?(?:${words.open})`;
    if (new RegExp(`^${verb} (?:the )?${inv}(?: skill)?(?: please| app)?$`).test(text)) {
      return { kind: 'launch' };
    }
    const oneShot =
      new RegExp(`^(?:alexa )?(?:${words.ask}) (?:the )?${inv}(?: skill)? (.+)$`).exec(text) ??
      new RegExp(`^(?:alexa )?(?:${words.open}) (?:the )?${inv}(?: skill)? and (.+)$`).exec(text);
    if (oneShot) {
      const rest = oneShot[1] as string;
      const connector = new RegExp(`^(?:${words.connectors}) (.+)$`).exec(rest);
      const found =
        (connector && this.matchPolitely(connector[1] as string)) ??
        this.matchPolitely(rest) ??
        undefined;
      return found ? { ...found, invoked: true } : this.fallback(true);
    }
    return this.matchPolitely(text) ?? this.fallback(false);
  }

  private fallback(invoked: boolean): Resolution {
    return {
      kind: 'intent',
      invoked,
      intent: { name: FALLBACK_INTENT, confirmationStatus: 'NONE', slots: {} },
    };
  }

  /**
   * The words as said, and again without the politeness around them: "stop please" is the stop
   * command, not a routine length Alexa never heard of. A reading whose slots all resolve beats
   * one that leaves a slot unknown; otherwise the words as said win.
   */
  private matchPolitely(text: string): (Resolution & { kind: 'intent' }) | undefined {
    const variants = politeVariantsIn(this.language, text);
    let chosen = this.best(text);
    for (const variant of variants) {
      const found = this.best(variant);
      if (found && (!chosen || looseness(found) < looseness(chosen))) chosen = found;
    }
    // A carrier matched word for word with every slot known is what was meant.
    if (chosen && chosen.searchQueries === 0 && chosen.unresolved === 0)
      return this.resolution(chosen);
    // Politeness costs likeness for nothing, so the loose reading takes the plainest words.
    const plainest = [text, ...variants].reduce((a, b) => (b.length < a.length ? b : a));
    const loose = this.loose(plainest);
    // A slot that took words no value knows ("anxiety on the foot") yields to a reading that
    // places every word: Alexa's slot tagger learns the values, not only the carriers' places.
    // With none, the slot stays as heard and the skill answers "I don't know that one".
    if (chosen && chosen.searchQueries === 0 && !loose) return this.resolution(chosen);
    // The safety catch-all is the last resort: a loose reading of a real intent comes first.
    if (loose) return this.resolution(loose);
    return chosen && this.resolution(chosen);
  }

  /** Whether the words are a value or synonym of the type, small words at the edges aside. */
  private fills(words: readonly string[], type: string): boolean {
    const key = `${type}|${words.join(' ')}`;
    const known = this.fillCache.get(key);
    if (known !== undefined) return known;
    let from = 0;
    let to = words.length;
    while (from < to && this.light.has(words[from] as string)) from += 1;
    while (to > from && this.light.has(words[to - 1] as string)) to -= 1;
    const core = words.slice(from, to).join(' ');
    const custom = this.slotTypes.get(type);
    let result = false;
    if (core && custom)
      result = custom.lookup(words.join(' ')).length > 0 || custom.lookup(core).length > 0;
    else if (core && (type === 'AMAZON.TIME' || type === 'AMAZON.NUMBER'))
      result = builtInSlotValueIn(this.language, type, words.join(' ')) !== undefined;
    this.fillCache.set(key, result);
    return result;
  }

  /** The slot value Alexa would send: the words, or without the small words at their edges. */
  private heardValue(spoken: string, type: string): string {
    const custom = this.slotTypes.get(type);
    if (!custom || custom.lookup(spoken).length > 0) return spoken;
    const words = spoken.split(' ');
    let from = 0;
    let to = words.length;
    while (from < to && this.light.has(words[from] as string)) from += 1;
    while (to > from && this.light.has(words[to - 1] as string)) to -= 1;
    return words.slice(from, to).join(' ');
  }

  private loose(text: string): Candidate | undefined {
    const words = text.split(' ').filter(Boolean);
    if (words.length === 0) return undefined;
    let best: LooseMatch | undefined;
    let bestPattern: Pattern | undefined;
    for (const carrier of this.carriers) {
      if (likenessBound(words, carrier, this.light) < this.likeness) continue;
      const match = alignLoose(words, carrier, (span, type) => this.fills(span, type), this.light);
      if (!match || match.likeness < this.likeness) continue;
      if (
        !best ||
        match.likeness > best.likeness ||
        (match.likeness === best.likeness && carrier.literalWeight > best.sample.literalWeight)
      ) {
        best = match;
        bestPattern = carrier.pattern;
      }
    }
    if (!best || !bestPattern) return undefined;
    const fills = best.fills;
    const types = this.slotTypeOf.get(bestPattern.intent);
    const candidate = this.candidate(
      bestPattern,
      bestPattern.slotNames.map((name) =>
        this.heardValue(fills[name] ?? '', types?.get(name) ?? ''),
      ),
    );
    return candidate && candidate.unresolved === 0 ? candidate : undefined;
  }

  private best(text: string): Candidate | undefined {
    if (!text) return undefined;
    let best: Candidate | undefined;
    for (const pattern of this.patterns) {
      const found = pattern.regex.exec(text);
      if (!found) continue;
      const candidate = this.candidate(pattern, found.slice(1) as string[]);
      if (candidate && (!best || better(candidate, best))) best = candidate;
    }
    return best;
  }

  private resolution(best: Candidate): Resolution & { kind: 'intent' } {
    return {
      kind: 'intent',
      invoked: false,
      matched: best.pattern.sample,
      intent: {
        name: best.pattern.intent,
        confirmationStatus: 'NONE',
        slots: this.withEmptySlots(best.pattern.intent, best.slots),
      },
    };
  }

  /** Alexa lists every slot the intent declares, filled or not. */
  private withEmptySlots(intent: string, filled: Record<string, Slot>): Record<string, Slot> {
    const slots: Record<string, Slot> = {};
    for (const name of this.slotTypeOf.get(intent)?.keys() ?? []) {
      slots[name] = filled[name] ?? { name, confirmationStatus: 'NONE' };
    }
    return slots;
  }

  private candidate(pattern: Pattern, captures: string[]): Candidate | undefined {
    const slots: Record<string, Slot> = {};
    let unresolved = 0;
    let unresolvedWords = 0;
    let capturedWords = 0;
    let searchQueries = 0;
    for (const [i, name] of pattern.slotNames.entries()) {
      const spoken = (captures[i] ?? '').trim();
      const type = this.slotTypeOf.get(pattern.intent)?.get(name) ?? '';
      capturedWords += wordCount(spoken);
      const custom = this.slotTypes.get(type);
      if (custom) {
        const resolutions = custom.resolutions(spoken, this.applicationId);
        if (resolutions.resolutionsPerAuthority[0]?.status.code !== 'ER_SUCCESS_MATCH') {
          unresolved += 1;
          unresolvedWords += wordCount(spoken);
        }
        slots[name] = { name, value: spoken, confirmationStatus: 'NONE', resolutions } as Slot;
        continue;
      }
      if (type === 'AMAZON.SearchQuery') searchQueries += 1;
      const value = type.startsWith('AMAZON.')
        ? builtInSlotValueIn(this.language, type, spoken)
        : spoken;
      if (value === undefined) return undefined;
      slots[name] = { name, value, confirmationStatus: 'NONE' };
    }
    // A loose capture of words the model does not know must not outweigh what actually matched,
    // or "i'm {complaint}" would swallow any gibberish that starts with "i'm".
    if (unresolvedWords > pattern.literalWords) return undefined;
    return { pattern, slots, unresolved, searchQueries, capturedWords };
  }
}

export function createResolver(model: InteractionModel, options?: ResolverOptions): Resolver {
  return new Resolver(model, options);
}
