/**
 * The local NLU's stand-in for Alexa's French (fr-FR and fr-CA): Amazon's built-in phrases, how a
 * French transcript looks, numbers in words, and AMAZON.TIME as Alexa resolves it from French
 * speech ("neuf heures du soir", "à vingt et une heures", "21 h 30", Québec's "à soir").
 */
import type { NluLanguage } from './types';

/** Amazon's French training phrases for the built-ins, France and Québec ("pantoute", "laisse faire"). */
const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [
    'oui',
    'ouais',
    'ouep',
    'oui merci',
    "oui s'il vous plaît",
    "oui s'il te plaît",
    "d'accord",
    'ok',
    'okay',
    'bien sûr',
    'volontiers',
    'vas y',
    'allez y',
    'absolument',
    'tout à fait',
    'exactement',
    "c'est ça",
    'certainement',
    'oui oui',
    'parfait',
    'certain',
  ],
  'AMAZON.NoIntent': [
    'non',
    'non merci',
    'nan',
    'pas maintenant',
    'pas du tout',
    'non pas du tout',
    'surtout pas',
    'certainement pas',
    'pas question',
    'non non',
    'jamais',
  ],
  'AMAZON.StopIntent': [
    'stop',
    'arrête',
    'arrêtez',
    'arrêter',
    'arrête toi',
    'quitter',
    'quitte',
    'sortir',
    'tais toi',
    'taisez vous',
    'ça suffit',
    'assez',
    'au revoir',
    'bye',
    'stoppe',
    'termine',
  ],
  'AMAZON.CancelIntent': [
    'annuler',
    'annule',
    'annulez',
    'laisse tomber',
    'oublie',
    'annule ça',
    'oublie ça',
  ],
  'AMAZON.HelpIntent': [
    'aide',
    'aide moi',
    "j'ai besoin d'aide",
    "qu'est ce que je peux dire",
    'que puis je dire',
    "qu'est ce que tu sais faire",
    "qu'est ce que je peux faire",
    'comment ça marche',
    'comment ça fonctionne',
  ],
  'AMAZON.PauseIntent': [
    'pause',
    'attends',
    'attendez',
    'une seconde',
    'un instant',
    'un moment',
    'une minute',
    'attends une seconde',
    'attends un peu',
    'mets en pause',
    'mettre en pause',
  ],
  'AMAZON.ResumeIntent': [
    'reprendre',
    'reprends',
    'reprenez',
    'continue',
    'continuez',
    'continuer',
    'je suis de retour',
    'me revoilà',
    'on continue',
    'on reprend',
  ],
  'AMAZON.NextIntent': [
    'suivant',
    'suivante',
    'passe',
    'passer',
    'étape suivante',
    'le suivant',
    'la suivante',
    'la suite',
    'on passe',
  ],
  'AMAZON.PreviousIntent': [
    'précédent',
    'précédente',
    'retour',
    'reviens',
    'revenir',
    'en arrière',
    'reviens en arrière',
    'le précédent',
  ],
  'AMAZON.RepeatIntent': [
    'répète',
    'répéter',
    'répétez',
    'redis',
    'redis le',
    'tu peux répéter',
    'pardon',
    'comment',
    'quoi',
    'hein',
    'encore une fois',
    "qu'est ce que tu as dit",
  ],
  'AMAZON.StartOverIntent': [
    'recommencer',
    'recommence',
    'recommencez',
    'depuis le début',
    'du début',
    'on recommence',
    'redémarrer',
    'redémarre',
  ],
  'AMAZON.NavigateHomeIntent': [
    'accueil',
    'menu principal',
    "retour à l'accueil",
    "va à l'accueil",
  ],
};

/**
 * Typed text as Alexa would transcribe it: lowercase, accents kept, "œ" as "oe" (typed either
 * way), hyphens as spaces ("est-ce que", "vingt-deux": the model's samples cannot hold them).
 */
function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      // "j'pense", "j'suis": the spoken elision before a consonant is the samples' "je".
      .replace(/(^|[\s-])j'(?=[bcdfghjklmnpqrstvwxzç])/g, '$1je ')
      .replace(/[^a-z0-9àâäçéèêëîïôöùûüÿ' ]+/g, ' ')
      .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const DISFLUENCIES = /(^|\s)(?:euh+|heu+|hum+|hmm+|mm+|ah+|bah|ben|beh|alexa)(?=\s|$)/g;

const POLITE_PREFIX =
  /^(?:(?:alexa|ok|okay|bon|alors|dis moi|dites moi|dis|dites|écoute|écoutez|bonjour|bonsoir|salut|coucou|allô|allo|eh|hé|hey|au fait|sinon|s'il te plaît|s'il vous plaît|est ce que tu peux|est ce que vous pouvez|est ce que tu pourrais|est ce que vous pourriez|tu peux|vous pouvez|peux tu|pouvez vous|pourrais tu|pourriez vous|tu pourrais|vous pourriez|j'aimerais savoir|je voudrais savoir|je me demandais|une question|petite question|question)\s+)+/;

const POLITE_SUFFIX =
  /(?:\s+(?:s'il te plaît|s'il vous plaît|s'il te plait|s'il vous plait|stp|svp|merci|merci beaucoup|pour moi))+$/;

/** Bare, no edges: the reader puts it between spaces itself. */
const PLEASE = /s'il (?:te|vous) pla[iî]t|stp|svp/;

const ONES = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/**
 * French below a hundred, France and Québec alike ("soixante dix", "quatre vingt un"), with
 * spaces for hyphens: it is written into transcripts already in the normal form.
 */
function numberWords(n: number): string {
  return hyphenated(n).replace(/-/g, ' ');
}

function hyphenated(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 20) return ONES[n] as string;
  if (n < 70) {
    const ten = TENS[Math.floor(n / 10)] as string;
    const one = n % 10;
    if (one === 0) return ten;
    return one === 1 ? `${ten} et un` : `${ten}-${ONES[one]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${ONES[n - 60]}`;
  if (n === 80) return 'quatre-vingts';
  return `quatre-vingt-${ONES[n - 80]}`;
}

const BY_WORDS = new Map<string, number>();
for (let n = 0; n < 100; n++) BY_WORDS.set(normalise(hyphenated(n)), n);
BY_WORDS.set('une', 1);
BY_WORDS.set('quatre vingt', 80);
for (let n = 21; n < 70; n += 10) {
  const ten = normalise(TENS[Math.floor(n / 10)] as string);
  BY_WORDS.set(`${ten} un`, n);
  // "Vingt et une heures": the hour is feminine.
  BY_WORDS.set(`${ten} et une`, n);
}

function spokenNumber(words: string): number | undefined {
  const text = normalise(words);
  if (/^\d{1,3}$/.test(text)) return Number(text);
  return BY_WORDS.get(text) ?? BY_WORDS.get(text.replace(/ et /g, ' '));
}

type Part = 'am' | 'pm' | 'night';

const PART_ALONE: Array<[RegExp, string]> = [
  [/^(?:le |ce |au |du |dans la )?matin(?:ée)?$|^(?:cette )?matinée$/, 'MO'],
  [/^(?:l'|l |cet |cette |dans l'|dans l |en |l')?après midi$/, 'AF'],
  [/^(?:le |ce |au |du |dans la |en )?soir(?:ée)?$|^(?:cette )?soirée$|^à soir$|^a soir$/, 'EV'],
  [/^(?:la |cette |dans la |de la )?nuit$/, 'NI'],
];

const PART_PREFIX: Array<[RegExp, Part]> = [
  [/^(?:le |ce |demain )?matin (?:à |vers )?/, 'am'],
  [
    /^(?:l'|l |cet |demain )?après midi (?:à |vers )?|^(?:le |ce |demain )?soir (?:à |vers )?|^à soir (?:à |vers )?/,
    'pm',
  ],
  [/^(?:la |cette )?nuit (?:à |vers )?/, 'night'],
];

const PART_SUFFIX: Array<[RegExp, Part]> = [
  [/ (?:du matin|le matin|ce matin|am)$/, 'am'],
  [
    / (?:de l'après midi|de l après midi|l'après midi|l après midi|cet après midi|du soir|le soir|ce soir|pm)$/,
    'pm',
  ],
  [/ (?:de la nuit|la nuit|cette nuit)$/, 'night'],
];

const MINUTES_AFTER: Readonly<Record<string, number>> = {
  'et quart': 15,
  'et demie': 30,
  'et demi': 30,
};
const MINUTES_BEFORE: Readonly<Record<string, number>> = {
  'moins le quart': 15,
  'moins quart': 15,
  'moins dix': 10,
  'moins cinq': 5,
  'moins vingt': 20,
  'moins vingt cinq': 25,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Hour and minute from clock words without a part of the day. */
function clock(text: string): { hour: number; minute: number } | undefined {
  const digits = /^(\d{1,2}) ?(?:h|heures?|:) ?(\d{1,2})?$/.exec(text);
  if (digits) return { hour: Number(digits[1]), minute: digits[2] ? Number(digits[2]) : 0 };
  let words = text;
  let hour: number | undefined;
  let minute = 0;
  if (/^midi\b/.test(words)) {
    hour = 12;
    words = words.replace(/^midi ?/, '');
  } else if (/^minuit\b/.test(words)) {
    hour = 0;
    words = words.replace(/^minuit ?/, '');
  } else {
    const m = /^(.+?) heures?(?: (.*))?$/.exec(words);
    if (m) {
      hour = spokenNumber(m[1] as string);
      words = m[2] ?? '';
    } else {
      // A bare number is an hour ("à neuf"), as Alexa gives it on the 24-hour clock.
      hour = spokenNumber(words);
      words = '';
    }
  }
  if (hour === undefined) return undefined;
  words = words.trim();
  if (!words) return { hour, minute };
  if (words in MINUTES_AFTER) return { hour, minute: MINUTES_AFTER[words] as number };
  if (words in MINUTES_BEFORE) {
    minute = 60 - (MINUTES_BEFORE[words] as number);
    return { hour: (hour + 23) % 24, minute };
  }
  const after = spokenNumber(words);
  return after === undefined || after > 59 ? undefined : { hour, minute: after };
}

/** What Alexa puts in `slot.value` for a French AMAZON.TIME, or undefined for no time. */
function spokenTime(spoken: string): string | undefined {
  const typed = /^(\d{1,2}):(\d{2})$/.exec(spoken.trim());
  if (typed) {
    const [h, m] = [Number(typed[1]), Number(typed[2])];
    return h < 24 && m < 60 ? `${pad(h)}:${pad(m)}` : undefined;
  }
  let text = normalise(spoken)
    .replace(/^(?:à|a|vers|pour|aux alentours de|autour de|sur les|dès) /, '')
    .replace(/^(?:ce|le|demain) (soir|matin) à /, '$1 ')
    .trim();
  for (const [pattern, value] of PART_ALONE) if (pattern.test(text)) return value;
  let part: Part | undefined;
  for (const [pattern, p] of PART_PREFIX) {
    if (pattern.test(text)) {
      part = p;
      text = text.replace(pattern, '').replace(/^(?:à|a|vers) /, '');
      break;
    }
  }
  for (const [pattern, p] of PART_SUFFIX) {
    if (pattern.test(text)) {
      part = p;
      text = text.replace(pattern, '');
      break;
    }
  }
  const time = clock(text.trim());
  if (!time || time.hour > 23 || time.minute > 59) return undefined;
  let { hour } = time;
  if (part && hour <= 12) {
    if (part === 'pm' && hour < 12) hour += 12;
    if (part === 'am' && hour === 12) hour = 0;
    // "Onze heures de la nuit" is 23:00; "deux heures de la nuit" 02:00; "minuit" stays.
    if (part === 'night') hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  }
  if (hour > 23) return undefined;
  return `${pad(hour)}:${pad(time.minute)}`;
}

/**
 * French small words a loose reading may pass over (articles, prepositions, pronouns), for the
 * loose reading (`lightWords`). Never "ne", "pas", "plus", "sans": they turn a sentence around.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  (
    "le la les l' un une des du de d' au aux à en et ou mon ma mes ton ta tes son sa ses notre nos " +
    "votre vos leur leurs je j' tu il elle on nous vous ils elles me m' te t' se s' moi toi ce cet " +
    "cette ces ça ca c' c'est est suis es sont ai as a ont y que qu' qui très un peu vraiment juste " +
    'alors donc bon ok oh ah bien là ici aussi tout'
  ).split(' '),
);

export const NLU: NluLanguage = {
  builtInPhrases: BUILT_IN_PHRASES,
  normalise,
  disfluencies: DISFLUENCIES,
  politePrefix: POLITE_PREFIX,
  politeSuffix: POLITE_SUFFIX,
  please: PLEASE,
  numberWords,
  spokenNumber,
  spokenTime,
  lightWords: LIGHT_WORDS,
};
