const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A number below a hundred as it is spoken ("sixty seven"). Custom slot values must be spelled
 * out, and Alexa hears "kidney 1" as "kidney one": the model and the local NLU both spell with it.
 */
export function numberWords(n: number): string {
  if (n < 10) return ONES[n] ?? '';
  if (n < 20) return TEENS[n - 10] ?? '';
  const ones = n % 10 ? ` ${ONES[n % 10]}` : '';
  return `${TENS[Math.floor(n / 10)] ?? ''}${ones}`;
}

const BY_WORDS = new Map(Array.from({ length: 99 }, (_, i) => [numberWords(i + 1), i + 1]));

/** "twenty five" → 25, for 1 to 99; undefined for anything else. */
export function spokenNumber(words: string): number | undefined {
  return BY_WORDS.get(words.trim().toLowerCase().replace(/-/g, ' '));
}
