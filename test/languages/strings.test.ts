import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_IDS, MARKETS } from '../../lambda/languages/registry';
import { translatorFor } from '../../lambda/speech/i18n';

const LOCALES_DIR = join(__dirname, '..', '..', 'lambda', 'locales');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const namespacesOf = (folder: string) =>
  readdirSync(join(LOCALES_DIR, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));

/** Every leaf string by its path; plural and context forms ("_one", "_many", "_hour") as one key. */
function leaves(
  value: unknown,
  path = '',
  out = new Map<string, string[]>(),
): Map<string, string[]> {
  if (typeof value === 'string') {
    const key = path.replace(/(?:_(?:zero|one|two|few|many|other|hour|minutes))+$/, '');
    out.set(key, [...(out.get(key) ?? []), value]);
  } else if (Array.isArray(value)) {
    // The array's length is part of its shape: the code picks items by turn.
    out.set(`${path}[]`, [String(value.length)]);
    value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

const params = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}|\$t\(([^)]+)\)/g)].map((m) => m[0]).sort();

const CLOCK_PARTS = new Set(['{{clock}}', '{{hour12}}', '{{hour24}}', '{{minute}}', '{{count}}']);

const english = new Map(
  namespacesOf('en').map((ns) => [ns, leaves(json(join(LOCALES_DIR, 'en', `${ns}.json`)))]),
);
const others = LANGUAGE_IDS.filter((l) => l !== 'en');

/**
 * Words a language may share with English: the points' codes and Chinese names, "Pause", "Stop",
 * "OK", numbers. A whole sentence identical to the English is never among them.
 */
const SHARED = /^(?:[\p{Lu}\d][\p{L}\d -]{0,14}|\W*|.{0,3}|(?:\{\{\w+\}\}[\s,.]*)+\p{L}{0,10})$/u;

(others.length ? describe.each(others) : describe.skip.each(['en' as const]))(
  'the %s words',
  (language) => {
    const mine = new Map(
      namespacesOf(language).map((ns) => [
        ns,
        leaves(json(join(LOCALES_DIR, language, `${ns}.json`))),
      ]),
    );

    it('fill every namespace English has, and no other', () => {
      expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it.each([...english.keys()])(
      '%s: every English key, no key English lacks, the same params',
      (ns) => {
        const theirs = english.get(ns)!;
        const ours = mine.get(ns) ?? new Map<string, string[]>();
        // A store listing's lists (keywords, example phrases) are the language's own length.
        const listed = (k: string) => ns === 'listing' && /\[\d*\]$/.test(k);
        expect([...ours.keys()].filter((k) => !theirs.has(k) && !listed(k))).toEqual([]);
        expect([...theirs.keys()].filter((k) => !ours.has(k) && !listed(k))).toEqual([]);
        const wrong: string[] = [];
        for (const [key, texts] of theirs) {
          if (key.endsWith('[]') && ns === 'listing') continue;
          if (key.endsWith('[]')) {
            if (ours.get(key)?.[0] !== texts[0]) wrong.push(`${key}: ${texts[0]} items in English`);
            continue;
          }
          const english = new Set(params(texts[0] ?? ''));
          for (const text of ours.get(key) ?? []) {
            const have = new Set(params(text));
            // A plural form may leave its count unsaid ("une minute"); nothing else may go or come.
            // A time of day may be said from its parts ("21 h 30") instead of the 12-hour clock.
            const clock = ns === 'reminders' && key.startsWith('time.');
            const missing = [...english].filter(
              (p) => !have.has(p) && p !== '{{count}}' && !(clock && p === '{{clock}}'),
            );
            const invented = [...have].filter(
              (p) => !english.has(p) && p !== '{{count}}' && !(clock && CLOCK_PARTS.has(p)),
            );
            if (missing.length || invented.length)
              wrong.push(
                `${key}: "${text}" lacks ${missing.join(' ')} / adds ${invented.join(' ')}`,
              );
          }
        }
        expect(wrong).toEqual([]);
      },
    );

    it('leave no English sentence behind', () => {
      const left: string[] = [];
      for (const [ns, theirs] of english) {
        for (const [key, texts] of mine.get(ns) ?? []) {
          if (key.endsWith('[]')) continue;
          const en = theirs.get(key) ?? [];
          for (const text of texts)
            if (en.includes(text) && !SHARED.test(text)) left.push(`${ns}:${key} "${text}"`);
        }
      }
      expect(left).toEqual([]);
    });
  },
);

describe.each(MARKETS.map((m) => m.locale))('%s', (locale) => {
  const t = translatorFor(locale);

  it('has its own emergency number and crisis line', () => {
    expect(existsSync(join(LOCALES_DIR, locale, 'region.json'))).toBe(true);
    const region = json(join(LOCALES_DIR, locale, 'region.json')) as Record<string, string>;
    expect(region.emergencyNumber).toMatch(/\d/);
    expect(region.crisisLine).toMatch(/\d/);
    // ...and says them where a life may depend on it.
    expect(t('safety:crisis.help')).toContain(region.crisisLine);
    expect(t('knowledge:redFlag.now')).toContain(region.emergencyNumber);
  });

  it('overrides only keys its language has', () => {
    const language = MARKETS.find((m) => m.locale === locale)!.language;
    const extra: string[] = [];
    for (const ns of namespacesOf(locale).filter((n) => n !== 'region' && n !== 'listing')) {
      const base = leaves(json(join(LOCALES_DIR, language, `${ns}.json`)));
      for (const key of leaves(json(join(LOCALES_DIR, locale, `${ns}.json`))).keys())
        if (!base.has(key)) extra.push(`${ns}:${key}`);
    }
    expect(extra).toEqual([]);
  });
});
