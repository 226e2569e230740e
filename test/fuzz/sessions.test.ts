import fc from 'fast-check';
import type { RequestInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { isDeepStrictEqual } from 'node:util';
import { USER_KEY } from '../../lambda/handlers/turn';
import { restoreRun } from '../../lambda/routine/state';
import { configureSkill } from '../../lambda/skill';
import type { UserState } from '../../lambda/state/user-state';
import {
  mutationOf,
  openingArb,
  outagesArb,
  requestOf,
  stepArb,
  storedStateArb,
  type Step,
} from './support/arbitraries';
import {
  Device,
  ErrorLog,
  fuzzParameters,
  MemoryAdapter,
  realSkill,
  type Invoke,
} from './support/harness';
import { modelFacts } from './support/model';

process.env.FMC_LOG = 'silent';

const facts = modelFacts();
const adapter = new MemoryAdapter();
const skill = realSkill(adapter);
const errors = new ErrorLog();

beforeAll(() => errors.install());
afterAll(() => errors.uninstall());

const scriptArb = fc.record({
  stored: storedStateArb,
  outages: outagesArb,
  opening: openingArb(facts),
  steps: fc.array(stepArb(facts), { minLength: 1, maxLength: 40, size: 'medium' }),
});

type Script = typeof scriptArb extends fc.Arbitrary<infer T> ? T : never;

const label = (step: Step): string =>
  step.kind === 'intent'
    ? step.intent.name
    : step.kind === 'unknown-type'
      ? `request type ${JSON.stringify(step.type)}`
      : step.kind === 'ended'
        ? `SessionEndedRequest (${step.reason})`
        : 'LaunchRequest';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

const closing: Step = { kind: 'ended', reason: 'USER_INITIATED', realistic: true };

let users = 0;

/**
 * Plays one script as one user on one device, and throws at the first answer that breaks a rule.
 * A session still open at the end is closed by Alexa, so the final write is always checked too.
 */
async function play(script: Script, invoke: Invoke, sent?: Map<string, number>): Promise<number> {
  adapter.reset();
  const userId = `amzn1.ask.account.FUZZ-${process.pid}-${++users}`;
  if (script.stored !== undefined) adapter.seed(userId, script.stored);
  adapter.outages = [...(script.outages ?? [])];
  errors.take();
  const stored = (script.stored as { routine?: unknown } | undefined)?.routine;
  const legacy =
    stored !== undefined && !isDeepStrictEqual(json(restoreRun(stored)), json(stored))
      ? stored
      : undefined;
  const device = new Device(invoke, adapter, errors, userId, legacy);
  const steps = [...script.opening, ...script.steps];
  let count = 0;
  for (const step of [...steps, closing]) {
    if (step === closing && !device.inSession) break;
    const answer = await device.send(requestOf(step), mutationOf(step), step.realistic);
    count += 1;
    sent?.set(label(step), (sent.get(label(step)) ?? 0) + 1);
    if (answer.problems.length > 0)
      throw new Error(
        `request ${count} of the script (${label(step)}) broke the rules:\n  ${answer.problems.join('\n  ')}`,
      );
  }
  return count;
}

const RUNS = 400;

describe('the skill under fuzzed conversations', () => {
  it('answers every request validly, keeps listening with a reprompt, and keeps its state readable', async () => {
    const sent = new Map<string, number>();
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(scriptArb, async (script) => {
        requests += await play(script, (e) => skill.invoke(e), sent);
      }),
      fuzzParameters(RUNS, 0x5eed_0001),
    );
    if (process.env.FUZZ_DEBUG)
      console.log(
        requests,
        [...sent].sort((a, b) => b[1] - a[1]),
      );
    expect(requests).toBeGreaterThan(RUNS * 5);
    // Every intent of the model, however many a teammate adds, was sent at least once.
    if (RUNS * (Number(process.env.FUZZ_SCALE) || 1) >= 100) {
      const missing = facts.intents.map((i) => i.name).filter((name) => !sent.has(name));
      expect(missing).toEqual([]);
    }
  }, 120_000);
});

/**
 * The property above passes only if it can fail: each sabotage breaks one rule the way a real bug
 * would, and the same property must catch it.
 */
describe('the fuzz checks themselves', () => {
  const catches = async (invoke: Invoke) => {
    const result = await fc.check(
      fc.asyncProperty(scriptArb, async (script) => {
        await play(script, invoke);
      }),
      { numRuns: 40, seed: 7, endOnFailure: true },
    );
    return result.failed ? String(result.errorInstance) : undefined;
  };

  const tampered =
    (edit: (response: ResponseEnvelope, request: RequestEnvelope) => void): Invoke =>
    async (envelope) => {
      const response = await skill.invoke(envelope);
      edit(response, envelope);
      return response;
    };

  it('catch SSML Alexa would refuse', async () => {
    const failure = await catches(
      tampered((r) => {
        if (r.response.outputSpeech?.type === 'SSML')
          r.response.outputSpeech.ssml = '<speak>Hold it <break time="20s"/> and release.</speak>';
      }),
    );
    expect(failure).toMatch(/speech SSML/);
  });

  it('catch an open response without a reprompt', async () => {
    const failure = await catches(tampered((r) => delete r.response.reprompt));
    expect(failure).toMatch(/no reprompt/);
  });

  it('catch a rejected request', async () => {
    const failure = await catches(async (envelope) => {
      if (envelope.request.type === 'IntentRequest') throw new TypeError('boom');
      return skill.invoke(envelope);
    });
    expect(failure).toMatch(/rejected: TypeError: boom/);
  });

  it('catch a routine the skill could not restore', async () => {
    const corrupt: RequestInterceptor = {
      process(input) {
        if (input.requestEnvelope.request.type !== 'IntentRequest') return;
        const user = input.attributesManager.getSessionAttributes()[USER_KEY] as UserState;
        if (user) user.routine = { schemaVersion: 1, kind: 'routine', cursor: { stepId: 'gone' } };
      },
    };
    const broken = configureSkill({ persistenceAdapter: adapter })
      .addRequestInterceptors(corrupt)
      .create();
    expect(await catches((e) => broken.invoke(e))).toMatch(/routine restoreRun refuses/);
  });

  it('catch a realistic request answered by the error handler', async () => {
    const crash: RequestInterceptor = {
      process(input) {
        if (input.requestEnvelope.request.type === 'LaunchRequest') throw new Error('crashed');
      },
    };
    const broken = configureSkill({ persistenceAdapter: adapter })
      .addRequestInterceptors(crash)
      .create();
    expect(await catches((e) => broken.invoke(e))).toMatch(/reached the error handler[^]*crashed/);
  });
});
