import { RED_FLAGS } from '../../lambda/knowledge';
import {
  classifySafety,
  readSafetyAnswer,
  SIGN_PHRASES,
  SIGNS,
  type SafetyKind,
} from '../../lambda/safety';
import { domainSlotTypes } from '../../tools/model/domain-slot-types';

const SAID: Record<SafetyKind, readonly string[]> = {
  crisis: [
    'I feel suicidal',
    'I want to kill myself',
    "I don't want to live any more",
    'I want to die',
    "I can't go on",
    "I can't cope anymore",
    "I've been hurting myself",
    'I keep thinking about ending it all',
    'everyone would be better off without me',
    "there's no reason to live",
    "I'm thinking of taking my own life",
    'I took an overdose',
  ],
  emergency: [
    "I'm bleeding",
    'coughing up blood',
    "I'm vomiting blood",
    'cramps in my chest',
    'I have a tight chest',
    'my left arm hurts',
    "I can't breathe",
    "I'm wheezing",
    "I'm having a stroke",
    'my face is drooping',
    'my speech is slurred',
    'my calf is swollen and painful',
    'I hit my head and now I have a headache',
    'the worst headache of my life',
    'I suddenly lost my vision',
    'I feel faint',
    'I just passed out',
    "it's bleeding a lot and won't stop",
    'my foot is bleeding',
  ],
  doctor: [
    'my foot is swollen and hot',
    'I have a swollen foot',
    'my leg is swollen',
    'I broke my toe',
    'I sprained my ankle',
    'my foot is numb',
    'my foot is infected',
    'I cut my foot',
    "there's a cut on my heel",
    'I have a fever',
    'I have diabetes',
    'I had a blood clot last year',
    "I'm on blood thinners",
    'I have high blood pressure',
    'I had surgery last week',
    'I have varicose veins',
    "a sore on my foot that won't heal",
  ],
  pregnancy: [
    "I'm pregnant",
    'what helps with pregnancy nausea',
    'where do I press for nausea in pregnancy',
    'morning sickness',
    "I'm expecting",
    "we're expecting a baby",
    "we're trying for a baby",
    "I'm in my second trimester",
    "I'm not sure if I'm pregnant",
  ],
};

describe('the safety classifier', () => {
  for (const [kind, phrases] of Object.entries(SAID)) {
    it.each(phrases)(`hears "%s" as ${kind}`, (text) => {
      expect(classifySafety(text)?.kind).toBe(kind);
    });
  }

  it.each([
    "I'm not pregnant",
    "I don't have a fever",
    'no fever and no clots',
    'how do I stroke my foot',
    'stroke the whole foot from toes to heel',
    "I can't fall asleep",
    'I have a headache',
    'my feet are cold',
    'what is blood pressure',
    'hay fever',
    'tired legs',
    'where do I press for a cough',
  ])('finds no sign in "%s"', (text) => {
    expect(classifySafety(text)).toBeUndefined();
  });

  it('catches every red flag the knowledge base names', () => {
    const missed = RED_FLAGS.flatMap((flag) =>
      flag.synonyms.filter((synonym) => classifySafety(synonym) === undefined),
    );
    expect(missed).toEqual([]);
  });

  it('finds no sign in any ordinary slot value (a complaint, a zone, a topic)', () => {
    const redFlagIds = new Set(RED_FLAGS.map((flag) => flag.id));
    const ordinary = domainSlotTypes().filter((type) => type.name !== 'SafetySignType');
    const flagged = ordinary.flatMap((type) =>
      type.values
        .filter((value) => !redFlagIds.has(value.id ?? ''))
        .flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])])
        .filter((phrase) => classifySafety(phrase) !== undefined)
        .map((phrase) => `${type.name}: ${phrase}`),
    );
    expect(flagged).toEqual([]);
  });

  it("reads every phrasing of the model's sign slot as its own sign's kind", () => {
    const wrong = Object.entries(SIGN_PHRASES).flatMap(([id, phrases]) => {
      const kind = SIGNS.find((sign) => sign.id === id)?.kind;
      return phrases
        .filter((phrase) => classifySafety(phrase)?.kind !== kind)
        .map((phrase) => `${id}: ${phrase} -> ${classifySafety(phrase)?.kind}`);
    });
    expect(wrong).toEqual([]);
  });

  it('lets the gravest sign win when one sentence holds two', () => {
    expect(classifySafety("I'm pregnant and I have a fever")?.kind).toBe('doctor');
    expect(classifySafety('my chest hurts and I want to die')?.kind).toBe('crisis');
  });
});

describe('everyday answers to the safety question', () => {
  it.each(["I'm fine", "I'm healthy", 'no none', 'none of those', 'all good', 'no I am fine'])(
    '"%s" means none apply',
    (text) => expect(readSafetyAnswer(text)).toBe('none'),
  );
  it.each(["I'm a bit tired", "I'm exhausted", 'one of them', 'no but I have sore skin'])(
    '"%s" means one applies',
    (text) => expect(readSafetyAnswer(text)).toBe('applies'),
  );
});
