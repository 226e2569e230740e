import { isDeepStrictEqual } from 'node:util';
import type { PersistenceAdapter, Skill } from 'ask-sdk-core';
import type { Request, RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import type { Parameters } from 'fast-check';
import { USER_KEY } from '../../../lambda/handlers/turn';
import { log } from '../../../lambda/logging';
import { userIdOf } from '../../../lambda/persistence/keys';
import { restoreRun } from '../../../lambda/routine/state';
import { configureSkill } from '../../../lambda/skill';
import { migrateUserState } from '../../../lambda/state/user-state';
import type { Exchange } from '../../../tools/simulator/conversation';
import { caller, newSessionId, requestEnvelope } from '../../../tools/simulator/envelope';
import { estimateAudioSeconds, readableSpeech } from '../../../tools/simulator/speech';
import { responseProblems } from '../../support/alexa-rules';
import { applyMutation, type Mutation } from './arbitraries';

/**
 * Fixed seeds make CI reproducible; locally every run explores new cases. FUZZ_SEED replays a
 * reported failure (fast-check prints the seed), FUZZ_SCALE runs longer when hunting.
 */
export function fuzzParameters<T>(numRuns: number, ciSeed: number): Parameters<T> {
  const scale = Number(process.env.FUZZ_SCALE) || 1;
  const seed = process.env.FUZZ_SEED
    ? Number(process.env.FUZZ_SEED)
    : process.env.CI
      ? ciSeed
      : undefined;
  return {
    numRuns: Math.max(1, Math.round(numRuns * scale)),
    ...(seed === undefined ? {} : { seed }),
  };
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * In-memory storage that behaves like the real ones where it matters: values go through JSON,
 * keyed by user id (so a request without one cannot be stored), and it can be made to fail.
 */
export class MemoryAdapter implements PersistenceAdapter {
  private readonly store = new Map<string, string>();
  /** Every state written since the last `drain`, for the state checks. */
  private written: unknown[] = [];
  /** One entry per storage call, consumed in order: true makes that call fail. */
  outages: boolean[] = [];

  private fails(): boolean {
    return this.outages.shift() === true;
  }

  seed(userId: string, attributes: unknown): void {
    this.store.set(userId, JSON.stringify(attributes));
  }

  drain(): unknown[] {
    const written = this.written;
    this.written = [];
    return written;
  }

  reset(): void {
    this.store.clear();
    this.written = [];
    this.outages = [];
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    if (this.fails()) throw new Error('simulated storage outage');
    const stored = this.store.get(userIdOf(envelope));
    return stored === undefined ? {} : (JSON.parse(stored) as Record<string, unknown>);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
    if (this.fails()) throw new Error('simulated storage outage');
    const stored = JSON.stringify(attributes);
    this.store.set(userIdOf(envelope), stored);
    this.written.push(JSON.parse(stored));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    if (this.fails()) throw new Error('simulated storage outage');
    this.store.delete(userIdOf(envelope));
  }
}

export type Invoke = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export function realSkill(adapter: PersistenceAdapter): Skill {
  return configureSkill({ persistenceAdapter: adapter }).create();
}

/**
 * The error handler logs every failure it hides behind "sorry, something went wrong". A realistic
 * request that ends up there is a bug even though the user hears a polite answer, so the harness
 * listens to the log. Errors keep their stack for the report.
 */
export class ErrorLog {
  private readonly seen: string[] = [];
  private readonly original = log.error;

  install(): void {
    log.error = (message: string, error?: unknown) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.seen.push(`${message}: ${detail}`);
    };
  }

  uninstall(): void {
    log.error = this.original;
  }

  take(): string[] {
    return this.seen.splice(0);
  }
}

const ssmlOf = (speech: ui.OutputSpeech | undefined): string =>
  !speech ? '' : speech.type === 'SSML' ? speech.ssml : `<speak>${speech.text}</speak>`;

export function exchangeOf(request: RequestEnvelope, response: ResponseEnvelope): Exchange {
  const ssml = ssmlOf(response.response?.outputSpeech);
  const repromptSsml = ssmlOf(response.response?.reprompt?.outputSpeech);
  return {
    request,
    response,
    ssml,
    repromptSsml,
    speech: readableSpeech(ssml),
    reprompt: readableSpeech(repromptSsml),
    ended:
      request.request.type === 'SessionEndedRequest' ||
      response.response?.shouldEndSession !== false,
    audioSeconds: estimateAudioSeconds(ssml),
  };
}

/** Text that only reaches a listener when a value or a translation went missing. */
const LEAKS =
  /\bundefined\b|\bNaN\b|\[object Object\]|\[native code\]|\{\{|\}\}|\$t\(|\b[a-z]+:?[\w-]+\.[\w-]+\.[\w-]+\b/;

/**
 * A stored (or session) user state the skill wrote must read back as itself. `legacyRoutine` is
 * an unreadable routine that was already in storage: migration keeps it verbatim by design (the
 * engine drops it when it next runs), so carrying it along untouched is not the skill's doing.
 */
export function stateProblems(label: string, state: unknown, legacyRoutine?: unknown): string[] {
  if (state === undefined) return [];
  const plain = json(state);
  const problems: string[] = [];
  const migrated = json(migrateUserState(plain));
  if (!isDeepStrictEqual(migrated, plain))
    problems.push(
      `${label} is not a fixed point of migrateUserState:\n    ${JSON.stringify(plain)}\n -> ${JSON.stringify(migrated)}`,
    );
  const routine = (plain as { routine?: unknown } | null)?.routine;
  const carried = legacyRoutine !== undefined && isDeepStrictEqual(routine, json(legacyRoutine));
  if (routine !== undefined && !carried) {
    const run = restoreRun(routine);
    if (!run)
      problems.push(`${label} holds a routine restoreRun refuses: ${JSON.stringify(routine)}`);
    else if (!isDeepStrictEqual(json(run), routine))
      problems.push(
        `${label} holds a routine restoreRun changes:\n    ${JSON.stringify(routine)}\n -> ${JSON.stringify(run)}`,
      );
  }
  return problems;
}

/** Everything wrong with one answer: Alexa's rules, leaks, and the state it leaves behind. */
export async function answerProblems(
  exchange: Exchange,
  written: unknown[],
  errors: string[],
  realistic: boolean,
  legacyRoutine?: unknown,
): Promise<string[]> {
  const problems = await responseProblems(exchange);
  if (exchange.response.version !== '1.0') problems.push('response envelope version is not 1.0');
  for (const [label, text] of [
    ['speech', exchange.speech],
    ['reprompt', exchange.reprompt],
  ] as const) {
    const leak = LEAKS.exec(text);
    // Echoing what the user said is not a leak, however odd the words.
    if (leak && !JSON.stringify(exchange.request.request).includes(leak[0]))
      problems.push(`${label} leaks "${leak[0]}": ${text.slice(0, 300)}`);
  }
  try {
    JSON.stringify(exchange.response);
  } catch (error) {
    problems.push(`response cannot be serialised: ${String(error)}`);
  }
  const sessionUser = exchange.response.sessionAttributes?.[USER_KEY];
  problems.push(...stateProblems('the session copy of the user state', sessionUser, legacyRoutine));
  // Nothing is pressed before the safety check has its answer: timed guidance means it had one.
  if (
    /\[pause /.test(exchange.speech) &&
    (sessionUser as { safetyCheckHeard?: unknown } | undefined)?.safetyCheckHeard !== true
  )
    problems.push(
      `timed guidance before the safety check was answered: ${exchange.speech.slice(0, 200)}`,
    );
  for (const state of written)
    problems.push(...stateProblems('a stored user state', state, legacyRoutine));
  if (realistic && errors.length > 0)
    problems.push(`a realistic request reached the error handler:\n  ${errors.join('\n  ')}`);
  return problems;
}

const clip = (value: unknown, max = 1500): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
};

export interface Sent {
  envelope: RequestEnvelope;
  response?: ResponseEnvelope;
  problems: string[];
}

/**
 * One Alexa device talking to the skill for one user: session attributes travel from each answer
 * to the next request, and a closed session is followed by a new one, exactly as Alexa relays it.
 */
export class Device {
  private session?: { id: string; attributes: Record<string, unknown>; turns: number };
  readonly who: ReturnType<typeof caller>;

  constructor(
    private readonly invoke: Invoke,
    private readonly adapter: MemoryAdapter,
    private readonly errors: ErrorLog,
    userId: string,
    private readonly legacyRoutine?: unknown,
  ) {
    this.who = caller({ userId });
  }

  get inSession(): boolean {
    return this.session !== undefined;
  }

  async send(request: Request, mutation: Mutation, realistic: boolean): Promise<Sent> {
    const session = this.session ?? { id: newSessionId(), attributes: {}, turns: 0 };
    const good = requestEnvelope(
      request,
      { sessionId: session.id, isNew: session.turns === 0, attributes: session.attributes },
      this.who,
    );
    // Alexa speaks JSON: whatever the skill put in its attributes comes back as JSON would.
    const envelope = json(good) as unknown as Record<string, unknown>;
    applyMutation(envelope, mutation);
    const sent = envelope as unknown as RequestEnvelope;
    const describe = (problems: string[], response?: unknown) =>
      problems.length === 0
        ? problems
        : [
            ...problems,
            `mutation: ${JSON.stringify(mutation)}`,
            `request: ${clip(sent)}`,
            ...(response ? [`response: ${clip(response)}`] : []),
          ];
    let response: ResponseEnvelope;
    try {
      response = await this.invoke(sent);
    } catch (error) {
      this.session = undefined;
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      return { envelope: sent, problems: describe([`the skill rejected: ${detail}`]) };
    }
    const exchange = exchangeOf(sent, response);
    const problems = await answerProblems(
      exchange,
      this.adapter.drain(),
      this.errors.take(),
      realistic,
      this.legacyRoutine,
    );
    session.turns += 1;
    session.attributes = response.sessionAttributes ?? {};
    this.session = exchange.ended ? undefined : session;
    return { envelope: sent, response, problems: describe(problems, response) };
  }
}
