import type { PersistenceAdapter } from 'ask-sdk-core';
import type {
  Intent,
  Request,
  RequestEnvelope,
  ResponseEnvelope,
  SessionEndedReason,
} from 'ask-sdk-model';

/** One thing the user does; a script is one session's worth of them. */
export type MixStep =
  | { kind: 'launch' }
  | { kind: 'intent'; intent: Intent }
  | { kind: 'ended'; reason: SessionEndedReason };

export type Script = MixStep[];

export interface InvocableSkill {
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
}

const APPLICATION_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-00000000bench';
/**
 * Alexa's clock as the requests carry it. A person answers after the whole response played (at
 * most 240 s), so each request is stamped later than that: the skill places a request that came
 * sooner inside the guidance still playing (barge-in), which the mix does not mean to measure.
 */
const START_MS = Date.now() - 30 * 24 * 3600 * 1000;
const AFTER_A_RESPONSE_MS = 250_000;

function requestOf(step: MixStep, n: number): Request {
  const timestamp = new Date(START_MS + n * AFTER_A_RESPONSE_MS).toISOString();
  const common = { requestId: `bench.request.${n}`, timestamp, locale: 'en-US' };
  switch (step.kind) {
    case 'launch':
      return { type: 'LaunchRequest', ...common };
    case 'intent':
      return { type: 'IntentRequest', dialogState: 'COMPLETED', intent: step.intent, ...common };
    case 'ended':
      return { type: 'SessionEndedRequest', reason: step.reason, ...common };
  }
}

export function envelopeOf(
  request: Request,
  userId: string,
  session: { id: string; isNew: boolean; attributes: Record<string, unknown> },
): RequestEnvelope {
  const application = { applicationId: APPLICATION_ID };
  const user = { userId };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.id,
      application,
      user,
      attributes: session.attributes,
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'bench-device', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request,
  };
}

/**
 * Storage that costs nothing, so latency figures are the skill's own. It keeps references (no
 * copies): the skill migrates what it reads into a new object, so nothing is shared by accident.
 */
export class FreeStorage implements PersistenceAdapter {
  private readonly items = new Map<string, Record<string, unknown>>();

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return this.items.get(envelope.session?.user.userId ?? '') ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
    this.items.set(envelope.session?.user.userId ?? '', attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(envelope.session?.user.userId ?? '');
  }
}

export interface Played {
  envelope: RequestEnvelope;
  response: ResponseEnvelope;
  nanoseconds: bigint;
}

/**
 * Plays scripts round-robin as a pool of users, carrying session attributes from each answer to
 * the next request through JSON, as Alexa does. Only `skill.invoke` is inside the timing.
 */
export class Player {
  private script = 0;
  private step = 0;
  private requests = 0;
  private sessions = 0;
  private session?: { id: string; attributes: Record<string, unknown>; turns: number };

  constructor(
    private readonly skill: InvocableSkill,
    private readonly scripts: Script[],
    private readonly users: number,
  ) {
    if (scripts.length === 0 || scripts.some((s) => s.length === 0))
      throw new Error('the mix needs scripts with steps');
  }

  async next(): Promise<Played> {
    const script = this.scripts[this.script]!;
    const step = script[this.step]!;
    if (!this.session)
      this.session = { id: `bench.session.${++this.sessions}`, attributes: {}, turns: 0 };
    const session = this.session;
    const userId = `amzn1.ask.account.BENCH-${this.sessions % this.users}`;
    const envelope = envelopeOf(requestOf(step, ++this.requests), userId, {
      id: session.id,
      isNew: session.turns === 0,
      attributes: session.attributes,
    });
    const started = process.hrtime.bigint();
    const response = await this.skill.invoke(envelope);
    const nanoseconds = process.hrtime.bigint() - started;
    session.turns += 1;
    session.attributes = JSON.parse(JSON.stringify(response.sessionAttributes ?? {})) as Record<
      string,
      unknown
    >;
    const ended = step.kind === 'ended' || response.response.shouldEndSession !== false;
    this.step += 1;
    const scriptDone = this.step >= script.length;
    if (scriptDone) {
      this.step = 0;
      this.script = (this.script + 1) % this.scripts.length;
    }
    // A script's end closes its session, as Alexa would after a silence.
    if (ended || scriptDone) this.session = undefined;
    return { envelope, response, nanoseconds };
  }
}
