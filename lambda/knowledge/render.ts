import type { KeyRef, Param, Part } from './types';

/** The shape of i18next's `t` that rendering needs; kept minimal so tests can pass a fake. */
export type TranslateFn = (key: string, params?: Record<string, unknown>) => string;

function renderParam(param: Param, t: TranslateFn): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if ('list' in param) {
    const items = param.list.map((ref) => renderRef(ref, t));
    if (items.length <= 1) return items[0] ?? '';
    // "a and b"; from three on, the serial comma: "nausea, tired legs, and neck tension".
    return t(items.length > 2 ? 'knowledge:list.serial' : 'knowledge:list.join', {
      head: items.slice(0, -1).join(', '),
      last: items[items.length - 1],
    });
  }
  return renderRef(param, t);
}

function renderRef(ref: KeyRef, t: TranslateFn): string {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ref.params ?? {})) {
    params[name] = renderParam(value, t);
  }
  return t(ref.key, params);
}

/** Answers nest keys inside params (a place's name inside a sentence); this resolves them. */
export function renderParts(parts: readonly Part[], t: TranslateFn): string {
  return parts
    .map((part) => renderRef(part, t).trim())
    .filter(Boolean)
    .join(' ');
}
