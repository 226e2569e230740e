import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { fingerprint, migrateUserState, newUserState, type UserState } from '../state/user-state';
import { newSessionState, type SessionState } from '../state/session-state';
import { SESSION_KEY, USER_KEY } from '../handlers/turn';
import { log } from '../logging';

/**
 * Storage is read once when a session starts and written once when it ends (and only if something
 * changed), so a whole massage costs one read and at most one write whatever its number of turns.
 */
export const loadUserStateInterceptor: RequestInterceptor = {
  async process(input) {
    const attributes = input.attributesManager.getSessionAttributes();
    if (attributes[USER_KEY] && attributes[SESSION_KEY]) return;

    const session: SessionState = newSessionState();
    let user: UserState;
    try {
      user = migrateUserState(await input.attributesManager.getPersistentAttributes(false));
    } catch (error) {
      // A storage outage must not silence the skill: go on with a fresh state and say nothing of it.
      log.warn('user state could not be read', error);
      user = newUserState();
      session.storageDegraded = true;
    }
    session.loadedFingerprint = fingerprint(user);
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
    const attributes = input.attributesManager.getSessionAttributes();
    const session = attributes[SESSION_KEY] as SessionState | undefined;
    const user = attributes[USER_KEY] as UserState | undefined;
    if (session) session.turn += 1;
    if (!user || !session || !sessionIsEnding(input, response)) return;

    // After a failed read the state in hand is a stand-in; writing it would wipe what is stored.
    if (session.storageDegraded) return;
    const current = fingerprint(user);
    if (current === session.loadedFingerprint) return;
    try {
      input.attributesManager.setPersistentAttributes(user);
      await input.attributesManager.savePersistentAttributes();
      session.loadedFingerprint = current;
    } catch (error) {
      log.warn('user state could not be saved', error);
    }
  },
};
