import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REMINDER_INTENTS } from '../../lambda/reminders/phrases';
import type { InteractionModel } from '../../tools/model/checks';

const model = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'interactionModels', 'custom', 'en-US.json'), 'utf8'),
) as InteractionModel;

describe('the reminder intents of the model', () => {
  it('are exactly the ones written in lambda/reminders/phrases.ts (npm run sync:model)', () => {
    const intents = model.interactionModel.languageModel.intents;
    for (const intent of REMINDER_INTENTS) {
      expect(intents.find((i) => i.name === intent.name)).toEqual(intent);
    }
  });

  it('take the time as AMAZON.TIME where a time is said', () => {
    const slots = Object.fromEntries(REMINDER_INTENTS.map((i) => [i.name, i.slots ?? []]));
    expect(slots.SetReminderIntent).toEqual([{ name: 'time', type: 'AMAZON.TIME' }]);
    expect(slots.MoveReminderIntent).toEqual([{ name: 'time', type: 'AMAZON.TIME' }]);
    expect(slots.ReminderStatusIntent).toEqual([]);
    expect(slots.CancelReminderIntent).toEqual([]);
  });
});
