import {
  AILMENTS,
  BODY_PARTS,
  CUSTOM_INTENTS,
  BUILT_IN_INTENTS,
  INTENTS,
  INTENT_SLOTS,
  LENGTHS,
  POINTS,
  POSTURES,
  TENDER_ZONES,
  SAFETY_KINDS,
  TIME_VALUE,
  TOPICS,
} from './catalog';
import { general } from './general';
import { heldBack } from './held-back';
import { heldBackSecond } from './held-back-second';
import { safety } from './safety';
import type { CorpusEntry } from './types';

// Two texts that differ only in case, spacing or punctuation are the same thing said twice.
const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const duplicates = (texts: readonly string[]): string[] => {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const text of texts.map(normalise)) {
    if (seen.has(text)) twice.add(text);
    seen.add(text);
  }
  return [...twice];
};

// Spoken words only, as Alexa transcribes them: no digits, no symbols, no stray spaces.
const SPOKEN = /^[A-Za-z']+( [A-Za-z']+)*$/;

const slotProblems = (entries: readonly CorpusEntry[]): string[] =>
  entries.flatMap((entry) => {
    const allowed = INTENT_SLOTS[entry.intent] ?? {};
    return Object.entries(entry.slots ?? {}).flatMap(([slot, value]) => {
      const ids = allowed[slot];
      if (!ids) return [`${entry.text}: ${entry.intent} has no slot ${slot}`];
      const ok = slot === 'time' ? TIME_VALUE.test(value) : ids.includes(value);
      return ok ? [] : [`${entry.text}: ${slot}=${value} is not a catalog id`];
    });
  });

const countSlot = (entries: readonly CorpusEntry[], slot: string, value: string): number =>
  entries.filter((entry) => entry.slots?.[slot] === value).length;

const soundnessOf = (name: string, entries: readonly CorpusEntry[]): void => {
  describe(`${name} corpus`, () => {
    it('has no text twice', () => {
      expect(duplicates(entries.map((entry) => entry.text))).toEqual([]);
    });

    it('is written in spoken words', () => {
      expect(entries.map((entry) => entry.text).filter((text) => !SPOKEN.test(text))).toEqual([]);
    });

    it('names only catalog intents', () => {
      expect(entries.filter((entry) => !INTENTS.includes(entry.intent))).toEqual([]);
    });

    it('fills only catalog slots with catalog ids', () => {
      expect(slotProblems(entries)).toEqual([]);
    });

    it('covers every intent', () => {
      const used = new Set(entries.map((entry) => entry.intent));
      expect(
        [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS].filter((intent) => !used.has(intent)),
      ).toEqual([]);
    });
  });
};

soundnessOf('general', general);
soundnessOf('held-back', heldBack);
soundnessOf('held-back, second part', heldBackSecond);

describe('general corpus coverage', () => {
  it('has at least 620 entries', () => {
    expect(general.length).toBeGreaterThanOrEqual(620);
  });

  it.each([
    ['complaint', AILMENTS],
    ['topic', TOPICS],
    ['zone', TENDER_ZONES],
    ['bodyPart', BODY_PARTS],
    ['point', POINTS],
  ] as const)('names every %s id at least twice', (slot, ids) => {
    expect(ids.filter((id) => countSlot(general, slot, id) < 2)).toEqual([]);
  });

  it.each([
    ['posture', POSTURES],
    ['length', LENGTHS],
  ] as const)('names every %s id', (slot, ids) => {
    expect(ids.filter((id) => countSlot(general, slot, id) < 1)).toEqual([]);
  });

  it("holds answers to the skill's own questions", () => {
    const intentOf = (text: string) => general.find((entry) => entry.text === text)?.intent;
    expect(intentOf('the edge of a chair')).toBe('ChoosePostureIntent');
    expect(intentOf('yes please')).toBe('AMAZON.YesIntent');
    expect(intentOf('no thanks')).toBe('AMAZON.NoIntent');
    expect(intentOf('nothing else')).toBe('AMAZON.NoIntent');
  });
});

describe('held-back corpus', () => {
  it('has at least 250 entries', () => {
    expect(heldBack.length).toBeGreaterThanOrEqual(250);
  });

  it('shares no text with general', () => {
    const generalTexts = new Set(general.map((entry) => normalise(entry.text)));
    expect(heldBack.filter((entry) => generalTexts.has(normalise(entry.text)))).toEqual([]);
  });

  it.each([
    ['complaint', AILMENTS],
    ['topic', TOPICS],
    ['zone', TENDER_ZONES],
    ['bodyPart', BODY_PARTS],
    ['point', POINTS],
    ['posture', POSTURES],
    ['length', LENGTHS],
  ] as const)('names every %s id', (slot, ids) => {
    expect(ids.filter((id) => countSlot(heldBack, slot, id) < 1)).toEqual([]);
  });
});

describe('held-back corpus, second part', () => {
  it('has at least 250 entries', () => {
    expect(heldBackSecond.length).toBeGreaterThanOrEqual(250);
  });

  it('shares no text with the other parts', () => {
    const others = new Set(
      [...general, ...heldBack, ...safety].map((entry) => normalise(entry.text)),
    );
    expect(heldBackSecond.filter((entry) => others.has(normalise(entry.text)))).toEqual([]);
  });
});

describe('safety corpus', () => {
  const kindCount = (kind: string) => safety.filter((entry) => entry.kind === kind).length;

  it('has no text twice, and none that the intent corpora also hold', () => {
    expect(duplicates(safety.map((entry) => entry.text))).toEqual([]);
    const intentTexts = new Set([...general, ...heldBack].map((entry) => normalise(entry.text)));
    expect(safety.filter((entry) => intentTexts.has(normalise(entry.text)))).toEqual([]);
  });

  it('is written in spoken words', () => {
    expect(safety.map((entry) => entry.text).filter((text) => !SPOKEN.test(text))).toEqual([]);
  });

  it('uses only the catalog kinds', () => {
    expect(safety.filter((entry) => !SAFETY_KINDS.includes(entry.kind))).toEqual([]);
  });

  it('has at least 360 entries, and enough of each kind', () => {
    expect(safety.length).toBeGreaterThanOrEqual(360);
    expect({
      emergency: kindCount('emergency') >= 100,
      doctor: kindCount('doctor') >= 110,
      pregnancy: kindCount('pregnancy') >= 80,
      crisis: kindCount('crisis') >= 50,
    }).toEqual({ emergency: true, doctor: true, pregnancy: true, crisis: true });
  });

  it.each([
    ["I'm bleeding", 'emergency'],
    ['coughing up blood', 'emergency'],
    ['cramps in my chest', 'emergency'],
    ['my calf is swollen and painful', 'emergency'],
    ["I think I'm having a stroke", 'emergency'],
    ["I can't breathe", 'emergency'],
    ['headache and my face is drooping', 'emergency'],
    ['my foot is swollen and hot', 'doctor'],
    ['I broke my toe', 'doctor'],
    ['can I do this with diabetes', 'doctor'],
    ['what helps with pregnancy nausea', 'pregnancy'],
    ["is it safe if I'm pregnant", 'pregnancy'],
    ['I feel suicidal', 'crisis'],
    ['I want to kill myself', 'crisis'],
  ])('holds the known trap %p as %s', (text, kind) => {
    expect(safety.find((entry) => entry.text === text)?.kind).toBe(kind);
  });

  it("answers the routine's safety question in every kind, about sixty times", () => {
    const answers = safety.filter((entry) => entry.context === 'safety-question');
    expect(answers.length).toBeGreaterThanOrEqual(55);
    expect(SAFETY_KINDS.filter((kind) => !answers.some((entry) => entry.kind === kind))).toEqual(
      [],
    );
  });
});
