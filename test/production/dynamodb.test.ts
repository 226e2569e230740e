import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamodb-adapter';
import { storageKeyOf } from '../../lambda/persistence/keys';
import { chooseAdapter } from '../../lambda/persistence/choose-adapter';
import { FilePersistenceAdapter } from '../../lambda/persistence/file-adapter';
import { USER_STATE_VERSION } from '../../lambda/state/user-state';
import { envelope, intent, launch, makeSkill, Session, speechOf } from './support/conversation';
import { LocalDynamo, REGION, TABLE } from './support/dynamo';

process.env.FMC_LOG = 'silent';

const keyOf = (userId: string) =>
  storageKeyOf(envelope(userId, launch(), { id: 's', isNew: true }));

describe('user state in DynamoDB (dynalite on loopback)', () => {
  let dynamo: LocalDynamo;
  let adapter: DynamoDbPersistenceAdapter;

  beforeAll(async () => {
    dynamo = await LocalDynamo.start();
    adapter = new DynamoDbPersistenceAdapter({
      tableName: TABLE,
      region: REGION,
      endpoint: dynamo.endpoint,
    });
  });
  afterAll(() => dynamo.stop());
  beforeEach(() => dynamo.resetCounts());

  it('resumes a routine stopped in one session in the next one', async () => {
    const skill = makeSkill(adapter);
    const first = new Session(skill, 'amzn1.ask.account.resume');
    await first.send(launch());
    await first.send(intent('TestAdvanceRoutineIntent'));
    await first.send(intent('TestAdvanceRoutineIntent'));
    const stop = await first.send(intent('AMAZON.StopIntent'));
    expect(stop.response.shouldEndSession).toBe(true);
    expect(speechOf(stop)).toMatch(/kept your place/);

    const stored = await dynamo.item(keyOf('amzn1.ask.account.resume'));
    expect(stored).toMatchObject({
      schemaVersion: USER_STATE_VERSION,
      visits: 1,
      routine: { plan: 'quick', step: 2 },
    });

    // A new skill instance, as a new Lambda container would be: nothing carried in memory.
    const second = new Session(makeSkill(adapter), 'amzn1.ask.account.resume');
    const welcome = await second.send(launch());
    expect(speechOf(welcome)).not.toMatch(/^<speak>Welcome to Foot Massage Coach/);
    expect(second.user.visits).toBe(2);
    expect(second.user.routine).toEqual({ plan: 'quick', step: 2 });
  });

  it('keeps two users apart', async () => {
    const skill = makeSkill(adapter);
    const alice = new Session(skill, 'amzn1.ask.account.alice');
    const bob = new Session(skill, 'amzn1.ask.account.bob');
    await alice.send(launch());
    await bob.send(launch());
    await alice.send(intent('TestAdvanceRoutineIntent'));
    await alice.send(intent('TestAdvanceRoutineIntent'));
    await alice.send(intent('TestAdvanceRoutineIntent'));
    await bob.send(intent('TestAdvanceRoutineIntent'));
    await alice.send(intent('AMAZON.StopIntent'));
    await bob.send(intent('AMAZON.StopIntent'));

    const aliceAgain = new Session(skill, 'amzn1.ask.account.alice');
    const bobAgain = new Session(skill, 'amzn1.ask.account.bob');
    const carol = new Session(skill, 'amzn1.ask.account.carol');
    await aliceAgain.send(launch());
    await bobAgain.send(launch());
    await carol.send(launch());
    expect(aliceAgain.user.routine).toEqual({ plan: 'quick', step: 3 });
    expect(bobAgain.user.routine).toEqual({ plan: 'quick', step: 1 });
    expect(carol.user.routine).toBeUndefined();
    expect(carol.user.visits).toBe(1);
  });

  it('reads once and writes at most once per session, whatever its length', async () => {
    const skill = makeSkill(adapter);
    const session = new Session(skill, 'amzn1.ask.account.counted');
    await session.send(launch());
    for (let i = 0; i < 8; i++) await session.send(intent('TestAdvanceRoutineIntent'));
    await session.send(intent('AMAZON.HelpIntent'));
    expect(dynamo.counts()).toEqual({ GetItem: 1 });
    await session.send(intent('AMAZON.StopIntent'));
    expect(dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });

    // A session that changes nothing costs one read and no write.
    const idle = new Session(skill, 'amzn1.ask.account.counted');
    dynamo.resetCounts();
    await idle.send(intent('AMAZON.HelpIntent'));
    await idle.send(intent('AMAZON.StopIntent'));
    expect(dynamo.counts()).toEqual({ GetItem: 1 });
  });

  it('saves when the session times out, not only on stop', async () => {
    const session = new Session(makeSkill(adapter), 'amzn1.ask.account.timeout');
    await session.send(launch());
    await session.send(intent('TestAdvanceRoutineIntent'));
    await session.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(dynamo.counts()).toEqual({ GetItem: 1, PutItem: 1 });
    expect(await dynamo.item(keyOf('amzn1.ask.account.timeout'))).toMatchObject({
      routine: { plan: 'quick', step: 1 },
    });
  });

  it('migrates an old stored state instead of dropping it', async () => {
    await dynamo.seed(keyOf('amzn1.ask.account.old'), {
      visits: 7,
      tenderSpots: ['heel', 42],
      routine: { plan: 'full', step: 9 },
    });
    const session = new Session(makeSkill(adapter), 'amzn1.ask.account.old');
    await session.send(launch());
    expect(session.user).toMatchObject({
      schemaVersion: USER_STATE_VERSION,
      visits: 8,
      tenderSpots: ['heel'],
      routine: { plan: 'full', step: 9 },
    });
  });

  it('keys the table by a hash, never by the Alexa user id', async () => {
    const session = new Session(makeSkill(adapter), 'amzn1.ask.account.hashed');
    await session.send(launch());
    await session.send(intent('AMAZON.StopIntent'));
    const key = keyOf('amzn1.ask.account.hashed');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await dynamo.item(key)).toBeDefined();
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
