/**
 * The safety layer: reads the words of every request for signs that must come before any
 * pressure point (an emergency, a doctor's matter, pregnancy, a crisis) and says what to do
 * instead. Plain TypeScript; the handler in handlers/safety runs it before any other handler.
 */
export { classifySafety, readSafety } from './classifier';
export { safetyAnswer, redFlagHit, PREGNANCY_AVOIDED_PLACES } from './answers';
export { readSafetyAnswer, type SafetyAnswerReading } from './safety-question';
export { SIGNS } from './signs';
export { SAFETY_KINDS, type SafetyHit, type SafetyKind, type SafetySign } from './types';
export { SIGN_PHRASES } from './sign-phrases';
export { safetySignSlotType } from './slot-type';
