import {
  AILMENTS,
  EXAMPLE_AILMENT_IDS,
  answerKeys,
  findAilment,
  guidedHold,
  placeAnswerKeys,
  resolveComplaint,
  unknownAnswer,
  redFlagAnswer,
} from '../../lambda/knowledge';
import { keysIn, speak } from './helpers';

const PREGNANCY = 'knowledge:answer.pregnancy';

describe('resolveComplaint', () => {
  it.each([
    ['my head hurts', 'headache'],
    ['a migraine', 'headache'],
    ['Head ache!', 'headache'],
    ['I have a really bad headache today', 'headache'],
    ['eye problems', 'eye-trouble'],
    ['an earache', 'ear-pain'],
    ['bad back', 'spine-problems'],
    ["I can't sleep", 'insomnia'],
    ['stressed out', 'stress'],
    ['stiff neck', 'neck-shoulder-tension'],
    ['period pain', 'menstrual-cramps'],
    ['ringing in my ears', 'tinnitus'],
    ['feeling sick', 'nausea'],
    ['lumbago', 'lower-back-pain'],
    ['my feet are cold', 'cold-feet'],
    ['constipated', 'constipation'],
  ])('hears "%s" as %s', (value, id) => {
    const result = resolveComplaint({ value });
    expect(result.kind).toBe('ailment');
    if (result.kind === 'ailment') expect(result.ailment.id).toBe(id);
  });

  it('trusts the id Alexa resolved', () => {
    const result = resolveComplaint({ id: 'sciatica', value: 'that nerve thing in my leg' });
    expect(result.kind === 'ailment' && result.ailment.id).toBe('sciatica');
  });

  it('returns the points to press, primary first', () => {
    const result = resolveComplaint({ id: 'headache' });
    expect(result.kind === 'ailment' && result.points.map((p) => p.id)[0]).toBe('big-toe');
  });

  it.each([
    ['chest pain', 'chest-pain'],
    ['I have a sharp pain in my chest', 'chest-pain'],
    ['trouble breathing', 'breathlessness'],
    ['the worst headache of my life', 'sudden-severe-headache'],
    ['sudden severe headache', 'sudden-severe-headache'],
    ['a painful swollen calf', 'swollen-calf'],
    ['slurred speech', 'stroke-signs'],
    ['my face is drooping', 'stroke-signs'],
    ['numb foot with diabetes', 'diabetic-foot'],
    ['fainted', 'fainting'],
  ])('sends "%s" to a doctor, with no point', (value, id) => {
    const result = resolveComplaint({ value });
    expect(result).toMatchObject({ kind: 'red-flag', id });
    expect(result).not.toHaveProperty('points');
  });

  it('heeds a red flag in the words even when Alexa picked an ordinary complaint', () => {
    expect(resolveComplaint({ id: 'headache', value: 'headache and chest pain' }).kind).toBe(
      'red-flag',
    );
  });

  it('does not mistake a sudden severe headache for an ordinary one', () => {
    expect(findAilment('sudden severe headache')?.id).not.toBe('headache');
    expect(resolveComplaint({ value: 'worst headache ever' }).kind).toBe('red-flag');
  });

  it('offers known complaints as examples when it does not know one', () => {
    const result = resolveComplaint({ value: 'hiccups from outer space' });
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.examples).toHaveLength(3);
    for (const id of result.examples) expect(AILMENTS.map((a) => a.id)).toContain(id);
    const text = speak(unknownAnswer(result.examples));
    expect(text).toMatch(/^I don't know a point for that one/);
    expect(text).toMatch(/ and /);
  });

  it('answers an empty slot as unknown rather than guessing', () => {
    expect(resolveComplaint({}).kind).toBe('unknown');
    expect(EXAMPLE_AILMENT_IDS.length).toBeGreaterThanOrEqual(3);
  });
});

describe('pregnancy warnings', () => {
  it('warns in the detail when a complaint also uses a point avoided in pregnancy', () => {
    const answer = answerKeys('menstrual-cramps');
    expect(answer?.avoidInPregnancy).toBe(true);
    expect(keysIn(answer?.more ?? [])).toContain(PREGNANCY);
    expect(speak(answer?.more ?? [])).toMatch(
      /in pregnancy, tradition avoids Three Yin Meeting, Spleen 6/,
    );
  });

  it.each([['spleen-6'], ['bladder-60'], ['bladder-67']])(
    'warns as soon as %s is named on its own',
    (id) => {
      expect(keysIn(placeAnswerKeys(id)?.short ?? [])).toContain(PREGNANCY);
      expect(guidedHold(id)?.intro[0]?.key).toBe(PREGNANCY);
    },
  );

  it('does not warn about points that are safe', () => {
    expect(keysIn(placeAnswerKeys('kidney-1')?.short ?? [])).not.toContain(PREGNANCY);
    const headache = answerKeys('headache');
    expect(headache?.avoidInPregnancy).toBe(false);
    expect(keysIn([...(headache?.short ?? []), ...(headache?.more ?? [])])).not.toContain(
      PREGNANCY,
    );
  });
});

describe('guided hold', () => {
  it('alternates pressure and pauses for at least a minute, ending on a press', () => {
    const hold = guidedHold('kidney-1');
    if (!hold) throw new Error('no hold');
    const total = hold.segments.reduce((sum, s) => sum + s.seconds, 0);
    expect(total).toBe(hold.totalSeconds);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(hold.segments.map((s) => s.action)).toEqual(['press', 'ease', 'press', 'ease', 'press']);
    expect(speak([hold.outro])).toMatch(/release/i);
  });

  it('follows the longer hold of a zone that needs more time', () => {
    const hold = guidedHold('whole-sole');
    expect(hold?.totalSeconds).toBe(120);
  });

  it('mentions the neighbouring zones in the detail, as the source advises', () => {
    expect(speak(answerKeys('headache')?.more ?? [])).toMatch(/neighbou?ring zones/);
  });
});

describe('red flag answers', () => {
  it('falls back to a general line for an id it does not know, still urging help now', () => {
    expect(speak(redFlagAnswer('not-a-flag'))).toMatch(/doctor.*medical help now/);
  });

  it('tells a person with chest pain to get help now, and names no place', () => {
    const text = speak(redFlagAnswer('chest-pain'));
    expect(text).toMatch(/emergency number/);
    expect(text).not.toMatch(/toe|sole|heel|press for/);
  });
});

describe('near misses between complaints and red flags', () => {
  it('treats hay fever as a blocked nose, not as a fever', () => {
    expect(resolveComplaint({ value: 'hay fever' })).toMatchObject({
      kind: 'ailment',
      ailment: { id: 'sinus-congestion' },
    });
    expect(resolveComplaint({ value: 'a high fever' }).kind).toBe('red-flag');
  });
});

describe('resolveComplaint never guesses a point from a near miss', () => {
  it('offers a misspelt complaint as a suggestion instead of answering it', () => {
    const result = resolveComplaint({ value: 'insomina' });
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown') expect(result.examples[0]).toBe('insomnia');
  });

  it.each(['bleeding', 'itchy feet', 'wheezing'])('"%s" is no point', (value) => {
    expect(resolveComplaint({ value }).kind).not.toBe('ailment');
  });
});

describe('cautions come with the short answer', () => {
  it.each(['dizziness', 'heartburn', 'cough', 'tiredness'])(
    'the answer for %s carries its caution, not only "tell me more"',
    (id) => {
      const answer = answerKeys(id)!;
      const cautionKey = AILMENTS.find((a) => a.id === id)!.cautionKey;
      expect(cautionKey).toBeDefined();
      expect(answer.short.map((p) => p.key)).toContain(cautionKey);
    },
  );

  it('never tells an exhausted person to work a point firmly', () => {
    const answer = answerKeys('tiredness')!;
    expect(JSON.stringify(answer.short)).not.toContain('knowledge:pressure.strong');
  });
});
