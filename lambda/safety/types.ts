/**
 * What a safety reading of someone's words can find. The kinds are ordered by what must win when
 * one sentence holds two: a crisis over everything, an emergency over a doctor's visit, and a
 * doctor's visit over pregnancy (whose answer also says to ask a doctor or midwife).
 */
export type SafetyKind = 'crisis' | 'emergency' | 'doctor' | 'pregnancy';

export const SAFETY_KINDS: readonly SafetyKind[] = ['crisis', 'emergency', 'doctor', 'pregnancy'];

export interface SafetyHit {
  kind: SafetyKind;
  /** Which sign was heard: picks the line that names it (knowledge:redFlag.<id> or safety:sign.<id>). */
  id: string;
}

/** One sign: every pattern is tried against the normalised words; any one of them is enough. */
export interface SafetySign {
  id: string;
  kind: SafetyKind;
  patterns: readonly RegExp[];
  /** Words that mean this sign is not what was said ("stroke my foot" is a technique). */
  unless?: readonly RegExp[];
}
