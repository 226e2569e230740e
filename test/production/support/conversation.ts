import type { PersistenceAdapter, Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope, Slot } from 'ask-sdk-model';
import { USER_KEY, SESSION_KEY } from '../../../lambda/handlers/turn';
import { planFor, resolveKeyRef, type PlanLength, type RunState } from '../../../lambda/routine';
import { configureSkill } from '../../../lambda/skill';
import { translatorFor } from '../../../lambda/speech/i18n';
import type { SessionState } from '../../../lambda/state/session-state';
import type { UserState } from '../../../lambda/state/user-state';
import { authorityFor } from '../../../tools/nlu/entity-resolution';
import { loadModel } from '../../../tools/nlu/model';
import { audioOf, describeSegments } from '../../../tools/simulator/speech';

export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';

/** The skill exactly as it ships, on the given store: no test-only handlers or interceptors. */
export function makeSkill(persistenceAdapter: PersistenceAdapter): Skill {
  return configureSkill({ persistenceAdapter, skillId: SKILL_ID }).create();
}

type RequestBody = Record<string, unknown> & { type: string };

/**
 * Alexa's clock in these sessions: every request comes after the whole answer before it played
 * (no response plays longer than 240 s), so none is taken as a barge-in into the guidance.
 */
let alexaClock = Date.now();
let lastStamp = alexaClock;
const nextTimestamp = () => new Date((lastStamp = alexaClock += 250_000)).toISOString();

/**
 * A timestamp `seconds` into the audio of the last response (which starts playing about a second
 * after its request): pass it as a request's `timestamp` to barge in.
 */
export function during(seconds: number): string {
  return new Date(lastStamp + 1000 + seconds * 1000).toISOString();
}

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
      timestamp: nextTimestamp(),
      locale: 'en-US',
      ...request,
    },
  } as unknown as RequestEnvelope;
}

const languageModel = loadModel().interactionModel.languageModel;

/**
 * A slot as Alexa fills it when the person said one of the type's values: the spoken value, and
 * an ER_SUCCESS_MATCH resolution to its id under the skill's own authority for that type.
 */
function resolvedSlot(intentName: string, slotName: string, id: string): Slot {
  const declared = languageModel.intents.find((i) => i.name === intentName);
  const type = declared?.slots?.find((s) => s.name === slotName)?.type;
  if (!type) throw new Error(`${intentName} has no slot ${slotName} in the interaction model`);
  const value = languageModel.types
    ?.find((slotType) => slotType.name === type)
    ?.values.find((v) => (v.id ?? v.name.value) === id);
  if (!value) throw new Error(`${type} has no value with id ${id}`);
  return {
    name: slotName,
    value: value.name.value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: authorityFor(SKILL_ID, type),
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { id, name: value.name.value } }],
        },
      ],
    },
  };
}

export const launch = (): RequestBody => ({ type: 'LaunchRequest' });

/**
 * An IntentRequest for an intent the interaction model declares, with slots given by value id
 * (`intent('ChoosePostureIntent', { posture: 'chair-seat' })`). Unknown intents, slots or ids
 * throw, so a test can only send what Alexa could.
 */
export function intent(name: string, slotIds: Record<string, string> = {}): RequestBody {
  if (!languageModel.intents.some((i) => i.name === name))
    throw new Error(`${name} is not in the interaction model`);
  const slots: Record<string, Slot> = {};
  for (const [slotName, id] of Object.entries(slotIds))
    slots[slotName] = resolvedSlot(name, slotName, id);
  return {
    type: 'IntentRequest',
    dialogState: 'COMPLETED',
    intent: { name, confirmationStatus: 'NONE', slots },
  };
}

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

  /** Number of requests sent in this session so far. */
  get turnCount(): number {
    return this.turns;
  }

  get user(): UserState {
    return this.attributes?.[USER_KEY] as UserState;
  }

  get state(): SessionState {
    return this.attributes?.[SESSION_KEY] as SessionState;
  }

  /** The routine run carried in the session attributes, if one is open. */
  get run(): RunState | undefined {
    return this.user?.routine as RunState | undefined;
  }
}

export function speechOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech && speech.type === 'SSML' ? speech.ssml : '';
}

/**
 * What the person hears: the SSML's words with entities decoded, then any APL for Audio
 * document's, pauses as `[pause N s]`.
 */
export function heard(response: ResponseEnvelope): string {
  const apla = response.response.directives?.find(
    (d) => d.type === 'Alexa.Presentation.APLA.RenderDocument',
  ) as { document?: Record<string, unknown> } | undefined;
  return describeSegments(audioOf(speechOf(response), apla?.document));
}

const t = translatorFor('en-US');
const say = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});

/** The spoken instruction a step of a plan starts with, in English. */
export function instructionOf(length: PlanLength, stepId: string): string {
  const step = planFor(length).steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`the ${length} plan has no step ${stepId}`);
  return step.instruction.map((ref) => resolveKeyRef(ref, say).text).join(' ');
}

/** "You stopped at <phase>, <step>." for a step of a plan, in English. */
export function stoppedAtOf(length: PlanLength, stepId: string): string {
  const steps = planFor(length).steps;
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`the ${length} plan has no step ${stepId}`);
  // A phase of one step ("the foot bath offer") is not named twice.
  const alone = steps.filter((s) => s.phase === step.phase).length === 1;
  return resolveKeyRef(
    alone
      ? { key: 'routine:position.stoppedAtStep', params: { step: { key: step.nameKey } } }
      : {
          key: 'routine:position.stoppedAt',
          params: {
            phase: { key: `routine:phases.${step.phase}.name` },
            step: { key: step.nameKey },
          },
        },
    say,
  ).text;
}

export const RESUME_OFFER = t('routine:resume.offer');
