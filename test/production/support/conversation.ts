import type { PersistenceAdapter, RequestInterceptor, Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { USER_KEY, SESSION_KEY } from '../../../lambda/handlers/turn';
import { configureSkill } from '../../../lambda/skill';
import type { SessionState } from '../../../lambda/state/session-state';
import type { UserState } from '../../../lambda/state/user-state';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';

/**
 * Stands in for the routine engine, which other modules own: an intent named
 * TestAdvanceRoutineIntent moves the user's routine forward, the way a real step would.
 */
const routineStandIn: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest' || request.intent.name !== 'TestAdvanceRoutineIntent')
      return;
    const user = input.attributesManager.getSessionAttributes()[USER_KEY] as UserState;
    const step = ((user.routine as { step?: number } | undefined)?.step ?? 0) + 1;
    user.routine = { plan: 'quick', step };
  },
};

export function makeSkill(persistenceAdapter: PersistenceAdapter): Skill {
  return configureSkill({ persistenceAdapter, skillId: SKILL_ID })
    .addRequestInterceptors(routineStandIn)
    .create();
}

type RequestBody = Record<string, unknown> & { type: string };

export function envelope(
  userId: string,
  request: RequestBody,
  session: { id: string; isNew: boolean; attributes?: Record<string, unknown> },
  applicationId = SKILL_ID,
): RequestEnvelope {
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.id,
      application: { applicationId },
      user: { userId },
      attributes: session.attributes,
    },
    context: {
      System: {
        application: { applicationId },
        user: { userId },
        device: { deviceId: 'device-1', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: {
      requestId: `request-${Math.random().toString(36).slice(2)}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      ...request,
    },
  } as unknown as RequestEnvelope;
}

export const launch = (): RequestBody => ({ type: 'LaunchRequest' });
export const intent = (name: string): RequestBody => ({
  type: 'IntentRequest',
  dialogState: 'COMPLETED',
  intent: { name, confirmationStatus: 'NONE', slots: {} },
});
export const sessionEnded = (): RequestBody => ({
  type: 'SessionEndedRequest',
  reason: 'EXCEEDED_MAX_REPROMPTS',
});

let sessions = 0;

/** One Alexa session: carries session attributes from each response into the next request. */
export class Session {
  private attributes: Record<string, unknown> | undefined;
  private turns = 0;
  readonly id = `session-${++sessions}`;
  last?: ResponseEnvelope;

  constructor(
    private readonly skill: Skill,
    readonly userId: string,
  ) {}

  async send(request: RequestBody): Promise<ResponseEnvelope> {
    const body = envelope(this.userId, request, {
      id: this.id,
      isNew: this.turns === 0,
      attributes: this.attributes,
    });
    this.turns += 1;
    this.last = await this.skill.invoke(body);
    this.attributes = this.last.sessionAttributes;
    return this.last;
  }

  get user(): UserState {
    return this.attributes?.[USER_KEY] as UserState;
  }

  get state(): SessionState {
    return this.attributes?.[SESSION_KEY] as SessionState;
  }
}

export function speechOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech && speech.type === 'SSML' ? speech.ssml : '';
}
