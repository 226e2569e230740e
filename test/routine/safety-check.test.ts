import { CONTRAINDICATIONS, contraindicationsAnswer } from '../../lambda/knowledge';
import { zoneTarget } from '../../lambda/routine';
import { safetyFullList, safetyQuestion } from '../../lambda/routine/safety-check';
import { keysIn } from '../knowledge/helpers';

const idsIn = (keys: string[], kind: 'name' | 'item') =>
  keys
    .filter((key) => key.startsWith(`knowledge:contraindications.${kind}.`))
    .map((key) => key.split('.').pop());

describe('one safety list', () => {
  it('the routine\'s question, its "not sure" and "hear the contraindications" agree', () => {
    const question = idsIn(keysIn([safetyQuestion(false)]), 'name');
    const check = idsIn(keysIn([safetyQuestion(true)]), 'name');
    const notSure = idsIn(keysIn(safetyFullList()), 'item');
    const heard = idsIn(keysIn(contraindicationsAnswer()), 'item');
    expect(question).toEqual([...CONTRAINDICATIONS]);
    expect(check).toEqual([...CONTRAINDICATIONS]);
    expect(notSure).toEqual([...CONTRAINDICATIONS]);
    expect(heard).toEqual([...CONTRAINDICATIONS]);
  });

  it('names fever, diabetes with numb feet and a fresh injury', () => {
    expect(CONTRAINDICATIONS).toEqual(
      expect.arrayContaining(['fever', 'diabetes-numb-feet', 'injury']),
    );
  });
});

describe('holds on places tradition keeps away from pregnancy', () => {
  it.each(['outer-toes', 'outer-ankle'] as const)(
    'a hold on the %s says so before pressing',
    (zone) => {
      expect(zoneTarget(zone).caution?.key).toBe('routine:hold.pregnancy');
      expect(zoneTarget('heel').caution).toBeUndefined();
    },
  );
});
