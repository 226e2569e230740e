import { numberWordsDe, spokenNumberDe } from '../../../lambda/languages/de/numbers';
import type { NluLanguage } from './types';

/**
 * The local NLU's German: Amazon's usual German phrases for the built-in intents, how a German
 * transcript looks, and AMAZON.TIME from German clock words ("halb neun abends" → "20:30").
 *
 * "weiter" is claimed by both Resume and Next in everyday speech; it is given to Next, as the
 * skill's help says "sag weiter" to go on to the next step, and "go on" is Next in English too.
 */
const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [
    'ja',
    'jawohl',
    'jep',
    'jo',
    'klar',
    'na klar',
    'okay',
    'ok',
    'gerne',
    'gern',
    'ja bitte',
    'ja gerne',
    'ja klar',
    'natürlich',
    'auf jeden fall',
    'mach das',
    'mach ruhig',
    'genau',
    'richtig',
    'stimmt',
    'absolut',
    'freilich',
    'sicher doch',
  ],
  'AMAZON.NoIntent': [
    'nein',
    'nee',
    'nö',
    'ne',
    'nein danke',
    'nicht jetzt',
    'auf keinen fall',
    'lieber nicht',
    'nein lieber nicht',
    'keinesfalls',
  ],
  'AMAZON.StopIntent': [
    'stopp',
    'stop',
    'halt',
    'beenden',
    'beende',
    'aufhören',
    'hör auf',
    'sei still',
    'ruhe',
    'genug',
    'das reicht',
    'tschüss',
    'ende',
    'schluss',
    'aus',
  ],
  'AMAZON.CancelIntent': [
    'abbrechen',
    'abbruch',
    'brich ab',
    'vergiss es',
    'lass es',
    'abbrechen bitte',
  ],
  'AMAZON.HelpIntent': [
    'hilfe',
    'hilf mir',
    'ich brauche hilfe',
    'was kann ich sagen',
    'was kann ich tun',
    'was kannst du',
    'was kannst du tun',
    'wie funktioniert das',
  ],
  'AMAZON.PauseIntent': [
    'pause',
    'pausieren',
    'warte',
    'warte mal',
    'warte kurz',
    'moment',
    'moment mal',
    'einen moment',
    'sekunde',
    'eine sekunde',
    'augenblick',
    'einen augenblick',
    'halt mal',
  ],
  'AMAZON.ResumeIntent': [
    'fortsetzen',
    'fortfahren',
    'weitermachen',
    'weiter machen',
    'mach weiter',
    'ich bin wieder da',
    'bin wieder da',
    'wieder da',
  ],
  'AMAZON.NextIntent': [
    'weiter',
    'nächster',
    'nächste',
    'nächstes',
    'überspringen',
    'überspring',
    'überspring das',
    'weiter bitte',
    'vorwärts',
    'spring vor',
    'als nächstes',
  ],
  'AMAZON.PreviousIntent': [
    'zurück',
    'geh zurück',
    'vorheriger',
    'vorherige',
    'vorheriges',
    'eins zurück',
    'das davor',
  ],
  'AMAZON.RepeatIntent': [
    'wiederholen',
    'wiederhole',
    'wiederhol das',
    'wiederhole das',
    'nochmal',
    'noch mal',
    'noch einmal',
    'wie bitte',
    'was',
    'bitte was',
    'was hast du gesagt',
    'sag das nochmal',
  ],
  'AMAZON.StartOverIntent': [
    'von vorne',
    'von vorn',
    'neu starten',
    'neustart',
    'nochmal von vorne',
    'von anfang an',
    'fang von vorne an',
    'starte neu',
  ],
  'AMAZON.NavigateHomeIntent': ['startseite', 'hauptmenü', 'startbildschirm', 'home'],
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DISFLUENCIES = /(^|\s)(?:äh+m*|ähm+|öh+m*|öhm+|hm+|mh+|ehm+|em+|alexa)(?=\s|$)/g;

const POLITE_PREFIX =
  /^(?:(?:alexa|ok|okay|also|naja|na|hey|hallo|hi|oh|gut|so|bitte|sag mal|kannst du mir sagen|könntest du mir sagen|können sie mir sagen|könnten sie mir sagen|kannst du bitte|könntest du bitte|kannst du|könntest du|würdest du|weißt du|ich möchte wissen|ich würde gern wissen|ich wollte fragen|ich frage mich|eine frage|kurze frage|frage|können sie|könnten sie|sagen sie mal|entschuldigung|du|guten abend|guten morgen|guten tag|servus|grüß gott|moin)\s+)+/;
const POLITE_SUFFIX =
  /(?:\s+(?:bitte|bitte schön|bitteschön|bitte sehr|danke|danke schön|dankeschön|vielen dank|für mich))+$/;
const PLEASE = /(?<![\p{L}])bitte(?![\p{L}])/u;

// --- AMAZON.TIME from German clock words ---

type Meridiem = 'am' | 'pm' | 'night';

const PART_ALONE: Array<[RegExp, string]> = [
  [
    /^(?:am |heute |jeden )?(?:morgen|vormittag)$|^(?:morgens|vormittags|früh|in der früh|heute früh|frühmorgens)$/,
    'MO',
  ],
  [/^(?:am |heute |jeden )?nachmittag$|^nachmittags$/, 'AF'],
  [/^(?:am |heute |jeden )?abend$|^abends$|^heut abend$/, 'EV'],
  [/^(?:in der |heute |jede )?nacht$|^nachts$/, 'NI'],
];

const PART_WORDS: Array<[string, Meridiem]> = [
  [
    '(?:am |heute |jeden )?(?:morgen|vormittag)|morgens|vormittags|früh|in der früh|heute früh',
    'am',
  ],
  ['(?:am |heute |jeden )?(?:nachmittag|abend)|nachmittags|abends|heut abend', 'pm'],
  ['(?:in der |heute |jede )?nacht|nachts', 'night'],
];
const PREFIX: Array<[RegExp, Meridiem]> = PART_WORDS.map(([w, m]) => [
  new RegExp(`^(?:${w}) (?:um |gegen )?`),
  m,
]);
const SUFFIX: Array<[RegExp, Meridiem]> = PART_WORDS.map(([w, m]) => [new RegExp(` (?:${w})$`), m]);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const hourOf = (words: string) => spokenNumberDe(words);

/** Hour and minute from German clock words, without a part of the day; undefined for none. */
function clockWords(text: string): { hour: number; minute: number } | undefined {
  const words = text.replace(/ uhr$/, '').trim();
  if (/^(?:zu )?mittags?$|^mittag$/.test(words)) return { hour: 12, minute: 0 };
  if (words === 'mitternacht') return { hour: 0, minute: 0 };
  const digits = /^(\d{1,2})[:.](\d{2})$/.exec(words);
  if (digits) return { hour: Number(digits[1]), minute: Number(digits[2]) };
  // "halb neun" is half past eight; "fünf vor halb neun" is 8:25.
  const half = /^(?:(\S+) (vor|nach) )?halb (\S+)$/.exec(words);
  if (half) {
    const hour = hourOf(half[3] as string);
    const offset = half[1] ? spokenNumberDe(half[1]) : 0;
    if (hour === undefined || offset === undefined) return undefined;
    const minute = 30 + (half[2] === 'vor' ? -offset : offset);
    return { hour: (hour + 23) % 24, minute };
  }
  const quarter = /^(viertel|dreiviertel) (?:(nach|vor) )?(\S+)$/.exec(words);
  if (quarter) {
    const hour = hourOf(quarter[3] as string);
    if (hour === undefined) return undefined;
    if (quarter[2] === 'nach') return { hour, minute: 15 };
    const previous = (hour + 23) % 24;
    // "viertel neun" (eastern) is 8:15; "dreiviertel neun" and "viertel vor neun" are 8:45.
    if (quarter[1] === 'viertel' && !quarter[2]) return { hour: previous, minute: 15 };
    return { hour: previous, minute: 45 };
  }
  const around = /^(\S+) (nach|vor) (\S+)$/.exec(words);
  if (around) {
    const minutes = spokenNumberDe(around[1] as string);
    const hour = hourOf(around[3] as string);
    if (minutes === undefined || hour === undefined || minutes >= 30) return undefined;
    if (around[2] === 'nach') return { hour, minute: minutes };
    return { hour: (hour + 23) % 24, minute: 60 - minutes };
  }
  const withUhr = /^(\S+) uhr (\S+)$/.exec(words);
  if (withUhr) {
    const hour = hourOf(withUhr[1] as string);
    const minute = spokenNumberDe(withUhr[2] as string);
    return hour === undefined || minute === undefined ? undefined : { hour, minute };
  }
  const whole = hourOf(words);
  if (whole !== undefined) return whole <= 24 ? { hour: whole % 24, minute: 0 } : undefined;
  const tokens = words.split(' ');
  if (tokens.length === 2) {
    const hour = hourOf(tokens[0] as string);
    const minute = spokenNumberDe(tokens[1] as string);
    if (hour !== undefined && minute !== undefined) return { hour, minute };
  }
  return undefined;
}

/** What Alexa puts in `slot.value` for a German AMAZON.TIME capture, or undefined for no time. */
function spokenTime(spoken: string): string | undefined {
  let text = normalise(spoken)
    .replace(/^(?:so |ungefähr |etwa |circa |ca )?(?:um|gegen|für|auf|ab) /, '')
    .replace(/^(?:so |ungefähr |etwa |circa )/, '');
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
  text = text.replace(/^(?:um|gegen) /, '');
  const clock = clockWords(text);
  if (!clock || clock.hour > 23 || clock.minute < 0 || clock.minute > 59) return undefined;
  let { hour } = clock;
  if (meridiem && hour > 12)
    return meridiem === 'am' ? undefined : `${pad(hour)}:${pad(clock.minute)}`;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  // "zwei Uhr nachts" is 02:00; "elf Uhr nachts" is 23:00; "zwölf Uhr nachts" is midnight.
  if (meridiem === 'night') hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  if (hour > 23) return undefined;
  return `${pad(hour)}:${pad(clock.minute)}`;
}

/**
 * German small words a loose reading may pass over (articles, pronouns, particles, prepositions).
 * Never "nicht", "kein", "ohne", "nie": they turn a sentence around.
 */
const LIGHT_WORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner ' +
    'meines dein deine deinen deinem ich du er sie es wir ihr mir mich dir dich uns euch und oder ' +
    'so ja nur mal doch halt eben gerade grad bitte auch noch schon sehr echt wirklich ganz etwas ' +
    'bisschen bissl also na ok okay jetzt dann da hier ist bin bist sind war habe hab hast hat ' +
    'haben zu im am an auf in mit von vom zum zur für bei irgendwie eigentlich denn nun'
  ).split(' '),
);

export const NLU: NluLanguage = {
  builtInPhrases: BUILT_IN_PHRASES,
  normalise,
  disfluencies: DISFLUENCIES,
  politePrefix: POLITE_PREFIX,
  politeSuffix: POLITE_SUFFIX,
  please: PLEASE,
  numberWords: numberWordsDe,
  spokenNumber: spokenNumberDe,
  spokenTime,
  lightWords: LIGHT_WORDS,
};
