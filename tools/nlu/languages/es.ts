import type { NluLanguage } from './types';

/**
 * The local NLU's Spanish: Amazon's usual phrases for the built-ins in Spanish (Spain, Mexico and
 * the US alike: "vale" and "dale", "mande"), how a typed request looks once Alexa would have
 * transcribed it, and AMAZON.TIME from Spanish clock words ("a las nueve de la noche" → "21:00").
 */

const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [
    'sí',
    'si',
    'sip',
    'claro',
    'vale',
    'de acuerdo',
    'ok',
    'okey',
    'por supuesto',
    'sí por favor',
    'adelante',
    'venga',
    'dale',
    'órale',
    'sale',
    'bueno',
    'perfecto',
    'está bien',
    'cómo no',
    'por qué no',
    'hazlo',
    'afirmativo',
    'ajá',
  ],
  'AMAZON.NoIntent': [
    'no',
    'no gracias',
    'nop',
    'ahora no',
    'para nada',
    'de ninguna manera',
    'no quiero',
    'negativo',
    'qué va',
    'nel',
  ],
  'AMAZON.StopIntent': [
    'para',
    'parar',
    'detente',
    'basta',
    'ya basta',
    'salir',
    'sal',
    'apágate',
    'cállate',
    'adiós',
    'termina',
    'terminar',
    'fin',
    'stop',
    'suficiente',
  ],
  'AMAZON.CancelIntent': ['cancela', 'cancelar', 'olvídalo', 'déjalo', 'anula', 'anular'],
  'AMAZON.HelpIntent': [
    'ayuda',
    'ayúdame',
    'necesito ayuda',
    'qué puedo decir',
    'qué puedes hacer',
    'cómo funciona',
  ],
  'AMAZON.PauseIntent': [
    'pausa',
    'pausar',
    'espera',
    'un momento',
    'un segundo',
    'un momentito',
    'espera un momento',
    'espera un segundo',
    'momento',
  ],
  'AMAZON.ResumeIntent': ['continúa', 'continuar', 'sigue', 'seguir', 'reanuda', 'reanudar'],
  'AMAZON.NextIntent': ['siguiente', 'próximo', 'el próximo', 'avanza', 'sigue adelante'],
  'AMAZON.PreviousIntent': ['atrás', 'anterior', 'el anterior', 'vuelve', 'regresa', 'retrocede'],
  'AMAZON.RepeatIntent': [
    'repite',
    'repetir',
    'repítelo',
    'otra vez',
    'qué',
    'cómo',
    'perdón',
    'mande',
    'cómo dices',
    'qué dijiste',
  ],
  'AMAZON.StartOverIntent': [
    'empieza de nuevo',
    'empezar de nuevo',
    'comienza de nuevo',
    'reinicia',
    'reiniciar',
    'desde el principio',
    'volver a empezar',
  ],
  'AMAZON.NavigateHomeIntent': ['inicio', 'ir al inicio', 'menú principal', 'pantalla de inicio'],
};

/** Lowercase words with their accents, as Alexa writes Spanish; punctuation ("¿", "¡") gone. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/(\d)[:.h](\d\d)\b/g, '$1 $2')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// "Eh", "em", "mmm": hesitations, never words ("e" alone is "and", "este" is "this").
const DISFLUENCIES = /(?<=^|\s)(?:e+h+|e+m+|eh+m+|m{2,}|a+h+|u+m+|o+h+|alexa)(?=\s|$)/g;

const POLITE_PREFIX =
  /^(?:(?:alexa|oye|oiga|hola|buenas|buenos días|buenas tardes|bueno|pues|vale|ok|okey|mira|a ver|por favor|porfa|perdona|perdón|disculpa|disculpe|puedes|podrías|puede|podría|me puedes decir|me podrías decir|me puede decir|puedes decirme|podrías decirme|quiero saber|me gustaría saber|quisiera saber|una pregunta|tengo una pregunta|sabes|me dices|dime)\s+)+/;
const POLITE_SUFFIX = /(?:\s+(?:por favor|porfa|porfi|gracias|muchas gracias|si puedes))+$/;
const PLEASE = /(?<![\p{L}])(?:por favor|porfavor|porfa|porfi)(?![\p{L}])/u;

const UNITS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = [
  '',
  '',
  '',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];

/** 36 → "treinta y seis": the Spanish the point slot values are spelled in. */
function numberWords(n: number): string {
  if (n < 30) return UNITS[n] ?? '';
  const ones = n % 10 ? ` y ${UNITS[n % 10]}` : '';
  return `${TENS[Math.floor(n / 10)] ?? ''}${ones}`;
}

const WORD_VALUE: Readonly<Record<string, number>> = {
  ...Object.fromEntries(UNITS.map((word, n) => [word, n])),
  ...Object.fromEntries(TENS.map((word, n) => [word, n * 10]).filter(([word]) => word)),
  un: 1,
  una: 1,
  veintiún: 21,
  veintiuna: 21,
  // Typed without accents, as people do.
  dieciseis: 16,
  veintidos: 22,
  veintitres: 23,
  veintiseis: 26,
  veintiun: 21,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
};

/** Below a thousand, strictly ("treinta y seis", "ciento doce"): "ocho treinta" is two numbers. */
function belowThousand(tokens: readonly string[]): number | undefined {
  let rest = [...tokens];
  let total = 0;
  const first = WORD_VALUE[rest[0] ?? ''];
  if (first !== undefined && first >= 100) {
    total = first;
    rest = rest.slice(1);
    if (rest.length === 0) return total;
  }
  const head = WORD_VALUE[rest[0] ?? ''];
  if (head === undefined || head >= 100) return undefined;
  if (rest.length === 1) return total + head;
  if (head >= 30 && head % 10 === 0 && rest.length === 3 && rest[1] === 'y') {
    const unit = WORD_VALUE[rest[2] ?? ''];
    if (unit !== undefined && unit >= 1 && unit <= 9) return total + head + unit;
  }
  return undefined;
}

/** "treinta y seis" → 36, "36" → 36, "ciento doce" → 112; undefined when the words are no number. */
function spokenNumber(words: string): number | undefined {
  const text = words.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const tokens = text.split(/[\s-]+/);
  const thousand = tokens.indexOf('mil');
  if (thousand < 0) return belowThousand(tokens);
  const before = thousand === 0 ? 1 : belowThousand(tokens.slice(0, thousand));
  const after = thousand === tokens.length - 1 ? 0 : belowThousand(tokens.slice(thousand + 1));
  return before === undefined || after === undefined ? undefined : before * 1000 + after;
}

type Part = 'am' | 'pm' | 'night' | 'early' | 'noon';

/** A part of the day said alone: what Alexa gives for "esta noche" with no hour. */
const PART_ALONE: Array<[RegExp, string]> = [
  [/^(?:por la |en la |esta |de |cada |todas las |las |la )mañanas?$/, 'MO'],
  [/^(?:(?:por la |en la |esta |cada |todas las |las |la )tardes?|tarde)$/, 'AF'],
  [
    /^(?:(?:por la |en la |esta |de |cada |todas las |las |la )noches?|noche|al atardecer|al anochecer)$/,
    'EV',
  ],
  [/^(?:(?:por la |en la |de |de la )madrugada|madrugada)$/, 'NI'],
];

const PREFIX: Array<[RegExp, Part]> = [
  [/^(?:por la |en la |esta |cada |todas las )mañanas? (?:a las |a la )?/, 'am'],
  [/^(?:por la |en la |esta |cada |todas las )?tardes? (?:a las |a la )?/, 'pm'],
  [/^(?:por la |en la |esta |cada |todas las )?noches? (?:a las |a la )?/, 'night'],
  [/^(?:por la |en la |de )?madrugada (?:a las |a la )?/, 'early'],
];

const SUFFIX: Array<[RegExp, Part]> = [
  [/ (?:de la|por la|en la|esta) mañana$| a ?m$/, 'am'],
  [/ (?:de la|por la|en la|esta) tarde$| p ?m$/, 'pm'],
  [/ (?:de la|por la|en la|esta) noche$/, 'night'],
  [/ (?:de la|por la|en la) madrugada$/, 'early'],
  [/ del mediodía$/, 'noon'],
];

const LEADING =
  /^(?:(?:a eso de|sobre|hacia|como a|como|para|a|todos los días a|cada día a|todos los días|cada día|cada|todas)\s+)*(?:las|la)\s+/;

/** Hour and minute from clock words with no part of the day ("nueve y media"), or undefined. */
function clock(text: string): { hour: number; minute: number } | undefined {
  const words = text
    .replace(/ (?:en punto|horas|hora|hrs|h)$/, '')
    .replace(/^(?:las|la) /, '')
    .trim();
  if (words === 'mediodía' || words === 'el mediodía') return { hour: 12, minute: 0 };
  if (words === 'medianoche' || words === 'la medianoche') return { hour: 0, minute: 0 };
  const past = /^(.+?) y (media|cuarto|.+)$/.exec(words);
  if (past) {
    const hour = spokenNumber(past[1] as string);
    const tail = past[2] as string;
    const minute = tail === 'media' ? 30 : tail === 'cuarto' ? 15 : spokenNumber(tail);
    if (hour !== undefined && minute !== undefined && minute < 60) return { hour, minute };
  }
  const to = /^(.+?) menos (cuarto|.+)$/.exec(words);
  if (to) {
    const hour = spokenNumber(to[1] as string);
    const before = to[2] === 'cuarto' ? 15 : spokenNumber(to[2] as string);
    if (hour === undefined || before === undefined || before >= 60) return undefined;
    return { hour: (hour + 23) % 24, minute: 60 - before };
  }
  const whole = spokenNumber(words);
  if (whole !== undefined) return whole <= 24 ? { hour: whole % 24, minute: 0 } : undefined;
  // "ocho treinta", "20 30": the hour, then the minutes.
  const tokens = words.split(' ');
  for (let split = 1; split < tokens.length; split++) {
    const hour = spokenNumber(tokens.slice(0, split).join(' '));
    const minute = spokenNumber(tokens.slice(split).join(' '));
    if (hour !== undefined && minute !== undefined && minute < 60) return { hour, minute };
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** What Alexa puts in `slot.value` for a Spanish AMAZON.TIME capture, or undefined for no time. */
function spokenTime(spoken: string): string | undefined {
  let text = spoken.trim().replace(/ en punto$/, '');
  for (const [pattern, value] of PART_ALONE) if (pattern.test(text)) return value;
  text = text.replace(LEADING, '');
  for (const [pattern, value] of PART_ALONE) if (pattern.test(text)) return value;
  let part: Part | undefined;
  for (const [pattern, found] of PREFIX) {
    if (pattern.test(text)) {
      part = found;
      text = text.replace(pattern, '').replace(LEADING, '');
      break;
    }
  }
  for (const [pattern, found] of SUFFIX) {
    if (pattern.test(text)) {
      part = found;
      text = text.replace(pattern, '');
      break;
    }
  }
  const time = clock(text);
  if (!time || time.hour > 23 || time.minute > 59) return undefined;
  let { hour } = time;
  if (part && hour > 12)
    return part === 'pm' || part === 'night' ? `${pad(hour)}:${pad(time.minute)}` : undefined;
  // "Las nueve de la noche" is 21:00, "las doce de la noche" midnight, "la una de la noche" 01:00.
  if (part === 'pm' && hour < 12) hour += 12;
  if (part === 'night') hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  if (part === 'early' && hour === 12) hour = 0;
  if (part === 'noon' && hour < 6) hour += 12;
  if (part === 'am' && hour === 12) hour = 0;
  return `${pad(hour)}:${pad(time.minute)}`;
}

/** Small words a loose reading may pass over: articles, pronouns, prepositions ("no" is never one). */
const LIGHT = new Set(
  (
    'el la los las lo un una unos unas mi mis tu tus su sus me te se le les nos yo tú de del al a en ' +
    'con por para y e o u que es son está están estoy estás soy ser era fue muy un poco bastante algo ' +
    'ya pues bueno vale ok oye eh este esta esto ese esa eso aquí ahí así también solo porque si tan ' +
    'hay he ha has'
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
  lightWords: LIGHT,
};
