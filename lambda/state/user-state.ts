/**
 * What the skill remembers about a person between sessions. Plain JSON, so any persistence adapter
 * can hold it; every stored copy carries a schema version and is migrated on load, never dropped.
 */

import { isPlanLength, isPostureId, MAX_REMEMBERED_SPOTS, restoreRun } from '../routine';
import { isClockTime, isDate, MAX_COMPLETED_DATES, type ReminderOffer } from '../reminders';

/** 2: the daily reminder, whether it was offered, and the dates of completed routines. */
export const USER_STATE_VERSION = 2;
/** Longer than any alert token or IANA zone name Alexa hands out. */
const MAX_TOKEN_LENGTH = 200;

/** Longer than any zone or place id the skill remembers. */
const MAX_ID_LENGTH = 40;
/** Well above the JSON of a routine with a dozen holds added (about 4,800 characters). */
const MAX_UNREAD_ROUTINE_CHARS = 8000;

export interface UserState {
  schemaVersion: number;
  /** Sessions opened so far; zero means a first-time user who gets the longer welcome. */
  visits: number;
  /** The full safety check was heard once; later sessions get a one-line reminder. */
  safetyCheckHeard: boolean;
  posture?: string;
  /** Zones that felt sore before; offered again next time. */
  tenderSpots: string[];
  preferredLength?: string;
  /** The routine engine's own serialisable state when a routine was left open. */
  routine?: unknown;
  /** The daily reminder this skill created: Alexa's alert token, its time ("21:00"), its zone. */
  reminder?: StoredReminder;
  /** The reminder was offered at a goodbye ('made') or turned down: it is not offered again. */
  reminderOffer?: ReminderOffer;
  /** Days a routine was finished ("2026-12-01"), oldest first, for "your third this week". */
  completedDates?: string[];
}

export interface StoredReminder {
  token: string;
  time: string;
  timeZone?: string;
}

export function newUserState(): UserState {
  return { schemaVersion: USER_STATE_VERSION, visits: 0, safetyCheckHeard: false, tenderSpots: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts whatever storage returned (possibly older, partial or foreign) and returns a valid state. */
export function migrateUserState(stored: unknown): UserState {
  const state = newUserState();
  if (!isRecord(stored)) return state;
  if (typeof stored.visits === 'number' && stored.visits >= 0)
    state.visits = Math.floor(stored.visits);
  if (typeof stored.safetyCheckHeard === 'boolean')
    state.safetyCheckHeard = stored.safetyCheckHeard;
  // Only values the skill itself writes: anything else would only be carried in every response
  // (and could push one past Alexa's 24 KB).
  if (isPostureId(stored.posture)) state.posture = stored.posture;
  if (Array.isArray(stored.tenderSpots)) {
    state.tenderSpots = stored.tenderSpots
      .filter((s): s is string => typeof s === 'string' && s.length <= MAX_ID_LENGTH)
      .slice(0, MAX_REMEMBERED_SPOTS);
  }
  if (isPlanLength(stored.preferredLength)) state.preferredLength = stored.preferredLength;
  // A routine this version cannot read (a newer one's, say) is kept for the version that can, but
  // not one larger than the skill writes: carried in the session, it could push every response
  // past Alexa's 24 KB and lock the person out.
  const routine = stored.routine;
  if (
    routine !== undefined &&
    routine !== null &&
    // The size first: it settles every routine the skill writes without validating it here too.
    (JSON.stringify(routine).length <= MAX_UNREAD_ROUTINE_CHARS ||
      restoreRun(routine) !== undefined)
  ) {
    state.routine = routine;
  }
  const reminder = readReminder(stored.reminder);
  if (reminder) state.reminder = reminder;
  if (stored.reminderOffer === 'made' || stored.reminderOffer === 'declined')
    state.reminderOffer = stored.reminderOffer;
  if (Array.isArray(stored.completedDates)) {
    const dates = stored.completedDates.filter(isDate).slice(-MAX_COMPLETED_DATES);
    if (dates.length > 0) state.completedDates = dates;
  }
  return state;
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOKEN_LENGTH;
}

/** A reminder is kept only whole: without its token the skill could neither change nor cancel it. */
function readReminder(value: unknown): StoredReminder | undefined {
  if (!isRecord(value) || !isShortString(value.token) || !isClockTime(value.time)) return undefined;
  const reminder: StoredReminder = { token: value.token, time: value.time };
  if (isShortString(value.timeZone)) reminder.timeZone = value.timeZone;
  return reminder;
}

/** A cheap fingerprint (FNV-1a) so the response interceptor writes only when something changed. */
export function fingerprint(state: UserState): string {
  const json = JSON.stringify(state);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
