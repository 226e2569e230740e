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
  parameters: Array<{ name: string; type: 'string' | 'any' | 'color'; default: string | boolean }>;
  items: AvgItem[];
}

/**
 * Short names for the colours, as graphic parameters: every shape's fill names two of them, and
 * documents must stay well inside Alexa's response size.
 */
const COLOUR_PARAMETERS = {
  L: MAP_COLOURS.lit,
  S: MAP_COLOURS.skin,
  Z: MAP_COLOURS.zone,
  P: MAP_COLOURS.point,
};

function shapeFill(shape: MapShape): string {
  // The whole sole is skin until it is the place being worked.
  const base = shape.id === 'whole-sole' ? 'S' : shape.kind === 'point' ? 'P' : 'Z';
  return `\${lit=='${shape.id}'?L:${base}}`;
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
      // 'any': apl-suggester's schema has no boolean parameter type.
      { name: 'mirror', type: 'any', default: false },
      ...Object.entries(COLOUR_PARAMETERS).map(([name, colour]) => ({
        name,
        type: 'color' as const,
        default: colour,
      })),
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

const graphics = new Map<FootView, AvgGraphic>();

/** The graphics of the views a screen shows, for a document's `graphics` section. */
export function footGraphics(views: readonly FootView[]): Record<string, AvgGraphic> {
  const section: Record<string, AvgGraphic> = {};
  for (const view of views) {
    let graphic = graphics.get(view);
    if (!graphic) graphics.set(view, (graphic = footGraphic(view)));
    section[GRAPHIC_NAMES[view]] = graphic;
  }
  return section;
}
