import { knowledge, region, safety } from '../support/en-us-words';
import i18next from 'i18next';
import { renderParts, type Part } from '../../lambda/knowledge';

const instance = i18next.createInstance();
void instance.init({
  resources: { 'en-US': { knowledge, safety, region } },
  lng: 'en-US',
  ns: ['knowledge', 'safety', 'region'],
  defaultNS: 'knowledge',
  interpolation: { escapeValue: false },
  initAsync: false,
  // A missing key must fail loudly instead of being read out as its own path.
  saveMissing: false,
  parseMissingKeyHandler: (key: string) => `MISSING(${key})`,
});

export function speak(parts: readonly Part[]): string {
  return renderParts(parts, (key, params) => instance.t(key, params) as string);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Every key a part tree mentions, including keys nested in params. */
export function keysIn(parts: readonly Part[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.key === 'string') out.push(record.key);
    if (Array.isArray(record.list)) record.list.forEach(visit);
    if (record.params && typeof record.params === 'object')
      Object.values(record.params).forEach(visit);
  };
  parts.forEach(visit);
  return out;
}

/** True when the key (or its plural forms) is a string in knowledge.json. */
export function keyExists(key: string): boolean {
  const path = key.replace(/^knowledge:/, '').split('.');
  const last = path.pop() as string;
  let node: unknown = knowledge;
  for (const segment of path) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  const parent = node as Record<string, unknown> | undefined;
  return typeof parent?.[last] === 'string' || typeof parent?.[`${last}_other`] === 'string';
}

export { knowledge };
