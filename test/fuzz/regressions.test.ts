import type { Slot } from 'ask-sdk-model';
import { canonicalZone } from '../../lambda/routine/zones';
import {
  intentRequest,
  launchRequest,
  newSessionId,
  requestEnvelope,
} from '../../tools/simulator/envelope';
import { Device, ErrorLog, MemoryAdapter, realSkill } from './support/harness';

/** Names every plain object inherits: 'constructor', 'toString', '__proto__', ... */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

process.env.FMC_LOG = 'silent';

/** Inputs the fuzzer once found to break the skill, kept as plain regressions. */
const adapter = new MemoryAdapter();
const skill = realSkill(adapter);
const errors = new ErrorLog();
beforeAll(() => errors.install());
afterAll(() => errors.uninstall());

const none = { kind: 'none' } as const;
const device = (name: string) =>
  new Device((e) => skill.invoke(e), adapter, errors, `amzn1.ask.account.REGRESSION-${name}`);

const zone = (value: string): Slot => ({
  name: 'zone',
  value,
  confirmationStatus: 'NONE',
  resolutions: {
    resolutionsPerAuthority: [
      { authority: 'TenderZoneType', status: { code: 'ER_SUCCESS_NO_MATCH' } },
    ],
  } as unknown as Slot['resolutions'],
});

describe('inputs that once broke the skill', () => {
  it('canonicalZone ignores names every object inherits', () => {
    for (const name of PROTOTYPE_NAMES) expect(canonicalZone(name)).toBeUndefined();
  });

  it('"constructor" as a tender spot is answered sensibly', async () => {
    const answer = await device('zone').send(
      intentRequest({
        name: 'TenderSpotIntent',
        confirmationStatus: 'NONE',
        slots: { zone: zone('constructor') },
      }),
      none,
      true,
    );
    expect(answer.problems).toEqual([]);
  });

  it('a LaunchRequest with locale "constructor" is answered', async () => {
    const answer = await device('locale').send(
      launchRequest(),
      { kind: 'locale', locale: 'constructor' },
      false,
    );
    expect(answer.problems).toEqual([]);
  });

  it('a request outside any session gets a spoken answer, and storage is left alone', async () => {
    const envelope = requestEnvelope(launchRequest(), { sessionId: newSessionId(), isNew: true });
    delete envelope.session;
    adapter.drain();
    const response = await skill.invoke(envelope);
    expect(response.response.outputSpeech).toMatchObject({ type: 'SSML' });
    expect(adapter.drain()).toEqual([]);
  });
});
