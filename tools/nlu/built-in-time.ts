/**
 * AMAZON.TIME as Alexa resolves clear speech: "9 pm", "nine in the evening", "evening at nine",
 * "8:30 pm", "half past eight at night" → "21:00", "20:30"; "noon" → "12:00"; a part of the day
 * alone → "MO", "AF", "EV", "NI". A bare hour ("nine") is given on the 24-hour clock as said
 * ("09:00"): what a device does with one is not documented, so the skill must cope either way.
 */
import { spokenNumber } from './built-in-slots';

type Meridiem = 'am' | 'pm' | 'night';

const PART_ALONE: Array<[RegExp, string]> = [
  [/^(?:in )?(?:the |this )?morning$/, 'MO'],
  [/^(?:in )?(?:the |this )?afternoon$/, 'AF'],
  [/^(?:in )?(?:the |this )?evening$|^tonight$/, 'EV'],
  [/^(?:at )?night$|^(?:in )?the night$/, 'NI'],
];

const PREFIX: Array<[RegExp, Meridiem]> = [
  [/^(?:in )?(?:the |this )?morning (?:at )?/, 'am'],
  [/^(?:in )?(?:the |this )?(?:afternoon|evening) (?:at )?|^tonight (?:at )?/, 'pm'],
  [/^(?:at )?night (?:at )?/, 'night'],
];

const SUFFIX: Array<[RegExp, Meridiem]> = [
  [/ (?:a m|am|in the morning|this morning)$/, 'am'],
  [/ (?:p m|pm|in the afternoon|this afternoon|in the evening|this evening|tonight)$/, 'pm'],
  [/ (?:at night|in the night)$/, 'night'],
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Hour and minute from clock words without a part of the day, or undefined. */
function clockWords(text: string): { hour: number; minute: number } | undefined {
  const words = text.replace(/ o'?clock$/, '').trim();
  if (words === 'noon' || words === 'midday') return { hour: 12, minute: 0 };
  if (words === 'midnight') return { hour: 0, minute: 0 };
  const past = /^(half|quarter|ten|twenty|twenty five|five) past (.+)$/.exec(words);
  if (past) {
    const hour = spokenNumber(past[2] as string);
    const minutes: Record<string, number> = {
      half: 30,
      quarter: 15,
      ten: 10,
      twenty: 20,
      'twenty five': 25,
      five: 5,
    };
    return hour === undefined ? undefined : { hour, minute: minutes[past[1] as string] ?? 0 };
  }
  const to = /^(quarter|ten|twenty|five) to (.+)$/.exec(words);
  if (to) {
    const hour = spokenNumber(to[2] as string);
    const before: Record<string, number> = { quarter: 15, ten: 10, twenty: 20, five: 5 };
    if (hour === undefined || hour < 1) return undefined;
    return { hour: hour - 1, minute: 60 - (before[to[1] as string] ?? 0) };
  }
  const whole = spokenNumber(words);
  if (whole !== undefined && whole <= 23) return { hour: whole, minute: 0 };
  const tokens = words.split(' ');
  for (let split = 1; split <= Math.min(2, tokens.length); split++) {
    const hour = spokenNumber(tokens.slice(0, split).join(' '));
    const rest = tokens.slice(split).filter((t, i) => !(i === 0 && (t === 'oh' || t === 'o')));
    const minute = rest.length === 0 ? 0 : spokenNumber(rest.join(' '));
    if (hour !== undefined && minute !== undefined && (rest.length === 0 || minute < 60))
      return { hour, minute };
  }
  return undefined;
}

/** What Alexa puts in `slot.value` for an AMAZON.TIME capture, or undefined for no time. */
export function spokenTimeValue(spoken: string): string | undefined {
  let text = spoken
    .trim()
    .replace(/^(?:at|for|around|about) /, '')
    .replace(/(\d)(am|pm)$/, '$1 $2');
  for (const [pattern, value] of PART_ALONE) if (pattern.test(text)) return value;
  let meridiem: Meridiem | undefined;
  for (const [pattern, part] of PREFIX) {
    if (pattern.test(text)) {
      meridiem = part;
      text = text.replace(pattern, '');
      break;
    }
  }
  for (const [pattern, part] of SUFFIX) {
    if (pattern.test(text)) {
      meridiem = part;
      text = text.replace(pattern, '');
      break;
    }
  }
  const clock = clockWords(text);
  if (!clock || clock.hour > 23 || clock.minute > 59) return undefined;
  let { hour } = clock;
  if (meridiem && hour > 12) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  // "Nine at night" is 21:00; "two at night" is 02:00; "twelve at night" is midnight.
  if (meridiem === 'night') hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  if (hour > 23) return undefined;
  return `${pad(hour)}:${pad(clock.minute)}`;
}
