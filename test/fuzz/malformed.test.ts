import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { configureSkill } from '../../lambda/skill';
import {
  caller,
  intentRequest,
  launchRequest,
  newSessionId,
  requestEnvelope,
  sessionEndedRequest,
} from '../../tools/simulator/envelope';
import { responseProblems } from '../support/alexa-rules';
import { messyText } from './support/arbitraries';
import { exchangeOf, fuzzParameters, MemoryAdapter, realSkill } from './support/harness';

process.env.FMC_LOG = 'silent';

const adapter = new MemoryAdapter();
const skill = realSkill(adapter);
const lambda = configureSkill({ persistenceAdapter: adapter }).lambda();

/** An answer that never comes is as bad as a crash: Lambda would bill it until the timeout. */
const HANG_MS = 2000;

type Outcome =
  | { kind: 'rejected'; error: unknown }
  | { kind: 'answered'; response: ResponseEnvelope }
  | { kind: 'hung' };

async function outcomeOf(run: () => Promise<ResponseEnvelope>): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hung' }), HANG_MS);
  });
  try {
    return await Promise.race([
      run().then(
        (response): Outcome => ({ kind: 'answered', response }),
        (error: unknown): Outcome => ({ kind: 'rejected', error }),
      ),
      hung,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Refused cleanly: a real Error, or an answer Alexa would accept. */
async function refusalProblems(envelope: unknown, outcome: Outcome): Promise<string[]> {
  if (outcome.kind === 'hung') return [`no answer within ${HANG_MS} ms`];
  if (outcome.kind === 'rejected') {
    const { error } = outcome;
    return error instanceof Error && error.message.length > 0
      ? []
      : [`rejected with something other than an Error: ${String(error)}`];
  }
  const type = (envelope as { request?: { type?: unknown } } | null)?.request?.type;
  // The checker needs a request type; a malformed one is named as such.
  const request = { request: { type: typeof type === 'string' ? type : 'Malformed' } };
  return responseProblems(exchangeOf(request as RequestEnvelope, outcome.response));
}

const userId = () => `amzn1.ask.account.MALFORMED-${Math.random().toString(36).slice(2)}`;

function goodEnvelope(user: string, kind: 'launch' | 'help' | 'ended' = 'launch') {
  const request =
    kind === 'launch'
      ? launchRequest()
      : kind === 'help'
        ? intentRequest({ name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' })
        : sessionEndedRequest('ERROR');
  return requestEnvelope(
    request,
    { sessionId: newSessionId(), isNew: kind === 'launch' },
    caller({ userId: user }),
  );
}

/** After any refusal the same process, and the same user, must be served normally. */
async function nextGoodRequestProblems(user: string): Promise<string[]> {
  const envelope = goodEnvelope(user);
  const outcome = await outcomeOf(() => skill.invoke(envelope));
  if (outcome.kind !== 'answered')
    return [`the next good request was not answered: ${outcome.kind}`];
  const problems = await responseProblems(exchangeOf(envelope, outcome.response));
  if (outcome.response.response.shouldEndSession !== false)
    problems.push('the next good LaunchRequest did not open a session');
  return problems;
}

/** Every path of a JSON value, objects included, so any part of an envelope can be replaced. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [
    prefix,
    ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key])),
  ];
}

function replaced(envelope: unknown, path: string[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(envelope) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const junk = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, '', 'x', true, [], {}, NaN),
  messyText,
  fc.anything({ maxDepth: 2 }),
);

/** A good envelope (launch, intent with slots, session end) with one part replaced or removed. */
const damagedArb = fc
  .record({
    kind: fc.constantFrom<'launch' | 'help' | 'ended'>('launch', 'help', 'ended'),
    user: fc.constant(null).map(userId),
  })
  .chain(({ kind, user }) => {
    const good = goodEnvelope(user, kind);
    return fc
      .record({
        path: fc.constantFrom(...pathsOf(good)),
        value: junk,
        remove: fc.boolean(),
      })
      .map(({ path, value, remove }) => ({
        user,
        envelope: replaced(good, path, value, remove),
        what: `${remove ? 'removed' : 'replaced'} ${path.join('.') || 'the whole envelope'}`,
      }));
  });

/** Whole envelopes that are not envelopes at all, and the shapes a broken proxy would send. */
const hopelessArb = fc
  .oneof(
    junk,
    fc.constant(null).map(() => JSON.stringify(goodEnvelope(userId()))),
    fc.constant(null).map(() => ({ ...goodEnvelope(userId()), request: undefined })),
    fc.constant(null).map(() => ({ ...goodEnvelope(userId()), session: undefined })),
    fc.constantFrom('launch', 'help', 'ended').map((kind) => {
      const envelope: Partial<RequestEnvelope> = goodEnvelope(userId(), kind as 'launch');
      delete envelope.session;
      return envelope;
    }),
  )
  .map((envelope) => ({ user: userId(), envelope, what: 'hopeless' }));

describe('malformed envelopes', () => {
  const outcomes = { rejected: 0, answered: 0 };
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(() => {
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
  });
  afterAll(() => {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
  });

  it('are refused cleanly, and the next good request is served', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedArb, hopelessArb), async ({ user, envelope, what }) => {
        adapter.reset();
        const outcome = await outcomeOf(() => skill.invoke(envelope as RequestEnvelope));
        if (outcome.kind !== 'hung') outcomes[outcome.kind] += 1;
        const problems = [
          ...(await refusalProblems(envelope, outcome)),
          ...(await nextGoodRequestProblems(user)),
        ];
        if (problems.length > 0)
          throw new Error(`${what}:\n  ${problems.join('\n  ')}\n${JSON.stringify(envelope)}`);
      }),
      fuzzParameters(600, 0x5eed_0002),
    );
    // Both ways of refusing occur; a generator that stopped producing either would show here.
    expect(outcomes.rejected).toBeGreaterThan(0);
    expect(outcomes.answered).toBeGreaterThan(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(crashes).toEqual([]);
  }, 120_000);

  it('reach the Lambda callback exactly once, with an Error or an answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedArb, hopelessArb), async ({ envelope, what }) => {
        const calls: Array<[unknown, unknown]> = [];
        const outcome = await outcomeOf(
          () =>
            new Promise<ResponseEnvelope>((resolve, reject) => {
              lambda(envelope as RequestEnvelope, {}, (error, result) => {
                calls.push([error, result]);
                if (error) reject(error);
                else resolve(result as ResponseEnvelope);
              });
            }),
        );
        await new Promise((resolve) => setImmediate(resolve));
        const problems = await refusalProblems(envelope, outcome);
        if (calls.length !== 1) problems.push(`the callback was called ${calls.length} times`);
        if (problems.length > 0) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
      }),
      fuzzParameters(200, 0x5eed_0003),
    );
  }, 60_000);

  it('include the cases the skill must refuse, and the check notices a non-Error refusal', async () => {
    for (const envelope of [null, undefined, 42, 'text', {}, { version: '1.0' }]) {
      const outcome = await outcomeOf(() => skill.invoke(envelope as unknown as RequestEnvelope));
      expect(outcome.kind).toBe('rejected');
      expect(await refusalProblems(envelope, outcome)).toEqual([]);
    }
    const thrownString = await outcomeOf(() => Promise.reject('not an Error'));
    expect(await refusalProblems({}, thrownString)).toHaveLength(1);
  });
});
