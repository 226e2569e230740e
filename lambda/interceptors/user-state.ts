import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { fingerprint, migrateUserState, newUserState, type UserState } from '../state/user-state';
import { newSessionState, type SessionState } from '../state/session-state';
import { SESSION_KEY, USER_KEY } from '../handlers/turn';
import { log } from '../logging';
import { storageKeyOf } from '../persistence/keys';
import { mergeStandIn } from '../persistence/merge';
import { PendingSaves } from '../persistence/pending-saves';

/**
 * Storage is read once when a session starts and written once when it ends (and only if something
 * changed), so a whole massage costs one read and at most one write whatever its number of turns.
 *
 * When storage fails, the session goes on from session attributes:
 * - a failed read leaves a blank stand-in, flagged `storageDegraded`; later turns (every one after
 *   a fast failure, every third after a slow one) and the session's end try the read again and,
 *   once it works, lay the session's changes over the stored state; a stand-in is never written
 *   over stored state;
 * - a failed final write is kept in memory (`pendingSaves`) and written by the same user's next
 *   session in this process, once its read has worked.
 */
export const pendingSaves = new PendingSaves();

const READ_TRIED = 'userStateReadTried';

/**
 * A read that failed this slowly ran into its budget: storage is struggling, not just down. The
 * next turns skip the retry rather than each keeping the person waiting as long again; a fast
 * failure is cheap to retry on every turn. The session's end always tries once more.
 */
const SLOW_FAILURE_MS = 1000;
const TURNS_BEFORE_READING_AGAIN = 3;

function noteFailedRead(session: SessionState, startedMs: number): void {
  if (performance.now() - startedMs >= SLOW_FAILURE_MS) {
    session.readAgainAtTurn = session.turn + TURNS_BEFORE_READING_AGAIN;
  } else delete session.readAgainAtTurn;
}

function keyOf(input: HandlerInput): string | undefined {
  try {
    return storageKeyOf(input.requestEnvelope);
  } catch {
    return undefined;
  }
}

/** Hashing the user id is only worth it when this process owes storage anything at all. */
function owedKeyOf(input: HandlerInput): string | undefined {
  return pendingSaves.size > 0 ? keyOf(input) : undefined;
}

async function readStored(input: HandlerInput): Promise<UserState> {
  return migrateUserState(await input.attributesManager.getPersistentAttributes(false));
}

/**
 * Reads storage and folds in what this process still owes it. Returns the state to carry on with,
 * and sets the fingerprint to the stored one so that any difference gets written at the end.
 */
async function load(input: HandlerInput, session: SessionState, inHand?: UserState) {
  // Remembered for this request only, so one turn never pays for two failed reads.
  input.attributesManager.getRequestAttributes()[READ_TRIED] = true;
  const stored = await readStored(input);
  session.loadedFingerprint = fingerprint(stored);
  session.storageDegraded = false;
  delete session.readAgainAtTurn;
  const key = owedKeyOf(input);
  const owed = key ? pendingSaves.take(key) : undefined;
  let base = stored;
  // A state whose write failed after a good read is the latest word; a stand-in only adds to it.
  if (owed) base = owed.standIn ? mergeStandIn(stored, owed.state) : owed.state;
  return inHand ? mergeStandIn(base, inHand) : base;
}

export const loadUserStateInterceptor: RequestInterceptor = {
  async process(input) {
    // Nothing to carry without a session (see turnOf); storage is left alone. Nor is it read for
    // a CanFulfillIntentRequest, whose answer must not depend on or touch the user's state.
    if (!input.requestEnvelope.session) return;
    if (input.requestEnvelope.request.type === 'CanFulfillIntentRequest') return;
    const attributes = input.attributesManager.getSessionAttributes();
    const existing = attributes[SESSION_KEY] as SessionState | undefined;
    if (attributes[USER_KEY] && existing && !existing.storageDegraded) return;

    if (existing && attributes[USER_KEY]) {
      if (existing.readAgainAtTurn !== undefined && existing.turn < existing.readAgainAtTurn)
        return;
      // The read failed earlier this session: try again, keeping what the session did so far.
      const started = performance.now();
      try {
        attributes[USER_KEY] = await load(input, existing, attributes[USER_KEY] as UserState);
      } catch (error) {
        log.warn('user state still cannot be read', error);
        noteFailedRead(existing, started);
      }
      return;
    }

    const session: SessionState = newSessionState();
    let user: UserState;
    const started = performance.now();
    try {
      user = await load(input, session);
    } catch (error) {
      // A storage outage must not silence the skill: go on with a stand-in and say nothing of it.
      log.warn('user state could not be read', error);
      user = newUserState();
      session.storageDegraded = true;
      session.loadedFingerprint = fingerprint(user);
      noteFailedRead(session, started);
    }
    attributes[USER_KEY] = user;
    attributes[SESSION_KEY] = session;
  },
};

function sessionIsEnding(input: HandlerInput, response: Response | undefined): boolean {
  return (
    input.requestEnvelope.request.type === 'SessionEndedRequest' ||
    response?.shouldEndSession === true
  );
}

export const saveUserStateInterceptor: ResponseInterceptor = {
  async process(input, response) {
    if (!input.requestEnvelope.session) return;
    const attributes = input.attributesManager.getSessionAttributes();
    const session = attributes[SESSION_KEY] as SessionState | undefined;
    if (session) session.turn += 1;
    if (!attributes[USER_KEY] || !session || !sessionIsEnding(input, response)) return;

    if (session.storageDegraded) {
      // Last chance this session to get the stored state under the stand-in before writing.
      try {
        if (input.attributesManager.getRequestAttributes()[READ_TRIED])
          throw new Error('read failed');
        attributes[USER_KEY] = await load(input, session, attributes[USER_KEY] as UserState);
      } catch (error) {
        log.warn('user state still cannot be read; keeping it for later', error);
        const user = attributes[USER_KEY] as UserState;
        const key = keyOf(input);
        if (key && fingerprint(user) !== session.loadedFingerprint) {
          pendingSaves.put(key, { state: user, standIn: true });
        }
        return;
      }
    }

    const user = attributes[USER_KEY] as UserState;
    const current = fingerprint(user);
    if (current === session.loadedFingerprint) return;
    try {
      input.attributesManager.setPersistentAttributes(user);
      await input.attributesManager.savePersistentAttributes();
      session.loadedFingerprint = current;
    } catch (error) {
      log.warn('user state could not be saved; keeping it for later', error);
      const key = keyOf(input);
      if (key) pendingSaves.put(key, { state: user, standIn: false });
    }
  },
};

/**
 * Erases everything stored for the user, here and in what this process still owes storage, and
 * resets the session's copy so the end of the session has nothing to write back. Throws when
 * storage can't be reached, so the caller can say the data is still there.
 */
export async function forgetUser(input: HandlerInput): Promise<void> {
  const { attributesManager } = input;
  if (!attributesManager.deletePersistentAttributes) throw new Error('storage cannot delete');
  await attributesManager.deletePersistentAttributes();
  const key = owedKeyOf(input);
  if (key) pendingSaves.drop(key);
  const attributes = input.attributesManager.getSessionAttributes();
  const user = newUserState();
  const session = (attributes[SESSION_KEY] as SessionState | undefined) ?? newSessionState();
  session.loadedFingerprint = fingerprint(user);
  session.storageDegraded = false;
  attributes[USER_KEY] = user;
  attributes[SESSION_KEY] = session;
}
