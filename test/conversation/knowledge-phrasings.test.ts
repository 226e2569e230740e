import { AILMENTS, PLACES, RED_FLAGS, ailmentSlotType } from '../../lambda/knowledge';
import { Resolver, loadModel } from '../../tools/nlu';
import { conversation } from '../support/conversation';
import { closingOf, expectedAnswer, knowledge } from './knowledge-helpers';

/** FindPointIntent carrier sentences people use: the complaint first, or last. */
const CARRIERS = [
  'where do i press for {x}',
  'what point helps with {x}',
  'is there a point for {x}',
  'what can i press for {x}',
  'which point is good for {x}',
  'what helps with {x}',
  '{x}, what should i press?',
  '{x}, where do i press?',
];

const resolver = new Resolver(loadModel());

/** The intent and complaint id Alexa would send for an utterance, as the model resolves it. */
function heard(utterance: string): { intent: string; id?: string } {
  const r = resolver.resolve(utterance);
  if (r.kind !== 'intent') return { intent: 'LaunchRequest' };
  const slot = r.intent.slots?.complaint;
  return {
    intent: r.intent.name,
    id: slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id,
  };
}

function tally(values: ReadonlyArray<{ id: string; synonyms: readonly string[] }>) {
  const misses: string[] = [];
  let total = 0;
  for (const value of values) {
    for (const synonym of value.synonyms) {
      for (const carrier of CARRIERS) {
        total += 1;
        const utterance = carrier.replace('{x}', synonym);
        const got = heard(utterance);
        if (got.intent !== 'FindPointIntent' || got.id !== value.id)
          misses.push(`${utterance} → ${got.intent} ${got.id ?? '(no id)'} (want ${value.id})`);
      }
    }
  }
  return { total, resolved: total - misses.length, misses };
}

// Every AilmentType value that is a complaint (red flags share the slot type, counted apart).
const RED_FLAG_IDS = new Set(RED_FLAGS.map((r) => r.id));
const COMPLAINT_VALUES = ailmentSlotType().values.filter((v) => !RED_FLAG_IDS.has(v.id));
const complaints = tally(AILMENTS);
const redFlags = tally(RED_FLAGS);

describe('every complaint phrasing, through the interaction model', () => {
  it('draws its phrasings from every complaint the slot type carries', () => {
    expect(COMPLAINT_VALUES.map((v) => v.id)).toEqual(AILMENTS.map((a) => a.id));
  });

  it(`resolves ${complaints.resolved} of ${complaints.total} complaint phrasings (${AILMENTS.length} complaints × their synonyms × ${CARRIERS.length} carriers) to the right complaint`, () => {
    const share = complaints.resolved / complaints.total;
    // Below the bar, name the phrasings that broke.
    if (share < 0.95) expect(complaints.misses).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it(`resolves all ${redFlags.total} red-flag phrasings to their red flag`, () => {
    // A missed red flag costs far more than a missed complaint: every one must land.
    expect(redFlags.misses).toEqual([]);
  });

  it('answers every complaint synonym through the skill with its place, and every red flag with help', async () => {
    // One person asking one-shot questions: each "ask foot massage coach ..." is a new session.
    const c = conversation();
    const wrong: string[] = [];
    let i = 0;
    for (const ailment of AILMENTS) {
      const { place } = expectedAnswer(ailment);
      for (const synonym of ailment.synonyms) {
        const utterance = (CARRIERS[i++ % CARRIERS.length] as string).replace('{x}', synonym);
        const turn = await c.say(`ask foot massage coach ${utterance}`);
        if (!turn.speech.includes(`tradition points to ${place}.`))
          wrong.push(`${utterance}: ${turn.speech}`);
      }
    }
    for (const flag of RED_FLAGS) {
      for (const synonym of flag.synonyms) {
        const utterance = (CARRIERS[i++ % CARRIERS.length] as string).replace('{x}', synonym);
        const turn = await c.say(`ask foot massage coach ${utterance}`);
        if (!turn.speech.includes(closingOf(flag)) || !turn.ended)
          wrong.push(`${utterance}: ${turn.speech}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 30_000);
});

describe('honesty: every claim is framed as tradition', () => {
  // Every "linked" sentence in the file, whether or not a place uses it yet.
  const linked = [
    ...Object.entries(knowledge.zone).map(([id, block]) => [`zone ${id}`, block.linked] as const),
    ...Object.entries(knowledge.point).map(([id, block]) => [`point ${id}`, block.linked] as const),
  ];

  it('has one for every zone and point', () => {
    expect(linked.map(([label]) => label).sort()).toEqual(
      PLACES.map((p) => `${p.kind} ${p.id}`).sort(),
    );
  });

  it.each(linked)('the %s "linked" sentence says it is tradition', (_label, sentence) => {
    expect(sentence).toMatch(/tradition/i);
    expect(sentence).not.toMatch(/\bcures?\b|\bheals?\b|\btreats?\b|diagnos/i);
  });
});
