import type { Part } from './types';

/**
 * When not to press: the source's four plus the cautions any careful practitioner adds. The one
 * list: the routine's safety question (routine/safety-check.ts), its "not sure" and "hear the
 * contraindications" are all spoken from it.
 */
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
