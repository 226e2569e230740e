import { POINTS } from './points';
import type { Place } from './types';
import { ZONES } from './zones';

/** Zones and points share one id space, so an ailment can name either. */
export const PLACES: readonly Place[] = [...ZONES, ...POINTS];

const BY_ID = new Map(PLACES.map((place) => [place.id, place]));

export function findPlace(id: string): Place | undefined {
  return BY_ID.get(id);
}
