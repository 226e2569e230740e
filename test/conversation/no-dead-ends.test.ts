import { common, privacy } from '../support/en-us-words';
import { talk, type Turn } from '../support/conversation';

const last = (turns: Turn[]) => turns[turns.length - 1]!;

describe("no dead ends after the skill's own questions", () => {
  const QUESTIONS: Array<[string, string[]]> = [
    ['the welcome', ['open foot massage coach']],
    ['"anything else?" after a point', ['where do I press for a headache', 'no']],
    ['"anything else?" after the contraindications', ['hear the contraindications']],
    ['"anything else?" after a topic', ['explain alarm points']],
  ];
  const ENDINGS = ['no', 'no thanks', 'nothing', "that's all", 'thank you', 'nope'];

  describe.each(QUESTIONS)('at %s', (_where, before) => {
    it.each(ENDINGS)('"%s" ends the session kindly', async (said) => {
      const turn = last(await talk([...before, said]));
      expect(turn.ended).toBe(true);
      expect(turn.speech).not.toMatch(/didn't ask|didn't catch|no massage going on/);
      expect(turn.speech.length).toBeGreaterThan(0);
    });

    it('"yes" asks what, and keeps listening', async () => {
      const turn = last(await talk([...before, 'yes']));
      expect(turn.ended).toBe(false);
      expect(turn.speech).not.toMatch(/didn't ask/);
    });
  });

  it('"thank you" mid-routine is welcome, and the routine carries on', async () => {
    const turn = last(await talk(['start my foot massage', 'no', 'on the chair', 'thank you']));
    expect(turn.speech).toContain(common.thanks.inRoutine);
    expect(turn.ended).toBe(false);
  });
});

describe('a pending yes / no is never lost', () => {
  it('"help" at forget-my-data says the question again, and "no" then keeps everything', async () => {
    const turns = await talk(['forget my data', 'help', 'no']);
    expect(turns[1]!.speech).toContain(privacy.forget.confirmReprompt);
    expect(turns[2]!.speech).toContain(privacy.forget.kept);
  });

  it.each(['next', 'go back', 'skip'])(
    '"%s" at a hold offer, with no routine open, says the offer again and "yes" still guides it',
    async (said) => {
      const turns = await talk(['where do I press for a headache', said, 'yes']);
      expect(turns[1]!.speech).not.toMatch(/no massage going on/);
      expect(turns[1]!.speech).toContain('Shall I guide you');
      expect(turns[1]!.ended).toBe(false);
      expect(turns[2]!.speech).toMatch(/big toe/);
    },
  );

  it('"maybe" at forget-my-data says the question again', async () => {
    const turns = await talk(['forget my data', 'maybe']);
    expect(turns[1]!.speech).toContain(privacy.forget.confirmReprompt);
    expect(turns[1]!.ended).toBe(false);
  });
});

describe('a bare slot sample never swallows a command', () => {
  it('"stop please" stops, and starts no massage', async () => {
    const turn = last(await talk(['stop please']));
    expect(turn.ended).toBe(true);
    expect(turn.speech).not.toMatch(/Let's begin/);
  });

  it('"stop please" mid-routine stops and keeps the place', async () => {
    const turn = last(await talk(['start my foot massage', 'no', 'on the chair', 'stop please']));
    expect(turn.ended).toBe(true);
    expect(turn.speech).toContain(common.stop.routineSaved);
  });
});
