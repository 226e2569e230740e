import { MAP_SHAPES, OUTLINES, VIEW_SIZE, type FootView, type MapShape } from './shapes';

/** Colours of the map, chosen to read on a dark screen from across a room. */
export const MAP_COLOURS = {
  skin: '#F1D6C2',
  skinEdge: '#8A6453',
  nail: '#F8E9DE',
  zone: '#E3B695',
  point: '#9C6B55',
  lit: '#E8590C',
} as const;

/** The graphic resource names, one per view; each draws one foot. */
export const GRAPHIC_NAMES: Readonly<Record<FootView, string>> = {
  sole: 'footSole',
  top: 'footTop',
};

export type AvgItem =
  | {
      type: 'path';
      pathData: string;
      fill?: string;
      stroke?: string;
      strokeWidth?: number;
    }
  | { type: 'group'; transform?: string; items: AvgItem[] };

export interface AvgGraphic {
  type: 'AVG';
  version: '1.2';
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
  parameters: Array<{ name: string; type: 'string' | 'boolean'; default: string | boolean }>;
  items: AvgItem[];
}

function shapeFill(shape: MapShape): string {
  // The whole sole is skin until it is the place being worked.
  const base =
    shape.id === 'whole-sole'
      ? MAP_COLOURS.skin
      : shape.kind === 'point'
        ? MAP_COLOURS.point
        : MAP_COLOURS.zone;
  return `\${lit == '${shape.id}' ? '${MAP_COLOURS.lit}' : '${base}'}`;
}

/**
 * One foot of a view as AVG. `lit` names the shape to light ('' for none); `mirror` draws the
 * left foot, the right foot's mirror image.
 */
export function footGraphic(view: FootView): AvgGraphic {
  const { width, height } = VIEW_SIZE[view];
  const [skin, ...rest] = OUTLINES[view];
  const toes = rest.slice(0, 5);
  const nails = rest.slice(5);
  const outline: AvgItem[] = [skin!, ...toes].map((pathData) => ({
    type: 'path',
    pathData,
    fill: MAP_COLOURS.skin,
    stroke: MAP_COLOURS.skinEdge,
    strokeWidth: 1.2,
  }));
  const decoration: AvgItem[] = nails.map((pathData) => ({
    type: 'path',
    pathData,
    fill: MAP_COLOURS.nail,
  }));
  const shapes: AvgItem[] = MAP_SHAPES.filter((s) => s.view === view).map((shape) => ({
    type: 'path',
    pathData: shape.d,
    fill: shapeFill(shape),
  }));
  return {
    type: 'AVG',
    version: '1.2',
    width,
    height,
    viewportWidth: width,
    viewportHeight: height,
    parameters: [
      { name: 'lit', type: 'string', default: '' },
      { name: 'mirror', type: 'boolean', default: false },
    ],
    items: [
      {
        type: 'group',
        transform: `\${mirror ? 'translate(${width},0) scale(-1,1)' : ''}`,
        items: [...outline, ...decoration, ...shapes],
      },
    ],
  };
}

/** Both views' graphics, for a document's `graphics` section. */
export function footGraphics(): Record<string, AvgGraphic> {
  return { [GRAPHIC_NAMES.sole]: footGraphic('sole'), [GRAPHIC_NAMES.top]: footGraphic('top') };
}
