import { MAP_COLOURS } from '../../lambda/screens/foot-map/graphics';
import { MAP_SHAPES } from '../../lambda/screens/foot-map/shapes';
import { pictureOf, screenLines } from '../../tools/screens/describe';
import { colourAt, pictureX } from '../../tools/screens/map-picture';
import { documentOf, screenConversation } from './support';

const LIT = MAP_COLOURS.lit.toUpperCase();

describe('pictures of the screens', () => {
  it("draws the headache answer with the big toe's zone lit on both feet, and nothing else", async () => {
    const turn = await screenConversation().say(
      'ask foot massage coach where do i press for a headache',
    );
    const directive = documentOf(turn);
    const picture = pictureOf(directive, 2);
    for (const shape of MAP_SHAPES.filter((s) => s.view === 'sole')) {
      for (const foot of ['left', 'right'] as const) {
        const colour = colourAt(picture, pictureX(foot, shape.centre.x, 'sole'), shape.centre.y);
        if (shape.id === 'big-toe') expect({ foot, colour }).toEqual({ foot, colour: LIT });
        else
          expect({ at: shape.id, foot, lit: colour === LIT }).toEqual({
            at: shape.id,
            foot,
            lit: false,
          });
      }
    }
    expect(screenLines(directive)).toEqual(
      expect.arrayContaining(['For a headache', 'The big toe', 'How long: a minute']),
    );
  });

  it('draws a routine step lit on the foot being worked only', async () => {
    const c = screenConversation();
    await c.say('start a quick foot massage');
    await c.say('no');
    let turn = await c.say('on a chair');
    for (let i = 0; i < 12 && !/right foot/i.test(turn.speech); i++) {
      turn = await c.say(/foot bath/.test(turn.speech) ? 'no' : 'next');
    }
    const directive = documentOf(turn);
    const picture = pictureOf(directive, 2);
    const sole = MAP_SHAPES.find((s) => s.id === 'whole-sole')!;
    expect(colourAt(picture, pictureX('right', sole.centre.x, 'sole'), sole.centre.y)).toBe(LIT);
    expect(colourAt(picture, pictureX('left', sole.centre.x, 'sole'), sole.centre.y)).not.toBe(LIT);
    expect(screenLines(directive).join('\n')).toMatch(
      /Step \d+ of \d+: The general massage, Right foot/,
    );
  });
});
