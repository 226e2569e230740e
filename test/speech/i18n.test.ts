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

  it('keeps a sentence with nested params apart from a plain one of the same key', () => {
    expect(t('routine:time.seconds', { count: 1 })).toBe('1 second');
    expect(t('routine:time.seconds', { count: 30, nested: { a: 1 } })).toBe('30 seconds');
    expect(t('routine:time.seconds', { count: 1 })).toBe('1 second');
  });
});
