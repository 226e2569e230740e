import {
  READING_IDS,
  readFeet,
  type FootMoisture,
  type FootTemperature,
} from '../../lambda/knowledge';
import { speak } from './helpers';

const TEMPERATURES: FootTemperature[] = ['cold', 'warm', 'hot'];
const MOISTURES: FootMoisture[] = ['dry', 'damp'];

describe('readFeet', () => {
  it.each(TEMPERATURES.flatMap((t) => MOISTURES.map((m) => [t, m] as const)))(
    'gives %s and %s feet a traditional reading with a word on seeing a doctor',
    (temperature, moisture) => {
      const result = readFeet({ temperature, moisture });
      expect(result.kind).toBe('reading');
      if (result.kind !== 'reading') return;
      const text = speak(result.parts);
      expect(text).toMatch(/[Tt]radition/);
      expect(text).toMatch(/doctor/);
    },
  );

  it.each([
    ['warm', 'dry', 'warm-dry'],
    ['cold', 'damp', 'cold-damp'],
    ['cold', 'dry', 'cold-dry'],
    ['hot', 'damp', 'hot-damp'],
    ['hot', 'dry', 'hot-dry'],
  ] as const)('reads %s and %s feet as %s', (temperature, moisture, id) => {
    expect(readFeet({ temperature, moisture })).toMatchObject({ kind: 'reading', id });
  });

  it('calls warm and dry feet healthy, and says so without alarm', () => {
    const result = readFeet({ temperature: 'warm', moisture: 'dry' });
    expect(result.kind === 'reading' && speak(result.parts)).toMatch(/healthy/);
  });

  it('reads one warm foot and one cold as a matter for the heart, whichever side', () => {
    expect(readFeet({ right: 'warm', left: 'cold' })).toMatchObject({ id: 'one-warm-one-cold' });
    expect(readFeet({ right: 'cold', left: 'hot' })).toMatchObject({ id: 'one-warm-one-cold' });
    const result = readFeet({ right: 'warm', left: 'cold' });
    expect(result.kind === 'reading' && speak(result.parts)).toMatch(/heart/);
  });

  it('asks what it still needs to know', () => {
    expect(readFeet({})).toEqual({ kind: 'ask-temperature' });
    expect(readFeet({ temperature: 'cold' })).toEqual({
      kind: 'ask-moisture',
      temperature: 'cold',
    });
    expect(readFeet({ left: 'cold', right: 'cold' })).toEqual({
      kind: 'ask-moisture',
      temperature: 'cold',
    });
  });

  it('has a reading for every id it can return', () => {
    expect(READING_IDS).toHaveLength(6);
  });
});
