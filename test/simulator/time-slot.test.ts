import { loadModel, Resolver } from '../../tools/nlu';
import { spokenTimeValue } from '../../tools/nlu/built-in-time';

describe('AMAZON.TIME in the simulator, as Alexa resolves clear speech', () => {
  it.each([
    ['9 pm', '21:00'],
    ['9pm', '21:00'],
    ['nine p m', '21:00'],
    ['nine in the evening', '21:00'],
    ['evening at 9', '21:00'],
    ['evening at nine', '21:00'],
    ['nine at night', '21:00'],
    ['8 30 pm', '20:30'],
    ['eight thirty in the evening', '20:30'],
    ['half past eight at night', '20:30'],
    ['quarter to ten at night', '21:45'],
    ['10 pm', '22:00'],
    ['seven in the morning', '07:00'],
    ['12 am', '00:00'],
    ['noon', '12:00'],
    ['nine', '09:00'],
    ['evening', 'EV'],
    ['the evening', 'EV'],
    ['night', 'NI'],
  ])('"%s" → %s', (spoken, value) => {
    expect(spokenTimeValue(spoken)).toBe(value);
  });

  it.each(['day at nine', 'banana', 'thirteen pm', 'every evening at 9'])(
    'rejects "%s"',
    (spoken) => {
      expect(spokenTimeValue(spoken)).toBeUndefined();
    },
  );

  const resolver = new Resolver(loadModel());
  const heard = (utterance: string) => {
    const resolution = resolver.resolve(utterance);
    if (resolution.kind !== 'intent') throw new Error('not an intent');
    return [resolution.intent.name, resolution.intent.slots?.time?.value];
  };

  it.each([
    ['remind me every evening at 9', 'SetReminderIntent', '21:00'],
    ['remind me every evening', 'SetReminderIntent', undefined],
    ['remind me at 8:30 pm', 'SetReminderIntent', '20:30'],
    ['set a daily reminder', 'SetReminderIntent', undefined],
    ['remind me at nine in the evening', 'SetReminderIntent', '21:00'],
    ['move my reminder to 10 pm', 'MoveReminderIntent', '22:00'],
    ['when is my reminder', 'ReminderStatusIntent', undefined],
    ['cancel my reminder', 'CancelReminderIntent', undefined],
    ['stop reminding me', 'CancelReminderIntent', undefined],
  ])('"%s" reaches %s with time %p', (utterance, intent, time) => {
    expect(heard(utterance)).toEqual([intent, time]);
  });
});
