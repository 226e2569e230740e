import type { Slot } from 'ask-sdk-model';

/** A slot as Alexa fills it when entity resolution matched: the skill's handlers read it so. */
export function resolvedSlot(name: string, said: string, id: string): Slot {
  return {
    name,
    value: said,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: 'foot-massage-coach.words-read',
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { id, name: said } }],
        },
      ],
    },
  };
}
