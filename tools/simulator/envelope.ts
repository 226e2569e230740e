import { randomUUID } from 'node:crypto';
import type {
  Intent,
  IntentRequest,
  LaunchRequest,
  Request,
  RequestEnvelope,
  SessionEndedReason,
  SessionEndedRequest,
} from 'ask-sdk-model';
import { DEFAULT_APPLICATION_ID } from '../nlu/resolver';

export const DEFAULT_USER_ID = 'amzn1.ask.account.SIMULATED-USER';
export const DEFAULT_DEVICE_ID = 'amzn1.ask.device.SIMULATED-DEVICE';
export const DEFAULT_LOCALE = 'en-US';
export { DEFAULT_APPLICATION_ID };

/** Who is talking to which skill, on what device: the same for every request of a conversation. */
export interface Caller {
  userId: string;
  applicationId: string;
  deviceId: string;
  locale: string;
}

export interface SessionInfo {
  sessionId: string;
  isNew: boolean;
  attributes?: Record<string, unknown>;
}

export function caller(partial: Partial<Caller> = {}): Caller {
  return {
    userId: partial.userId ?? DEFAULT_USER_ID,
    applicationId: partial.applicationId ?? DEFAULT_APPLICATION_ID,
    deviceId: partial.deviceId ?? DEFAULT_DEVICE_ID,
    locale: partial.locale ?? DEFAULT_LOCALE,
  };
}

export const newSessionId = (): string => `amzn1.echo-api.session.${randomUUID()}`;
const newRequestId = (): string => `amzn1.echo-api.request.${randomUUID()}`;
const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function launchRequest(locale = DEFAULT_LOCALE): LaunchRequest {
  return { type: 'LaunchRequest', requestId: newRequestId(), timestamp: now(), locale };
}

export function intentRequest(intent: Intent, locale = DEFAULT_LOCALE): IntentRequest {
  return {
    type: 'IntentRequest',
    requestId: newRequestId(),
    timestamp: now(),
    locale,
    dialogState: 'COMPLETED',
    intent: { slots: {}, ...intent },
  };
}

export function sessionEndedRequest(
  reason: SessionEndedReason = 'USER_INITIATED',
  locale = DEFAULT_LOCALE,
): SessionEndedRequest {
  return {
    type: 'SessionEndedRequest',
    requestId: newRequestId(),
    timestamp: now(),
    locale,
    reason,
    ...(reason === 'ERROR'
      ? { error: { type: 'INTERNAL_SERVICE_ERROR', message: 'simulated error' } }
      : {}),
  };
}

/** A complete request envelope as Alexa posts it to a skill (voice-only device). */
export function requestEnvelope(
  request: Request,
  session: SessionInfo,
  who: Caller = caller(),
): RequestEnvelope {
  const application = { applicationId: who.applicationId };
  const user = { userId: who.userId };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.sessionId,
      application,
      user,
      attributes: session.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: who.deviceId, supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'simulated-api-access-token',
      },
    },
    request,
  };
}
