import { region } from '../support/en-us-words';
import { PLACES } from '../../lambda/knowledge';
import { PREGNANCY_AVOIDED_PLACES } from '../../lambda/safety';
import { talk, tempStatePath, type Turn } from '../support/conversation';
import { line, nameOf, OFFER } from './knowledge-helpers';

const START = 'start my foot massage';
const PLACE_NAMES = PLACES.map(nameOf);

function expectNoPoint(turn: Turn | undefined): Turn {
  if (!turn) throw new Error('no answer');
  expect(PLACE_NAMES.filter((name) => turn.speech.includes(name))).toEqual([]);
  expect(turn.speech).not.toContain('tradition points to');
  expect(turn.speech).not.toContain(OFFER);
  return turn;
}

const last = (turns: Turn[]) => turns[turns.length - 1];

describe('the safety layer sees every request before any point is named', () => {
  const SAID_AT: Array<[string, string[]]> = [
    ['the launch', []],
    ['the safety question', [START]],
    ['mid-routine', [START, 'no', 'on the chair']],
  ];

  describe.each(SAID_AT)('at %s', (_where, before) => {
    it.each([
      "I'm bleeding",
      'coughing up blood',
      'my foot is swollen and hot',
      'my calf is swollen and painful',
      "I can't breathe",
      "I'm having a stroke",
      'I broke my toe',
    ])('"%s" gets medical help, never a point, and the session ends', async (said) => {
      const turn = expectNoPoint(last(await talk([...before, said])));
      expect(turn.speech).toContain(region.emergencyNumber);
      expect(turn.speech).toMatch(/doctor|medical help/);
      expect(turn.ended).toBe(true);
    });

    it.each(["I'm pregnant", 'what helps with pregnancy nausea', "I'm expecting"])(
      '"%s" gets the pregnancy answer: no routine, the points avoided, a doctor or midwife',
      async (said) => {
        const turn = last(await talk([...before, said]))!;
        expect(turn.speech).toContain(line('safety:pregnancy.none'));
        for (const place of PREGNANCY_AVOIDED_PLACES) expect(turn.speech).toContain(nameOf(place));
        expect(turn.speech).toMatch(/doctor or midwife/);
        expect(turn.speech).not.toContain(OFFER);
        expect(turn.ended).toBe(true);
      },
    );

    it.each(['I feel suicidal', 'I want to kill myself', "I can't go on"])(
      '"%s" gets a kind line with the crisis line and the emergency number, and nothing else',
      async (said) => {
        const turn = last(await talk([...before, said]))!;
        expect(turn.speech).toBe(`${line('safety:crisis.care')} ${line('safety:crisis.help')}`);
        expect(turn.speech).toContain(region.crisisLine);
        expect(turn.speech).toContain(region.emergencyNumber);
        expect(turn.ended).toBe(true);
      },
    );
  });

  it('after a sign mid-routine, the next visit does not offer to carry on the massage', async () => {
    const adapterPath = tempStatePath();
    const userId = 'amzn1.ask.account.SAFETY-NEXT-VISIT';
    await talk([START, 'no', 'on the chair', 'I have chest pain'], { adapterPath, userId });
    const [open] = await talk(['open foot massage coach'], { adapterPath, userId });
    expect(open!.speech).not.toMatch(/pick up|stopped at/i);
  });
});

describe('everyday answers to the safety question', () => {
  it.each(["I'm fine", 'none of those', 'all good', "I'm healthy"])(
    '"%s" counts as no and the routine goes on',
    async (said) => {
      const turn = last(await talk([START, said]))!;
      expect(turn.speech).toMatch(/Let's warm up|How would you like to sit/);
    },
  );

  it.each(["I'm a bit tired", 'I have high blood pressure', 'I had surgery last week'])(
    '"%s" stops the routine before anything is pressed',
    async (said) => {
      const turn = last(await talk([START, said]))!;
      expect(turn.speech).not.toMatch(/Let's warm up|How would you like to sit/);
      expect(turn.speech).toMatch(/doctor/);
      expect(turn.ended).toBe(true);
    },
  );
});
