import { Resvg } from '@resvg/resvg-js';
import { footGraphic, type AvgGraphic } from '../../lambda/screens/foot-map/graphics';
import { VIEW_SIZE, type FootView } from '../../lambda/screens/foot-map/shapes';
import { graphicSvg } from './avg-svg';

/** What a screen lights on each foot ('' for nothing), as its datasource says. */
export interface LitFeet {
  view: FootView;
  left: string;
  right: string;
}

/** Space between the two feet, in viewport units. */
export const FOOT_GAP = 20;
export const BACKGROUND = '#1E1B18';

/** Where a point of the right foot's drawing lands in the picture, for either foot. */
export function pictureX(foot: 'left' | 'right', x: number, view: FootView): number {
  const { width } = VIEW_SIZE[view];
  return foot === 'left' ? width - x : width + FOOT_GAP + x;
}

/** Both feet side by side, left foot on the left, as the screens lay them out. */
export function mapSvg(
  lit: LitFeet,
  caption: readonly string[] = [],
  graphic: AvgGraphic = footGraphic(lit.view),
): string {
  const { width, height } = VIEW_SIZE[lit.view];
  const total = width * 2 + FOOT_GAP;
  const captionHeight = caption.length * 14 + (caption.length ? 8 : 0);
  const text = caption
    .map(
      (line, i) =>
        `<text x="${total / 2}" y="${height + 16 + i * 14}" font-family="DejaVu Sans" ` +
        `font-size="${i === 0 ? 11 : 9}" fill="#F5EDE6" text-anchor="middle">${escapeXml(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${height + captionHeight}" ` +
    `viewBox="0 0 ${total} ${height + captionHeight}">` +
    `<rect width="100%" height="100%" fill="${BACKGROUND}"/>` +
    `<g>${graphicSvg(graphic, { lit: lit.left, mirror: true })}</g>` +
    `<g transform="translate(${width + FOOT_GAP},0)">${graphicSvg(graphic, { lit: lit.right, mirror: false })}</g>` +
    text +
    `</svg>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface Picture {
  png: Buffer;
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Buffer;
  scale: number;
}

/** Renders SVG at `scale` pixels per viewport unit. */
export function renderSvg(svg: string, scale = 3): Picture {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return {
    png: image.asPng(),
    width: image.width,
    height: image.height,
    pixels: image.pixels,
    scale,
  };
}

/** The colour at a viewport point, as "#rrggbb". */
export function colourAt(picture: Picture, x: number, y: number): string {
  const px = Math.round(x * picture.scale);
  const py = Math.round(y * picture.scale);
  const i = (py * picture.width + px) * 4;
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return `#${hex(picture.pixels[i]!)}${hex(picture.pixels[i + 1]!)}${hex(picture.pixels[i + 2]!)}`.toUpperCase();
}
