import {
  AILMENTS,
  CONTRAINDICATIONS,
  EXAMPLE_AILMENT_IDS,
  PLACES,
  RED_FLAGS,
  type RedFlag,
} from '../../lambda/knowledge';
import { conversation, talk, type Turn } from '../support/conversation';
import {
  closingOf,
  HELP_NOW,
  OFFER,
  SIDE_QUESTIONS,
  intentOf,
  leadOf,
  line,
  nameOf,
  slotIdOf,
} from './knowledge-helpers';

const OPEN = 'open foot massage coach';
const PLACE_NAMES = PLACES.map(nameOf);

/** A symptom for a doctor: its own line, then help now (or, no emergency, where to turn in one). */
function expectDoctorOnly(turn: Turn | undefined, flag: RedFlag) {
  if (!turn) throw new Error('no answer');
  expect(turn.speech).toContain(line(flag.key));
  expect(turn.speech).toContain(closingOf(flag));
  if (flag.urgency === 'now') expect(turn.speech).toMatch(/medical help now/);
  else expect(turn.speech).not.toMatch(/help now/);
  expect(turn.speech).toMatch(/emergency number/);
  // No point, no offer to guide one, nothing to act on but the help.
  expect(PLACE_NAMES.filter((name) => turn.speech.includes(name))).toEqual([]);
  expect(turn.speech).not.toContain('tradition points to');
  expect(turn.speech).not.toContain(OFFER);
  expect(turn.ended).toBe(true);
}

const flag = (id: string): RedFlag => {
  const found = RED_FLAGS.find((r) => r.id === id);
  if (!found) throw new Error(`no red flag ${id}`);
  return found;
};

describe('red flags: no point, only a clear line to a doctor, and the session ends', () => {
  // The issue's own list, in words people use.
  const NAMED: Array<[string, string]> = [
    ['chest-pain', 'where do I press for chest pain?'],
    ['chest-pain', 'my chest hurts'],
    ['chest-pain', "I think I'm having a heart attack"],
    ['breathlessness', "I'm short of breath"],
    ['breathlessness', 'what helps with trouble breathing?'],
    ['sudden-severe-headache', 'where do I press for a sudden severe headache?'],
    ['sudden-severe-headache', 'I have the worst headache of my life'],
    ['swollen-calf', 'I have a painful swollen calf'],
    ['swollen-calf', 'what helps with a blood clot?'],
    ['stroke-signs', "I think I'm having a stroke"],
    ['stroke-signs', 'my face is drooping'],
    ['stroke-signs', 'what helps with slurred speech?'],
    ['high-fever', 'I have a fever'],
    ['injury', 'I have a broken toe'],
    ['sudden-vision-loss', 'I have double vision'],
  ];

  it.each(NAMED)('%s: "%s"', async (id, utterance) => {
    const [, turn] = await talk([OPEN, utterance]);
    expect(slotIdOf(turn!, 'complaint')).toBe(id);
    expectDoctorOnly(turn, flag(id));
  });

  it.each(RED_FLAGS.map((r) => [r.id, r]))(
    '%s, asked as a complaint, gets its line to a doctor',
    async (_id, redFlag) => {
      const [, turn] = await talk([OPEN, `where do I press for ${redFlag.synonyms[0]}`]);
      expectDoctorOnly(turn, redFlag);
    },
  );

  it('does not alarm someone with diabetes: a word with the doctor first, and no "help now"', async () => {
    const [, turn] = await talk([OPEN, 'what about diabetes']);
    expect(slotIdOf(turn!, 'complaint')).toBe('diabetic-foot');
    expect(turn?.speech).toMatch(/ask your doctor before any foot massage/);
    expect(turn?.speech).not.toContain(HELP_NOW);
    const [, chest] = await talk([OPEN, 'what about chest pain']);
    expect(chest?.speech).toContain(HELP_NOW);
  });

  it('never turns a sudden severe headache into the big toe', async () => {
    const [, sudden] = await talk([OPEN, 'I have a sudden headache, what should I press?']);
    expect(sudden?.speech).not.toContain('the big toe');
    expect(sudden?.speech).toContain(HELP_NOW);
    const [, ordinary] = await talk([OPEN, 'I have a headache, what should I press?']);
    expect(ordinary?.speech).toContain('the big toe');
    expect(ordinary?.speech).not.toContain(HELP_NOW);
  });

  it('is heard mid-routine too: the routine gives way to the help-now line', async () => {
    const turns = await talk([OPEN, 'start my foot massage', 'no', 'on a chair', 'my chest hurts']);
    expectDoctorOnly(turns[4], flag('chest-pain'));
    expect(turns[4]?.speech).not.toMatch(/get back to your massage/);
  });

  it('answers a one-shot red flag without opening the skill first', async () => {
    const [turn] = await talk(['ask foot massage coach what helps with chest pain']);
    expectDoctorOnly(turn, flag('chest-pain'));
  });
});

describe('an unknown complaint', () => {
  const EXAMPLE_NAMES = EXAMPLE_AILMENT_IDS.map((id) => line(`ailment.${id}.name`));

  it.each([
    ['where do I press for hiccups?'],
    ['what helps with a broken heart?'],
    ['is there a point for glorpitis?'],
  ])('"%s" gets a graceful answer with examples, and the session stays open', async (utterance) => {
    const [, turn] = await talk([OPEN, utterance]);
    if (!turn) throw new Error('no answer');
    expect(intentOf(turn)).toBe('FindPointIntent');
    expect(turn.speech).toContain(leadOf('answer.unknown'));
    const examples = EXAMPLE_NAMES.filter((name) => turn.speech.includes(name));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(turn.speech).not.toContain('tradition points to');
    expect(turn.speech).not.toContain(HELP_NOW);
    expect(SIDE_QUESTIONS.some((q) => turn.speech.endsWith(q))).toBe(true);
    expect(turn.ended).toBe(false);
    expect(turn.reprompt).not.toBe('');
  });

  it('lets the person ask again and get a real answer, in the same session', async () => {
    const c = conversation();
    await c.say(OPEN);
    await c.say('where do I press for hiccups?');
    const again = await c.say('what about a stiff neck?');
    expect(again.request.session?.new).toBe(false);
    expect(again.speech).toContain('For neck and shoulder tension, tradition points to');
  });

  it('offers examples the skill can actually answer', () => {
    const ids = AILMENTS.map((a) => a.id);
    for (const id of EXAMPLE_AILMENT_IDS) expect(ids).toContain(id);
  });
});

describe('hear the contraindications', () => {
  // The issue's list, in the words a listener needs to hear.
  const MUST_HEAR = [
    /heart or circulation/,
    /Pregnancy/,
    /exhaustion/,
    /wound, infection or rash where you would press/,
    /Blood clots/,
    /fresh injury or a broken bone/,
    /fever/,
    /Diabetes with numb feet/,
    /doesn't replace medical treatment/,
    /added pain relief/,
    /first aid/,
  ];

  it.each([['hear the contraindications'], ["when shouldn't I do this?"], ['what are the risks?']])(
    '"%s" reads the full list and the limits of acupressure',
    async (utterance) => {
      const [, turn] = await talk([OPEN, utterance]);
      if (!turn) throw new Error('no answer');
      expect(intentOf(turn)).toBe('ContraindicationsIntent');
      for (const words of MUST_HEAR) expect(turn.speech).toMatch(words);
      expect(turn.speech).toContain(line('contraindications.intro'));
      for (const id of CONTRAINDICATIONS) {
        expect(turn.speech).toContain(line(`contraindications.item.${id}`));
      }
      expect(turn.speech).toContain(line('contraindications.notATreatment'));
      expect(turn.ended).toBe(false);
      expect(turn.reprompt).not.toBe('');
    },
  );

  it('lists every item once, in order, before the not-a-replacement line', async () => {
    const [, turn] = await talk([OPEN, 'hear the contraindications']);
    const speech = turn?.speech ?? '';
    const positions = [
      ...CONTRAINDICATIONS.map((id) => speech.indexOf(line(`contraindications.item.${id}`))),
      speech.indexOf(line('contraindications.notATreatment')),
    ];
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sums it up on "tell me more"', async () => {
    const [, , more] = await talk([OPEN, 'hear the contraindications', 'tell me more']);
    expect(more?.speech).toMatch(/ask your doctor before you start/);
    expect(more?.ended).toBe(false);
  });

  it('mid-routine, reads the list and then offers the routine again', async () => {
    const turns = await talk([
      OPEN,
      'start my foot massage',
      'no',
      // Said 20 s into the warm-up, while it plays.
      '@20 hear the contraindications',
    ]);
    const turn = turns[3];
    expect(turn?.speech).toContain(line('contraindications.item.diabetes-numb-feet'));
    expect(turn?.speech).toMatch(/get back to your massage/);
    expect(turn?.ended).toBe(false);
  });
});
