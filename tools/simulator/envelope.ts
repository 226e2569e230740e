import { randomUUID } from 'node:crypto';
import type {
  interfaces,
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
export const DEFAULT_API_ENDPOINT = 'https://api.amazonalexa.com';
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
/** The access token Alexa would hand the skill before and after the reminders permission. */
export const ACCESS_TOKEN = 'simulated-api-access-token';
export const ACCESS_TOKEN_WITH_REMINDERS = 'simulated-api-access-token-with-reminders';
export { DEFAULT_APPLICATION_ID };

/** Who is talking to which skill, on what device: the same for every request of a conversation. */
export interface Caller {
  userId: string;
  applicationId: string;
  deviceId: string;
  locale: string;
  /** Where the skill reaches Alexa's API: a local stand-in in the simulator and tests. */
  apiEndpoint?: string;
  /** The person has allowed this skill to set reminders. */
  remindersGranted?: boolean;
  /** The device's screen; none on a voice-only Echo. */
  screen?: ScreenDevice;
}

/** A device with a screen, as Alexa describes it in the request's context. */
export interface ScreenDevice {
  name: string;
  shape: 'RECTANGLE' | 'ROUND';
  pixelWidth: number;
  pixelHeight: number;
  dpi: number;
}

/** Devices the simulator and tests can pretend to be (sizes from Amazon's viewport profiles). */
export const SCREEN_DEVICES: Readonly<Record<string, ScreenDevice>> = {
  'echo-show-8': {
    name: 'Echo Show 8',
    shape: 'RECTANGLE',
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 160,
  },
  'echo-show-5': {
    name: 'Echo Show 5',
    shape: 'RECTANGLE',
    pixelWidth: 960,
    pixelHeight: 480,
    dpi: 160,
  },
  'echo-spot': { name: 'Echo Spot', shape: 'ROUND', pixelWidth: 480, pixelHeight: 480, dpi: 160 },
  'fire-tv': { name: 'Fire TV', shape: 'RECTANGLE', pixelWidth: 1920, pixelHeight: 1080, dpi: 320 },
};

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
    ...(partial.apiEndpoint ? { apiEndpoint: partial.apiEndpoint } : {}),
    ...(partial.remindersGranted ? { remindersGranted: true } : {}),
    ...(partial.screen ? { screen: partial.screen } : {}),
  };
}

/** A touch on the screen, as Alexa relays it: the arguments of the pressed button's SendEvent. */
export function userEvent(
  args: Array<string | number>,
  token: string,
  locale = DEFAULT_LOCALE,
): interfaces.alexa.presentation.apl.UserEvent {
  return {
    type: 'Alexa.Presentation.APL.UserEvent',
    requestId: newRequestId(),
    timestamp: now(),
    locale,
    token,
    arguments: args,
    source: { type: 'TouchWrapper', handler: 'Press', id: '' },
  };
}

/** A device that could not show a document says so with this request. */
export function aplRuntimeError(
  token: string,
  locale = DEFAULT_LOCALE,
): interfaces.alexa.presentation.apl.RuntimeErrorEvent {
  return {
    type: 'Alexa.Presentation.APL.RuntimeError',
    requestId: newRequestId(),
    timestamp: now(),
    locale,
    token,
    // ask-sdk-model types only the list errors; one of those stands for any failure here.
    errors: [
      {
        type: 'LIST_ERROR',
        reason: 'INTERNAL_ERROR',
        message: 'simulated failure',
        listId: 'steps',
      },
    ],
  };
}

/** What a screen device adds to the request's context: the APL interface and its viewport. */
function screenContext(screen: ScreenDevice | undefined) {
  if (!screen) return { supportedInterfaces: {}, viewport: undefined };
  return {
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.2' } } },
    viewport: {
      experiences: [{ canRotate: false, canResize: false }],
      mode: screen.name === 'Fire TV' ? ('TV' as const) : ('HUB' as const),
      shape: screen.shape,
      pixelWidth: screen.pixelWidth,
      pixelHeight: screen.pixelHeight,
      dpi: screen.dpi,
      currentPixelWidth: screen.pixelWidth,
      currentPixelHeight: screen.pixelHeight,
      touch: screen.name === 'Fire TV' ? [] : ['SINGLE' as const],
    },
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

/** Alexa's answer to a skill's `Connections.SendRequest` AskFor, once the person has spoken. */
export function permissionResponse(
  status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED',
  token: string,
  locale = DEFAULT_LOCALE,
): interfaces.connections.ConnectionsResponse {
  return {
    type: 'Connections.Response',
    requestId: newRequestId(),
    timestamp: now(),
    locale,
    name: 'AskFor',
    status: { code: '200', message: 'OK' },
    payload: { status, isCardThrown: 'false' },
    token,
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

/** A complete request envelope as Alexa posts it to a skill (voice-only unless `who.screen`). */
export function requestEnvelope(
  request: Request,
  session: SessionInfo,
  who: Caller = caller(),
): RequestEnvelope {
  const application = { applicationId: who.applicationId };
  const user = {
    userId: who.userId,
    ...(who.remindersGranted
      ? {
          permissions: {
            consentToken: 'simulated-consent-token',
            scopes: { [REMINDERS_SCOPE]: { status: 'GRANTED' as const } },
          },
        }
      : {}),
  };
  const device = screenContext(who.screen);
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
        device: { deviceId: who.deviceId, supportedInterfaces: device.supportedInterfaces },
        apiEndpoint: who.apiEndpoint ?? DEFAULT_API_ENDPOINT,
        apiAccessToken: who.remindersGranted ? ACCESS_TOKEN_WITH_REMINDERS : ACCESS_TOKEN,
      },
      ...(device.viewport ? { Viewport: device.viewport } : {}),
    },
    request,
  };
}
