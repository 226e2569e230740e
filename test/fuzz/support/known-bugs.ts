import type { Step } from './arbitraries';

/**
 * Bugs the fuzzer found in lambda/ that are not fixed yet. Each is kept out of the generated
 * cases so the rest of the search stays useful, and each has a `test.failing` reproduction in
 * known-bugs.test.ts: when a fix lands that test starts failing, and its entry here goes.
 */
export interface KnownBug {
  id: string;
  affects(step: Step): boolean;
}

/** The spoken values and resolved ids of a step's slots: what a handler may use as a key. */
const slotValues = (step: Step): string[] =>
  step.kind === 'intent'
    ? Object.values(step.intent.slots ?? {}).flatMap((slot) => [
        ...(typeof slot?.value === 'string' ? [slot.value] : []),
        ...(slot?.resolutions?.resolutionsPerAuthority ?? []).flatMap((authority) =>
          (authority?.values ?? []).map((v) => String(v?.value?.id)),
        ),
      ])
    : [];

/** Names every plain object inherits: 'constructor', 'toString', '__proto__', ... */
export const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

export const KNOWN_BUGS: KnownBug[] = [
  {
    // lambda/routine/zones.ts canonicalZone: ZONE_ALIASES[id] on a plain object literal.
    id: 'zone-prototype-key',
    affects: (step) => slotValues(step).some((value) => PROTOTYPE_NAMES.has(value.trim())),
  },
  {
    // lambda/speech/i18n.ts: i18next looks the locale up in the fallbackLng object, so a locale
    // such as 'toString' crashes it, in the error handler too, and the request is rejected.
    id: 'locale-prototype-key',
    affects: (step) =>
      step.kind !== 'ended' &&
      step.mutation.kind === 'locale' &&
      PROTOTYPE_NAMES.has(step.mutation.locale ?? ''),
  },
];

export const unaffected = (step: Step): boolean => !KNOWN_BUGS.some((bug) => bug.affects(step));
