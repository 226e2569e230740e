import { ZONES } from '../knowledge/zones';
import type { HoldTarget, Pressure } from './types';

/**
 * Tender zones the routine can hold. Ids match the knowledge module's zone ids where both exist,
 * so the same slot value can reach either; `ZONE_ALIASES` folds in the remaining ones.
 */
export const TENDER_ZONE_IDS = [
  'big-toe',
  'toe-tips-2-3',
  'outer-toes',
  'toe-base',
  'ball-of-foot',
  'arch',
  'inner-sole-edge',
  'outer-sole-edge',
  'heel',
  'inner-ankle',
  'outer-ankle',
  'top-of-foot',
] as const;

export type TenderZoneId = (typeof TENDER_ZONE_IDS)[number];

/** The source: "influence the neighbouring organs, even when they do not hurt". */
const NEIGHBOUR: Record<TenderZoneId, TenderZoneId> = {
  'big-toe': 'toe-base',
  'toe-tips-2-3': 'big-toe',
  'outer-toes': 'toe-tips-2-3',
  'toe-base': 'ball-of-foot',
  'ball-of-foot': 'arch',
  arch: 'inner-sole-edge',
  'inner-sole-edge': 'heel',
  'outer-sole-edge': 'heel',
  heel: 'inner-sole-edge',
  'inner-ankle': 'heel',
  'outer-ankle': 'outer-sole-edge',
  'top-of-foot': 'toe-base',
};

// Toes and ankles are only kneaded or circled softly (source); the heel takes firm pressure.
const PRESSURE: Record<TenderZoneId, Pressure> = {
  'big-toe': 'light',
  'toe-tips-2-3': 'light',
  'outer-toes': 'light',
  'toe-base': 'light',
  'ball-of-foot': 'medium',
  arch: 'medium',
  'inner-sole-edge': 'medium',
  'outer-sole-edge': 'medium',
  heel: 'strong',
  'inner-ankle': 'light',
  'outer-ankle': 'light',
  'top-of-foot': 'light',
};

/** Other ids that people's answers (or the knowledge module) may resolve to. */
export const ZONE_ALIASES: Readonly<Record<string, TenderZoneId>> = {
  'outer-edge': 'outer-sole-edge',
  'toe-tips': 'toe-tips-2-3',
  'solar-plexus': 'ball-of-foot',
  'whole-sole': 'arch',
  shoulder: 'outer-toes',
};

export const HOLD_SECONDS = 60;
export const NEIGHBOUR_HOLD_SECONDS = 30;

export function isTenderZoneId(id: string): id is TenderZoneId {
  return (TENDER_ZONE_IDS as readonly string[]).includes(id);
}

export function canonicalZone(id: string): TenderZoneId | undefined {
  if (isTenderZoneId(id)) return id;
  // Spoken words reach this: "constructor" must not find Object.prototype's.
  return Object.hasOwn(ZONE_ALIASES, id) ? ZONE_ALIASES[id] : undefined;
}

const KNOWN = new Map(ZONES.map((zone) => [zone.id, zone]));

/**
 * One description per zone: where the knowledge base describes a zone, the routine's holds say
 * the very same sentences as its answers; only the name, said inside the routine's own lines
 * ("let's give your heel a minute"), is the routine's.
 */
const zoneKeys = (id: string) => {
  const known = KNOWN.get(id);
  return {
    nameKey: `routine:zones.${id}.name`,
    whereKey: known?.whereKey ?? `routine:zones.${id}.where`,
    linkedKey: known?.linkedKey ?? `routine:zones.${id}.linked`,
  };
};

/** The routine's own hold target for a zone, with its neighbour. */
export function zoneTarget(zone: TenderZoneId): HoldTarget {
  const neighbour = NEIGHBOUR[zone];
  const n = zoneKeys(neighbour);
  return {
    id: zone,
    ...zoneKeys(zone),
    holdSeconds: HOLD_SECONDS,
    pressure: PRESSURE[zone],
    // The knowledge base's caution for the zone: a hold there says so before any pressing.
    ...(avoidedInPregnancy(zone) ? { caution: PREGNANCY_CAUTION } : {}),
    neighbour: {
      id: neighbour,
      nameKey: n.nameKey,
      whereKey: n.whereKey,
      ...(avoidedInPregnancy(neighbour) ? { caution: PREGNANCY_CAUTION } : {}),
    },
  };
}

const PREGNANCY_CAUTION = { key: 'routine:hold.pregnancy' };

function avoidedInPregnancy(zone: string): boolean {
  return KNOWN.get(zone)?.cautions.avoidInPregnancy === true;
}
