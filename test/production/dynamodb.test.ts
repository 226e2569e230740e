import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamodb-adapter';
import { chooseAdapter } from '../../lambda/persistence/choose-adapter';
import { FilePersistenceAdapter } from '../../lambda/persistence/file-adapter';
import { ROUTINE_STATE_VERSION, type RunState } from '../../lambda/routine';
import { USER_STATE_VERSION } from '../../lambda/state/user-state';
import {
  heard,
  instructionOf,
  intent,
  launch,
  makeSkill,
  RESUME_OFFER,
  Session,
  sessionEnded,
  speechOf,
  during,
  stoppedAtOf,
} from './support/conversation';
import { LocalDynamo, storageKeyFor, useLocalDynamo } from './support/dynamo';

process.env.FMC_LOG = 'silent';

/** The stored run of a user, as the table holds it. */
async function storedRun(dynamo: LocalDynamo, userId: string): Promise<RunState | undefined> {
  return (await dynamo.item(storageKeyFor(userId)))?.routine as RunState | undefined;
}

/**
 * "Start a quick foot massage", "no" to the safety check, "chair seat", "next" (no foot bath),
 * "no" (no tender spot): the warm-up and the right foot are done, the left foot not begun.
 */
async function quickRoutineUpToLeftFoot(session: Session): Promise<void> {
  await session.send(intent('StartMassageIntent', { length: 'quick' }));
  await session.send(intent('AMAZON.NoIntent'));
  await session.send(intent('ChoosePostureIntent', { posture: 'chair-seat' }));
  await session.send(intent('AMAZON.NextIntent'));
  await session.send(intent('AMAZON.NoIntent'));
}

describe('user state in DynamoDB (dynalite on loopback)', () => {
  const local = useLocalDynamo();

  it('resumes a routine stopped in one session at the same step in the next one', async () => {
    const userId = 'amzn1.ask.account.resume';
    const first = new Session(makeSkill(local.adapter), userId);
    await first.send(launch());
    await quickRoutineUpToLeftFoot(first);
    const cursor = first.run!.cursor;
    expect(first.run).toMatchObject({ kind: 'routine', length: 'quick', status: 'active' });
    // A step boundary, so picking up there starts with the step's own instruction.
    expect(cursor.offset).toBe(0);

    const stop = await first.send(intent('AMAZON.StopIntent'));
    expect(stop.response.shouldEndSession).toBe(true);
    expect(heard(stop)).toMatch(/kept your place/);
    expect(local.dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });

    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      schemaVersion: USER_STATE_VERSION,
      visits: 1,
      safetyCheckHeard: true,
      posture: 'chair-seat',
      routine: {
        schemaVersion: ROUTINE_STATE_VERSION,
        kind: 'routine',
        length: 'quick',
        cursor: { stepId: cursor.stepId, offset: 0 },
      },
    });

    // A new skill instance, as a new Lambda container would be: nothing carried in memory.
    local.dynamo.resetCounts();
    const second = new Session(makeSkill(local.adapter), userId);
    const welcome = await second.send(launch());
    expect(second.user.visits).toBe(2);
    expect(second.run?.cursor).toEqual(cursor);
    expect(heard(welcome)).toContain(stoppedAtOf('quick', cursor.stepId));
    expect(heard(welcome)).toContain(RESUME_OFFER);
    expect(welcome.response.shouldEndSession).toBe(false);

    const resumed = await second.send(intent('AMAZON.YesIntent'));
    expect(heard(resumed)).toContain(instructionOf('quick', cursor.stepId));
    // Picked up there: not started afresh with the safety check or the warm-up.
    expect(heard(resumed)).not.toContain(instructionOf('quick', 'warm-up-rise'));
    expect(second.run?.status).toBe('active');
    expect(local.dynamo.counts()).toEqual({ GetItem: 1 });
  });

  it('resumes a step stopped while it played from its start, in the next session', async () => {
    const userId = 'amzn1.ask.account.mid-step';
    const first = new Session(makeSkill(local.adapter), userId);
    await first.send(intent('StartMassageIntent', { length: 'thorough' }));
    await first.send(intent('AMAZON.NoIntent'));
    // "Stop" 20 s into the warm-up, while rising on the toes plays.
    await first.send({ ...intent('AMAZON.StopIntent'), timestamp: during(20) });
    const cursor = first.run!.cursor;
    expect(cursor).toEqual({ stepId: 'warm-up-rise', offset: 0 });
    expect((await storedRun(local.dynamo, userId))?.cursor).toEqual(cursor);

    const second = new Session(makeSkill(local.adapter), userId);
    const welcome = await second.send(launch());
    expect(heard(welcome)).toContain(stoppedAtOf('thorough', cursor.stepId));
    const resumed = await second.send(intent('AMAZON.YesIntent'));
    // The step again from its instruction; nothing after it was heard, so nothing is skipped.
    expect(heard(resumed)).toMatch(/^Picking up at /);
    expect(heard(resumed)).toContain(instructionOf('thorough', cursor.stepId));
    expect(second.run?.last).toEqual(cursor);
  });

  it('keeps two users apart', async () => {
    const skill = makeSkill(local.adapter);
    const alice = new Session(skill, 'amzn1.ask.account.alice');
    const bob = new Session(skill, 'amzn1.ask.account.bob');
    // Interleaved on one skill instance, as one Lambda container serves many people.
    await alice.send(launch());
    await bob.send(launch());
    await alice.send(intent('StartMassageIntent', { length: 'quick' }));
    await bob.send(intent('StartMassageIntent', { length: 'standard' }));
    await alice.send(intent('AMAZON.NoIntent'));
    await alice.send(intent('ChoosePostureIntent', { posture: 'lying' }));
    await bob.send(intent('AMAZON.NoIntent'));
    await alice.send(intent('AMAZON.NextIntent'));
    const aliceCursor = alice.run!.cursor;
    const bobCursor = bob.run!.cursor;
    expect(aliceCursor.stepId).not.toBe(bobCursor.stepId);
    await alice.send(intent('AMAZON.StopIntent'));
    await bob.send(intent('AMAZON.StopIntent'));

    expect(await storedRun(local.dynamo, 'amzn1.ask.account.alice')).toMatchObject({
      length: 'quick',
      cursor: aliceCursor,
    });
    expect(await storedRun(local.dynamo, 'amzn1.ask.account.bob')).toMatchObject({
      length: 'standard',
      cursor: bobCursor,
    });

    const aliceAgain = new Session(skill, 'amzn1.ask.account.alice');
    const bobAgain = new Session(skill, 'amzn1.ask.account.bob');
    const carol = new Session(skill, 'amzn1.ask.account.carol');
    const aliceWelcome = await aliceAgain.send(launch());
    const bobWelcome = await bobAgain.send(launch());
    const carolWelcome = await carol.send(launch());
    expect(aliceAgain.run?.cursor).toEqual(aliceCursor);
    expect(bobAgain.run?.cursor).toEqual(bobCursor);
    expect(aliceAgain.user.posture).toBe('lying');
    expect(bobAgain.user.posture).toBeUndefined();
    expect(heard(aliceWelcome)).toContain(stoppedAtOf('quick', aliceCursor.stepId));
    expect(heard(bobWelcome)).toContain(stoppedAtOf('standard', bobCursor.stepId));
    expect(heard(bobWelcome)).not.toContain(stoppedAtOf('quick', aliceCursor.stepId));
    expect(carol.run).toBeUndefined();
    expect(carol.user.visits).toBe(1);
    expect(speechOf(carolWelcome)).toMatch(/^<speak>Welcome to Foot Massage Coach/);
    expect(heard(carolWelcome)).not.toContain(RESUME_OFFER);
  });

  it('reads once and writes at most once per session: a whole quick routine, start to goodbye', async () => {
    const userId = 'amzn1.ask.account.counted';
    const session = new Session(makeSkill(local.adapter), userId);
    const turns = [
      launch(),
      intent('StartMassageIntent', { length: 'quick' }),
      intent('AMAZON.NoIntent'), // safety check
      intent('ChoosePostureIntent', { posture: 'chair-seat' }),
      intent('AMAZON.HelpIntent'),
      intent('AMAZON.NextIntent'), // no foot bath
      intent('AMAZON.NoIntent'), // no tender spot on the right foot
      intent('AMAZON.PauseIntent'),
      intent('TimeLeftIntent'),
      intent('AMAZON.ResumeIntent'),
      intent('WhereAmIIntent'),
      intent('AMAZON.RepeatIntent'),
      intent('TenderSpotIntent', { zone: 'heel' }), // a hold on the left foot's tender spot
    ];
    for (const request of turns) {
      const response = await session.send(request);
      expect(response.response.shouldEndSession).toBe(false);
      expect(local.dynamo.counts()).toEqual({ GetItem: 1 });
    }
    // "Next" until the routine says goodbye; "no" to its one reminder offer closes the session.
    let ended = false;
    let goodbye = '';
    for (let i = 0; i < 20 && !ended; i++) {
      const offered = /shall I remind you/.test(goodbye);
      const response = await session.send(
        intent(offered ? 'AMAZON.NoIntent' : 'AMAZON.NextIntent'),
      );
      if (!offered) goodbye = heard(response);
      ended = response.response.shouldEndSession === true;
      if (!ended) expect(local.dynamo.counts()).toEqual({ GetItem: 1 });
    }
    expect(ended).toBe(true);
    expect(goodbye).toMatch(/That's your foot massage done/);
    expect(local.dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    // The figure the README's "one read, at most one write" stands for.
    expect(session.turnCount).toBeGreaterThanOrEqual(turns.length + 2);

    const stored = await local.dynamo.item(storageKeyFor(userId));
    expect(stored).toMatchObject({
      visits: 1,
      safetyCheckHeard: true,
      posture: 'chair-seat',
      preferredLength: 'quick',
      tenderSpots: ['heel'],
    });
    // A finished routine is not offered again.
    expect(stored?.routine).toBeUndefined();

    // A session that changes nothing costs one read and no write.
    const idle = new Session(makeSkill(local.adapter), userId);
    local.dynamo.resetCounts();
    await idle.send(intent('AMAZON.HelpIntent'));
    await idle.send(intent('AMAZON.StopIntent'));
    expect(local.dynamo.counts()).toEqual({ GetItem: 1 });
  });

  it('saves when the session times out, not only on stop', async () => {
    const userId = 'amzn1.ask.account.timeout';
    const session = new Session(makeSkill(local.adapter), userId);
    await session.send(launch());
    await session.send(intent('StartMassageIntent', { length: 'quick' }));
    await session.send(intent('AMAZON.NoIntent'));
    await session.send(intent('ChoosePostureIntent', { posture: 'thigh' }));
    const cursor = session.run!.cursor;
    expect(local.dynamo.counts()).toEqual({ GetItem: 1 });
    await session.send(sessionEnded());
    expect(local.dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      posture: 'thigh',
      routine: { length: 'quick', status: 'active', cursor },
    });

    const next = new Session(makeSkill(local.adapter), userId);
    const welcome = await next.send(launch());
    expect(heard(welcome)).toContain(stoppedAtOf('quick', cursor.stepId));
  });

  it('migrates an old stored state instead of dropping it, and its routine still resumes', async () => {
    const userId = 'amzn1.ask.account.old';
    // Written before user states had a schema version; one tender spot is not even a string.
    await local.dynamo.seed(storageKeyFor(userId), {
      visits: 7,
      safetyCheckHeard: true,
      posture: 'thigh',
      tenderSpots: ['heel', 42],
      routine: {
        schemaVersion: ROUTINE_STATE_VERSION,
        kind: 'routine',
        length: 'standard',
        status: 'paused',
        cursor: { stepId: 'left-sole', offset: 0 },
        insertions: [],
        safetyUnsure: 0,
        turn: 12,
      },
    });
    const session = new Session(makeSkill(local.adapter), userId);
    const welcome = await session.send(launch());
    expect(session.user).toMatchObject({
      schemaVersion: USER_STATE_VERSION,
      visits: 8,
      safetyCheckHeard: true,
      posture: 'thigh',
      tenderSpots: ['heel'],
      routine: { length: 'standard', cursor: { stepId: 'left-sole', offset: 0 } },
    });
    expect(heard(welcome)).toContain(stoppedAtOf('standard', 'left-sole'));
    const resumed = await session.send(intent('AMAZON.YesIntent'));
    expect(heard(resumed)).toContain(instructionOf('standard', 'left-sole'));
    await session.send(intent('AMAZON.StopIntent'));
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      schemaVersion: USER_STATE_VERSION,
      visits: 8,
      tenderSpots: ['heel'],
      routine: { length: 'standard' },
    });
  });

  it('keeps the rest of a state whose routine predates the engine, and offers no routine it cannot read', async () => {
    const userId = 'amzn1.ask.account.legacy-routine';
    await local.dynamo.seed(storageKeyFor(userId), {
      visits: 2,
      tenderSpots: ['arch'],
      routine: { plan: 'full', step: 9 },
    });
    const session = new Session(makeSkill(local.adapter), userId);
    const welcome = await session.send(launch());
    expect(session.user).toMatchObject({ visits: 3, tenderSpots: ['arch'] });
    expect(heard(welcome)).toMatch(/^Welcome back/);
    expect(heard(welcome)).not.toContain(RESUME_OFFER);
    // A new routine replaces the unreadable one.
    await session.send(intent('StartMassageIntent', { length: 'quick' }));
    await session.send(intent('AMAZON.StopIntent'));
    expect(await storedRun(local.dynamo, userId)).toMatchObject({
      length: 'quick',
      cursor: { stepId: 'safety-check' },
    });
  });

  it('keys the table by a hash, never by the Alexa user id', async () => {
    const session = new Session(makeSkill(local.adapter), 'amzn1.ask.account.hashed');
    await session.send(launch());
    await session.send(intent('AMAZON.StopIntent'));
    const key = storageKeyFor('amzn1.ask.account.hashed');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await local.dynamo.item(key)).toBeDefined();
  });
});

describe('choosing the store', () => {
  it('uses DynamoDB when FMC_TABLE is set, and the local file otherwise', () => {
    expect(chooseAdapter({ FMC_TABLE: 't', AWS_REGION: 'eu-west-1' })).toBeInstanceOf(
      DynamoDbPersistenceAdapter,
    );
    expect(chooseAdapter({ FMC_STATE_FILE: '/tmp/x.json' })).toBeInstanceOf(FilePersistenceAdapter);
  });
});
