import type { Part } from './types';

/** When not to press: the source's four plus the cautions any careful practitioner adds. */
export const CONTRAINDICATIONS: readonly string[] = [
  'heart-circulation',
  'pregnancy',
  'exhaustion',
  'skin-problem',
  'blood-clots',
  'injury',
  'fever',
  'diabetes-numb-feet',
];

const ns = 'knowledge:contraindications';

/** The full list, for "hear the contraindications": intro, one line each, then the limits of acupressure. */
export function contraindicationsAnswer(): Part[] {
  return [
    { key: `${ns}.intro` },
    ...CONTRAINDICATIONS.map((id) => ({ key: `${ns}.item.${id}` })),
    { key: `${ns}.notATreatment` },
  ];
}

/** First-use safety check: must fit in about ten seconds, so it names only the essentials. */
export function safetyCheckShort(): Part {
  return { key: `${ns}.short` };
}

/** One line for later sessions, once the full check has been heard. */
export function safetyReminder(): Part {
  return { key: `${ns}.reminder` };
}
