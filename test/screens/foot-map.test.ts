import { POINTS, ZONES } from '../../lambda/knowledge';
import { TENDER_ZONE_IDS } from '../../lambda/routine';
import { MAP_COLOURS } from '../../lambda/screens/foot-map/graphics';
import { MAP_SHAPES, VIEW_SIZE, shapeOf } from '../../lambda/screens/foot-map/shapes';
import { colourAt, mapSvg, pictureX, renderSvg } from '../../tools/screens/map-picture';

const LIT = MAP_COLOURS.lit.toUpperCase();

describe('the foot map', () => {
  it('has a shape for every zone and point the skill can name, and no shape without one', () => {
    const named = new Set([
      ...ZONES.map((z) => z.id),
      ...POINTS.map((p) => p.id),
      ...TENDER_ZONE_IDS,
    ]);
    const drawn = MAP_SHAPES.map((s) => s.id);
    expect(new Set(drawn).size).toBe(drawn.length);
    expect([...named].filter((id) => !shapeOf(id))).toEqual([]);
    expect(drawn.filter((id) => !named.has(id))).toEqual([]);
  });

  it('lights exactly the place asked for, on both feet, and nothing else', () => {
    for (const shape of MAP_SHAPES) {
      const picture = renderSvg(mapSvg({ view: shape.view, left: shape.id, right: shape.id }), 2);
      for (const other of MAP_SHAPES.filter((s) => s.view === shape.view)) {
        for (const foot of ['left', 'right'] as const) {
          const colour = colourAt(
            picture,
            pictureX(foot, other.centre.x, other.view),
            other.centre.y,
          );
          expect({ lit: shape.id, at: other.id, foot, colour }).toEqual({
            lit: shape.id,
            at: other.id,
            foot,
            colour: other.id === shape.id ? LIT : expect.not.stringMatching(LIT),
          });
        }
      }
    }
  });

  it('lights one foot alone when only that foot is worked', () => {
    const heel = shapeOf('heel')!;
    const picture = renderSvg(mapSvg({ view: 'sole', left: '', right: 'heel' }), 2);
    expect(colourAt(picture, pictureX('right', heel.centre.x, 'sole'), heel.centre.y)).toBe(LIT);
    expect(colourAt(picture, pictureX('left', heel.centre.x, 'sole'), heel.centre.y)).not.toBe(LIT);
  });

  it('mirrors the feet: both big toes face the middle, the left foot on the left', () => {
    const big = shapeOf('big-toe')!.centre.x;
    const little = shapeOf('outer-toes')!.centre.x;
    const middle = VIEW_SIZE.sole.width + 10;
    const leftBig = pictureX('left', big, 'sole');
    const rightBig = pictureX('right', big, 'sole');
    expect(leftBig).toBeLessThan(middle);
    expect(rightBig).toBeGreaterThan(middle);
    expect(Math.abs(leftBig - middle)).toBeLessThan(
      Math.abs(pictureX('left', little, 'sole') - middle),
    );
    expect(Math.abs(rightBig - middle)).toBeLessThan(
      Math.abs(pictureX('right', little, 'sole') - middle),
    );
    // The picture itself agrees: the left foot's big toe lights where the mirror puts it.
    const picture = renderSvg(mapSvg({ view: 'sole', left: 'big-toe', right: '' }), 2);
    expect(colourAt(picture, leftBig, shapeOf('big-toe')!.centre.y)).toBe(LIT);
    expect(
      colourAt(picture, pictureX('right', big, 'sole'), shapeOf('big-toe')!.centre.y),
    ).not.toBe(LIT);
  });
});
