import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamodb-adapter';
import { storageKeyOf } from '../../lambda/persistence/keys';
import { pendingSaves } from '../../lambda/interceptors/user-state';
import { envelope, intent, launch, makeSkill, Session, speechOf } from './support/conversation';
import { LocalDynamo, REGION, TABLE } from './support/dynamo';

process.env.FMC_LOG = 'silent';

/** Alexa's limit; each faulty turn must answer well inside it. */
const ALEXA_LIMIT_MS = 8000;
const keyOf = (userId: string) =>
  storageKeyOf(envelope(userId, launch(), { id: 's', isNew: true }));

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

describe('storage faults (dynalite behind a fault proxy)', () => {
  let dynamo: LocalDynamo;
  let adapter: DynamoDbPersistenceAdapter;

  beforeAll(async () => {
    dynamo = await LocalDynamo.start();
    // Production budgets (1.5 s read, 2 s write, 3 attempts), so the timings below are the real ones.
    adapter = new DynamoDbPersistenceAdapter({
      tableName: TABLE,
      region: REGION,
      endpoint: dynamo.endpoint,
    });
  });
  afterAll(() => dynamo.stop());
  beforeEach(() => {
    dynamo.fault = { kind: 'none' };
    dynamo.resetCounts();
  });

  it('unreachable: answers at once, carries the routine in the session, never writes a stand-in, and saves once storage is back', async () => {
    const userId = 'amzn1.ask.account.unreachable';
    await dynamo.seed(keyOf(userId), { visits: 3, tenderSpots: ['heel'], safetyCheckHeard: true });

    dynamo.fault = { kind: 'down' };
    const session = new Session(makeSkill(adapter), userId);
    const { value: welcome, ms } = await timed(() => session.send(launch()));
    expect(ms).toBeLessThan(ALEXA_LIMIT_MS);
    expect(speechOf(welcome)).toMatch(/Foot Massage Coach/);
    expect(welcome.response.reprompt).toBeDefined();
    expect(session.state.storageDegraded).toBe(true);

    await session.send(intent('TestAdvanceRoutineIntent'));
    await session.send(intent('TestAdvanceRoutineIntent'));
    expect(session.user.routine).toEqual({ plan: 'quick', step: 2 });

    // Storage comes back mid-session: the next turn reads it and lays the session over it.
    dynamo.fault = { kind: 'none' };
    await session.send(intent('TestAdvanceRoutineIntent'));
    expect(session.state.storageDegraded).toBe(false);
    expect(session.user).toMatchObject({
      visits: 4,
      safetyCheckHeard: true,
      tenderSpots: ['heel'],
      routine: { plan: 'quick', step: 3 },
    });
    dynamo.resetCounts();
    await session.send(intent('AMAZON.StopIntent'));
    expect(dynamo.counts()).toEqual({ PutItem: 1 });
    expect(await dynamo.item(keyOf(userId))).toMatchObject({
      visits: 4,
      safetyCheckHeard: true,
      routine: { plan: 'quick', step: 3 },
    });
  });

  it('slow: a read slower than its budget costs about 1.5 s, and the stored state is not overwritten while it is unknown', async () => {
    const userId = 'amzn1.ask.account.slow';
    await dynamo.seed(keyOf(userId), { visits: 5, routine: { plan: 'full', step: 7 } });

    dynamo.fault = { kind: 'slow', delayMs: 4000 };
    const session = new Session(makeSkill(adapter), userId);
    const { value: welcome, ms } = await timed(() => session.send(launch()));
    expect(ms).toBeGreaterThan(1400);
    expect(ms).toBeLessThan(2500);
    expect(welcome.response.outputSpeech).toBeDefined();
    await session.send(intent('TestAdvanceRoutineIntent'));

    // Still slow at the end: no write reaches the table, the state waits in memory.
    const { value: bye, ms: stopMs } = await timed(() => session.send(intent('AMAZON.StopIntent')));
    expect(stopMs).toBeLessThan(ALEXA_LIMIT_MS);
    expect(bye.response.shouldEndSession).toBe(true);
    expect(dynamo.counts().PutItem).toBeUndefined();
    expect(await dynamo.item(keyOf(userId))).toMatchObject({
      visits: 5,
      routine: { plan: 'full', step: 7 },
    });

    // The user's next session, storage healthy again: one read, one write, nothing lost.
    dynamo.fault = { kind: 'none' };
    dynamo.resetCounts();
    const next = new Session(makeSkill(adapter), userId);
    await next.send(launch());
    await next.send(intent('AMAZON.StopIntent'));
    expect(dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await dynamo.item(keyOf(userId))).toMatchObject({
      visits: 7,
      routine: { plan: 'quick', step: 1 },
    });
  }, 20_000);

  it('throttling: retries are bounded, the skill answers, and a failed final write is saved by the next session', async () => {
    const userId = 'amzn1.ask.account.throttled';
    const session = new Session(makeSkill(adapter), userId);
    await session.send(launch());
    await session.send(intent('TestAdvanceRoutineIntent'));

    dynamo.fault = { kind: 'throttle' };
    dynamo.resetCounts();
    const { value: bye, ms } = await timed(() => session.send(intent('AMAZON.StopIntent')));
    expect(ms).toBeLessThan(2500);
    expect(bye.response.shouldEndSession).toBe(true);
    const attempts = dynamo.counts().PutItem ?? 0;
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThanOrEqual(3);
    expect(await dynamo.item(keyOf(userId))).toBeUndefined();
    expect(pendingSaves.size).toBeGreaterThan(0);

    // Throttled reads too: the launch still answers within its budget.
    const throttledLaunch = new Session(makeSkill(adapter), 'amzn1.ask.account.other');
    const { ms: launchMs } = await timed(() => throttledLaunch.send(launch()));
    expect(launchMs).toBeLessThan(2500);

    dynamo.fault = { kind: 'none' };
    dynamo.resetCounts();
    const next = new Session(makeSkill(adapter), userId);
    await next.send(launch());
    expect(next.user).toMatchObject({ visits: 2, routine: { plan: 'quick', step: 1 } });
    await next.send(intent('AMAZON.StopIntent'));
    expect(dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await dynamo.item(keyOf(userId))).toMatchObject({
      visits: 2,
      routine: { plan: 'quick', step: 1 },
    });
  }, 20_000);
});
