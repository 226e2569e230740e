import { translatorFor } from '../../lambda/speech/i18n';
import { conversation } from '../support/conversation';

/*
 * Sentences the interaction model has no samples for reach the skill as the catch-all's words.
 * The skill reads them itself: a complaint, a topic, a sore spot or a request such as "hold on"
 * is answered as if asked plainly, never with "Sorry, I didn't catch that". Safety still comes
 * first, and a negated complaint is not answered as the complaint.
 */
const t = translatorFor('en-US') as (key: string, options?: object) => string;
const SORRY = t('common:fallback.plain');

async function ask(words: string) {
  return conversation().say(words);
}

describe('the catch-all words are read, not met with "didn\'t catch that"', () => {
  it.each([
    ['my throat hurts when I swallow', 'For a sore throat'],
    ['ok so my lower back is killing me after the drive', 'For lower back pain'],
    ['my nose is all blocked', 'For sinus congestion'],
  ])('"%s" gets the point for it', async (words, opening) => {
    const turn = await ask(words);
    expect(turn.resolution.kind === 'intent' && turn.resolution.intent.name).toBe(
      'SafetyWordsIntent',
    );
    expect(turn.speech).toContain(opening);
    expect(turn.speech).not.toContain(SORRY);
    expect(turn.ended).toBe(false);
  });

  it('"my back is killing me" is pain, not a crisis', async () => {
    const turn = await ask('honestly my back is killing me');
    expect(turn.speech).not.toContain(t('safety:crisis.care'));
    expect(turn.speech).toMatch(/back/i);
  });

  it('safety comes before the reading: "pregnant and my back hurts" gets the pregnancy answer', async () => {
    const turn = await ask("I'm pregnant and my back hurts");
    expect(turn.speech).toMatch(/pregnancy/i);
    expect(turn.speech).not.toMatch(/tradition points to/);
    expect(turn.ended).toBe(true);
  });

  it('a negated complaint is not answered as that complaint', async () => {
    const turn = await ask("it's not a headache it's just a bit of stress");
    expect(turn.speech).not.toContain('For a headache');
    expect(turn.speech).toContain('For stress');
  });

  it('words the skill cannot read still get a clear spoken answer', async () => {
    const turn = await ask('how tall is the eiffel tower');
    expect(turn.speech).toContain(SORRY);
    expect(turn.ended).toBe(false);
  });

  describe('mid-routine, a request said in passing is done, and the place kept', () => {
    async function midWarmUp(words: string) {
      const c = conversation();
      await c.say('start my foot massage');
      await c.say('no');
      const turn = await c.say(`@20 ${words}`);
      expect(turn.resolution.kind === 'intent' && turn.resolution.intent.name).toBe(
        'SafetyWordsIntent',
      );
      return { c, turn };
    }

    it('"oh wait a moment while I grab the oil" pauses; "resume" plays the step again', async () => {
      const { c, turn } = await midWarmUp('oh wait a moment while I grab the oil');
      expect(turn.speech).toMatch(/^Paused/);
      expect((await c.say('resume')).speech).toMatch(/Rise up onto your toes/);
    });

    it('"so how many minutes are left on this one" tells the time left', async () => {
      const { turn } = await midWarmUp('so how many minutes are left on this one');
      expect(turn.speech).toMatch(/minutes of massage left/);
    });
  });
});

describe("a slot's words are read when no value matched them as a whole", () => {
  it('"sore on the two middle toes" is the middle toes, not "say that again"', async () => {
    const turn = await ask("it's sore on the two middle toes");
    expect(turn.resolution.kind === 'intent' && turn.resolution.intent.name).toBe(
      'TenderSpotIntent',
    );
    expect(turn.speech).toMatch(/second and third toes/);
    expect(turn.speech).not.toContain(SORRY);
  });
});
