import { SIGN_PHRASES } from './sign-phrases';

/** SafetySignType, generated from sign-phrases.ts: ids are the classifier's sign ids. */
export function safetySignSlotType() {
  return {
    name: 'SafetySignType',
    values: Object.entries(SIGN_PHRASES).map(([id, [first, ...rest]]) => ({
      id,
      name: { value: first as string, synonyms: rest },
    })),
  };
}
