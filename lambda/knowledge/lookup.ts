import { AILMENTS } from './ailments';
import { packFor } from '../languages/registry';
import type { Language, Words } from '../languages/types';
import {
  containsPhrase,
  editDistance,
  normaliseText,
  normaliseWords,
  textVariants,
} from './normalise';
import { findPlace } from './places';
import { RED_FLAGS } from './red-flags';
import type { Ailment, KeyRef, Part, Place, RedFlag } from './types';

const AILMENT_BY_ID = new Map(AILMENTS.map((a) => [a.id, a]));
const RED_FLAG_BY_ID = new Map(RED_FLAGS.map((r) => [r.id, r]));

interface PhraseIndex {
  /** The language's own normal form, applied to both sides of every comparison. */
  normalise: (text: string) => string;
  /** Spoken variants of what was said, most literal first. */
  variants: (text: string) => string[];
  ailmentByPhrase: Map<string, Ailment>;
  /** Longest first, so "sudden severe headache" wins over anything shorter it contains. */
  redFlagPhrases: Array<{ phrase: string; flag: RedFlag }>;
  ailmentPhrases: Array<{ phrase: string; ailment: Ailment }>;
}

const phraseIndexes = new Map<Language, PhraseIndex>();

/** A language's complaint words by id: English from the domain itself, others from their pack. */
function wordsOf(language: Language): {
  ailments: Array<[Ailment, readonly string[]]>;
  redFlags: Array<[RedFlag, readonly string[]]>;
} {
  if (language === 'en') {
    return {
      ailments: AILMENTS.map((a) => [a, a.synonyms]),
      redFlags: RED_FLAGS.map((r) => [r, r.synonyms]),
    };
  }
  const { vocabulary } = packFor(language);
  const pairs = <T>(words: Words, byId: Map<string, T>): Array<[T, readonly string[]]> =>
    Object.entries(words).flatMap(([id, list]) => {
      const item = byId.get(id);
      return item ? [[item, list] as [T, readonly string[]]] : [];
    });
  return {
    ailments: pairs(vocabulary.ailments, AILMENT_BY_ID),
    redFlags: pairs(vocabulary.redFlags, RED_FLAG_BY_ID),
  };
}

/**
 * Every synonym normalised, built on the first spoken lookup in a language rather than at load:
 * a cold start that only opens the skill or goes on with a routine never needs it.
 */
function phrases(language: Language): PhraseIndex {
  const known = phraseIndexes.get(language);
  if (known) return known;
  const normalise = language === 'en' ? normaliseText : normaliseWords;
  const variants = language === 'en' ? textVariants : (text: string) => [normaliseWords(text)];
  const { ailments, redFlags } = wordsOf(language);
  const ailmentByPhrase = new Map<string, Ailment>();
  for (const [ailment, words] of ailments) {
    for (const phrase of words) ailmentByPhrase.set(normalise(phrase), ailment);
  }
  const longestFirst = (a: { phrase: string }, b: { phrase: string }) =>
    b.phrase.length - a.phrase.length;
  const index: PhraseIndex = {
    normalise,
    variants,
    ailmentByPhrase,
    redFlagPhrases: redFlags
      .flatMap(([flag, words]) => words.map((phrase) => ({ phrase: normalise(phrase), flag })))
      .sort(longestFirst),
    ailmentPhrases: [...ailmentByPhrase.entries()]
      .map(([phrase, ailment]) => ({ phrase, ailment }))
      .sort(longestFirst),
  };
  phraseIndexes.set(language, index);
  return index;
}

/** Offered when a complaint is not known: common, and spread over the body. */
export const EXAMPLE_AILMENT_IDS: readonly string[] = [
  'headache',
  'insomnia',
  'stress',
  'lower-back-pain',
  'nausea',
  'tired-legs',
  'neck-shoulder-tension',
  'sinus-congestion',
];

export type ComplaintResolution =
  | { kind: 'ailment'; ailment: Ailment; points: Place[] }
  | { kind: 'red-flag'; id: string; redFlag: RedFlag }
  | { kind: 'unknown'; value: string; examples: string[] };

export function findRedFlag(
  idOrSpokenText: string,
  language: Language = 'en',
): RedFlag | undefined {
  const byId = RED_FLAG_BY_ID.get(idOrSpokenText);
  if (byId) return byId;
  const index = phrases(language);
  const text = index.normalise(idOrSpokenText);
  return index.redFlagPhrases.find(({ phrase }) => containsPhrase(text, phrase))?.flag;
}

/**
 * Exact id or synonym first; then a synonym inside longer speech ("my headache is back"). Never
 * a near miss: "bleeding" is two letters from "sleeping", and a guess must never become a point.
 */
export function findAilment(
  idOrSpokenText: string,
  language: Language = 'en',
): Ailment | undefined {
  const exact = AILMENT_BY_ID.get(idOrSpokenText) ?? exactAilment(idOrSpokenText, language);
  if (exact) return exact;
  // "Sudden severe headache" contains "headache"; a red flag must never turn into a point.
  if (findRedFlag(idOrSpokenText, language)) return undefined;
  return containedAilment(idOrSpokenText, language);
}

function exactAilment(text: string, language: Language): Ailment | undefined {
  const index = phrases(language);
  for (const variant of index.variants(text)) {
    const found =
      AILMENT_BY_ID.get(variant.replace(/ /g, '-')) ?? index.ailmentByPhrase.get(variant);
    if (found) return found;
  }
  return undefined;
}

function containedAilment(text: string, language: Language): Ailment | undefined {
  const index = phrases(language);
  const normalised = index.normalise(text);
  // Very short synonyms ("hip", "down") inside long speech match too much.
  return index.ailmentPhrases.find(
    ({ phrase }) => phrase.length >= 5 && containsPhrase(normalised, phrase),
  )?.ailment;
}

function fuzzyAilment(text: string, language: Language): Ailment | undefined {
  let best: { ailment: Ailment; distance: number } | undefined;
  const index = phrases(language);
  for (const variant of index.variants(text)) {
    if (variant.length < 5) continue;
    const allowed = variant.length < 8 ? 1 : 2;
    for (const { phrase, ailment } of index.ailmentPhrases) {
      const distance = editDistance(variant, phrase, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { ailment, distance };
    }
  }
  return best?.ailment;
}

/**
 * What to offer instead: a complaint that sounds close comes first, as a suggestion only (never
 * answered as if it had been said); the rest vary with the words heard, so a second miss does not
 * sound like a recording.
 */
function examplesFor(value: string, language: Language): string[] {
  let hash = 0;
  for (const ch of value) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const start = hash % EXAMPLE_AILMENT_IDS.length;
  const spread = [0, 1, 2, 3].map(
    (i) => EXAMPLE_AILMENT_IDS[(start + i) % EXAMPLE_AILMENT_IDS.length] as string,
  );
  const near = value ? fuzzyAilment(value, language)?.id : undefined;
  return [...new Set([...(near ? [near] : []), ...spread])].slice(0, 3);
}

function asAilment(ailment: Ailment): ComplaintResolution {
  const points = ailment.places.map((id) => findPlace(id)).filter((p): p is Place => !!p);
  return { kind: 'ailment', ailment, points };
}

/**
 * From a filled slot: Alexa's resolved id when it has one, the heard words otherwise. Red flags
 * are checked in the words even when an id came back, because missing one costs far more than
 * an unneeded "see a doctor".
 */
export function resolveComplaint(
  slot: { id?: string; value?: string },
  language: Language = 'en',
): ComplaintResolution {
  const value = slot.value?.trim() ?? '';
  const flagById = slot.id ? RED_FLAG_BY_ID.get(slot.id) : undefined;
  if (flagById) return { kind: 'red-flag', id: flagById.id, redFlag: flagById };

  const exact = value ? exactAilment(value, language) : undefined;
  if (exact) return asAilment(exact);

  const flag = value ? findRedFlag(value, language) : undefined;
  if (flag) return { kind: 'red-flag', id: flag.id, redFlag: flag };

  const byId = slot.id ? AILMENT_BY_ID.get(slot.id) : undefined;
  if (byId) return asAilment(byId);

  const contained = value ? containedAilment(value, language) : undefined;
  if (contained) return asAilment(contained);

  return { kind: 'unknown', value, examples: examplesFor(value, language) };
}

const ns = 'knowledge:answer';

/** Durations read naturally: "a minute", "2 minutes", "90 seconds". */
export function durationRef(seconds: number): KeyRef {
  return seconds % 60 === 0
    ? { key: 'knowledge:duration.minute', params: { count: seconds / 60 } }
    : { key: 'knowledge:duration.second', params: { count: seconds } };
}

function placeHow(place: Place, pressure: Place['pressure'] = place.pressure): Part[] {
  const parts: Part[] = [
    { key: place.whereKey },
    {
      key: `${ns}.how`,
      params: {
        foot: { key: `${ns}.foot.${place.foot}` },
        pressure: { key: `knowledge:pressure.${pressure}` },
        technique: { key: `knowledge:technique.${place.technique}` },
        duration: durationRef(place.holdSeconds),
      },
    },
    { key: `${ns}.find` },
  ];
  if (place.cautions.avoidInPregnancy) parts.push(pregnancyWarning(place));
  return parts;
}

/** "Please note: in pregnancy, tradition avoids X": said wherever such a place is named or held. */
export function pregnancyWarning(place: Place): Part {
  return { key: `${ns}.pregnancy`, params: { place: { key: place.nameKey } } };
}

export interface Answer {
  place: Place;
  /** Any place named in the answer is traditionally avoided in pregnancy. */
  avoidInPregnancy: boolean;
  short: Part[];
  more: Part[];
  offer: Part;
}

function detail(place: Place, others: Place[], noteKey?: string): Part[] {
  const more: Part[] = [
    { key: place.linkedKey },
    { key: place.moreKey },
    { key: `${ns}.findMore` },
  ];
  if (others.length > 0) {
    more.push({
      key: `${ns}.alsoUsed`,
      params: { places: { list: others.map((p) => ({ key: p.nameKey })) } },
    });
    for (const other of others) {
      if (other.cautions.avoidInPregnancy) more.push(pregnancyWarning(other));
    }
  }
  const neighbours = place.neighbours
    .map((id) => findPlace(id))
    .filter((p): p is Place => !!p && !others.includes(p));
  if (neighbours.length > 0) {
    more.push({
      key: `${ns}.neighbours`,
      params: { places: { list: neighbours.map((p) => ({ key: p.nameKey })) } },
    });
    // A neighbour over a point kept from pregnancy (the outer toes, the outer ankle) says so too.
    for (const neighbour of neighbours) {
      if (neighbour.cautions.avoidInPregnancy && neighbour !== place) {
        more.push(pregnancyWarning(neighbour));
      }
    }
  }
  for (const key of place.cautions.noteKeys) more.push({ key });
  if (noteKey) more.push({ key: noteKey });
  return more;
}

/** "Where do I press for X": a short answer that fits one breath, detail one "tell me more" away. */
export function answerKeys(ailmentOrId: Ailment | string): Answer | undefined {
  const ailment = typeof ailmentOrId === 'string' ? AILMENT_BY_ID.get(ailmentOrId) : ailmentOrId;
  if (!ailment) return undefined;
  const [primary, ...others] = ailment.places
    .map((id) => findPlace(id))
    .filter((p): p is Place => !!p);
  if (!primary) return undefined;
  const short: Part[] = [
    {
      key: `${ns}.intro`,
      params: { complaint: { key: ailment.nameKey }, place: { key: primary.nameKey } },
    },
    ...placeHow(primary, ailment.pressure),
    // The caution belongs with the answer, not one "tell me more" away (a cough with blood, a
    // dizzy spell with a headache, exhaustion).
    ...(ailment.cautionKey ? [{ key: ailment.cautionKey }] : []),
  ];
  return {
    place: primary,
    avoidInPregnancy: [primary, ...others].some((p) => p.cautions.avoidInPregnancy),
    short,
    more: detail(primary, others, ailment.noteKey),
    offer: { key: `${ns}.offerGuide` },
  };
}

/** "Where is Kidney 1?": the same answer shape, for a place asked for by name. */
export function placeAnswerKeys(placeId: string): Answer | undefined {
  const place = findPlace(placeId);
  if (!place) return undefined;
  return {
    place,
    avoidInPregnancy: place.cautions.avoidInPregnancy,
    short: [
      { key: `${ns}.placeIntro`, params: { place: { key: place.nameKey } } },
      ...placeHow(place),
    ],
    more: detail(place, []),
    offer: { key: `${ns}.offerGuide` },
  };
}

/** Lines for a complaint that is not known, or a red flag. */
export function unknownAnswer(examples: readonly string[]): Part[] {
  return [
    {
      key: `${ns}.unknown`,
      params: {
        examples: {
          list: examples
            .map((id) => AILMENT_BY_ID.get(id))
            .filter((a): a is Ailment => !!a)
            .map((a) => ({ key: a.nameKey })),
        },
      },
    },
  ];
}

export function redFlagAnswer(id: string): Part[] {
  const flag = RED_FLAG_BY_ID.get(id);
  if (!flag) return [{ key: 'knowledge:redFlag.general' }, { key: 'knowledge:redFlag.now' }];
  return [{ key: flag.key }, { key: `knowledge:redFlag.${flag.urgency}` }];
}
