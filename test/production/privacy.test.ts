import { privacy } from '../support/en-us-words';
import { intent, launch, makeSkill, Session, speechOf } from './support/conversation';
import { storageKeyFor, useLocalDynamo } from './support/dynamo';
import skillJson from '../../skill-package/skill.json';

process.env.FMC_LOG = 'silent';

describe('"forget my data"', () => {
  const local = useLocalDynamo();

  async function storedUser(userId: string) {
    await local.dynamo.seed(storageKeyFor(userId), {
      visits: 4,
      routine: { plan: 'full', step: 3 },
    });
  }

  it('asks first, then on yes erases everything and writes nothing back', async () => {
    const userId = 'amzn1.ask.account.forget-yes';
    await storedUser(userId);
    const session = new Session(makeSkill(local.adapter), userId);
    await session.send(launch());

    const question = await session.send(intent('ForgetMyDataIntent'));
    expect(speechOf(question)).toContain('Should I erase all of it?');
    expect(question.response.reprompt).toBeDefined();
    expect(question.response.shouldEndSession).toBe(false);
    expect(session.state.pending).toMatchObject({ kind: 'forget-data' });
    expect(await local.dynamo.item(storageKeyFor(userId))).toBeDefined();

    local.dynamo.resetCounts();
    const done = await session.send(intent('AMAZON.YesIntent'));
    expect(speechOf(done)).toContain(privacy.forget.done);
    expect(done.response.reprompt).toBeDefined();
    expect(session.state.pending).toBeUndefined();
    expect(session.user.routine).toBeUndefined();
    expect(await local.dynamo.item(storageKeyFor(userId))).toBeUndefined();

    await session.send(intent('AMAZON.StopIntent'));
    expect(local.dynamo.counts()).toEqual({ DeleteItem: 1 });
    expect(await local.dynamo.item(storageKeyFor(userId))).toBeUndefined();

    const fresh = new Session(makeSkill(local.adapter), userId);
    const welcome = await fresh.send(launch());
    expect(speechOf(welcome)).toMatch(/^<speak>Welcome to Foot Massage Coach/);
  });

  it('keeps everything on no', async () => {
    const userId = 'amzn1.ask.account.forget-no';
    await storedUser(userId);
    const session = new Session(makeSkill(local.adapter), userId);
    await session.send(launch());
    await session.send(intent('ForgetMyDataIntent'));
    const kept = await session.send(intent('AMAZON.NoIntent'));
    expect(speechOf(kept)).toContain(privacy.forget.kept);
    expect(kept.response.reprompt).toBeDefined();
    expect(session.state.pending).toBeUndefined();
    await session.send(intent('AMAZON.StopIntent'));
    expect(local.dynamo.counts().DeleteItem).toBeUndefined();
    expect(await local.dynamo.item(storageKeyFor(userId))).toMatchObject({
      routine: { plan: 'full', step: 3 },
    });
  });

  it('never erases on a yes that answers another question', async () => {
    const userId = 'amzn1.ask.account.forget-stray-yes';
    await storedUser(userId);
    const session = new Session(makeSkill(local.adapter), userId);
    await session.send(launch());
    const reply = await session.send(intent('AMAZON.YesIntent'));
    expect(speechOf(reply)).not.toContain(privacy.forget.done);
    expect(local.dynamo.counts().DeleteItem).toBeUndefined();
    expect(await local.dynamo.item(storageKeyFor(userId))).toBeDefined();
  });

  it('says so when storage is down, and nothing is lost or half-erased', async () => {
    const userId = 'amzn1.ask.account.forget-down';
    await storedUser(userId);
    const session = new Session(makeSkill(local.adapter), userId);
    await session.send(launch());
    await session.send(intent('ForgetMyDataIntent'));
    local.dynamo.fault = { kind: 'down' };
    const reply = await session.send(intent('AMAZON.YesIntent'));
    expect(speechOf(reply)).toContain(privacy.forget.failed.slice(0, 40));
    expect(reply.response.shouldEndSession).toBe(false);
    local.dynamo.fault = { kind: 'none' };
    expect(await local.dynamo.item(storageKeyFor(userId))).toBeDefined();
  });

  it('logs no user id and no speech, even when storage fails', async () => {
    const userId = 'amzn1.ask.account.logged';
    const lines: string[] = [];
    const capture = (...args: unknown[]) => lines.push(args.map(String).join(' '));
    const warn = jest.spyOn(console, 'warn').mockImplementation(capture);
    const error = jest.spyOn(console, 'error').mockImplementation(capture);
    const log = jest.spyOn(console, 'log').mockImplementation(capture);
    delete process.env.FMC_LOG;
    try {
      local.dynamo.fault = { kind: 'down' };
      const session = new Session(makeSkill(local.adapter), userId);
      await session.send(launch());
      await session.send(intent('ForgetMyDataIntent'));
      await session.send(intent('AMAZON.YesIntent'));
      await session.send(intent('AMAZON.StopIntent'));
    } finally {
      process.env.FMC_LOG = 'silent';
      warn.mockRestore();
      error.mockRestore();
      log.mockRestore();
    }
    expect(lines.length).toBeGreaterThan(0);
    const all = lines.join('\n');
    expect(all).not.toContain('amzn1.ask.account');
    expect(all).not.toContain(storageKeyFor(userId));
    expect(all).not.toMatch(/<speak>|Welcome|Should I erase|Goodbye|Take care/);
  });
});

describe('the manifest', () => {
  it('declares what is stored, that none of it is personal or health information, and how to erase it', () => {
    const privacyAndCompliance = skillJson.manifest.privacyAndCompliance;
    expect(privacyAndCompliance.usesPersonalInfo).toBe(false);
    expect(privacyAndCompliance.usesHealthInfo).toBe(false);
    expect(skillJson.manifest.publishingInformation.locales['en-US'].description).toMatch(
      /remembers only where you stopped.*forget my data/,
    );
    expect(skillJson.manifest.publishingInformation.testingInstructions).toMatch(/forget my data/);
  });
});
