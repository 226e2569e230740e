import { safetyWords } from '../../safety/normalise';
import { SIGNS } from '../../safety/signs';
import type { SafetyReading } from '../types';

/** English: the safety layer's own signs, the reading every other language is held to. */
export const SAFETY: SafetyReading = {
  normalise: safetyWords,
  signs: SIGNS,
  negation: /\b(?:not|never|without|nor|no longer|none)\b/,
  hedge: /\b(?:not sure|do not know|not certain)\b/,
  negatedJustBefore: ['no'],
};
