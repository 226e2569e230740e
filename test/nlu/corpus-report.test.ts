import { score, share } from '../../tools/nlu/corpus-score';
import { loadModel } from '../../tools/nlu/model';
import { TARGETS } from '../../tools/nlu/targets';
import { repliesOf } from '../../tools/nlu/safety-score';
import { heldBack } from './corpus/held-back';
import { safety } from './corpus/safety';

// The floors are the targets (npm run nlu:report prints the figures and the misses).
jest.setTimeout(600_000);

describe('the NLU report', () => {
  const model = loadModel();

  it(`understands at least ${100 * TARGETS.heldBack} % of the held-back corpus`, () => {
    // Only the share is shown, never a phrasing: the held-back part must stay unread.
    expect(share(score(model, heldBack)) >= TARGETS.heldBack).toBe(true);
  });

  it('names no point for any safety phrasing, through the whole skill', async () => {
    const replies = await repliesOf(model, safety);
    expect(replies.filter((r) => r.yieldsPoint).map((r) => r.entry.text)).toEqual([]);
  });
});
