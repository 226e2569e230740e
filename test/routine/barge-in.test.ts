import { aplaComponents } from '../../lambda/speech/apla';
import {
  initialState,
  settleBargeIn,
  stepsOf,
  transition,
  withPlaying,
  type EngineOutput,
  type RoutineEvent,
  type RoutineState,
} from '../../lambda/routine';
import { conversation, tempStatePath } from '../support/conversation';
import { say } from './say';

const returning = () => initialState({ safetyHeard: true, posture: 'thigh', tenderSpots: [] });

function drive(state: RoutineState, ...events: RoutineEvent[]) {
  let output: EngineOutput | undefined;
  for (const e of events) ({ state, output } = transition(state, e, say));
  return { state, output: output! };
}

/** The request comes `ms` into the response's audio; Alexa's clock starts at 0. */
function at(state: RoutineState, output: EngineOutput, ms: number): RoutineState {
  return settleBargeIn(withPlaying(state, 0, 0, output.steps), 1000 + ms, true);
}

const text = (o: EngineOutput) =>
  o.segments.map((s) => (s.kind === 'speech' ? s.text : '')).join(' ');

/** Blocks with every kind of step: the warm-up; the right foot's first; a sore spot's holds. */
function blocks() {
  // Every run asks its safety check first, returning users too.
  const warmUp = drive(returning(), { type: 'start' }, { type: 'no' });
  const rightFoot = drive(warmUp.state, { type: 'no' });
  const hold = drive(rightFoot.state, { type: 'tender-spot', zone: 'heel' });
  return { warmUp, rightFoot, hold };
}

describe('a request while the guidance plays is placed in the step that was playing', () => {
  const cases = Object.entries(blocks()).flatMap(([name, block]) =>
    block.output.steps.flatMap((step, i) =>
      (
        [
          ['its instruction', step.startMs + 1500],
          ['its timed silence', step.startMs + step.durationMs / 2],
          ['its count-down', step.startMs + step.durationMs - 3000],
        ] as const
      ).map(([where, ms]) => ({ name, block, step, i, where, ms })),
    ),
  );

  it.each(cases.map((c) => [`${c.name}, ${c.step.stepId}, ${c.where}`, c] as const))(
    '%s',
    (_label, { block, step, i, ms }) => {
      const cut = at(block.state, block.output, ms);
      expect(cut.run!.cursor).toEqual({ stepId: step.stepId, offset: 0 });
      const steps = stepsOf(cut.run!);
      const index = steps.findIndex((s) => s.id === step.stepId);
      // Pause, then resume: that step again, from its instruction.
      const resumed = drive(cut, { type: 'pause' }, { type: 'resume' }).output;
      expect(resumed.steps[0]!.stepId).toBe(step.stepId);
      const instruction = steps[index]!.instruction[0]!;
      expect(resumed.segments.some((s) => s.kind === 'speech' && s.key === instruction.key)).toBe(
        true,
      );
      // Repeat plays it again; next and skip go on to the step after it; where am I names it.
      expect(drive(cut, { type: 'repeat' }).output.steps[0]!.stepId).toBe(step.stepId);
      const after = steps.slice(index + 1).find((s) => s.kind === 'timed');
      const nextStep = drive(cut, { type: 'next' }).output.steps[0]?.stepId;
      if (steps[index + 1]?.kind === 'timed') expect(nextStep).toBe(after!.id);
      expect(drive(cut, { type: 'skip' }).output.steps[0]?.stepId).toBe(nextStep);
      // Back goes to the step before it (or this one again when it is the first).
      const back = drive(cut, { type: 'previous' }).output.steps[0]!.stepId;
      const before = steps
        .slice(0, index)
        .filter((s) => s.kind === 'timed')
        .pop();
      expect(back).toBe(before?.id ?? step.stepId);
      // Steps before it were heard in full and are not played again on resume.
      if (i > 0)
        expect(resumed.steps.map((s) => s.stepId)).not.toContain(block.output.steps[0]!.stepId);
    },
  );

  it('a request after the whole block played means the block was heard', () => {
    const { warmUp } = blocks();
    const last = warmUp.output.steps[warmUp.output.steps.length - 1]!;
    const heard = at(warmUp.state, warmUp.output, last.startMs + last.durationMs + 500);
    expect(heard.run!.cursor).toEqual(warmUp.state.run!.cursor);
    expect(heard.run!.cut).toBeUndefined();
  });

  it('a sore spot named mid-block gets its hold straight after the step that was playing', () => {
    const { rightFoot } = blocks();
    const general = rightFoot.output.steps[0]!;
    const cut = at(rightFoot.state, rightFoot.output, general.startMs + 10_000);
    const hold = drive(cut, { type: 'tender-spot', zone: 'arch' });
    const ids = stepsOf(hold.state.run!).map((s) => s.id);
    expect(ids.indexOf('hold-1-arch')).toBe(ids.indexOf(general.stepId) + 1);
    expect(hold.output.steps[0]!.stepId).toBe('hold-1-arch');
  });
});

describe('the APL for Audio rendering of a block', () => {
  it('holds the same words and the same silences as the timeline, to the millisecond', () => {
    for (const block of Object.values(blocks())) {
      const segments = block.output.segments;
      const pieces = segments.map((s) =>
        s.kind === 'speech' ? { text: s.text } : { pauseSeconds: s.seconds },
      );
      const items = aplaComponents(pieces);
      const silenceMs = items.reduce((n, c) => n + (c.type === 'Silence' ? c.duration : 0), 0);
      const timelineMs = segments.reduce(
        (n, s) => n + (s.kind === 'silence' ? Math.round(s.seconds * 1000) : 0),
        0,
      );
      expect(Math.abs(silenceMs - timelineMs)).toBeLessThanOrEqual(items.length);
      const spoken = items
        .filter((c) => c.type === 'Speech')
        .map((c) => (c.type === 'Speech' ? c.content.replace(/<\/?speak>/g, '') : ''))
        .join(' ');
      expect(spoken.replace(/\s+/g, ' ')).toBe(text(block.output).replace(/\s+/g, ' ').trim());
    }
  });
});

describe('by voice: interruptions lose nothing', () => {
  it('"@20 pause", then "resume", plays the interrupted step again from its instruction', async () => {
    const c = conversation();
    await c.say('start my foot massage');
    const warmUp = await c.say('no');
    expect(warmUp.apla).toBeDefined();
    const paused = await c.say('@20 pause');
    expect(paused.speech).toMatch(/^Paused/);
    const resumed = await c.say('resume');
    expect(resumed.speech).toMatch(/Rise up onto your toes/);
  });

  it('"stop" mid-step, then "yes" in a new session of a new process, picks up that step', async () => {
    const path = tempStatePath();
    const first = conversation({ adapterPath: path, userId: 'amzn1.ask.account.STOPPED' });
    await first.say('start my foot massage');
    await first.say('no');
    // 80 s in: the second step, trampling, is playing.
    expect((await first.say('@80 stop')).ended).toBe(true);
    const later = conversation({ adapterPath: path, userId: 'amzn1.ask.account.STOPPED' });
    const welcome = await later.say('open foot massage coach');
    expect(welcome.speech).toMatch(/You stopped at the warm-up, trampling on the spot/);
    const yes = await later.say('yes');
    expect(yes.speech).toMatch(/^Picking up at the warm-up, trampling on the spot\. Now trample/);
    // Rising on the toes was heard in full: it does not come again.
    expect(yes.speech).not.toMatch(/Rise up onto your toes/);
  });

  it("answers Alexa's APLA runtime error with the same words in SSML, and carries on in SSML", async () => {
    const c = conversation();
    await c.say('start my foot massage');
    const warmUp = await c.say('no');
    expect(warmUp.apla).toBeDefined();
    const failed = await c.send({
      type: 'Alexa.Presentation.APLA.RuntimeError',
      requestId: 'amzn1.echo-api.request.apla-error',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      token: 'routine-audio',
      errors: [{ type: 'RENDER_ERROR', reason: 'INTERNAL_SERVER_ERROR', message: 'render failed' }],
    });
    expect(failed.apla).toBeUndefined();
    // The same block again (the thanks for the answer before it aside), now in SSML.
    expect(failed.ssml).toMatch(/Rise up onto your toes/);
    expect(warmUp.speech.endsWith(failed.speech)).toBe(true);
    expect(failed.ended).toBe(false);
    // The guidance plays from the error on: a pause 20 s into it is in the first step.
    const paused = await c.say('@20 pause');
    expect(paused.apla).toBeUndefined();
    expect((await c.say('resume')).speech).toMatch(/Rise up onto your toes/);
  });
});

describe('a hold asked for again before it was done', () => {
  it('plays that hold once, never a second copy', () => {
    const { rightFoot } = blocks();
    const first = drive(rightFoot.state, { type: 'guided-hold', zone: 'big-toe' });
    // Stopped 10 s into the big toe's hold; later, the same hold asked for again.
    const stopped = at(first.state, first.output, first.output.steps[0]!.startMs + 10_000);
    const again = drive(stopped, { type: 'guided-hold', zone: 'big-toe' });
    const holds = stepsOf(again.state.run!).filter((s) => s.id.startsWith('hold-'));
    expect(holds.map((s) => s.targetId)).toEqual(['big-toe', 'toe-base']);
    expect(again.output.steps[0]!.targetId).toBe('big-toe');
  });
});
