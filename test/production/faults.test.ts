import { pendingSaves } from '../../lambda/interceptors/user-state';
import { ROUTINE_STATE_VERSION } from '../../lambda/routine';
import {
  heard,
  instructionOf,
  intent,
  launch,
  makeSkill,
  RESUME_OFFER,
  Session,
  stoppedAtOf,
} from './support/conversation';
import { storageKeyFor, useLocalDynamo } from './support/dynamo';

process.env.FMC_LOG = 'silent';

/** Alexa's limit; each faulty turn must answer well inside it. */
const ALEXA_LIMIT_MS = 8000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Every turn of a scenario, timed: the slowest must stay inside Alexa's limit. */
class Clock {
  readonly turns: number[] = [];
  async send(session: Session, request: Parameters<Session['send']>[0]) {
    const { value, ms } = await timed(() => session.send(request));
    this.turns.push(ms);
    expect(ms).toBeLessThan(ALEXA_LIMIT_MS);
    // Words as SSML, or the routine's APL for Audio document.
    expect(value.response.outputSpeech ?? value.response.directives?.[0]).toBeDefined();
    return value;
  }
  get slowest(): number {
    return Math.max(...this.turns);
  }
}

describe('storage faults (dynalite behind a fault proxy)', () => {
  // Production budgets (1.5 s read, 2 s write, 3 attempts), so the timings below are the real ones.
  const local = useLocalDynamo();

  it('unreachable: answers at once, carries the routine in the session, never writes a stand-in, and saves once storage is back', async () => {
    const userId = 'amzn1.ask.account.unreachable';
    await local.dynamo.seed(storageKeyFor(userId), {
      visits: 3,
      tenderSpots: ['heel'],
      safetyCheckHeard: true,
    });
    const clock = new Clock();

    local.dynamo.fault = { kind: 'down' };
    const session = new Session(makeSkill(local.adapter), userId);
    const welcome = await clock.send(session, launch());
    expect(heard(welcome)).toMatch(/Foot Massage Coach/);
    expect(welcome.response.reprompt).toBeDefined();
    expect(session.state.storageDegraded).toBe(true);

    // The routine runs on the session's stand-in; every turn retries the read and still answers.
    await clock.send(session, intent('StartMassageIntent', { length: 'quick' }));
    await clock.send(session, intent('AMAZON.NoIntent'));
    expect(session.state.storageDegraded).toBe(true);
    expect(session.run).toMatchObject({
      schemaVersion: ROUTINE_STATE_VERSION,
      length: 'quick',
      cursor: { stepId: 'foot-bath' },
    });
    expect(await local.dynamo.item(storageKeyFor(userId))).toEqual({
      visits: 3,
      tenderSpots: ['heel'],
      safetyCheckHeard: true,
    });

    // No foot bath; then storage comes back mid-session: the next turn reads it and lays the
    // session over it.
    await clock.send(session, intent('AMAZON.NoIntent'));
    local.dynamo.fault = { kind: 'none' };
    local.dynamo.resetCounts();
    const rightFoot = await clock.send(
      session,
      intent('ChoosePostureIntent', { posture: 'chair-seat' }),
    );
    expect(heard(rightFoot)).toContain(instructionOf('quick', 'right-general'));
    expect(session.state.storageDegraded).toBe(false);
    const cursor = session.run!.cursor;
    expect(session.user).toMatchObject({
      visits: 4,
      safetyCheckHeard: true,
      tenderSpots: ['heel'],
      posture: 'chair-seat',
      routine: { length: 'quick', cursor },
    });
    await clock.send(session, intent('AMAZON.StopIntent'));
    expect(local.dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      visits: 4,
      safetyCheckHeard: true,
      tenderSpots: ['heel'],
      posture: 'chair-seat',
      routine: { length: 'quick', cursor },
    });
    expect(clock.slowest).toBeLessThan(1000);
  });

  it('slow: a read slower than its budget costs about 1.5 s, and the stored state is not overwritten while it is unknown', async () => {
    const userId = 'amzn1.ask.account.slow';
    const storedRoutine = {
      schemaVersion: ROUTINE_STATE_VERSION,
      kind: 'routine',
      length: 'standard',
      status: 'active',
      cursor: { stepId: 'left-sole', offset: 0 },
      insertions: [],
      safetyUnsure: 0,
      turn: 9,
    };
    await local.dynamo.seed(storageKeyFor(userId), {
      visits: 5,
      safetyCheckHeard: true,
      routine: storedRoutine,
    });
    const clock = new Clock();

    local.dynamo.fault = { kind: 'slow', delayMs: 4000 };
    const session = new Session(makeSkill(local.adapter), userId);
    await clock.send(session, launch());
    expect(clock.turns[0]).toBeGreaterThan(1400);
    expect(clock.turns[0]).toBeLessThan(2500);
    // Unknown to this session, the stored routine is not offered; a new one starts on the stand-in.
    // Storage is struggling, so the next two turns do not wait for it again.
    await clock.send(session, intent('StartMassageIntent', { length: 'quick' }));
    await clock.send(session, intent('AMAZON.NoIntent'));
    expect(clock.turns[1]).toBeLessThan(500);
    expect(clock.turns[2]).toBeLessThan(500);
    const cursor = session.run!.cursor;
    expect(cursor.stepId).toBe('foot-bath');

    // Still slow at the end: no write reaches the table, the state waits in memory.
    const bye = await clock.send(session, intent('AMAZON.StopIntent'));
    expect(bye.response.shouldEndSession).toBe(true);
    expect(local.dynamo.counts().PutItem).toBeUndefined();
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      visits: 5,
      routine: storedRoutine,
    });
    for (const ms of clock.turns) expect(ms).toBeLessThan(2500);

    // The user's next session, storage healthy again: one read, one write, nothing lost, and the
    // routine of the slow session is the one offered.
    local.dynamo.fault = { kind: 'none' };
    local.dynamo.resetCounts();
    const next = new Session(makeSkill(local.adapter), userId);
    const welcome = await next.send(launch());
    expect(heard(welcome)).toContain(stoppedAtOf('quick', cursor.stepId));
    expect(heard(welcome)).toContain(RESUME_OFFER);
    await next.send(intent('AMAZON.StopIntent'));
    expect(local.dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      visits: 7,
      safetyCheckHeard: true,
      preferredLength: 'quick',
      routine: { length: 'quick', cursor },
    });
  }, 30_000);

  it('slow, then well again: the read is tried again on the third turn, and nothing is lost', async () => {
    const userId = 'amzn1.ask.account.slow-then-well';
    await local.dynamo.seed(storageKeyFor(userId), {
      visits: 2,
      tenderSpots: ['arch'],
      safetyCheckHeard: true,
    });
    const clock = new Clock();

    local.dynamo.fault = { kind: 'slow', delayMs: 4000 };
    const session = new Session(makeSkill(local.adapter), userId);
    await clock.send(session, launch());
    expect(session.state.storageDegraded).toBe(true);

    local.dynamo.fault = { kind: 'none' };
    local.dynamo.resetCounts();
    await clock.send(session, intent('StartMassageIntent', { length: 'quick' }));
    await clock.send(session, intent('AMAZON.NoIntent'));
    expect(local.dynamo.counts().GetItem).toBeUndefined();
    expect(session.state.storageDegraded).toBe(true);

    await clock.send(session, intent('ChoosePostureIntent', { posture: 'thigh' }));
    expect(local.dynamo.counts()).toEqual({ GetItem: 1 });
    expect(session.state.storageDegraded).toBe(false);
    expect(session.user).toMatchObject({ visits: 3, tenderSpots: ['arch'], posture: 'thigh' });
    await clock.send(session, intent('AMAZON.StopIntent'));
    expect(local.dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      visits: 3,
      tenderSpots: ['arch'],
      posture: 'thigh',
      routine: { length: 'quick' },
    });
  }, 30_000);

  it('throttling: retries are bounded, the skill answers, and a failed final write is saved by the next session', async () => {
    const userId = 'amzn1.ask.account.throttled';
    const session = new Session(makeSkill(local.adapter), userId);
    await session.send(launch());
    await session.send(intent('StartMassageIntent', { length: 'quick' }));
    await session.send(intent('AMAZON.NoIntent'));
    await session.send(intent('ChoosePostureIntent', { posture: 'chair-edge' }));
    await session.send(intent('AMAZON.YesIntent')); // a foot bath: the routine waits
    const cursor = session.run!.cursor;
    expect(session.run?.status).toBe('waiting');

    local.dynamo.fault = { kind: 'throttle' };
    local.dynamo.resetCounts();
    const clock = new Clock();
    const bye = await clock.send(session, intent('AMAZON.StopIntent'));
    expect(clock.turns[0]).toBeLessThan(2500);
    expect(bye.response.shouldEndSession).toBe(true);
    const attempts = local.dynamo.counts().PutItem ?? 0;
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThanOrEqual(3);
    expect(await local.dynamo.item(storageKeyFor(userId))).toBeUndefined();
    expect(pendingSaves.size).toBeGreaterThan(0);

    // Throttled reads too: a launch still answers within its budget.
    const throttledLaunch = new Session(makeSkill(local.adapter), 'amzn1.ask.account.other');
    await clock.send(throttledLaunch, launch());
    expect(clock.turns[1]).toBeLessThan(2500);

    local.dynamo.fault = { kind: 'none' };
    local.dynamo.resetCounts();
    const next = new Session(makeSkill(local.adapter), userId);
    const welcome = await next.send(launch());
    expect(next.user).toMatchObject({
      visits: 2,
      posture: 'chair-edge',
      routine: { length: 'quick', cursor },
    });
    expect(heard(welcome)).toContain(stoppedAtOf('quick', cursor.stepId));
    const resumed = await next.send(intent('AMAZON.YesIntent'));
    expect(next.run?.status).toBe('active');
    expect(heard(resumed)).toMatch(/^Picking up at /);
    await next.send(intent('AMAZON.StopIntent'));
    expect(local.dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      visits: 2,
      posture: 'chair-edge',
      routine: { length: 'quick' },
    });
  }, 20_000);
});
