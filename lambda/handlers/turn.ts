import type { HandlerInput } from 'ask-sdk-core';
import type { Translate } from '../speech/i18n';
import { languageOf } from '../languages/registry';
import type { Language } from '../languages/types';
import { localeOrDefault, translatorFor } from '../speech/i18n';
import { newUserState, type UserState } from '../state/user-state';
import { newSessionState, type SessionState } from '../state/session-state';

/** Everything a handler needs about the current turn, set up once by the request interceptors. */
export interface Turn {
  locale: string;
  /** The locale's language: which words the safety layer and the complaint lookup read. */
  language: Language;
  t: Translate;
  /** Remembered across sessions; mutate it and the response interceptor saves it. */
  user: UserState;
  /** Lives for this session only. */
  session: SessionState;
}

export const USER_KEY = 'user';
export const SESSION_KEY = 'session';

function attributesOf(input: HandlerInput): Record<string, unknown> {
  if (input.requestEnvelope.session) return input.attributesManager.getSessionAttributes();
  // Alexa sends session-less requests only for interfaces this skill does not declare; they
  // still get a working state, one that lives for this request only.
  const request = input.attributesManager.getRequestAttributes();
  return (request.outOfSession ??= {}) as Record<string, unknown>;
}

export function turnOf(input: HandlerInput): Turn {
  const attributes = attributesOf(input);
  // Interceptors always set these; the fallbacks keep a handler safe if one was skipped.
  if (!attributes[USER_KEY]) attributes[USER_KEY] = newUserState();
  if (!attributes[SESSION_KEY]) attributes[SESSION_KEY] = newSessionState();
  const request = input.attributesManager.getRequestAttributes();
  const locale =
    (request.locale as string | undefined) ?? localeOrDefault(input.requestEnvelope.request.locale);
  const t = (request.t as Translate | undefined) ?? translatorFor(locale);
  return {
    locale,
    language: languageOf(locale),
    t,
    user: attributes[USER_KEY] as UserState,
    session: attributes[SESSION_KEY] as SessionState,
  };
}

/** Picks one phrasing of a variant list, rotating with the turn so replies don't sound canned. */
export function pick(turn: Turn, key: string, params?: Record<string, unknown>): string {
  const value = turn.t(key, { ...params, returnObjects: true }) as unknown;
  if (Array.isArray(value) && value.length > 0) {
    return String(value[turn.session.turn % value.length]);
  }
  return typeof value === 'string' ? value : turn.t(key, params ?? {});
}
