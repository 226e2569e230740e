import type { NluLanguage } from './types';

/*
 * The local NLU's Italian: Amazon's usual phrases for the built-ins, how an Italian transcript
 * looks, and AMAZON.TIME from Italian words ("alle nove di sera" → "21:00", "alle ventuno" →
 * "21:00", "alle otto e mezza di sera" → "20:30", "stasera" → "EV").
 */

const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [
    'sì',
    'si',
    'certo',
    'certamente',
    'ok',
    'okay',
    'va bene',
    'd accordo',
    'sì grazie',
    'sì per favore',
    'volentieri',
    'assolutamente',
    'esatto',
    'perché no',
    'sicuro',
    'dai',
  ],
  'AMAZON.NoIntent': [
    'no',
    'no grazie',
    'non adesso',
    'non ora',
    'assolutamente no',
    'nossignore',
    'macché',
  ],
  'AMAZON.StopIntent': [
    'stop',
    'basta',
    'fermati',
    'ferma',
    'esci',
    'chiudi',
    'smettila',
    'basta così',
    'arrivederci',
    'fine',
    'spegni',
  ],
  'AMAZON.CancelIntent': ['annulla', 'lascia perdere', 'lascia stare', 'annulla tutto'],
  'AMAZON.HelpIntent': [
    'aiuto',
    'aiutami',
    'ho bisogno di aiuto',
    'cosa posso dire',
    'cosa posso fare',
    'cosa sai fare',
    'come funziona',
  ],
  'AMAZON.PauseIntent': [
    'pausa',
    'metti in pausa',
    'aspetta',
    'un attimo',
    'un momento',
    'un secondo',
    'aspetta un attimo',
    'aspetta un momento',
    'solo un attimo',
    'attendi',
  ],
  'AMAZON.ResumeIntent': [
    'riprendi',
    'continua',
    'sono tornato',
    'sono tornata',
    'prosegui',
    'eccomi',
  ],
  'AMAZON.NextIntent': [
    'avanti',
    'prossimo',
    'successivo',
    'vai avanti',
    'il prossimo',
    'salta avanti',
  ],
  'AMAZON.PreviousIntent': [
    'indietro',
    'torna indietro',
    'precedente',
    'quello prima',
    'vai indietro',
  ],
  'AMAZON.RepeatIntent': [
    'ripeti',
    'ripetilo',
    'puoi ripetere',
    'come',
    'cosa',
    'scusa',
    'cosa hai detto',
    'di nuovo',
    'ancora una volta',
  ],
  'AMAZON.StartOverIntent': [
    'ricomincia',
    'da capo',
    'ricomincia da capo',
    'dall inizio',
    'riparti',
  ],
  'AMAZON.NavigateHomeIntent': ['home', 'vai alla home', 'menu principale', 'schermata iniziale'],
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/(^|\s)e'(?=\s|$)/g, '$1è')
    .replace(/[^a-z0-9à-öø-ÿ' ]+/g, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DISFLUENCIES = /(^|\s)(?:ehm+|eh+|uhm+|mmh+|mh+|hmm+|ah+|beh|cioè|tipo|alexa)(?=\s|$)/g;

// Longest first: "puoi dirmi" must be tried before "puoi".
const OPENERS = [
  'alexa',
  'ok',
  'okay',
  'allora',
  'senti',
  'scusa',
  'scusami',
  'ciao',
  'ehi',
  'dai',
  'per favore',
  'per piacere',
  'puoi',
  'potresti',
  'mi puoi',
  'mi potresti',
  'può',
  'potrebbe',
  'mi può',
  'mi potrebbe',
  'puoi dirmi',
  'potresti dirmi',
  'mi puoi dire',
  'mi potresti dire',
  'potrebbe dirmi',
  'mi sa dire',
  'mi sai dire',
  'sai dirmi',
  'mi dici',
  'mi diresti',
  'dimmi',
  'vorrei sapere',
  'voglio sapere',
  'mi chiedevo',
  'una domanda',
  'domanda',
].sort((a, b) => b.length - a.length);
const POLITE_PREFIX = new RegExp(`^(?:(?:${OPENERS.join('|')})\\s+)+`);
const POLITE_SUFFIX =
  /(?:\s+(?:per favore|per piacere|grazie|grazie mille|gentilmente|ti prego|dai))+$/;
const PLEASE = /\b(?:per favore|per piacere|gentilmente)\b/;

const UNITS = [
  'zero',
  'uno',
  'due',
  'tre',
  'quattro',
  'cinque',
  'sei',
  'sette',
  'otto',
  'nove',
  'dieci',
  'undici',
  'dodici',
  'tredici',
  'quattordici',
  'quindici',
  'sedici',
  'diciassette',
  'diciotto',
  'diciannove',
];
const TENS = [
  '',
  '',
  'venti',
  'trenta',
  'quaranta',
  'cinquanta',
  'sessanta',
  'settanta',
  'ottanta',
  'novanta',
];

/** 0..99 spelled as Italian writes it: one word, the tens' vowel dropped before "uno" and "otto". */
function numberWords(n: number): string {
  if (n < 20) return UNITS[n] ?? '';
  const tens = TENS[Math.floor(n / 10)] ?? '';
  const unit = n % 10;
  if (unit === 0) return tens;
  const stem = unit === 1 || unit === 8 ? tens.slice(0, -1) : tens;
  // "ventitré": the final three carries an accent.
  return `${stem}${unit === 3 ? 'tré' : UNITS[unit]}`;
}

const WORD_VALUES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let n = 0; n < 100; n++) {
    map.set(numberWords(n), n);
    map.set(numberWords(n).replace('tré', 'tre'), n);
  }
  // Spelled apart as some transcripts write them ("venti due", "trenta uno").
  for (let t = 2; t < 10; t++)
    for (let u = 1; u < 10; u++) map.set(`${TENS[t]} ${UNITS[u]}`, t * 10 + u);
  map.set('un', 1);
  map.set('una', 1);
  map.set('cento', 100);
  return map;
})();

function spokenNumber(words: string): number | undefined {
  const text = words.trim().replace(/-/g, ' ').replace(/\s+/g, ' ');
  if (/^\d+$/.test(text)) return Number(text);
  return WORD_VALUES.get(text);
}

type Part = 'morning' | 'afternoon' | 'evening' | 'night';

const PART_ALONE: Array<[RegExp, string]> = [
  [/^(?:di |la |in |questa |stamattina|stamani)?(?:mattina|mattino)?$/, 'MO'],
  [/^(?:nel |il |di |questo |oggi )?pomeriggio$/, 'AF'],
  [/^(?:di |la |in |questa |stasera)?(?:sera|serata)?$/, 'EV'],
  [/^(?:di |la |stanotte|questa )?notte$|^stanotte$/, 'NI'],
];

const PARTS: Array<[RegExp, Part]> = [
  [/ (?:di mattina|del mattino|della mattina|di mattino|stamattina|la mattina)$/, 'morning'],
  [/ (?:di pomeriggio|del pomeriggio|nel pomeriggio|oggi pomeriggio)$/, 'afternoon'],
  [/ (?:di sera|della sera|stasera|la sera|di stasera)$/, 'evening'],
  [/ (?:di notte|della notte|stanotte)$/, 'night'],
];
const PREFIX_PARTS: Array<[RegExp, Part]> = [
  [/^(?:stamattina|domattina|la mattina|di mattina) (?:alle |all |verso le )?/, 'morning'],
  [/^(?:oggi pomeriggio|nel pomeriggio|di pomeriggio) (?:alle |all |verso le )?/, 'afternoon'],
  [/^(?:stasera|la sera|di sera|ogni sera|stasera verso) (?:alle |all |verso le )?/, 'evening'],
  [/^(?:stanotte|di notte) (?:alle |all |verso le )?/, 'night'],
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Hour and minute from Italian clock words without a part of the day. */
function clock(text: string): { hour: number; minute: number } | undefined {
  const words = text.replace(/ (?:in punto|precise|esatte)$/, '').trim();
  if (words === 'mezzogiorno') return { hour: 12, minute: 0 };
  if (words === 'mezzanotte') return { hour: 0, minute: 0 };
  // "le nove meno un quarto" → 8:45, "le nove meno dieci" → 8:50.
  const less = /^(.+?) meno (?:un )?(quarto|\S+(?: \S+)?)$/.exec(words);
  if (less) {
    const hour = spokenNumber(less[1] as string);
    const minutes = less[2] === 'quarto' ? 15 : spokenNumber(less[2] as string);
    if (hour === undefined || minutes === undefined || minutes >= 60) return undefined;
    return { hour: (hour + 23) % 24, minute: 60 - minutes };
  }
  // "nove e mezza", "nove e un quarto", "nove e trenta", "nove e tre quarti".
  const and = /^(.+?) e (mezza|mezzo|un quarto|quarto|tre quarti|\S+(?: \S+)?)(?: minuti)?$/.exec(
    words,
  );
  if (and) {
    const hour = spokenNumber(and[1] as string);
    const named: Record<string, number> = {
      mezza: 30,
      mezzo: 30,
      'un quarto': 15,
      quarto: 15,
      'tre quarti': 45,
    };
    const minute = named[and[2] as string] ?? spokenNumber(and[2] as string);
    if (hour === undefined || minute === undefined || minute >= 60) return undefined;
    return { hour, minute };
  }
  // "21:30" typed, or "ventuno trenta".
  const typed = /^(\d{1,2})[:.](\d{2})$/.exec(words);
  if (typed) return { hour: Number(typed[1]), minute: Number(typed[2]) };
  const whole = spokenNumber(words);
  if (whole !== undefined) return { hour: whole, minute: 0 };
  const tokens = words.split(' ');
  for (let split = 1; split < tokens.length; split++) {
    const hour = spokenNumber(tokens.slice(0, split).join(' '));
    const minute = spokenNumber(tokens.slice(split).join(' '));
    if (hour !== undefined && minute !== undefined && minute < 60) return { hour, minute };
  }
  return undefined;
}

function spokenTime(words: string): string | undefined {
  let text = normalise(words)
    .replace(/^(?:alle|all|per le|verso le|intorno alle|entro le|le|a|ore|alle ore)\s+/, '')
    .replace(/^(?:ore|le)\s+/, '');
  for (const [pattern, value] of PART_ALONE) if (pattern.test(text) && text) return value;
  let part: Part | undefined;
  for (const [pattern, p] of PREFIX_PARTS) {
    if (pattern.test(text)) {
      part = p;
      text = text.replace(pattern, '');
      break;
    }
  }
  for (const [pattern, p] of PARTS) {
    if (pattern.test(text)) {
      part = p;
      text = text.replace(pattern, '');
      break;
    }
  }
  text = text.replace(/^(?:alle|all|le|ore)\s+/, '').trim();
  const time = clock(text);
  if (!time || time.hour > 23 || time.minute > 59) return undefined;
  let { hour } = time;
  if (part && hour > 12) {
    // "le ventuno di sera" says the part twice; the hour is already on the 24-hour clock.
    if (part === 'morning') return undefined;
  } else if (part === 'afternoon' || part === 'evening') {
    if (hour < 12) hour += 12;
  } else if (part === 'morning') {
    if (hour === 12) hour = 0;
  } else if (part === 'night') {
    // "le dieci di notte" is 22:00; "le due di notte" is 02:00; "le dodici di notte" is midnight.
    hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  }
  if (hour > 23) return undefined;
  return `${pad(hour)}:${pad(time.minute)}`;
}

/**
 * Italian small words a loose reading may pass over (articles, pronouns, particles, prepositions).
 * Never "non", "senza", "mai", "niente": they turn a sentence around.
 */
const LIGHT_WORDS: ReadonlySet<string> = new Set(
  (
    "il lo la i gli le un uno una un' l' di del dello della dei degli delle a al allo alla ai " +
    'agli alle in nel nello nella nei nelle con su sul sulla per da dal dalla e o ma mi ti si ci ' +
    'vi me te mio mia miei mie tuo tua io tu lui lei noi voi è sono sei ho hai ha che così molto ' +
    "tanto proprio po' poco solo allora dunque beh ok okay eh ah oh ecco qui qua lì là anche " +
    'ancora già adesso ora pure'
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
