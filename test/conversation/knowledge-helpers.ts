import { common } from '../support/en-us-words';
/**
 * What the knowledge conversation tests expect to hear, derived from the domain data and
 * knowledge.json (rendered the way the skill renders them), so a change of wording moves the
 * expectations with it while a wrong answer still fails.
 */
import {
  AILMENTS,
  PLACES,
  durationRef,
  findPlace,
  type Ailment,
  type Place,
} from '../../lambda/knowledge';
import { speak } from '../knowledge/helpers';
import type { Turn } from '../support/conversation';

export { knowledge } from '../knowledge/helpers';

/** One knowledge.json sentence, rendered with its params. */
export function line(key: string, params?: Record<string, string | number>): string {
  return speak([
    { key: key.includes(':') ? key : `knowledge:${key}`, ...(params ? { params } : {}) },
  ]);
}

export const OFFER = line('answer.offerGuide');
export const HELP_NOW = line('redFlag.now');
/** A red flag's closing line: help now, or (no emergency) only where to turn in one. */
export const closingOf = (flag: { urgency: string }) => line(`redFlag.${flag.urgency}`);
export const SIDE_QUESTIONS: readonly string[] = common.side.question;
export const GUIDE_REPROMPT = common.guide.reprompt;

/** The text before the first `{{param}}` of a sentence: what is heard whatever fills it. */
export function leadOf(key: string): string {
  return line(key).split('{{')[0] ?? '';
}

export function placeOf(ailment: Ailment): Place {
  const place = findPlace(ailment.places[0] ?? '');
  if (!place) throw new Error(`${ailment.id} has no place`);
  return place;
}

export const nameOf = (place: Place): string => line(place.nameKey);

/** Everything the short answer for a complaint must let a listener hear. */
export function expectedAnswer(ailment: Ailment) {
  const place = placeOf(ailment);
  return {
    complaint: line(ailment.nameKey),
    place: nameOf(place),
    where: line(place.whereKey),
    foot: line(`answer.foot.${place.foot}`),
    pressure: line(`pressure.${ailment.pressure ?? place.pressure}`),
    duration: `for about ${speak([durationRef(place.holdSeconds)])}`,
    pregnancy: place.cautions.avoidInPregnancy,
  };
}

/** Places tradition keeps away from pregnancy, by spoken name. */
export const PREGNANCY_PLACES: readonly Place[] = PLACES.filter((p) => p.cautions.avoidInPregnancy);

export function pregnancyWarning(place: Place): string {
  return speak([{ key: 'knowledge:answer.pregnancy', params: { place: { key: place.nameKey } } }]);
}

const avoided = (id: string) => findPlace(id)?.cautions.avoidInPregnancy === true;

/** Complaints whose places, or the neighbours of the one they lead with, include one avoided in pregnancy. */
export const AILMENTS_WITH_PREGNANCY_CAUTION: readonly Ailment[] = AILMENTS.filter(
  (a) => a.places.some(avoided) || (findPlace(a.places[0] ?? '')?.neighbours ?? []).some(avoided),
);

// Prefix carriers for the first phrasing (the slot value, always a noun), postfix carriers for the
// second (any synonym, "my knee hurts" or "queasy", reads naturally before them), so the two
// phrasings of one complaint never share a carrier sentence.
const FIRST_CARRIERS = [
  'Where do I press for {x}?',
  'What point helps with {x}?',
  'Is there a point for {x}?',
  'What can I press for {x}?',
  'Which point is good for {x}?',
  'Where should I massage for {x}?',
  'Acupressure for {x}',
  "What's good for {x}?",
];
const SECOND_CARRIERS = [
  '{x}, what should I press?',
  '{x}, where do I press?',
  '{x}, which point helps?',
  '{x}, where should I press?',
  '{x}. What can I press?',
];

const FILLER = new Set(['a', 'an', 'my', 'the', 'in', 'of', 'to', 'i', 'and']);
const stems = (phrase: string) =>
  new Set(
    phrase
      .split(' ')
      .filter((w) => !FILLER.has(w))
      .map((w) => w.slice(0, 4)),
  );

/** The synonym sharing the fewest words with the slot value: "migraine" for "headache". */
export function otherSynonym(ailment: Ailment): string {
  const [first, ...rest] = ailment.synonyms;
  const firstStems = stems(first ?? '');
  let best = rest[0] ?? first ?? '';
  let bestOverlap = Infinity;
  for (const synonym of rest) {
    const overlap = [...stems(synonym)].filter((s) => firstStems.has(s)).length;
    if (overlap < bestOverlap) {
      best = synonym;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Two phrasings of a complaint, with different carrier sentences and different synonyms. */
export function twoPhrasings(ailment: Ailment, index: number): [string, string] {
  const first = FIRST_CARRIERS[index % FIRST_CARRIERS.length] as string;
  const second = SECOND_CARRIERS[index % SECOND_CARRIERS.length] as string;
  return [
    first.replace('{x}', ailment.synonyms[0] ?? ''),
    second.replace('{x}', otherSynonym(ailment)),
  ];
}

/** Silences of a readable speech, `[pause N s]`, in order. */
export function pausesOf(speech: string): number[] {
  return [...speech.matchAll(/\[pause ([\d.]+) s\]/g)].map((m) => Number(m[1]));
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function slotIdOf(turn: Turn, slot: string): string | undefined {
  if (turn.resolution.kind !== 'intent') return undefined;
  const filled = turn.resolution.intent.slots?.[slot];
  return filled?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id;
}

export function intentOf(turn: Turn): string {
  return turn.resolution.kind === 'intent' ? turn.resolution.intent.name : 'LaunchRequest';
}
