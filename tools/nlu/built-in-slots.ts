import { spokenTimeValue } from './built-in-time';

/**
 * The few AMAZON.* slot types whose value Alexa rewrites; every other built-in type passes the
 * spoken words through unchanged, which is what Alexa does for most of them.
 */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  a: 1,
  an: 1,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "twenty five" → 25, "3" → 3; undefined when the words are not a number. */
export function spokenNumber(words: string): number | undefined {
  const text = words.trim();
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word in UNITS) current += UNITS[word] as number;
    else if (word in TENS) current += TENS[word] as number;
    else if (word === 'hundred') current = Math.max(current, 1) * 100;
    else if (word === 'thousand') {
      total += Math.max(current, 1) * 1000;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** What Alexa would put in `slot.value` for a built-in type, or undefined to reject the capture. */
export function builtInSlotValue(type: string, spoken: string): string | undefined {
  if (type === 'AMAZON.NUMBER') {
    const number = spokenNumber(spoken);
    return number === undefined ? undefined : String(number);
  }
  if (type === 'AMAZON.TIME') return spokenTimeValue(spoken);
  return spoken;
}
