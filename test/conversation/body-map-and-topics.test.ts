import { BODY_PARTS, POINTS, TOPICS } from '../../lambda/knowledge';
import { talk } from '../support/conversation';
import { line, OFFER } from './knowledge-helpers';

const last = async (said: string) => (await talk([said]))[0]!;

describe('the body map, asked both ways', () => {
  it('"which part of my foot is linked to my eyes" names the toes, where, and offers a hold', async () => {
    const turn = await last('which part of my foot is linked to my eyes');
    expect(turn.speech).toContain(line('zone.toe-tips-2-3.where'));
    expect(turn.speech.endsWith(OFFER)).toBe(true);
  });

  it('"what is my little toe linked to" says what tradition links it with', async () => {
    const turn = await last('what is my little toe linked to');
    expect(turn.speech).toContain(line('zone.outer-toes.linked'));
  });

  it('every body part leads to a zone of the knowledge base', () => {
    for (const part of BODY_PARTS) expect(line(`zone.${part.zone}.where`)).not.toMatch(/MISSING/);
  });
});

describe('points asked about by name', () => {
  it.each(['where is kidney one', 'what is bubbling spring', 'tell me about liver three'])(
    '"%s" answers for the point',
    async (said) => {
      const turn = await last(said);
      expect(turn.speech).toMatch(/^Here's /);
      expect(turn.speech.endsWith(OFFER)).toBe(true);
    },
  );

  it('has a spoken name for every point', () => {
    expect(POINTS.length).toBeGreaterThan(10);
  });
});

describe("the source text's questions", () => {
  it.each([
    ['should it hurt', 'should-it-hurt'],
    ['how often', 'how-often'],
    ['session length', 'session-length'],
    ['which finger', 'which-finger'],
    ['which direction', 'which-direction'],
    ['kinds of points', 'kinds-of-points'],
    ['foot zones', 'foot-zones'],
    ['left and right', 'left-and-right'],
    ['best time', 'best-time'],
  ])('"explain %s" gets its short answer', async (said, id) => {
    expect(TOPICS.some((t) => t.id === id)).toBe(true);
    const turn = await last(`explain ${said}`);
    expect(turn.speech).toContain(line(`topic.${id}.short`));
  });

  it.each([
    ['my feet are cold and sweaty', 'cold-damp'],
    ['my feet are hot and dry', 'hot-dry'],
    ['my feet are hot and sweaty', 'hot-damp'],
    ['my feet are cold and dry', 'cold-dry'],
    ['my left foot is cold and my right foot is warm', 'one-warm-one-cold'],
  ])('"%s" gets the reading, not the question again', async (said, id) => {
    const turn = await last(said);
    expect(turn.speech).toContain(line(`footTemperature.reading.${id}.tradition`));
  });
});
