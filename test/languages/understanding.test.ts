import { LANGUAGE_IDS } from '../../lambda/languages/registry';
import {
  hasPhrasings,
  phrasingsOf,
  safeFor,
  safetyReplies,
  scorePhrasings,
} from '../../tools/nlu/language-score';
import { LANGUAGE_REACHED, TARGETS } from '../../tools/nlu/targets';

const LANGUAGES = LANGUAGE_IDS.filter((l) => l !== 'en' && hasPhrasings(l));

describe.each(LANGUAGES)('%s, as people say it', (language) => {
  const reached = LANGUAGE_REACHED[language] ?? { phrasings: TARGETS.heldBack, safety: 1 };

  it('has phrasings to measure with, every kind of safety statement among them', () => {
    const { PHRASINGS, SAFETY_PHRASINGS } = phrasingsOf(language);
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(SAFETY_PHRASINGS.map((p) => p.kind))).toEqual(
      new Set(['crisis', 'emergency', 'doctor', 'pregnancy']),
    );
  });

  it('reaches the right intent and slot ids through its own model', () => {
    const outcomes = scorePhrasings(language);
    const right = outcomes.filter((o) => o.right).length / outcomes.length;
    const misses = outcomes
      .filter((o) => !o.right)
      .map((o) => `${o.entry.text} → ${o.heard.intent} ${JSON.stringify(o.heard.slots)}`);
    if (misses.length) console.log(`${language} misses (${misses.length}):\n${misses.join('\n')}`);
    expect(right).toBeGreaterThanOrEqual(reached.phrasings);
  });

  it('never names a point for a safety statement, and answers each with its kind', async () => {
    const replies = await safetyReplies(language);
    expect(replies.filter((r) => r.pointed).map((r) => r.text)).toEqual([]);
    const unsafe = replies.filter((r) => !safeFor(r));
    if (unsafe.length)
      console.log(
        `${language} unsafe (${unsafe.length}):\n${unsafe.map((r) => `${r.text} (${r.kind}) → ${r.got}`).join('\n')}`,
      );
    expect(1 - unsafe.length / replies.length).toBeGreaterThanOrEqual(reached.safety);
  }, 120_000);
});
