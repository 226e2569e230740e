/**
 * Alexa hands over lowercase words, but typed text, ER_SUCCESS_NO_MATCH values and tests do not;
 * both sides of every comparison go through here so they meet in one form.
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\bcan'?t\b/g, 'cannot')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same for any language: accented letters are letters ("kopfschmerzen", "mal à la tête"),
 * and every other mark is a space, so "j'ai" and "j ai" meet.
 */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Words around the complaint that carry no meaning; only stripped from the edges.
const LEADING =
  /^(?:i have got|i have|i ve got|i ve|i got|got|i am|i m|i feel|feeling|for|with|about|a|an|the|my|some|bad|really|very|terrible|awful|little|bit of|of)\s+/;
const TRAILING = /\s+(?:please|today|now|again|right now|at the moment)$/;

/** Spoken variants worth trying, most literal first. */
export function textVariants(text: string): string[] {
  const out: string[] = [];
  let current = normaliseText(text);
  const add = (v: string) => {
    if (v && !out.includes(v)) out.push(v);
  };
  add(current);
  for (;;) {
    const next = current.replace(LEADING, '').replace(TRAILING, '');
    if (next === current) break;
    current = next;
    add(current);
  }
  for (const v of [...out]) {
    if (v.endsWith('es')) add(v.slice(0, -2));
    if (v.endsWith('s')) add(v.slice(0, -1));
  }
  return out;
}

/** Edit distance, capped: fuzzy matching only needs to know "within two". */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

/** True when `phrase` occurs in `text` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}
