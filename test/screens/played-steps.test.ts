import { speechSeconds, timeline } from '../../tools/simulator/speech';
import type { Exchange } from '../../tools/simulator/conversation';
import { payloadOf, screenConversation } from './support';

/** When, in the response's audio as the simulator times it, a sentence starting so begins. */
function startOf(exchange: Exchange, sentence: string): number | undefined {
  let t = 0;
  for (const segment of exchange.audio ?? timeline(exchange.ssml)) {
    if (segment.kind === 'pause') t += segment.seconds;
    else {
      const at = segment.text.indexOf(sentence);
      if (at >= 0) return t + speechSeconds(segment.text.slice(0, at));
      t += speechSeconds(segment.text);
    }
  }
  return undefined;
}

describe('where each step sits in the audio the screen follows', () => {
  it("starts each step's countdown when its instruction is heard, and ends it at the next step", async () => {
    const c = screenConversation();
    await c.say('start my foot massage');
    await c.say('no');
    let turn = await c.say('on a chair');
    const instructions: Record<string, string> = {
      'The general massage': 'With the fingers of both hands',
      'The deep sole massage': 'Now go deep on the sole',
      'Rising on your toes': 'Rise up onto your toes',
      'Trampling on the spot': 'Now trample on the spot',
    };
    let checked = 0;
    for (
      let i = 0;
      i < 14 && !turn.ended && !/every evening, before you sleep/.test(turn.speech);
      i++
    ) {
      const steps = payloadOf(turn).steps ?? [];
      for (const step of steps) {
        const opening = instructions[String(step.name)];
        if (!opening || !Number(step.durationMs)) continue;
        // A step picked up part-way starts right after "Keep going with ...".
        const keepGoing = /^Keep going with [^.]*\./.exec(turn.speech);
        const heard =
          startOf(turn, opening) ?? (keepGoing ? speechSeconds(keepGoing[0]) : undefined);
        expect({ name: step.name, heard: heard !== undefined }).toEqual({
          name: step.name,
          heard: true,
        });
        // Within a second of the sentence, on the simulator's clock (150 words a minute).
        expect(Math.abs(Number(step.startMs) / 1000 - heard!)).toBeLessThan(1);
        checked++;
      }
      for (let j = 1; j < steps.length; j++) {
        expect(Number(steps[j]!.startMs)).toBeCloseTo(
          Number(steps[j - 1]!.startMs) + Number(steps[j - 1]!.durationMs),
          -2,
        );
      }
      const posture = /How would you like to sit/.test(turn.speech);
      turn = await c.say(
        /foot bath|Did any spot feel tender/.test(turn.speech)
          ? 'no'
          : posture
            ? 'on a chair'
            : 'next',
      );
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('shows where the run stands, with no countdown, while it is paused', async () => {
    const c = screenConversation();
    await c.say('start a quick foot massage');
    await c.say('no');
    await c.say('on a chair');
    const paused = await c.say('pause');
    const steps = payloadOf(paused).steps!;
    expect(steps).toHaveLength(1);
    expect(steps[0]!.durationMs).toBe(0);
    expect(String(steps[0]!.label)).toMatch(/^Step \d+ of \d+$/);
  });
});
