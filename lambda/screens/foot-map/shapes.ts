/**
 * The foot map as data: one shape per zone and point the skill can name, keyed by the knowledge
 * base's ids. Every shape is drawn once, on the RIGHT foot, in a 100-unit-wide box with the big
 * toe (the inner, medial side) on the left; the left foot is its mirror image. Both feet are shown
 * side by side, left foot on the left, so both big toes face the middle, as reflexology charts
 * draw them: the right foot stands for the right side of the body, the left for the left.
 *
 * Two views: the soles (toes at the top), and the tops of the feet with the ankles and a
 * shortened lower leg (for the points above the ankle). Each id lives in exactly one view.
 */

export type FootView = 'sole' | 'top';

export interface MapShape {
  id: string;
  view: FootView;
  kind: 'zone' | 'point';
  /** SVG path data (AVG uses the same syntax), in the right foot's coordinates. */
  d: string;
  /** A spot inside the shape and covered by no other shape: where a test looks for its colour. */
  centre: { x: number; y: number };
}

/** The size of one foot's drawing, in viewport units. */
export const VIEW_SIZE: Readonly<Record<FootView, { width: number; height: number }>> = {
  sole: { width: 100, height: 260 },
  top: { width: 100, height: 300 },
};

const r = (n: number) => Math.round(n * 10) / 10;

/** An ellipse as path data (two arcs), since AVG has no ellipse item. */
export function ellipse(cx: number, cy: number, rx: number, ry = rx): string {
  return `M${r(cx - rx)},${r(cy)} a${rx},${ry} 0 1,0 ${r(2 * rx)},0 a${rx},${ry} 0 1,0 ${r(-2 * rx)},0 Z`;
}

/** Toes of the right foot, big toe first: centre and radii of each toe's outline. */
const TOES = [
  { cx: 30, cy: 36, rx: 12, ry: 20 },
  { cx: 50, cy: 34, rx: 7.5, ry: 12 },
  { cx: 63, cy: 39, rx: 7, ry: 11 },
  { cx: 75, cy: 46, rx: 6, ry: 9.5 },
  { cx: 85, cy: 54, rx: 5, ry: 7.5 },
] as const;

const toe = (i: number) => TOES[i]!;
/** A toe's pad, in the middle of the toe. */
const pad = (i: number) => {
  const t = toe(i);
  return ellipse(t.cx, t.cy + t.ry * 0.2, t.rx * 0.7, t.ry * 0.45);
};
/** A toe's very tip, above its pad. */
const tip = (i: number) => {
  const t = toe(i);
  return ellipse(t.cx, t.cy - t.ry * 0.72, t.rx * 0.55, t.ry * 0.18);
};

/** The skin of one foot in each view: drawn under the shapes, never lit. */
export const OUTLINES: Readonly<Record<FootView, readonly string[]>> = {
  sole: [
    'M52,252 C36,252 28,240 28,222 C28,200 34,180 32,160 C30,140 20,115 18,90 C16,72 20,60 28,54 ' +
      'L86,60 C93,70 93,84 89,100 C84,130 77,160 75,190 C74,210 76,222 76,230 C76,244 66,252 52,252 Z',
    ...TOES.map((t) => ellipse(t.cx, t.cy, t.rx, t.ry)),
  ],
  top: [
    'M28,54 L86,60 C93,72 91,90 87,110 C81,135 75,155 73,172 C73,184 72,196 68,206 L72,294 ' +
      'L28,294 L32,206 C28,196 27,184 27,172 C25,150 19,120 17,92 C16,74 20,62 28,54 Z',
    ...TOES.map((t) => ellipse(t.cx, t.cy, t.rx, t.ry)),
    // Toenails, so the top view reads as the top at a glance.
    ...TOES.map((t) => ellipse(t.cx, t.cy - t.ry * 0.45, t.rx * 0.55, t.ry * 0.3)),
  ],
};

const zone = (id: string, view: FootView, d: string, x: number, y: number): MapShape => ({
  id,
  view,
  kind: 'zone',
  d,
  centre: { x, y },
});

/** Points are small discs; their centre is the point itself. */
const point = (id: string, x: number, y: number, radius = 3.5): MapShape => ({
  id,
  view: id === 'kidney-1' ? 'sole' : 'top',
  kind: 'point',
  d: ellipse(x, y, radius),
  centre: { x, y },
});

// Drawn in this order: the whole sole first, so every other zone lies on top of it.
export const MAP_SHAPES: readonly MapShape[] = [
  zone('whole-sole', 'sole', OUTLINES.sole[0]!, 62, 192),
  zone('big-toe', 'sole', pad(0), 30, 40),
  zone('toe-tips-2-3', 'sole', `${pad(1)} ${pad(2)}`, 50, 36.4),
  zone('outer-toes', 'sole', `${pad(3)} ${pad(4)}`, 75, 47.9),
  zone('toe-tips', 'sole', [0, 1, 2, 3, 4].map(tip).join(' '), 30, 21.6),
  zone('toe-base', 'sole', 'M22,60 L87,65 L86,71 L22,66 Z', 54, 65.5),
  zone('ball-of-foot', 'sole', ellipse(50, 84, 19, 11), 50, 84),
  zone('shoulder', 'sole', ellipse(80, 84, 6.5, 10), 80, 84),
  zone('solar-plexus', 'sole', ellipse(57, 108, 8, 6), 58, 108),
  zone('arch', 'sole', ellipse(51, 146, 10, 20), 51, 146),
  zone(
    'inner-sole-edge',
    'sole',
    'M21,92 C23,115 29,138 31,160 C32,178 30,196 30,212 L36,212 C36,196 38,178 37,160 ' +
      'C35,138 29,115 27,92 Z',
    33.5,
    170,
  ),
  zone(
    'outer-sole-edge',
    'sole',
    'M82,100 C79,130 73,160 70,192 L75,192 C77,160 83,130 88,100 Z',
    76.5,
    150,
  ),
  zone('heel', 'sole', ellipse(52, 229, 18, 15), 52, 229),
  point('kidney-1', 40, 103),

  zone('top-of-foot', 'top', ellipse(53, 125, 14, 20), 53, 125),
  zone('inner-ankle', 'top', ellipse(30, 182, 7), 30, 182),
  zone('outer-ankle', 'top', ellipse(71, 188, 7), 71, 188),
  point('liver-2', 40, 59),
  point('liver-3', 40, 78),
  point('stomach-44', 56.5, 63),
  point('gallbladder-41', 75, 84),
  point('bladder-65', 88, 78),
  point('bladder-67', 89.5, 49),
  point('spleen-4', 21, 128),
  point('stomach-41', 50, 190),
  point('gallbladder-40', 61, 199),
  point('bladder-62', 72, 202),
  point('bladder-60', 84, 190),
  point('kidney-3', 17, 186),
  point('kidney-6', 30, 197),
  point('spleen-6', 34, 232),
  point('gallbladder-34', 67, 262),
  point('stomach-36', 57, 277),
];

const BY_ID = new Map(MAP_SHAPES.map((s) => [s.id, s]));

export function shapeOf(id: string): MapShape | undefined {
  return BY_ID.get(id);
}

/** The view a place is drawn in; the soles when the id has no shape. */
export function viewOf(id: string | undefined): FootView {
  return (id && BY_ID.get(id)?.view) || 'sole';
}
