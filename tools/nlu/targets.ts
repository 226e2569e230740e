/** The targets for `npm run nlu:report`: one place, so the report and the tests agree. */
export const TARGETS = { whole: 0.97, heldBack: 0.9, safety: 1 } as const;

/**
 * What the model has reached on the held-back part, and may never fall below. The target above
 * is not met yet (issue 11 stays open): a floor at the target would keep CI red without guarding
 * anything, while a floor at the level reached catches every regression. Raise it as it improves.
 */
export const REACHED = { heldBack: 0.24 } as const;
