import type { interfaces } from 'ask-sdk-model';
import { GRAPHIC_NAMES, type AvgGraphic } from '../../lambda/screens/foot-map/graphics';
import type { FootView } from '../../lambda/screens/foot-map/shapes';
import { mapSvg, renderSvg, type LitFeet, type Picture } from './map-picture';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

interface Payload {
  text?: Record<string, string>;
  steps?: Array<Record<string, string | number>>;
  map?: LitFeet;
  items?: string[];
  rows?: Array<{ label: string; value: string }>;
  suggestions?: string[];
}

const payloadOf = (directive: RenderDocument) =>
  ((directive.datasources ?? {}) as { payload?: Payload }).payload ?? {};

/** What the screen's map lights when it first shows (the first step of a routine response). */
export function litOf(directive: RenderDocument): LitFeet {
  const payload = payloadOf(directive);
  const step = payload.steps?.[0];
  if (step)
    return { view: step.view as FootView, left: String(step.left), right: String(step.right) };
  return payload.map ?? { view: 'sole', left: '', right: '' };
}

/** The screen's words, top to bottom, as a person would read them. */
export function screenLines(directive: RenderDocument): string[] {
  const p = payloadOf(directive);
  const text = p.text ?? {};
  const lines: string[] = [];
  for (const key of ['title', 'sub', 'name', 'hint']) if (text[key]) lines.push(text[key]!);
  for (const s of p.suggestions ?? []) lines.push(`[${s}]`);
  for (const step of p.steps ?? []) {
    const timing = Number(step.durationMs)
      ? ` (from ${(Number(step.startMs) / 1000).toFixed(1)} s, ${(Number(step.durationMs) / 1000).toFixed(0)} s)`
      : '';
    lines.push(`${step.label}: ${step.name}${step.foot ? `, ${step.foot}` : ''}${timing}`);
  }
  if (p.steps) {
    const first = JSON.stringify(directive.document).includes('"routine","resume"')
      ? text.resume
      : text.pause;
    lines.push(`[${first}] [${text.back}] [${text.next}]`);
  }
  for (const row of p.rows ?? []) lines.push(`${row.label}: ${row.value}`);
  for (const item of p.items ?? []) lines.push(`• ${item}`);
  if (text.warning) lines.push(`! ${text.warning}`);
  if (text.disclaimer) lines.push(text.disclaimer);
  return lines;
}

/** The map as the device draws it, from the document's own graphics, with a caption. */
export function pictureOf(directive: RenderDocument, scale = 3): Picture {
  const lit = litOf(directive);
  const graphics = (directive.document as { graphics?: Record<string, AvgGraphic> }).graphics ?? {};
  const graphic = graphics[GRAPHIC_NAMES[lit.view]];
  if (!graphic) throw new Error(`the document has no graphic for the ${lit.view} view`);
  const p = payloadOf(directive);
  const step = p.steps?.[0];
  const caption = step
    ? [String(step.name), String(step.label)]
    : [p.text?.name ?? p.text?.title ?? '', p.text?.sub ?? ''].filter(Boolean);
  return renderSvg(mapSvg(lit, caption, graphic), scale);
}
