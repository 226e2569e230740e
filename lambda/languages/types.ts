import type { SafetySign } from '../safety/types';

/** The languages with words of their own; each Alexa locale speaks one of them. */
export type Language = 'en' | 'de' | 'fr' | 'es' | 'it';

/**
 * Slot words by value id: the first phrase becomes the slot value, the rest its synonyms.
 * Lowercase, as Alexa transcribes them: no digits (spelled out), no punctuation but apostrophes
 * and hyphens inside a word. Accented letters stay as the language writes them.
 */
export type Words = Readonly<Record<string, readonly [string, ...string[]]>>;

/**
 * Everything a language names with slot values. The ids are the domain's (see the English model);
 * a test holds every language to the same ids, so no answer is out of reach in any language.
 */
export interface Vocabulary {
  /** AilmentType: the complaints (AILMENTS ids). */
  ailments: Words;
  /** AilmentType too: the red flags (RED_FLAGS ids), so "where do I press for chest pain" is heard. */
  redFlags: Words;
  /** TopicType. */
  topics: Words;
  /** BodyPartType: what the body map links to a zone of the foot. */
  bodyParts: Words;
  /** PointType: each point by its meridian and number, and its name. */
  points: Words;
  /** FootTemperatureType: cold, warm, hot. */
  footTemperature: Words;
  /** FootMoistureType: dry, damp. */
  footMoisture: Words;
  /** PostureType. */
  postures: Words;
  /** TenderZoneType. */
  tenderZones: Words;
  /** RoutineLengthType: quick, standard, thorough. */
  routineLengths: Words;
  /** SafetySignType: whole statements of a sign, by the classifier's sign id. */
  safetySigns: Words;
}

/** How a language's words are read for signs that come before any pressure point. */
export interface SafetyReading {
  /**
   * Lowercase, contractions spelled out, punctuation gone, letters (accents included) and digits
   * kept, single spaces. The sign patterns are written against this form only.
   */
  normalise(text: string): string;
  /** Every sign id of the English list, each with patterns in this language. */
  signs: readonly SafetySign[];
  /** Words that undo the sign right after them ("nicht", "kein", "pas", "no", "non"...). */
  negation: RegExp;
  /** Words that look like a negation but are doubt ("not sure"): never undo a sign. */
  hedge: RegExp;
  /**
   * Words that negate only when they stand right before the sign: English "no" ("no fever"),
   * which three words ahead would undo "no, I'm bleeding".
   */
  negatedJustBefore?: readonly string[];
}

/**
 * Everyday answers to the routine's safety question ("I'm fine", "a bit tired"), in the form
 * the language's SafetyReading normalises to. `applies` counts as its yes and stops the routine,
 * so it is read first and may be undone by a negation; `none` counts as its no.
 */
export interface SafetyAnswers {
  applies: readonly RegExp[];
  none: readonly RegExp[];
}

/** A request the catch-all's words may hold besides a complaint, point or topic. */
export type CatchAllAsk =
  | 'start'
  | 'pause'
  | 'resume'
  | 'next'
  | 'skip'
  | 'back'
  | 'repeat'
  | 'start-over'
  | 'stop'
  | 'help'
  | 'home'
  | 'time-left'
  | 'where-am-i'
  | 'tell-me-more'
  | 'thanks'
  | 'contraindications'
  | 'forget-me'
  | 'reminder-set'
  | 'reminder-status'
  | 'reminder-move'
  | 'reminder-cancel';

/**
 * How the skill reads the words of a sentence Alexa could fit to no intent (the catch-all's
 * words, the sentence's first word gone), in the form the language's SafetyReading normalises to.
 * Short cue phrases, not sentences: the longest thing matched wins, so "how many minutes left"
 * is the time left, not the topic "how many minutes".
 */
export interface CatchAllCues {
  asks: Readonly<Partial<Record<CatchAllAsk, readonly RegExp[]>>>;
  /** Words that make a zone of the foot a sore spot ("tender", "hurts"). */
  tender: RegExp;
  /** Words that ask what a zone or a part of the body is linked to ("connected", "stand for"). */
  linked: RegExp;
  /** Words that make a routine length a request for the routine ("massage"). */
  routine: RegExp;
}

/** What the skill needs of a language at run time. */
export interface LanguagePack {
  language: Language;
  /**
   * Speaking rate of Alexa's voice in this language, in words a minute: every timed step's
   * speech is estimated with it, so its silences keep the step to its nominal length.
   */
  wordsPerMinute: number;
  vocabulary: Vocabulary;
  safety: SafetyReading;
  safetyAnswers: SafetyAnswers;
  catchAllCues: CatchAllCues;
  /** Number words → number ("twenty five" → 25), where the skill reads them; digits need none. */
  spokenNumber?: (words: string) => number | undefined;
}

/** One intent of a language's interaction model (the same shape `npm run sync:model` writes). */
export interface LanguageIntent {
  name: string;
  slots?: Array<{ name: string; type: string }>;
  samples: string[];
}

/**
 * A language's interaction model, for the tools only (never bundled): the invocation name and
 * every intent of the English model with the same names, slots and slot types, its samples
 * written natively. Slot types come from the language's Vocabulary.
 */
export interface LanguageModel {
  invocationName: string;
  intents: readonly LanguageIntent[];
}
