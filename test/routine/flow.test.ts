import { PLAN_LENGTHS } from '../../lambda/routine';
import { UTTERANCE_TARGETS, walkRoutine, type Audio } from '../../tools/walk/walk';
import { assertAlexaAccepts, MAX_RESPONSE_BYTES } from '../support/alexa-rules';

/**
 * The routine walked hands-free, as a person would: answers to its questions and "yes" between
 * blocks. Every response is held to Alexa's rules on the way (APLA or SSML, 240 s, 24 KB).
 */
describe.each<Audio>(['apla', 'ssml'])('a routine walked with %s audio', (audio) => {
  it.each(PLAN_LENGTHS)(
    "%s: few things to say, and every response within Alexa's limits",
    async (plan) => {
      for (const soreSpot of [false, true]) {
        const walk = await walkRoutine(plan, soreSpot, audio, assertAlexaAccepts);
        const target = UTTERANCE_TARGETS[plan];
        expect([soreSpot, walk.said.length]).toEqual([
          soreSpot,
          Math.min(walk.said.length, soreSpot ? target.soreSpot : target.plain),
        ]);
        expect(walk.longestSeconds).toBeLessThanOrEqual(225);
        expect(walk.largestBytes).toBeLessThan(MAX_RESPONSE_BYTES);
        for (const turn of walk.turns) {
          // Every routine response carries its audio in the renderer chosen.
          expect(Boolean(turn.apla)).toBe(audio === 'apla');
          // Nobody is left wondering whether it still runs: a word at least every 30 s.
          for (const segment of turn.audio ?? []) {
            if (segment.kind === 'pause') expect(segment.seconds).toBeLessThanOrEqual(30);
          }
        }
        expect(walk.turns[walk.turns.length - 1]!.speech).toMatch(
          /every evening, before you sleep/,
        );
      }
    },
  );
});
