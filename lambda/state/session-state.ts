/**
 * What lives only for one Alexa session: the pending question (so a bare "yes" means the right
 * thing), a turn counter that rotates phrasings, and the fingerprint of the stored user state.
 */

export interface PendingQuestion {
  /** Who asked: decides which handler owns the next yes / no. */
  kind: string;
  /** Whatever the asker needs to act on the answer (e.g. a point id). */
  data?: Record<string, string>;
  /** The question as asked, so "help" or "maybe" can say it again instead of losing it. */
  question?: string;
}

export interface SessionState {
  turn: number;
  pending?: PendingQuestion;
  /** Fingerprint of the user state as loaded, to save only on change. */
  loadedFingerprint?: string;
  /** The last knowledge answer, so "tell me more" knows what it is about. */
  lastAnswer?: { kind: 'ailment' | 'place' | 'topic' | 'contraindications'; id: string };
  /** Storage could not be read this session: keep working from session attributes, retry save. */
  storageDegraded?: boolean;
  /** After a slow failed read, the turn before which no turn tries the read again. */
  readAgainAtTurn?: number;
  /** The last answer as spoken, for "repeat" (see interceptors/last-said). */
  lastSaid?: { ssml: string; reprompt: string };
  /** Alexa could not render an APL for Audio document: the routine speaks SSML from then on. */
  audio?: 'ssml';
}

export function newSessionState(): SessionState {
  return { turn: 0 };
}
