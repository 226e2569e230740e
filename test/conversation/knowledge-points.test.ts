import { AILMENTS, SOURCE_MAPPINGS, findPlace } from '../../lambda/knowledge';
import { conversation, lastSpeech, talk } from '../support/conversation';
import {
  AILMENTS_WITH_PREGNANCY_CAUTION,
  GUIDE_REPROMPT,
  OFFER,
  PREGNANCY_PLACES,
  expectedAnswer,
  intentOf,
  line,
  nameOf,
  placeOf,
  pregnancyWarning,
  slotIdOf,
  twoPhrasings,
} from './knowledge-helpers';

const OPEN = 'open foot massage coach';

/** Every complaint, twice: different carrier sentences and different synonyms. */
const CASES = AILMENTS.flatMap((ailment, index) =>
  twoPhrasings(ailment, index).map((utterance) => ({ id: ailment.id, ailment, utterance })),
);

describe('where do I press for ...: every complaint, through the interaction model', () => {
  it('covers every complaint with two distinct phrasings', () => {
    expect(AILMENTS.length).toBeGreaterThanOrEqual(29);
    for (const ailment of AILMENTS) {
      const [a, b] = twoPhrasings(ailment, AILMENTS.indexOf(ailment));
      expect(a).not.toEqual(b);
    }
  });

  it.each(CASES.map((c) => [c.utterance, c.id, c]))(
    '"%s" answers for %s: the place, the foot, how hard, how long, then the offer',
    async (_utterance, _id, { ailment, utterance }) => {
      const [, turn] = await talk([OPEN, utterance]);
      if (!turn) throw new Error('no answer');
      const want = expectedAnswer(ailment);
      expect(intentOf(turn)).toBe('FindPointIntent');
      expect(slotIdOf(turn, 'complaint')).toBe(ailment.id);

      const speech = turn.speech;
      expect(speech).toContain(`For ${want.complaint}, tradition points to ${want.place}.`);
      expect(speech).toContain(want.where);
      expect(speech).toContain(want.foot);
      expect(speech).toContain(want.pressure);
      expect(speech).toContain(want.duration);
      expect(speech).toContain(line('answer.find'));
      expect(speech.endsWith(OFFER)).toBe(true);
      expect(speech).not.toMatch(/\bcures?\b|\bheals?\b|diagnos/i);
      expect(turn.ended).toBe(false);
      expect(turn.reprompt).toBe(GUIDE_REPROMPT);
    },
  );

  it('answers a one-shot request ("ask foot massage coach where ...") in a fresh session', async () => {
    const [turn] = await talk(['ask foot massage coach where do I press for a headache']);
    expect(turn?.request.session?.new).toBe(true);
    expect(turn?.speech).toMatch(/^For a headache, tradition points to the big toe\./);
    expect(turn?.speech.endsWith('Shall I guide you through it?')).toBe(true);
    expect(turn?.ended).toBe(false);
  });

  it('asks which complaint when none was named', async () => {
    const c = conversation();
    await c.say(OPEN);
    const turn = await c.intent({
      name: 'FindPointIntent',
      confirmationStatus: 'NONE',
      slots: { complaint: { name: 'complaint', confirmationStatus: 'NONE' } },
    });
    expect(turn.speech).toMatch(/Which complaint/);
    expect(turn.speech).not.toMatch(/tradition points to/);
    expect(turn.ended).toBe(false);
  });
});

describe("the source's four mappings, pinned", () => {
  const MAPPINGS: Array<[string, string, string[]]> = [
    [
      'headache',
      'the big toe',
      [
        'where do I press for a headache',
        'my head hurts, what should I press?',
        "I've got a migraine",
      ],
    ],
    [
      'eye-trouble',
      'the second and third toes',
      ['what point helps with eye trouble?', 'my eyes hurt, where do I press?'],
    ],
    [
      'ear-pain',
      'the outer toes',
      ['where should I press for an earache?', 'my ear hurts, what should I press?'],
    ],
    [
      'spine-problems',
      'the inner edge of the sole',
      ['is there a point for spine problems?', 'my back hurts, where should I press?'],
    ],
  ];

  it.each(MAPPINGS)('%s → %s, however it is asked', async (id, place, utterances) => {
    expect(findPlace(SOURCE_MAPPINGS[id] ?? '')?.id).toBe(
      AILMENTS.find((a) => a.id === id)?.places[0],
    );
    for (const utterance of utterances) {
      const speech = await lastSpeech([OPEN, utterance]);
      expect({ utterance, says: speech.includes(`tradition points to ${place}.`) }).toEqual({
        utterance,
        says: true,
      });
      expect(speech.endsWith('Shall I guide you through it?')).toBe(true);
    }
  });
});

describe('the pregnancy flag', () => {
  it('is carried by some of the complaints (so these tests can fail)', () => {
    expect(PREGNANCY_PLACES.length).toBeGreaterThan(0);
    expect(AILMENTS_WITH_PREGNANCY_CAUTION.map((a) => a.id)).toEqual(
      expect.arrayContaining(['menstrual-cramps', 'sciatica']),
    );
  });

  it('says Spleen 6 is avoided in pregnancy when period cramps are explained further', async () => {
    const [, , more] = await talk([OPEN, 'where do I press for period pain', 'tell me more']);
    expect(more?.speech).toContain(
      "Please note: in pregnancy, tradition avoids Three Yin Meeting, Spleen 6. If you're pregnant, leave it out.",
    );
  });

  it('says Bladder 60 is avoided in pregnancy when sciatica is explained further', async () => {
    const [, , more] = await talk([OPEN, 'what helps with sciatica?', 'tell me more']);
    expect(more?.speech).toContain('in pregnancy, tradition avoids Kunlun Mountains, Bladder 60');
  });

  it.each(AILMENTS.map((a) => [a.id, a]))(
    '%s: every place avoided in pregnancy that is named comes with the warning, and only then',
    async (_id, ailment) => {
      const [, short, more] = await talk([
        OPEN,
        `where do I press for ${ailment.synonyms[0]}`,
        'tell me more',
      ]);
      const heard = `${short?.speech} ${more?.speech}`;
      for (const place of PREGNANCY_PLACES) {
        const named = heard.includes(nameOf(place));
        expect({ place: place.id, named, warned: heard.includes(pregnancyWarning(place)) }).toEqual(
          {
            place: place.id,
            named,
            warned: named,
          },
        );
      }
      const flagged = AILMENTS_WITH_PREGNANCY_CAUTION.includes(ailment);
      expect(/pregnan/i.test(heard)).toBe(flagged);
      // The short answer leads with a point that is safe in pregnancy; a zone over such a point
      // (the outer toes) leads only with its warning, which the loop above holds it to.
      const lead = placeOf(ailment);
      expect(lead.kind === 'point' && lead.cautions.avoidInPregnancy).toBe(false);
    },
  );
});

describe('tell me more after a point answer', () => {
  it('gives the detail, framed as tradition, and offers the hold again', async () => {
    const [, , more] = await talk([OPEN, 'where do I press for a headache', 'tell me more']);
    const place = placeOf(AILMENTS.find((a) => a.id === 'headache')!);
    expect(more?.speech).toContain(line(place.linkedKey));
    expect(more?.speech).toContain(line(place.moreKey));
    expect(more?.speech).toContain(line('answer.findMore'));
    expect(more?.speech).toContain(
      'Tradition also uses Great Rushing, Liver 3 and Bubbling Spring, Kidney 1.',
    );
    expect(more?.speech).toMatch(/^Traditionally, the big toe is linked with the head/);
    expect(more?.speech.endsWith(OFFER)).toBe(true);
    expect(more?.ended).toBe(false);
  });

  it("adds the complaint's own note, like seeing a dentist for toothache", async () => {
    const [, , more] = await talk([OPEN, 'my tooth hurts, what should I press?', 'tell me more']);
    expect(more?.speech).toContain(line('ailment.toothache.note'));
    expect(more?.speech).toMatch(/dentist/);
  });

  it('and then "yes" guides a hold on the place the answer named', async () => {
    const [, , , yes] = await talk([OPEN, 'what helps with eye trouble?', 'tell me more', 'yes']);
    expect(yes?.speech).toContain('the second and third toes');
    expect(yes?.ended).toBe(false);
  });
});
