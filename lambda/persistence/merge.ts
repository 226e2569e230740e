import { MAX_COMPLETED_DATES } from '../reminders';
import { MAX_REMEMBERED_SPOTS } from '../routine';
import { newUserState, type UserState } from '../state/user-state';

/**
 * When storage could not be read, the session ran on a blank stand-in. Once the stored state is
 * back, what the session did is laid over it instead of replacing it: counters add up, lists
 * unite, and any other field the session set wins, while fields it never touched keep their
 * stored value. (A field the session cleared can't be told from one it never touched; the
 * stored value stays, which at worst offers an old routine once more.)
 */
export function mergeStandIn(stored: UserState, standIn: UserState): UserState {
  const blank = newUserState() as unknown as Record<string, unknown>;
  const merged = { ...stored } as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(standIn)) {
    if (key === 'schemaVersion' || value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(blank[key])) merged[key] = value;
  }
  const result = merged as unknown as UserState;
  result.visits = stored.visits + standIn.visits;
  result.safetyCheckHeard = stored.safetyCheckHeard || standIn.safetyCheckHeard;
  // The session's spots are the newer: first, and the list kept as short as the routine keeps it.
  result.tenderSpots = [...new Set([...standIn.tenderSpots, ...stored.tenderSpots])].slice(
    0,
    MAX_REMEMBERED_SPOTS,
  );
  const dates = [...(stored.completedDates ?? []), ...(standIn.completedDates ?? [])];
  if (dates.length > 0) result.completedDates = dates.sort().slice(-MAX_COMPLETED_DATES);
  return result;
}
