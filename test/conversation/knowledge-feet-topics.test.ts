import { READING_IDS, TOPICS, type ReadingId } from '../../lambda/knowledge';
import { talk, type Turn } from '../support/conversation';
import { SIDE_QUESTIONS, intentOf, line, slotIdOf } from './knowledge-helpers';

const OPEN = 'open foot massage coach';
const ASK_MOISTURE = line('footTemperature.askMoisture');
const ASK_TEMPERATURE = line('footTemperature.askTemperature');

function expectReading(turn: Turn | undefined, id: ReadingId) {
  if (!turn) throw new Error('no answer');
  expect(intentOf(turn)).toBe('FootTemperatureIntent');
  expect(turn.speech).toContain(line(`footTemperature.reading.${id}.tradition`));
  expect(turn.speech).toContain(line(`footTemperature.reading.${id}.doctor`));
  // Framed as tradition, with the doctor in view, never a diagnosis.
  expect(turn.speech).toMatch(/tradition/i);
  expect(turn.speech).toMatch(/doctor/);
  expect(turn.speech).not.toMatch(/\b(?:means|shows|proves) (?:that )?you have\b/i);
  // Only this reading: no other combination is read out alongside it.
  for (const other of READING_IDS.filter((r) => r !== id)) {
    expect(turn.speech).not.toContain(line(`footTemperature.reading.${other}.tradition`));
  }
  expect(SIDE_QUESTIONS.some((q) => turn.speech.endsWith(q))).toBe(true);
  expect(turn.ended).toBe(false);
}

describe('foot temperature: the traditional reading of each combination', () => {
  const READINGS: Array<[ReadingId, string]> = [
    ['warm-dry', 'my feet are warm and dry'],
    ['warm-dry', 'what do warm and dry feet mean?'],
    ['cold-damp', 'my feet are cold and damp, what does that mean?'],
    ['cold-damp', 'my feet feel icy and clammy'],
    ['cold-dry', 'what do cold and dry feet mean?'],
    ['cold-dry', 'my feet are always freezing and dry'],
    ['hot-damp', 'my feet are hot and sweaty'],
    ['hot-damp', 'what does it mean when my feet are sweaty and hot?'],
    ['hot-dry', 'why are my feet hot and dry?'],
    ['hot-dry', 'I have burning and dry feet'],
    ['one-warm-one-cold', 'my left foot is warm and my right foot is cold'],
    ['one-warm-one-cold', 'one foot is warm and the other is cold'],
    ['one-warm-one-cold', 'my right foot is cold and my left foot is warm'],
  ];

  it('covers every reading the domain knows', () => {
    expect(new Set(READINGS.map(([id]) => id))).toEqual(new Set(READING_IDS));
  });

  it.each(READINGS)('%s: "%s"', async (id, utterance) => {
    const [, turn] = await talk([OPEN, utterance]);
    expectReading(turn, id);
  });

  it('reads warm, dry feet as the healthy sign, not a worry', async () => {
    const [, turn] = await talk([OPEN, 'my feet are warm and dry']);
    expect(turn?.speech).toMatch(/healthy/);
    expect(turn?.speech).not.toMatch(/not a diagnosis/);
  });

  it('looks to the heart for one warm and one cold foot, and says when to call for help', async () => {
    const [, turn] = await talk([OPEN, 'one foot is warm and the other is cold']);
    expect(turn?.speech).toMatch(/heart/);
    expect(turn?.speech).toMatch(/chest pain or feel breathless, call for help now/);
  });
});

describe('foot temperature: asking for the missing half', () => {
  it('"my feet are cold" → asks dry or damp → "they\'re damp" → the cold, damp reading', async () => {
    const [, ask, answer] = await talk([OPEN, 'my feet are cold', "they're damp"]);
    expect(ask?.speech).toBe(ASK_MOISTURE);
    expect(ask?.ended).toBe(false);
    expect(ask?.reprompt).toBe(ASK_MOISTURE);
    expect(slotIdOf(answer!, 'moisture')).toBe('damp');
    expectReading(answer, 'cold-damp');
  });

  it('"my feet are hot" → "dry" → the hot, dry reading', async () => {
    const [, ask, answer] = await talk([OPEN, 'my feet are hot', 'dry']);
    expect(ask?.speech).toBe(ASK_MOISTURE);
    expectReading(answer, 'hot-dry');
  });

  it('"my feet are sweaty" → asks warm, hot or cold → "they\'re cold" → cold and damp', async () => {
    const [, ask, answer] = await talk([OPEN, 'my feet are sweaty', "they're cold"]);
    expect(ask?.speech).toBe(ASK_TEMPERATURE);
    expect(ask?.ended).toBe(false);
    expectReading(answer, 'cold-damp');
  });

  it('"read my feet" → asks both halves in turn → cold and dry', async () => {
    const [, first, second, answer] = await talk([OPEN, 'read my feet', 'cold', 'dry']);
    expect(first?.speech).toBe(ASK_TEMPERATURE);
    expect(second?.speech).toBe(ASK_MOISTURE);
    expectReading(answer, 'cold-dry');
  });

  it('"I have itchy feet" is not asked "warm, hot or cold?" as if unheard: it hears what is read, and where to take the rest', async () => {
    const [, ask] = await talk([OPEN, 'I have itchy feet']);
    expect(ask?.speech).toBe(`${line('footTemperature.otherFeel')} ${ASK_TEMPERATURE}`);
    expect(ask?.speech).toMatch(/pharmacist or doctor/);
    expect(ask?.ended).toBe(false);
  });

  it('does not carry a half-answer into a later, unrelated question', async () => {
    const [, , , later] = await talk([
      OPEN,
      'my feet are cold',
      'where do I press for a headache',
      'my feet are damp',
    ]);
    // The cold from before the headache question is forgotten: it asks again rather than guess.
    expect(later?.speech).toBe(ASK_TEMPERATURE);
  });
});

describe('explanations on request: every topic', () => {
  // Two phrasings per topic: "tell me about" + the slot value, and "explain" + its last synonym.
  const CASES = TOPICS.flatMap((topic) => [
    [topic.id, `tell me about ${topic.synonyms[0]}`],
    [topic.id, `explain ${topic.synonyms[topic.synonyms.length - 1]}`],
  ]);

  it.each(CASES)('%s: "%s" gives the short explanation and offers more', async (id, utterance) => {
    const [, turn] = await talk([OPEN, utterance]);
    if (!turn) throw new Error('no answer');
    expect(intentOf(turn)).toBe('ExplainTopicIntent');
    expect(slotIdOf(turn, 'topic')).toBe(id);
    expect(turn.speech).toContain(line(`topic.${id}.short`));
    expect(turn.speech).not.toContain(line(`topic.${id}.more`));
    expect(turn.speech).toMatch(/tell me more/);
    expect(turn.ended).toBe(false);
  });

  it.each(TOPICS.map((t) => [t.id, t.synonyms[0]]))(
    '%s: "tell me more" gives the longer explanation',
    async (id, words) => {
      const [, , more] = await talk([OPEN, `what is ${words}`, 'tell me more']);
      expect(more?.speech).toContain(line(`topic.${id}.more`));
      expect(more?.ended).toBe(false);
    },
  );

  it.each([
    [
      'the three kinds of points',
      /harmoni[sz]ing points, one excitation point, and one soothing point/,
    ],
    ['alarm points', /Alarm points are signal points/],
    ['how hard should I press', /three degrees of pressure/],
    ['how to do acupressure', /circle, two turns a second/],
    ['how often', /every evening/],
  ])('answers "%s" with what the issue asks for', async (utterance, expected) => {
    const [, turn] = await talk([OPEN, utterance]);
    expect(turn?.speech).toMatch(expected);
  });
});
