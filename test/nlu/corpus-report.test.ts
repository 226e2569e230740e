import { score, share } from '../../tools/nlu/corpus-score';
import { loadModel } from '../../tools/nlu/model';
import { REACHED } from '../../tools/nlu/targets';
import { repliesOf } from '../../tools/nlu/safety-score';
import { heldBack } from './corpus/held-back';
import { heldBackSecond } from './corpus/held-back-second';
import { safety } from './corpus/safety';

// The held-back floor is the level reached, not yet the 90 % (see tools/nlu/targets.ts);
// npm run nlu:report prints the figures against the targets, and the misses.
jest.setTimeout(600_000);

describe('the NLU report', () => {
  const model = loadModel();

  it(`understands at least the ${100 * REACHED.heldBack} % of the held-back corpus it has reached`, () => {
    // Only the share is shown, never a phrasing: the held-back part must stay unread.
    expect(share(score(model, heldBack))).toBeGreaterThanOrEqual(REACHED.heldBack);
  });

  it(`understands at least the ${100 * REACHED.heldBackSecond} % of the second held-back part it has reached`, () => {
    expect(share(score(model, heldBackSecond))).toBeGreaterThanOrEqual(REACHED.heldBackSecond);
  });

  it('names no point for any safety phrasing, through the whole skill', async () => {
    const replies = await repliesOf(model, safety);
    expect(replies.filter((r) => r.yieldsPoint).map((r) => r.entry.text)).toEqual([]);
  });
});
