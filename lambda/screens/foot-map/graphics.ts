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

const BASE_FILL: Record<MapShape['kind'], string> = {
  zone: MAP_COLOURS.zone,
  point: MAP_COLOURS.point,
};

/**
 * One foot of a view as AVG. `lit` names the shape to light ('' for none); `mirror` draws the
 * left foot, the right foot's mirror image. Only the shapes in `lightable` (all, unless told)
 * can light up; the rest are drawn as one path per colour, which keeps documents small.
 */
export function footGraphic(view: FootView, lightable?: ReadonlySet<string>): AvgGraphic {
  const { width, height } = VIEW_SIZE[view];
  const [skin, ...rest] = OUTLINES[view];
  const toes = rest.slice(0, 5);
  const nails = rest.slice(5);
  type PathItem = Extract<AvgItem, { type: 'path' }>;
  const path = (pathData: string, fill: string): PathItem => ({ type: 'path', pathData, fill });
  const edged = (pathData: string): PathItem => ({
    ...path(pathData, MAP_COLOURS.skin),
    stroke: MAP_COLOURS.skinEdge,
    strokeWidth: 1.2,
  });
  const inView = MAP_SHAPES.filter((s) => s.view === view);
  const canLight = (shape: MapShape) => !lightable || lightable.has(shape.id);
  const fixed = (kind: MapShape['kind']) =>
    inView
      .filter((s) => s.kind === kind && !canLight(s) && s.id !== 'whole-sole')
      .map((s) => s.d)
      .join(' ');
  const items: AvgItem[] = [edged(skin!), edged(toes.join(' '))];
  if (nails.length) items.push(path(nails.join(' '), MAP_COLOURS.nail));
  // The whole sole first when it can light: everything else lies on top of it.
  const dynamic = inView.filter(canLight);
  const sole = dynamic.filter((s) => s.id === 'whole-sole');
  const others = dynamic.filter((s) => s.id !== 'whole-sole');
  items.push(...sole.map((shape) => path(shape.d, shapeFill(shape))));
  for (const kind of ['zone', 'point'] as const) {
    const d = fixed(kind);
    if (d) items.push(path(d, BASE_FILL[kind]));
  }
  items.push(...others.map((shape) => path(shape.d, shapeFill(shape))));
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
        items,
      },
    ],
  };
}

/**
 * The graphics of the views a screen shows, for a document's `graphics` section; `lightable`
 * are the places the screen may light.
 */
export function footGraphics(
  views: readonly FootView[],
  lightable: ReadonlySet<string> = new Set(),
): Record<string, AvgGraphic> {
  const section: Record<string, AvgGraphic> = {};
  for (const view of views) section[GRAPHIC_NAMES[view]] = footGraphic(view, lightable);
  return section;
}
