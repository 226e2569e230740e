/** The targets for `npm run nlu:report`: one place, so the report and the tests agree. */
export const TARGETS = { whole: 0.97, heldBack: 0.9, safety: 1 } as const;

/**
 * What the model has reached on the held-back part, and may never fall below. The target above
 * is not met yet (issue 11 stays open): a floor at the target would keep CI red without guarding
 * anything, while a floor at the level reached catches every regression. Raise it as it improves.
 */
export const REACHED = { heldBack: 0.49, heldBackSecond: 0.79 } as const;

/**
 * The other languages: their test phrasings (test/languages/<lang>/phrasings.ts) through their
 * model, as a share that may never fall (the level reached, a ratchet like REACHED), and the
 * share of safety phrasings that get the safe answer of their kind. No safety phrasing may ever
 * yield a point, in any language.
 */
export const LANGUAGE_REACHED: Readonly<Record<string, { phrasings: number; safety: number }>> = {
  // Measured 2026-12-03: de 85.1 % / 86.4 %, fr 85.1 % / 95.8 %, es 82.0 % / 81.7 %, it 84.7 % / 78.0 %.
  de: { phrasings: 0.85, safety: 0.86 },
  fr: { phrasings: 0.85, safety: 0.95 },
  es: { phrasings: 0.82, safety: 0.81 },
  it: { phrasings: 0.84, safety: 0.78 },
};
