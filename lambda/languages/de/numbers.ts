const ONES = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const TENS = [
  '',
  '',
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'sechzig',
  'siebzig',
  'achtzig',
  'neunzig',
];

/**
 * A number below a hundred as German speaks and writes it: one word, the ones before the tens
 * ("sechsunddreißig"), and "ein" inside a compound where "eins" stands alone.
 */
export function numberWordsDe(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return '';
  if (n < 10) return ONES[n] ?? '';
  if (n < 20) return TEENS[n - 10] ?? '';
  const ones = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  if (!ones) return tens;
  return `${ones === 1 ? 'ein' : ONES[ones]}und${tens}`;
}

const WORDS = new Map<string, number>();
for (let n = 0; n < 100; n++) WORDS.set(numberWordsDe(n), n);
// The ways a number is also said: "ein" and "eine" for one, Austrian "zwo" on the phone and the clock.
WORDS.set('ein', 1);
WORDS.set('eine', 1);
WORDS.set('einer', 1);
WORDS.set('zwo', 2);
// Typed without ß, as on a keyboard without it.
for (let n = 30; n < 40; n++) WORDS.set(numberWordsDe(n).replace('ß', 'ss'), n);

/** Words → number ("einundzwanzig" → 21, "21" → 21, "hundert" → 100); undefined for no number. */
export function spokenNumberDe(words: string): number | undefined {
  const text = words.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(text)) return Number(text);
  const joined = text.replace(/ und /g, 'und').replace(/ /g, '');
  if (WORDS.has(joined)) return WORDS.get(joined);
  const hundred =
    /^(?:(ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert)(?:und)?(.*)$/.exec(joined);
  if (hundred) {
    const times = hundred[1] ? (WORDS.get(hundred[1]) ?? 1) : 1;
    const rest = hundred[2] ? WORDS.get(hundred[2] as string) : 0;
    return rest === undefined ? undefined : times * 100 + rest;
  }
  return undefined;
}
