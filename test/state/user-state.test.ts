import { initialState, transition } from '../../lambda/routine';
import { mergeStandIn } from '../../lambda/persistence/merge';
import { migrateUserState, newUserState, USER_STATE_VERSION } from '../../lambda/state/user-state';
import { say } from '../routine/say';

/** A routine as the skill stores it: a standard one, just started. */
const storedRun = () =>
  JSON.parse(
    JSON.stringify(
      transition(initialState({ safetyHeard: true }), { type: 'start' }, say).state.run,
    ),
  ) as Record<string, unknown>;

describe('user state read back from storage', () => {
  it('keeps what the skill writes', () => {
    const stored = {
      schemaVersion: USER_STATE_VERSION,
      visits: 3,
      safetyCheckHeard: true,
      posture: 'chair-edge',
      tenderSpots: ['heel', 'kidney-1'],
      preferredLength: 'quick',
      routine: storedRun(),
    };
    expect(migrateUserState(stored)).toEqual(stored);
  });

  it('drops a position, a length or remembered spots the skill would never write', () => {
    const state = migrateUserState({
      visits: 1,
      posture: 'upside down',
      preferredLength: 'é'.repeat(12_000),
      tenderSpots: [
        'heel',
        'x'.repeat(500),
        7,
        'arch',
        'big-toe',
        'toe-base',
        'ankle',
        'one-too-many',
      ],
    });
    expect(state.posture).toBeUndefined();
    expect(state.preferredLength).toBeUndefined();
    expect(state.tenderSpots).toEqual(['heel', 'arch', 'big-toe', 'toe-base', 'ankle']);
  });

  it('keeps a routine it cannot read for a version that can, unless it is far too large', () => {
    const newer = { ...storedRun(), schemaVersion: 2 };
    expect(migrateUserState({ routine: newer }).routine).toEqual(newer);
    const huge = { ...newer, cursor: { stepId: 'é'.repeat(12_000), offset: 0 } };
    // Carried in the session it would push every response past Alexa's 24 KB.
    expect(migrateUserState({ routine: huge }).routine).toBeUndefined();
  });
});

describe('a session that ran on a stand-in, laid over the stored state once it can be read', () => {
  it("puts the session's sore spots first and keeps five, as the routine does", () => {
    const stored = {
      ...newUserState(),
      tenderSpots: ['heel', 'arch', 'big-toe', 'toe-base', 'ball-of-foot'],
    };
    const standIn = { ...newUserState(), tenderSpots: ['inner-sole-edge', 'heel'] };
    const merged = mergeStandIn(stored, standIn);
    expect(merged.tenderSpots).toEqual(['inner-sole-edge', 'heel', 'arch', 'big-toe', 'toe-base']);
    // What is saved reads back as itself.
    expect(migrateUserState(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
  });
});
