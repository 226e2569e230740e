import {
  applyToUser,
  describePosition,
  expectingOf,
  initialState,
  offerToContinue,
  remainingSeconds,
  resolveKeyRef,
  stepsOf,
  RESPONSE_AUDIO_BUDGET_SECONDS,
  resumeFrom,
  resumeOffer,
  settleBargeIn,
  stateFromUser,
  transition,
  withPlaying,
  type EngineOutput,
  type RoutineEvent,
  type RoutineState,
  type UserFields,
} from '../../lambda/routine';
import { say } from './say';

const text = (o: EngineOutput) =>
  [...o.segments.map((s) => (s.kind === 'speech' ? s.text : '')), o.question?.text ?? '']
    .join(' ')
    .replace(/\s+/g, ' ');

/** Feeds events one after the other; returns the last state and every output. */
function drive(state: RoutineState, ...events: RoutineEvent[]) {
  const outputs: EngineOutput[] = [];
  for (const e of events) {
    const r = transition(state, e, say);
    state = r.state;
    outputs.push(r.output);
  }
  return { state, outputs, last: outputs[outputs.length - 1]! };
}

const returning = () => initialState({ safetyHeard: true, posture: 'thigh', tenderSpots: [] });

/** A returning user's routine with its cursor placed at a step (the state is plain data). */
function at(
  stepId: string,
  base = returning(),
  offset = 0,
  length: 'quick' | 'standard' | 'thorough' = 'standard',
): RoutineState {
  const { state } = drive(base, { type: 'start', length });
  state.run!.cursor = { stepId, offset };
  state.run!.last = { stepId, offset };
  return state;
}

/** The next event comes `seconds` into the audio of `output` (Alexa's clock starts at 0). */
function bargeIn(state: RoutineState, output: EngineOutput, seconds: number): RoutineState {
  const playing = withPlaying(state, 0, 0, output.steps);
  return settleBargeIn(playing, 1000 + seconds * 1000, true);
}

/**
 * A thorough routine's right-foot general massage (120 s) reached by "next", and the person
 * speaking 20 s into it: the cursor is back at its start, the step marked as cut.
 */
function generalFromNext() {
  const played = drive(at('right-general', returning(), 0, 'thorough'), { type: 'next' });
  return { ...played, state: bargeIn(played.state, played.last, 20) };
}

function midStep(): RoutineState {
  const { state } = generalFromNext();
  expect(state.run!.cut).toBe('right-general');
  return state;
}

describe('safety check (first use)', () => {
  // Eight kinds from the one list, named in a few words each; "not sure" reads them in full.
  it('names every contraindication in at most sixteen seconds and asks', () => {
    const { last, state } = drive(initialState(), { type: 'start' });
    expect(last.expecting).toBe('safety-answer');
    const q = last.question!.text;
    // The first-use check carries the disclaimer too.
    expect(q).toMatch(/tradition, not medicine/);
    for (const word of ['heart', 'circulation', 'clot', 'pregnancy', 'exhaustion', 'skin']) {
      expect(q).toContain(word);
    }
    for (const word of ['fever', 'diabetes with numb feet', 'fresh injury'])
      expect(q).toContain(word);
    expect(last.question!.text.split(/\s+/).length * 0.4).toBeLessThanOrEqual(16);
    expect(state.run?.cursor.stepId).toBe('safety-check');
  });

  it('yes ends politely with advice to see a doctor, and no routine starts', () => {
    const { last, state } = drive(initialState(), { type: 'start' }, { type: 'yes' });
    expect(last.ended).toBe(true);
    expect(last.endReason).toBe('safety-stop');
    expect(text(last)).toMatch(/doctor/);
    expect(last.segments.some((s) => s.kind === 'silence')).toBe(false);
    expect(state.run).toBeUndefined();
    expect(state.memory.safetyHeard).toBe(false);
  });

  it('not sure reads the full list and asks again; a second not sure stops', () => {
    const first = drive(initialState(), { type: 'start' }, { type: 'not-sure' });
    expect(first.last.expecting).toBe('safety-answer');
    expect(text(first.last)).toMatch(/full list/);
    expect(text(first.last)).toMatch(/wound, infection or rash/);
    const second = drive(first.state, { type: 'not-sure' });
    expect(second.last.endReason).toBe('safety-stop');
    expect(text(second.last)).toMatch(/doctor/);
  });

  it('"tell me more" reads the full list and asks again, and never counts as "not sure"', () => {
    const { last, state } = drive(
      initialState(),
      { type: 'start' },
      { type: 'explain' },
      { type: 'explain' },
      { type: 'not-sure' },
    );
    expect(last.ended).toBe(false);
    expect(last.expecting).toBe('safety-answer');
    expect(text(last)).toMatch(/full list/);
    expect(state.memory.safetyHeard).toBe(false);
  });

  it('no goes on through the standing warm-up to the foot bath, and records the check', () => {
    const { last, state } = drive(initialState(), { type: 'start' }, { type: 'no' });
    expect(last.steps.map((x) => x.phase)).toEqual(['warm-up', 'warm-up', 'warm-up', 'warm-up']);
    expect(last.expecting).toBe('foot-bath');
    expect(state.memory.safetyHeard).toBe(true);
  });

  it('later sessions get the short check, answered before anything is pressed', () => {
    const { last } = drive(returning(), { type: 'start' });
    expect(last.expecting).toBe('safety-answer');
    expect(last.question?.key).toBe('routine:safety.checkAgain');
    expect(text(last)).not.toContain('Safety first');
    const { last: after } = drive(returning(), { type: 'start' }, { type: 'no' });
    expect(after.expecting).not.toBe('safety-answer');
  });

  it('a guided hold for a returning user asks the short check too', () => {
    const { last } = drive(returning(), { type: 'guided-hold', zone: 'heel' });
    expect(last.expecting).toBe('safety-answer');
    expect(last.question?.key).toBe('routine:safety.checkAgain');
  });

  it('next, skip, back and other answers cannot get past the safety check', () => {
    const events: RoutineEvent[] = [
      { type: 'next' },
      { type: 'skip' },
      { type: 'resume' },
      { type: 'previous' },
      { type: 'repeat' },
      { type: 'start-over' },
    ];
    for (const e of events) {
      const { last, state } = drive(initialState(), { type: 'start' }, e);
      expect(last.expecting).toBe('safety-answer');
      expect(state.memory.safetyHeard).toBe(false);
    }
  });
});

describe('a hold asked for before the safety check is answered', () => {
  it.each<[string, RoutineEvent]>([
    ['a tender spot', { type: 'tender-spot', zone: 'heel' }],
    ['a guided hold', { type: 'guided-hold', zone: 'heel' }],
  ])('%s waits for the answer, then comes first', (_what, event) => {
    const asked = drive(initialState(), { type: 'start' }, event);
    expect(asked.last.expecting).toBe('safety-answer');
    expect(asked.last.segments.some((s) => s.kind === 'silence')).toBe(false);
    expect(text(asked.last)).toMatch(/We'll give your heel some time straight after this question/);
    const answered = drive(asked.state, { type: 'no' });
    expect(text(answered.last)).toMatch(/Cup your heel and find the firm pad underneath/);
    expect(answered.last.segments.some((s) => s.kind === 'silence')).toBe(true);
  });

  it('also with the routine paused there, or on offer at the next launch', () => {
    const started = drive(initialState(), { type: 'start' }).state;
    const paused = drive(started, { type: 'pause' }).state;
    const offered = resumeOffer(started, say).state;
    for (const state of [paused, offered]) {
      const asked = drive(state, { type: 'tender-spot', zone: 'heel' });
      expect(asked.last.expecting).toBe('safety-answer');
      expect(asked.last.segments.some((s) => s.kind === 'silence')).toBe(false);
      const answered = drive(asked.state, { type: 'no' });
      expect(text(answered.last)).toMatch(/Cup your heel and find the firm pad underneath/);
    }
  });
});

describe('posture', () => {
  // Asked where it is first needed: after the standing warm-up and the foot bath.
  const asked = () => drive(initialState(), { type: 'start' }, { type: 'no' }, { type: 'no' });

  it('offers the four positions', () => {
    const q = asked().last.question!.text;
    expect(q).toMatch(/thigh/);
    expect(q).toMatch(/chair seat/);
    expect(q).toMatch(/edge of a chair/);
    expect(q).toMatch(/lying on your back/);
  });

  it('remembers the choice and starts the right foot', () => {
    const { state, last } = drive(asked().state, { type: 'posture', posture: 'lying' });
    expect(state.memory.posture).toBe('lying');
    expect(last.steps[0]!.phase).toBe('right-foot');
    expect(text(last)).toMatch(/Lie on your back, raise your right leg/);
    const user: UserFields = { safetyCheckHeard: false, tenderSpots: [] };
    applyToUser(state, user);
    expect(user.posture).toBe('lying');
  });

  it('a remembered posture is confirmed briefly, not asked', () => {
    const { last } = drive(returning(), { type: 'start' }, { type: 'no' }, { type: 'no' });
    expect(text(last)).toContain('your usual position: your foot on your other thigh');
    expect(last.expecting).not.toBe('posture');
  });

  it('places each foot for the chosen posture', () => {
    const state = at('right-general');
    const { last } = drive(state, { type: 'next' });
    expect(text(last)).toMatch(/rest your right foot on your other thigh/i);
  });

  it('yes / not sure re-ask; skip takes the easiest position', () => {
    expect(drive(asked().state, { type: 'yes' }).last.expecting).toBe('posture');
    const unsure = drive(asked().state, { type: 'not-sure' }).last;
    expect(unsure.expecting).toBe('posture');
    expect(text(unsure)).toMatch(/easiest/);
    const skipped = drive(asked().state, { type: 'skip' });
    expect(skipped.state.memory.posture).toBe('chair-seat');
    expect(skipped.last.expecting).toBe('tender-spot');
  });

  it('a posture said mid-routine is remembered and the routine offered again', () => {
    const { state, last } = drive(midStep(), { type: 'posture', posture: 'chair-edge' });
    expect(state.memory.posture).toBe('chair-edge');
    expect(last.expecting).toBe('continue');
    expect(last.segments.some((s) => s.kind === 'silence')).toBe(false);
  });
});

describe('foot bath', () => {
  it('yes waits for the person and resumes with the right foot on next', () => {
    const offered = at('foot-bath');
    const { state, last } = drive(offered, { type: 'yes' });
    expect(last.expecting).toBe('resume');
    expect(text(last)).toMatch(/Take your time/);
    expect(text(last)).toMatch(/I'm back/);
    expect(state.run!.status).toBe('waiting');
    const back = drive(state, { type: 'next' }).last;
    expect(text(back)).toMatch(/Welcome back/);
    expect(back.position?.phase).toBe('right-foot');
    expect(drive(state, { type: 'resume' }).last.position?.phase).toBe('right-foot');
  });

  it('back, repeat or pause while waiting keeps waiting; skip goes on without the bath', () => {
    const { state } = drive(at('foot-bath'), { type: 'yes' });
    for (const e of ['previous', 'repeat', 'pause'] as const) {
      const r = drive(state, { type: e });
      expect(r.last.expecting).toBe('resume');
      expect(r.state.run!.status).toBe('waiting');
    }
    const skipped = drive(state, { type: 'skip' });
    expect(skipped.state.run!.status).toBe('active');
    expect(skipped.last.position?.phase).toBe('right-foot');
  });

  it('no goes straight on; not sure explains and asks again', () => {
    expect(drive(at('foot-bath'), { type: 'no' }).last.position?.phase).toBe('right-foot');
    const unsure = drive(at('foot-bath'), { type: 'not-sure' }).last;
    expect(unsure.expecting).toBe('foot-bath');
    expect(text(unsure)).toMatch(/optional|up to you/);
  });
});

describe('tender spots', () => {
  it('are asked about after each foot’s general massage', () => {
    for (const id of ['right-tender', 'left-tender']) {
      const state = at(id);
      const s = drive(state, { type: 'repeat' });
      expect(s.last.expecting).toBe('tender-spot');
    }
  });

  it('a zone inserts a minute-long hold there, then the neighbouring zone', () => {
    const { state, last } = drive(at('right-tender'), { type: 'tender-spot', zone: 'heel' });
    expect(text(last)).toContain('Cup your heel and find the firm pad underneath');
    expect(text(last)).toContain('Traditionally, the heel is linked with');
    expect(text(last)).toMatch(/two turns a second/);
    expect(state.memory.tenderSpots).toEqual(['heel']);
    const holds = stepsOf(state.run!).filter((x) => x.id.startsWith('hold-'));
    expect(holds.map((h) => h.id)).toEqual(['hold-1-heel', 'hold-1-heel-next-inner-sole-edge']);
    expect(holds[0]!.seconds).toBeGreaterThanOrEqual(60);
    expect(stepsOf(state.run!).findIndex((x) => x.id === 'right-toes')).toBe(
      stepsOf(state.run!).findIndex((x) => x.id === 'right-tender') + 3,
    );
    // The neighbour comes straight after, then the toes as planned.
    expect(text(last)).toMatch(/Now its neighbou?r, the inner edge of your sole\./);
    expect(last.steps.map((x) => x.stepId).slice(0, 3)).toEqual([
      'hold-1-heel',
      'hold-1-heel-next-inner-sole-edge',
      'right-toes',
    ]);
  });

  it('no moves on to the toes', () => {
    const { last } = drive(at('right-tender'), { type: 'no' });
    expect(text(last)).toMatch(/the toes, one at a time/);
  });

  it('yes without a remembered spot asks where; a spot it cannot place is asked again', () => {
    const yes = drive(at('right-tender'), { type: 'yes' });
    expect(yes.last.expecting).toBe('tender-spot');
    expect(text(yes.last)).toMatch(/Where was it/);
    const odd = drive(yes.state, { type: 'tender-spot', zone: 'elbow' });
    expect(odd.last.expecting).toBe('tender-spot');
    expect(odd.state.run!.insertions).toHaveLength(0);
  });

  it('are remembered and offered again in the next session', () => {
    const first = drive(at('right-tender'), { type: 'tender-spot', zone: 'big-toe' }).state;
    const user: UserFields = { safetyCheckHeard: true, posture: 'thigh', tenderSpots: [] };
    applyToUser(first, user);
    delete user.routine;
    const next = at('right-tender', stateFromUser(user));
    const asked = drive(next, { type: 'repeat' }).last;
    expect(asked.question!.text).toContain('Last time it was your big toe');
    const yes = drive(next, { type: 'yes' });
    expect(text(yes.last)).toContain('Hold your big toe');
  });

  it('accepts a target from the knowledge module and ids by alias', () => {
    const target = {
      id: 'kidney-point',
      nameKey: 'routine:zones.arch.name',
      whereKey: 'knowledge:zone.arch.where',
      linkedKey: 'knowledge:zone.arch.linked',
    };
    const r = drive(at('left-tender'), { type: 'tender-spot', zone: 'kidney-point', target });
    expect(text(r.last)).toContain('the soft hollow in the middle of your sole');
    const alias = drive(at('left-tender'), { type: 'tender-spot', zone: 'outer-edge' });
    expect(text(alias.last)).toContain('Follow the outer edge of your foot');
  });
});

describe('moving around', () => {
  it('back, skip and repeat after a pause do what they say', () => {
    const paused = drive(at('right-sole'), { type: 'pause' }).state;
    expect(text(drive(paused, { type: 'previous' }).last)).toMatch(/^Going back a step/);
    expect(text(drive(paused, { type: 'skip' }).last)).toMatch(/^Skipping ahead/);
    // Paused at the prompt, with nothing playing: "repeat" asks it again.
    const repeated = drive(paused, { type: 'repeat' });
    expect(repeated.state.run!.status).toBe('active');
    expect(text(repeated.last)).toMatch(/with the deep sole massage\?/);
  });

  it('pause keeps the place; next or resume carries on there, skipping nothing', () => {
    const mid = generalFromNext().state; // "pause" 20 s into the right-foot general massage
    expect(mid.run!.cursor).toEqual({ stepId: 'right-general', offset: 0 });
    const paused = drive(mid, { type: 'pause' });
    expect(paused.last.expecting).toBe('resume');
    expect(paused.state.run!.cursor).toEqual(mid.run!.cursor);
    const unsure = drive(paused.state, { type: 'not-sure' });
    expect(unsure.state.run!.cursor).toEqual(mid.run!.cursor);
    expect(unsure.state.run!.status).toBe('paused');
    expect(text(unsure.last)).toMatch(/still paused/);
    // Resume plays the interrupted step again from its instruction; next goes to the one after.
    const resumed = drive(paused.state, { type: 'resume' }).last;
    expect(resumed.steps[0]!.stepId).toBe('right-general');
    expect(text(resumed)).toContain('With the fingers of both hands');
    expect(drive(paused.state, { type: 'next' }).last.steps[0]!.stepId).toBe('right-sole');
  });

  it('previous at the first step says so and replays it from the start', () => {
    const back = drive(at('warm-up-rise'), { type: 'previous' });
    expect(text(back.last)).toMatch(/first step/);
    expect(back.state.run!.last).toEqual({ stepId: 'warm-up-rise', offset: 0 });
  });

  it('previous goes back to the step before', () => {
    const state = at('right-toes');
    const back = drive(state, { type: 'previous' });
    expect(back.state.run!.last!.stepId).toBe('right-sole');
    expect(text(back.last)).toMatch(/Going back a step/);
  });

  it('previous said while a step plays goes to the step before it, and again from there', () => {
    const once = drive(at('right-toes'), { type: 'previous' });
    expect(once.state.run!.last!.stepId).toBe('right-sole');
    const twice = drive(bargeIn(once.state, once.last, 5), { type: 'previous' });
    expect(twice.state.run!.last!.stepId).toBe('right-general');
  });

  it('previous while the first step of a phase plays goes to the step before it', () => {
    const back = drive(midStep(), { type: 'previous' });
    expect(text(back.last)).toMatch(/Going back a step/);
    expect(back.state.run!.last).toEqual({ stepId: 'warm-hands', offset: 0 });
  });

  it('repeat plays the step that was playing; after a whole block, only its closing question', () => {
    const once = drive(at('right-toes'), { type: 'next' });
    const again = drive(once.state, { type: 'repeat' });
    expect(again.last.steps).toEqual([]);
    expect(again.state.run!.cursor).toEqual(once.state.run!.cursor);
    const ankle = once.last.steps[1]!;
    const mid = bargeIn(once.state, once.last, ankle.startMs / 1000 + 10);
    const midAgain = drive(mid, { type: 'repeat' });
    expect(midAgain.last.steps[0]!.stepId).toBe('right-ankle');
    expect(text(midAgain.last)).toContain('around the ankle bone');
  });

  it('skip passes over the current step', () => {
    const s = generalFromNext().state; // inside right-general
    const skipped = drive(s, { type: 'skip' });
    expect(text(skipped.last)).toMatch(/Skipping ahead/);
    expect(
      skipped.last.segments.some((x) => x.kind === 'speech' && x.text.includes('deep on the sole')),
    ).toBe(true);
  });

  it('skip at the tender-spot question means no', () => {
    expect(text(drive(at('right-tender'), { type: 'skip' }).last)).toMatch(/the toes/);
  });

  it('start over goes back to the warm-up and forgets this run’s holds', () => {
    const s = drive(at('right-tender'), { type: 'tender-spot', zone: 'arch' }).state;
    const again = drive(s, { type: 'start-over' });
    expect(again.state.run!.insertions).toHaveLength(0);
    expect(again.last.steps[0]!.phase).toBe('warm-up');
    expect(text(again.last)).toMatch(/Starting again/);
    expect(again.state.memory.tenderSpots).toContain('arch');
  });

  it('tells how much time is left, in all and in this step', () => {
    const s = generalFromNext().state;
    const { total, step } = remainingSeconds(s);
    expect(step).toBe(120);
    expect(total).toBeGreaterThan(step);
    const r = drive(s, { type: 'time-left' });
    expect(text(r.last)).toMatch(/About \d+ minutes of massage left/);
    expect(r.state.run!.cursor).toEqual(s.run!.cursor);
    expect(r.last.expecting).toBe('continue');
  });

  it('says where we are, by phase and step', () => {
    const played = drive(at('left-toes'), { type: 'next' });
    const r = drive(bargeIn(played.state, played.last, 30), { type: 'where-am-i' });
    expect(text(r.last)).toContain('your left foot');
    expect(r.last.segments.length).toBe(1);
  });

  it('no to "shall we keep going" pauses', () => {
    const s = generalFromNext().state;
    const r = drive(s, { type: 'no' });
    expect(r.state.run!.status).toBe('paused');
    expect(r.last.expecting).toBe('resume');
  });
});

describe('long steps and responses', () => {
  function walk(length: 'quick' | 'standard' | 'thorough') {
    let state = drive(returning(), { type: 'start', length }).state;
    const outputs: EngineOutput[] = [];
    let nexts = 0;
    for (let i = 0; i < 100 && state.run; i++) {
      const exp = expectingOf(state);
      const r = transition(state, exp === 'continue' ? { type: 'next' } : { type: 'no' }, say);
      if (exp === 'continue') nexts += 1;
      state = r.state;
      outputs.push(r.output);
    }
    return { outputs, nexts, state };
  }

  it.each(['quick', 'standard', 'thorough'] as const)(
    '%s: every response fits the audio budget and the routine ends warmly',
    (length) => {
      const { outputs, state } = walk(length);
      for (const o of outputs) {
        expect(o.seconds).toBeLessThanOrEqual(RESPONSE_AUDIO_BUDGET_SECONDS);
        expect(text(o).length).toBeLessThan(4000);
      }
      const last = outputs[outputs.length - 1]!;
      expect(last.ended).toBe(true);
      expect(last.endReason).toBe('finished');
      expect(text(last)).toMatch(/every evening, before you sleep/);
      expect(state.run).toBeUndefined();
    },
  );

  it('a step that does not fit goes whole into the next response, after a short prompt', () => {
    const s = drive(at('right-general', returning(), 0, 'thorough'), { type: 'next' });
    expect(s.last.steps.map((x) => x.stepId)).toEqual(['right-general']);
    expect(s.last.expecting).toBe('continue');
    expect(s.last.question!.text).toMatch(/deep sole/);
    const cont = drive(s.state, { type: 'yes' });
    expect(cont.last.steps[0]!.stepId).toBe('right-sole');
  });

  it('varies the closing question instead of repeating one filler', () => {
    const { outputs } = walk('standard');
    const closers = outputs.map((o) => o.question?.text).filter((q): q is string => !!q);
    for (let i = 1; i < closers.length; i++) expect(closers[i]).not.toBe(closers[i - 1]);
    const continues = outputs.filter((o) => o.question?.key.startsWith('routine:ask.continue'));
    expect(new Set(continues.map((o) => o.question!.text)).size).toBe(continues.length);
  });

  it('every open response has a reprompt', () => {
    for (const o of walk('quick').outputs) {
      if (!o.ended) expect(o.reprompt?.text).toBeTruthy();
    }
  });
});

describe('resuming another time', () => {
  /** "Stop" 30 s into the left foot's toes. */
  const stopped = () => {
    const played = drive(at('left-toes'), { type: 'next' });
    return bargeIn(played.state, played.last, 30);
  };

  it('survives a JSON round trip unchanged', () => {
    const s = stopped();
    const copy = JSON.parse(JSON.stringify(s)) as RoutineState;
    expect(copy).toEqual(s);
    expect(drive(copy, { type: 'next' }).last).toEqual(drive(s, { type: 'next' }).last);
  });

  it('describes where it stopped', () => {
    const s = at('left-toes');
    const ref = describePosition(s)!;
    expect(resolveKeyRef(ref, say).text).toBe('You stopped at your left foot, the toes.');
    expect(describePosition(initialState())).toBeNull();
  });

  it('is offered at launch; yes picks up at the same step and offset', () => {
    const s = stopped();
    const user: UserFields = { safetyCheckHeard: true, posture: 'thigh', tenderSpots: [] };
    applyToUser(s, user);
    const loaded = stateFromUser(JSON.parse(JSON.stringify(user)) as UserFields);
    const offer = resumeOffer(loaded, say);
    expect(text(offer.output)).toMatch(/You stopped at your left foot, .*Shall we pick up there\?/);
    expect(offer.output.expecting).toBe('resume');
    const yes = drive(offer.state, { type: 'yes' });
    expect(text(yes.last)).toMatch(/Picking up at your left foot/);
    // The interrupted step again from its start, with where the foot goes and its instruction.
    expect(yes.last.steps[0]!.stepId).toBe('left-toes');
    expect(text(yes.last)).toMatch(/Rest your left foot on your other thigh\. Now the toes/);
    expect(resumeFrom(loaded, say).output.steps[0]!.stepId).toBe('left-toes');
    expect(yes.state.run!.last).toEqual({ stepId: 'left-toes', offset: 0 });
  });

  it('no to the offer drops the run', () => {
    const offer = resumeOffer(stopped(), say);
    const no = drive(offer.state, { type: 'no' });
    expect(no.last.endReason).toBe('declined');
    expect(no.state.run).toBeUndefined();
  });

  it('drops a stored run it cannot read', () => {
    const user: UserFields = {
      safetyCheckHeard: true,
      tenderSpots: ['heel'],
      routine: { schemaVersion: 99, kind: 'routine' },
    };
    expect(stateFromUser(user).run).toBeUndefined();
    user.routine = { ...stopped().run!, cursor: { stepId: 'nope', offset: 0 } };
    expect(stateFromUser(user).run).toBeUndefined();
  });
});

describe('a question asked mid-routine', () => {
  it('comes back with an offer to continue at the same place', () => {
    const s = generalFromNext().state;
    const offer = offerToContinue(s, say);
    expect(offer.output.expecting).toBe('continue');
    expect(offer.output.question!.text).toMatch(/back to your massage, with the general massage/);
    expect(offer.state.run!.cursor).toEqual(s.run!.cursor);
    const yes = drive(offer.state, { type: 'yes' });
    expect(yes.last.position?.stepId).not.toBe('right-general');
  });

  it('re-asks a pending question instead', () => {
    expect(offerToContinue(at('right-tender'), say).output.expecting).toBe('tender-spot');
  });
});

describe('guided holds', () => {
  it('a standalone hold works each foot for at least a minute, with its neighbour, then ends', () => {
    const r = drive(returning(), { type: 'guided-hold', zone: 'big-toe' }, { type: 'no' });
    expect(text(r.last)).toContain('Hold your big toe');
    expect(text(r.last)).toContain('Traditionally');
    expect(r.last.steps[0]!.durationMs).toBeGreaterThanOrEqual(60_000);
    // Two feet do not fit one response: the break comes between the feet, the left foot on
    // "next", and nothing is played twice.
    expect(r.last.expecting).toBe('continue');
    expect(r.last.steps.map((s) => s.targetId)).toEqual(['big-toe', 'toe-base']);
    expect(text(r.last)).toMatch(/Ready for your left foot\?$/);
    const rest = drive(r.state, { type: 'next' });
    const played = [...r.last.steps, ...rest.last.steps].map((s) => s.targetId);
    expect(played).toEqual(['big-toe', 'toe-base', 'big-toe', 'toe-base']);
    const heard = `${text(r.last)} ${text(rest.last)}`;
    expect(heard).toMatch(
      /Rest your right foot[^]*Now its neighbou?r, the base of your toes[^]*Rest your left foot/,
    );
    expect(rest.last.endReason).toBe('finished');
    expect(rest.state.memory.tenderSpots).toEqual([]);
  });

  it('asks the safety check first for someone who has not heard it', () => {
    const r = drive(initialState(), { type: 'guided-hold', zone: 'heel' });
    expect(r.last.expecting).toBe('safety-answer');
    const go = drive(r.state, { type: 'no' });
    expect(text(go.last)).toContain('Cup your heel');
  });

  it('mid-routine, the hold comes first and the step carries on where it stopped', () => {
    const s = generalFromNext().state;
    const r = drive(s, { type: 'guided-hold', zone: 'arch' });
    expect(text(r.last)).toContain('the soft hollow in the middle of your sole');
    // The hold, its neighbour, then the interrupted step again from its instruction.
    expect(r.last.steps.map((x) => x.stepId)).toEqual([
      'hold-1-arch',
      'hold-1-arch-next-inner-sole-edge',
    ]);
    const after = drive(r.state, { type: 'next' }).last;
    expect(after.steps[0]!.stepId).toBe('right-general');
    expect(text(after)).toContain('With the fingers of both hands');
  });

  it('an unknown zone is asked about, not guessed', () => {
    const r = drive(returning(), { type: 'guided-hold', zone: 'knee' });
    expect(r.state.run).toBeUndefined();
    expect(text(r.last)).toMatch(/didn't catch/);
  });
});

describe('robustness', () => {
  const events: RoutineEvent[] = [
    { type: 'start' },
    { type: 'yes' },
    { type: 'no' },
    { type: 'not-sure' },
    { type: 'posture', posture: 'thigh' },
    { type: 'next' },
    { type: 'previous' },
    { type: 'repeat' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'skip' },
    { type: 'start-over' },
    { type: 'time-left' },
    { type: 'where-am-i' },
    { type: 'tender-spot', zone: 'heel' },
    { type: 'guided-hold', zone: 'arch' },
  ];

  it('answers every event with nothing going on, sensibly and without throwing', () => {
    for (const e of events) {
      const { last } = drive(returning(), e);
      expect(last.question?.text ?? (last.ended ? 'ended' : '')).toBeTruthy();
    }
    const yes = drive(initialState(), { type: 'yes' }).last;
    expect(text(yes)).toMatch(/didn't ask anything/);
    expect(yes.expecting).toBeNull();
  });

  it('never throws, never exceeds the budget, in any state, for any event', () => {
    const states: RoutineState[] = [initialState(), returning()];
    for (const id of ['foot-bath', 'right-tender', 'right-toes', 'finish-mat']) states.push(at(id));
    states.push(drive(at('foot-bath'), { type: 'yes' }).state);
    states.push(drive(midStep(), { type: 'pause' }).state);
    states.push(resumeOffer(at('left-ankle'), say).state);
    for (const s of states) {
      for (const e of events) {
        const { last, state } = drive(s, e, { type: 'next' }, e);
        expect(last.seconds).toBeLessThanOrEqual(RESPONSE_AUDIO_BUDGET_SECONDS);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }
    }
  });

  it('never mutates the state it is given', () => {
    const s = midStep();
    const before = JSON.stringify(s);
    for (const e of events) transition(s, e, say);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('never mutates a state with holds, a place to go back to and varied wording', () => {
    // A hold inserted, then played into and paused: the run has insertions, a `last` place and a
    // remembered spot, the parts of the state a turn's copy must not share with its input.
    let s = drive(at('right-tender'), { type: 'tender-spot', zone: 'heel' }).state;
    s = drive(s, { type: 'next' }, { type: 'pause' }).state;
    expect(s.run?.insertions.length).toBeGreaterThan(0);
    expect(s.run?.last).toBeDefined();
    expect(s.memory.tenderSpots).toContain('heel');
    const before = JSON.stringify(s);
    for (const e of events) {
      transition(s, e, say);
      transition(s, { type: 'tender-spot', zone: 'arch' }, say);
    }
    expect(JSON.stringify(s)).toBe(before);
  });
});
