import type { Cautions } from './types';

/** Every place speaks through the same four sub-keys, so adding a place means adding one JSON block. */
export function placeKeys(kind: 'zone' | 'point', id: string) {
  const base = `knowledge:${kind}.${id}`;
  return {
    nameKey: `${base}.name`,
    whereKey: `${base}.where`,
    linkedKey: `${base}.linked`,
    moreKey: `${base}.more`,
  };
}

export const NO_CAUTIONS: Cautions = { avoidInPregnancy: false, noteKeys: [] };

export const AVOID_IN_PREGNANCY: Cautions = { avoidInPregnancy: true, noteKeys: [] };
