import { findRedFlag } from '../knowledge/lookup';
import { packFor } from '../languages/registry';
import type { CatchAllAsk, Language, LanguagePack, Words } from '../languages/types';
import { readSafety } from '../safety';

/** A value the words named: its kind, the domain's id, and the words that named it. */
export interface NamedValue {
  id: string;
  phrase: string;
  /** Its words were there, not in its order ("my nose is all blocked" for "blocked nose"). */
  scattered?: true;
}

/** What the catch-all's words were about, in the domain's ids. */
export type CatchAllReading =
  | ({ kind: 'complaint' | 'point' | 'topic' | 'posture' } & NamedValue)
  /** A zone of the foot said to be sore, or asked about as a map of the body. */
  | ({ kind: 'tender-zone' | 'zone-link' | 'body-part-link' } & NamedValue)
  | { kind: 'start'; length?: NamedValue; phrase: string; scattered?: true }
  | { kind: 'ask'; ask: CatchAllAsk; phrase: string; scattered?: true };

type Kind = CatchAllReading['kind'];

/** When two readings are as long, the earlier kind is the likelier question. */
const KIND_ORDER: readonly Kind[] = [
  'complaint',
  'point',
  'topic',
  'tender-zone',
  'zone-link',
  'body-part-link',
  'posture',
  'start',
  'ask',
];

const QUESTIONS: ReadonlySet<Kind> = new Set(['complaint', 'point', 'topic']);

/**
 * One word of fewer letters ("hip", "down", "back") inside a long sentence matches too much:
 * "down at the bottom of my back" is not low mood. A word that needs a cue beside it (a zone,
 * a part of the body) may be short.
 */
const SHORTEST_SINGLE_WORD = 5;

/** How many words back a negation still undoes a phrase ("I don't really have a headache"). */
const NEGATION_REACH = 4;

interface Phrase {
  id: string;
  phrase: string;
  /** The phrase with its first word gone, when the catch-all's carrier may have taken it. */
  headless?: string;
}

export interface Index {
  ailments: Phrase[];
  points: Phrase[];
  topics: Phrase[];
  postures: Phrase[];
  zones: Phrase[];
  bodyParts: Phrase[];
  lengths: Phrase[];
}

const indexes = new Map<Language, Index>();

function phrasesOf(pack: LanguagePack, words: Words, shortToo = false): Phrase[] {
  return Object.entries(words)
    .flatMap(([id, list]) =>
      list.map((raw) => {
        const phrase = pack.safety.normalise(raw);
        const parts = phrase.split(' ');
        // "How {words}" leaves "many times a day": the question's first word went to the carrier.
        const headless = parts.length >= 3 ? parts.slice(1).join(' ') : undefined;
        return { id, phrase, ...(headless ? { headless } : {}) };
      }),
    )
    .filter((p) => shortToo || p.phrase.includes(' ') || p.phrase.length >= SHORTEST_SINGLE_WORD)
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

export function phraseIndexOf(language: Language): Index {
  const known = indexes.get(language);
  if (known) return known;
  const pack = packFor(language);
  const v = pack.vocabulary;
  const index: Index = {
    ailments: phrasesOf(pack, v.ailments),
    points: phrasesOf(pack, v.points),
    topics: phrasesOf(pack, v.topics),
    postures: phrasesOf(pack, v.postures),
    zones: phrasesOf(pack, v.tenderZones, true),
    bodyParts: phrasesOf(pack, v.bodyParts, true),
    lengths: phrasesOf(pack, v.routineLengths, true),
  };
  indexes.set(language, index);
  return index;
}

function negatedBefore(text: string, at: number, negation: RegExp): boolean {
  const before = text.slice(0, at).trim().split(' ').slice(-NEGATION_REACH).join(' ');
  return before !== '' && negation.test(before);
}

/**
 * Words that say what a phrase is about, in any language: short words ("my", "is", "le", "mir")
 * are how it is said. Crude, and enough: the words of a phrase are compared, never guessed at.
 */
const SHORTEST_TELLING_WORD = 4;

/** The longest phrase of the list in the text as whole words, not negated. */
export function longestIn(
  text: string,
  phrases: readonly Phrase[],
  negation: RegExp,
): NamedValue | undefined {
  const padded = ` ${text} `;
  for (const { id, phrase, headless } of phrases) {
    const at = padded.indexOf(` ${phrase} `);
    if (at >= 0 && !negatedBefore(text, at, negation)) return { id, phrase };
    if (headless && padded.startsWith(` ${headless} `)) return { id, phrase: headless };
  }
  return scatteredIn(text, phrases, negation);
}

/**
 * A phrase said in other words around its own: "my nose is all blocked" holds "blocked nose",
 * "my eyes are tired and sore" holds "tired eyes". Every telling word of the phrase must be
 * there, and at least two of them, so one common word never names a thing.
 */
function scatteredIn(
  text: string,
  phrases: readonly Phrase[],
  negation: RegExp,
): NamedValue | undefined {
  const said = text.split(' ');
  for (const { id, phrase } of phrases) {
    const telling = phrase.split(' ').filter((word) => word.length >= SHORTEST_TELLING_WORD);
    if (telling.length < 2) continue;
    const places = telling.map((word) => said.indexOf(word));
    if (places.some((at) => at < 0)) continue;
    const first = Math.min(...places);
    const at = said.slice(0, first).join(' ').length;
    if (!negatedBefore(text, at, negation)) return { id, phrase, scattered: true };
  }
  return undefined;
}

function longestAsk(
  text: string,
  asks: LanguagePack['catchAllCues']['asks'],
  negation: RegExp,
): { ask: CatchAllAsk; phrase: string } | undefined {
  let best: { ask: CatchAllAsk; phrase: string } | undefined;
  for (const [ask, patterns] of Object.entries(asks) as Array<[CatchAllAsk, readonly RegExp[]]>) {
    for (const pattern of patterns) {
      const found = pattern.exec(text);
      if (!found || negatedBefore(text, found.index, negation)) continue;
      if (!best || found[0].length > best.phrase.length) best = { ask, phrase: found[0] };
    }
  }
  return best;
}

/** A zone said with hardly a word more ("the inner edge of my sole") names a sore spot. */
const FEW_WORDS_MORE = 3;

function nearlyAll(text: string, phrase: string): boolean {
  return text.split(' ').length <= phrase.split(' ').length + FEW_WORDS_MORE;
}

function candidatesOf(text: string, pack: LanguagePack): CatchAllReading[] {
  const index = phraseIndexOf(pack.language);
  const { negation } = pack.safety;
  const cues = pack.catchAllCues;
  const out: CatchAllReading[] = [];
  const named = (kind: 'complaint' | 'point' | 'topic' | 'posture', phrases: Phrase[]) => {
    const value = longestIn(text, phrases, negation);
    if (value) out.push({ kind, ...value });
  };
  named('complaint', index.ailments);
  named('point', index.points);
  named('topic', index.topics);
  named('posture', index.postures);
  const zone = longestIn(text, index.zones, negation);
  const linked = cues.linked.test(text);
  if (zone && linked) out.push({ kind: 'zone-link', ...zone });
  else if (zone && (cues.tender.test(text) || nearlyAll(text, zone.phrase))) {
    out.push({ kind: 'tender-zone', ...zone });
  }
  const bodyPart = linked ? longestIn(text, index.bodyParts, negation) : undefined;
  if (bodyPart) out.push({ kind: 'body-part-link', ...bodyPart });
  const length = cues.routine.test(text) ? longestIn(text, index.lengths, negation) : undefined;
  const ask = longestAsk(text, cues.asks, negation);
  if (ask?.ask === 'start' || length) {
    const phrase = [ask?.ask === 'start' ? ask.phrase : '', length?.phrase ?? ''].join(' ').trim();
    out.push({ kind: 'start', phrase, ...(length ? { length } : {}) });
  }
  if (ask && ask.ask !== 'start') out.push({ kind: 'ask', ...ask });
  return out;
}

/** Words the safety layer answers itself: nothing else may be read in them. */
export function holdsSafetySign(words: string, language: Language): boolean {
  return !!readSafety(packFor(language).safety, [words]) || !!findRedFlag(words, language);
}

/**
 * The words of a sentence no intent's samples fitted (Alexa's catch-all gives the skill only
 * those words): the longest thing the language names in them (a complaint, point, topic, zone,
 * posture, or a request such as "pause" or "remind me"), read as the question it belongs to, so
 * "my lower back is killing me after the drive" is answered rather than met with "Sorry, I
 * didn't catch that". Never when any sign of the safety layer is in them, nor when the phrase
 * is negated ("it's not a headache"); never a near spelling.
 */
export function readCatchAll(words: string, language: Language): CatchAllReading | undefined {
  const pack = packFor(language);
  if (holdsSafetySign(words, language)) return undefined;
  const text = pack.safety.normalise(words);
  if (!text) return undefined;
  const rank = (r: CatchAllReading) => KIND_ORDER.indexOf(r.kind);
  const scattered = (r: CatchAllReading) => (r.scattered ? 1 : 0);
  let candidates = candidatesOf(text, pack);
  // "How often should I do a foot massage" asks; only words that ask nothing start a routine.
  if (candidates.some((r) => QUESTIONS.has(r.kind))) {
    candidates = candidates.filter((r) => r.kind !== 'start');
  }
  return candidates.sort(
    (a, b) => scattered(a) - scattered(b) || b.phrase.length - a.phrase.length || rank(a) - rank(b),
  )[0];
}
