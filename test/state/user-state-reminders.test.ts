import { mergeStandIn } from '../../lambda/persistence/merge';
import { migrateUserState, newUserState, USER_STATE_VERSION } from '../../lambda/state/user-state';

describe('user state: the reminder and the habit (schema version 2)', () => {
  it('is version 2', () => {
    expect(USER_STATE_VERSION).toBe(2);
    expect(newUserState().schemaVersion).toBe(2);
  });

  it('migrates a version 1 state whole, with no reminder and no dates', () => {
    const v1 = { schemaVersion: 1, visits: 4, safetyCheckHeard: true, tenderSpots: ['heel'] };
    expect(migrateUserState(v1)).toEqual({ ...v1, schemaVersion: 2 });
  });

  it('keeps the reminder, the offer and the dates the skill writes', () => {
    const stored = {
      ...newUserState(),
      reminder: { token: 'amzn1.alert.1', time: '21:00', timeZone: 'Europe/Berlin' },
      reminderOffer: 'declined' as const,
      completedDates: ['2026-11-29', '2026-12-01'],
    };
    expect(migrateUserState(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('drops a reminder it could neither change nor cancel, and dates it never writes', () => {
    const state = migrateUserState({
      reminder: { token: '', time: '21:00' },
      reminderOffer: 'maybe',
      completedDates: ['yesterday', 7, '2026-12-01', ...Array(30).fill('2026-12-02')],
    });
    expect(state.reminder).toBeUndefined();
    expect(state.reminderOffer).toBeUndefined();
    expect(state.completedDates).toHaveLength(14);
    expect(state.completedDates?.[0]).toBe('2026-12-02');
    expect(migrateUserState({ reminder: { token: 'x', time: '9 pm' } }).reminder).toBeUndefined();
    expect(
      migrateUserState({ reminder: { token: 'x', time: '21:00', timeZone: 'z'.repeat(500) } })
        .reminder,
    ).toEqual({ token: 'x', time: '21:00' });
  });

  it('unites the dates of a session that ran on a stand-in with the stored ones', () => {
    const stored = { ...newUserState(), completedDates: ['2026-11-30'] };
    const standIn = { ...newUserState(), completedDates: ['2026-12-01'] };
    expect(mergeStandIn(stored, standIn).completedDates).toEqual(['2026-11-30', '2026-12-01']);
  });
});
