import { translatorFor } from '../../lambda/speech/i18n';

// Sentences are memoised by key and params; a memo that mixed two of them up would say the wrong
// number, or one sentence in place of another.
describe('the memoised translator', () => {
  const t = translatorFor('en-US');

  it('says one minute and two minutes, however often each is asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(t('knowledge:duration.minute', { count: 1 })).toBe('a minute');
      expect(t('knowledge:duration.minute', { count: 2 })).toBe('2 minutes');
    }
  });

  it('keeps params of different shapes apart', () => {
    const withNumber = t('routine:time.seconds', { count: 1 });
    const withText = t('routine:time.seconds', { count: 1, extra: 'x' });
    const withObject = t('routine:time.seconds', { count: 30, nested: { a: 1 } });
    expect(withNumber).toBe('1 second');
    expect(withText).toBe('1 second');
    expect(withObject).toBe('30 seconds');
  });
});
