import { Jexl } from 'jexl';
import type { AvgGraphic, AvgItem } from '../../lambda/screens/foot-map/graphics';

/**
 * AVG is a subset of SVG: this turns a graphic, with its parameters bound, into SVG markup, so
 * the shapes a device draws can be rendered to PNG (README pictures, tests). Data-binding
 * expressions (`${...}`) are evaluated with jexl, whose syntax covers the ones the skill writes
 * (comparisons, `? :`, string literals).
 */
const jexl = new Jexl();

export type Bindings = Record<string, unknown>;

/** Evaluates every `${...}` in a string; a string that is one expression keeps its value's type. */
export function bind(value: string, context: Bindings): unknown {
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole) return jexl.evalSync(whole[1]!, context);
  return value.replace(/\$\{([^}]*)\}/g, (_, expression: string) =>
    String(jexl.evalSync(expression, context) ?? ''),
  );
}

const attr = (name: string, value: unknown) =>
  value === undefined || value === '' ? '' : ` ${name}="${String(value).replace(/"/g, '&quot;')}"`;

function itemSvg(item: AvgItem, context: Bindings): string {
  if (item.type === 'group') {
    const transform = item.transform ? bind(item.transform, context) : undefined;
    const inner = item.items.map((child) => itemSvg(child, context)).join('');
    return `<g${attr('transform', transform)}>${inner}</g>`;
  }
  return (
    `<path${attr('d', bind(item.pathData, context))}` +
    `${attr('fill', item.fill ? bind(item.fill, context) : 'none')}` +
    `${attr('stroke', item.stroke ? bind(item.stroke, context) : undefined)}` +
    `${attr('stroke-width', item.strokeWidth)}/>`
  );
}

/** The graphic's items as an SVG group, parameters bound (defaults where none is given). */
export function graphicSvg(graphic: AvgGraphic, params: Bindings): string {
  const context: Bindings = {};
  for (const p of graphic.parameters) context[p.name] = params[p.name] ?? p.default;
  return graphic.items.map((item) => itemSvg(item, context)).join('');
}
