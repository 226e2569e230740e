import type { Skill } from 'ask-sdk-core';
import type {
  interfaces,
  Intent,
  Request,
  RequestEnvelope,
  ResponseEnvelope,
  SessionEndedReason,
  ui,
} from 'ask-sdk-model';
import { FilePersistenceAdapter } from '../../lambda/persistence/file-adapter';
import { configureSkill } from '../../lambda/skill';
import { loadModel, modelPath, type InteractionModel } from '../nlu/model';
import { nluFor } from '../nlu/languages';
import { Resolver, type Resolution } from '../nlu/resolver';
import { languageOf, packFor } from '../../lambda/languages/registry';
import {
  caller,
  intentRequest,
  launchRequest,
  newSessionId,
  permissionResponse,
  requestEnvelope,
  sessionEndedRequest,
  aplRuntimeError,
  userEvent,
  type Caller,
  type ScreenDevice,
} from './envelope';
import { audioOf, describeSegments, segmentsSeconds, type Segment } from './speech';

export interface ConversationOptions {
  /** A ready skill; otherwise one is configured with a file adapter at `adapterPath`. */
  skill?: Skill;
  adapterPath?: string;
  userId?: string;
  applicationId?: string;
  locale?: string;
  /** The interaction model or its path; defaults to the locale's model, read now. */
  model?: InteractionModel | string;
  /** A resolver already built for the model, shared by many conversations (the NLU report). */
  resolver?: Resolver;
  /** Sees every exchange before `say` returns; throwing fails the turn (used by tests). */
  onExchange?: (exchange: Exchange) => void | Promise<void>;
  /** Alexa's API as the skill reaches it (a local stand-in); Amazon's address otherwise. */
  apiEndpoint?: string;
  /** The person allowed reminders before this conversation began. */
  remindersGranted?: boolean;
  /** The skill's time budget for one API call. */
  apiBudgetMs?: number;
  /** Told of the person's answer to Alexa's permission question (the simulator records it). */
  onPermissionAnswer?: (answer: PermissionAnswer) => void;
  /** Alexa's clock at the first request (epoch ms); the real time by default. */
  startAt?: number;
  /** The device has a screen (Echo Show, Spot, Fire TV); voice-only otherwise. */
  screen?: ScreenDevice;
}

/**
 * Alexa's clock, as the skill sees it in request timestamps. A request comes when the person
 * speaks: after the whole response played (and a moment to answer), unless they barge in.
 */
const THINK_MS = 2000;
/** Alexa starts playing a response about this long after the request (the skill assumes it too). */
const PLAYBACK_START_MS = 1000;

/** What Alexa says itself when a skill asks for the reminders permission by voice. */
export const PERMISSION_PROMPT =
  'Do you give Foot Massage Coach permission to update your reminders? You can say I approve or no.';

export type PermissionAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/** How Alexa would take a spoken answer to its permission question. */
export function permissionAnswerOf(utterance: string): PermissionAnswer {
  const text = utterance.toLowerCase().trim();
  if (/^(?:yes|yeah|yep|sure|ok|okay|i approve|approve|allow|i allow|i do)\b/.test(text))
    return 'ACCEPTED';
  if (/^(?:no|nope|don't|do not|deny|i deny|never)\b/.test(text)) return 'DENIED';
  return 'NOT_ANSWERED';
}

export interface Exchange {
  request: RequestEnvelope;
  response: ResponseEnvelope;
  /** Readable speech, with `[pause N s]` for silences: the outputSpeech, then any APLA audio. */
  speech: string;
  /** What the person hears, in order: words and silences (outputSpeech, then APL for Audio). */
  audio?: Segment[];
  /** The response's APL for Audio document, when it has one. */
  apla?: Record<string, unknown>;
  reprompt: string;
  ssml: string;
  repromptSsml: string;
  /** The skill closed the session (or it was a SessionEndedRequest). */
  ended: boolean;
  /** Estimated length of the spoken answer, in seconds (150 words a minute plus breaks). */
  audioSeconds: number;
  /** What Alexa said in its own voice after the skill's answer (its permission question). */
  alexaSays?: string;
}

export interface Turn extends Exchange {
  utterance: string;
  resolution: Resolution;
}

function ssmlOf(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? speech.ssml : `<speak>${speech.text}</speak>`;
}

/**
 * One person talking to the skill across any number of sessions, as Alexa would relay it:
 * utterances are resolved through the interaction model, session attributes travel from each
 * response to the next request, and a closed session is followed by a new one.
 */
export class Conversation {
  readonly skill: Skill;
  readonly resolver: Resolver;
  readonly caller: Caller;
  /** How fast the locale's voice speaks: the audio clock times its words at this rate. */
  readonly wordsPerMinute: number;
  private session?: { id: string; turns: number; attributes: Record<string, unknown> };
  private readonly onExchange?: ConversationOptions['onExchange'];
  /** The skill asked for a permission; Alexa's question waits for the person's answer. */
  private permissionToken?: string;
  private readonly onPermissionAnswer?: ConversationOptions['onPermissionAnswer'];
  /** Alexa's clock (epoch ms): when the last request was sent, and how long its answer plays. */
  private clock: number;
  private lastAudioMs = 0;
  /** The next request's time, set by a barge-in ("@20 pause"). */
  private nextAt?: number;
  private shownToken?: string;

  constructor(options: ConversationOptions = {}) {
    if (!options.skill && !options.adapterPath)
      throw new Error('Conversation needs a skill or an adapterPath');
    this.skill =
      options.skill ??
      configureSkill({
        persistenceAdapter: new FilePersistenceAdapter(options.adapterPath as string),
        skillId: options.applicationId,
        apiBudgetMs: options.apiBudgetMs,
      }).create();
    this.caller = caller({
      userId: options.userId,
      applicationId: options.applicationId,
      locale: options.locale,
      apiEndpoint: options.apiEndpoint,
      remindersGranted: options.remindersGranted,
      screen: options.screen,
    });
    this.wordsPerMinute = packFor(languageOf(this.caller.locale)).wordsPerMinute;
    const model =
      options.resolver !== undefined
        ? ({} as InteractionModel)
        : typeof options.model === 'object'
          ? options.model
          : loadModel(options.model ?? modelPath(this.caller.locale));
    this.resolver =
      options.resolver ??
      new Resolver(model, {
        applicationId: this.caller.applicationId,
        language: nluFor(languageOf(this.caller.locale)),
      });
    this.onExchange = options.onExchange;
    this.onPermissionAnswer = options.onPermissionAnswer;
    this.clock = options.startAt ?? Date.now();
    this.lastAudioMs = -PLAYBACK_START_MS - THINK_MS;
  }

  /** Alexa's clock now: when the person would speak next. */
  get now(): number {
    return this.nextAt ?? this.clock + PLAYBACK_START_MS + this.lastAudioMs + THINK_MS;
  }

  /** The person waits this long (the time passes between two sessions, say). */
  wait(seconds: number): void {
    this.clock = this.now + seconds * 1000;
    this.lastAudioMs = -PLAYBACK_START_MS - THINK_MS;
    this.nextAt = undefined;
  }

  /** The next request comes `seconds` into the last response's audio: the person barges in. */
  bargeIn(seconds: number): void {
    this.nextAt = this.clock + PLAYBACK_START_MS + seconds * 1000;
  }

  /** A session is open: the next utterance continues it. */
  get inSession(): boolean {
    return this.session !== undefined;
  }

  get sessionAttributes(): Record<string, unknown> | undefined {
    return this.session?.attributes;
  }

  /** What the user says; naming the skill ("open ...", "ask ... to ...") starts a new session. */
  async say(spoken: string): Promise<Turn> {
    // "@20 pause": "pause", said 20 s into the last response.
    const barge = /^@(\d+(?:\.\d+)?)\s+(.+)$/.exec(spoken.trim());
    if (barge) this.bargeIn(Number(barge[1]));
    const utterance = barge ? barge[2]! : spoken;
    if (this.permissionToken !== undefined && this.session) {
      const answer = permissionAnswerOf(utterance);
      const resolution: Resolution = {
        kind: 'intent',
        invoked: false,
        intent: { name: `Connections.Response (${answer})`, confirmationStatus: 'NONE' },
      };
      return { utterance, resolution, ...(await this.answerPermission(answer)) };
    }
    const resolution = this.resolver.resolve(utterance);
    const startsAfresh = resolution.kind === 'launch' || resolution.invoked;
    // Invoking the skill mid-session ends that session first, so what it learnt is saved.
    if (startsAfresh && this.session) await this.endSession('USER_INITIATED');
    const request =
      resolution.kind === 'launch'
        ? launchRequest(this.caller.locale)
        : intentRequest(resolution.intent, this.caller.locale);
    return { utterance, resolution, ...(await this.send(request)) };
  }

  /** Sends an intent as Alexa would, bypassing the model (e.g. one the model does not declare). */
  async intent(intent: Intent | string): Promise<Exchange> {
    const body =
      typeof intent === 'string' ? { name: intent, confirmationStatus: 'NONE' as const } : intent;
    return this.send(intentRequest(body, this.caller.locale));
  }

  /**
   * The person's answer to Alexa's permission question, as Alexa relays it to the skill. A yes
   * grants the permission for the rest of the conversation, as it would for the account.
   */
  async answerPermission(answer: PermissionAnswer): Promise<Exchange> {
    const token = this.permissionToken ?? '';
    this.permissionToken = undefined;
    if (answer === 'ACCEPTED') this.caller.remindersGranted = true;
    this.onPermissionAnswer?.(answer);
    return this.send(permissionResponse(answer, token, this.caller.locale));
  }

  /** The document on screen: the last one a response sent, while its session lasts. */
  get screenToken(): string | undefined {
    return this.shownToken;
  }

  /** The person touches a button of the screen; `args` are its SendEvent arguments. */
  async touch(args: Array<string | number>): Promise<Exchange> {
    return this.send(userEvent(args, this.shownToken ?? '', this.caller.locale));
  }

  /** The device reports that it could not show the last document. */
  async screenFails(): Promise<Exchange> {
    return this.send(aplRuntimeError(this.shownToken ?? '', this.caller.locale));
  }

  /** The person allows (or takes back) reminders in the Alexa app, between sessions. */
  setRemindersGranted(granted: boolean): void {
    this.caller.remindersGranted = granted;
  }

  /** Alexa closes the session on its own (the user went silent, said nothing useful, or left). */
  async endSession(
    reason: SessionEndedReason = 'EXCEEDED_MAX_REPROMPTS',
  ): Promise<Exchange | undefined> {
    if (!this.session) return undefined;
    return this.send(sessionEndedRequest(reason, this.caller.locale));
  }

  /** Any request, inside the current session or a new one. */
  async send(unstamped: Request): Promise<Exchange> {
    const session = this.session ?? { id: newSessionId(), turns: 0, attributes: {} };
    this.clock = Math.max(this.now, this.clock);
    this.nextAt = undefined;
    // Alexa's timestamps are whole seconds.
    const timestamp = new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const request = { ...unstamped, timestamp } as Request;
    const envelope = requestEnvelope(
      request,
      { sessionId: session.id, isNew: session.turns === 0, attributes: session.attributes },
      this.caller,
    );
    const response = await this.skill.invoke(envelope);
    session.turns += 1;
    session.attributes = response.sessionAttributes ?? {};
    const askFor = response.response.directives?.find(
      (d): d is interfaces.connections.SendRequestDirective =>
        d.type === 'Connections.SendRequest' && d.name === 'AskFor',
    );
    // Alexa asks the person itself, then resumes the session with a Connections.Response.
    this.permissionToken = askFor ? askFor.token : undefined;
    // An answer to a screen's event that leaves shouldEndSession out leaves the session as it was.
    const screenEvent = request.type.startsWith('Alexa.Presentation.APL.');
    const ended =
      request.type !== 'SessionEndedRequest' &&
      (askFor || (screenEvent && response.response.shouldEndSession === undefined))
        ? false
        : request.type === 'SessionEndedRequest' || response.response.shouldEndSession !== false;
    this.session = ended ? undefined : session;
    const shown = response.response.directives?.find(
      (d): d is interfaces.alexa.presentation.apl.RenderDocumentDirective =>
        d.type === 'Alexa.Presentation.APL.RenderDocument',
    );
    if (shown) this.shownToken = shown.token;
    if (ended) this.shownToken = undefined;
    const ssml = ssmlOf(response.response.outputSpeech);
    const repromptSsml = ssmlOf(response.response.reprompt?.outputSpeech);
    const apla = response.response.directives?.find(
      (d): d is interfaces.alexa.presentation.apla.RenderDocumentDirective =>
        d.type === 'Alexa.Presentation.APLA.RenderDocument',
    )?.document;
    const audio = audioOf(ssml, apla);
    const audioSeconds = segmentsSeconds(audio, this.wordsPerMinute);
    this.lastAudioMs = audioSeconds * 1000;
    const exchange: Exchange = {
      request: envelope,
      response,
      ssml,
      repromptSsml,
      speech: describeSegments(audio),
      audio,
      ...(apla ? { apla } : {}),
      reprompt: describeSegments(audioOf(repromptSsml)),
      ended,
      audioSeconds,
      ...(askFor ? { alexaSays: PERMISSION_PROMPT } : {}),
    };
    await this.onExchange?.(exchange);
    return exchange;
  }
}
