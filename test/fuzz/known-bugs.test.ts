import type { Slot } from 'ask-sdk-model';
import { canonicalZone } from '../../lambda/routine/zones';
import { intentRequest, launchRequest } from '../../tools/simulator/envelope';
import { Device, ErrorLog, MemoryAdapter, realSkill } from './support/harness';
import { KNOWN_BUGS, PROTOTYPE_NAMES } from './support/known-bugs';

process.env.FMC_LOG = 'silent';

/**
 * Reproductions of the bugs listed in support/known-bugs.ts. `test.failing` passes while the bug
 * is there; once it is fixed the test fails, telling whoever fixed it to delete the reproduction
 * and its entry in KNOWN_BUGS, so the fuzzer covers those inputs again.
 */
const adapter = new MemoryAdapter();
const skill = realSkill(adapter);
const errors = new ErrorLog();
beforeAll(() => errors.install());
afterAll(() => errors.uninstall());

const none = { kind: 'none' } as const;
const device = (name: string) =>
  new Device((e) => skill.invoke(e), adapter, errors, `amzn1.ask.account.KNOWN-${name}`);

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

describe('known bugs', () => {
  it('are each reproduced below', () => {
    expect(KNOWN_BUGS.map((b) => b.id)).toEqual(['zone-prototype-key', 'locale-prototype-key']);
  });

  test.failing('zone-prototype-key: canonicalZone ignores names every object inherits', () => {
    for (const name of PROTOTYPE_NAMES) expect(canonicalZone(name)).toBeUndefined();
  });

  test.failing(
    'zone-prototype-key: "constructor" as a tender spot is answered sensibly',
    async () => {
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
    },
  );

  test.failing(
    'locale-prototype-key: a LaunchRequest with locale "constructor" is answered',
    async () => {
      const answer = await device('locale').send(
        launchRequest(),
        { kind: 'locale', locale: 'constructor' },
        false,
      );
      expect(answer.problems).toEqual([]);
    },
  );
});
