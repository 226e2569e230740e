import { planFor } from './plans';
import { safetyFullList } from './safety-check';
import { DEFAULT_POSTURE, type PostureId } from './postures';
import { play, statedMinutes } from './packer';
import {
  advance,
  currentStep,
  expectingOf,
  phaseName,
  questionRef,
  ref,
  Reply,
  type Transition,
} from './reply';
import {
  copyState,
  initialState,
  rememberSpot,
  ROUTINE_STATE_VERSION,
  stepsOf,
  type RoutineState,
  type RunState,
} from './state';
import type { FootSide, HoldTarget, KeyRef, PlanLength, QuestionKind, Say } from './types';
import { canonicalZone, zoneTarget } from './zones';

export {
  expectingOf,
  VARIANTS,
  type EndReason,
  type EngineOutput,
  type Expecting,
  type PlayedStep,
  type PositionInfo,
  type Transition,
  type Utterance,
} from './reply';
export { RESPONSE_AUDIO_BUDGET_SECONDS, PROMPT_SECONDS, QUESTION_RESERVE_SECONDS } from './packer';

export type RoutineEvent =
  /** `askedMinutes`: the time named when no length has it ("a ten minute one"). */
  | { type: 'start'; length?: PlanLength; askedMinutes?: number }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'not-sure' }
  | { type: 'posture'; posture: PostureId }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'skip' }
  | { type: 'start-over' }
  | { type: 'time-left' }
  | { type: 'where-am-i' }
  /** "Tell me more" about the question being asked; it answers nothing, so it counts for nothing. */
  | { type: 'explain' }
  /** A sore spot; `target` (e.g. from the knowledge module) overrides the routine's own zone. */
  | { type: 'tender-spot'; zone: string; target?: HoldTarget }
  /** "Guide me": a hold on a zone id of this module, or any target. */
  | { type: 'guided-hold'; zone?: string; target?: HoldTarget };

function newRun(kind: RunState['kind'], length: PlanLength, turn: number): RunState {
  return {
    schemaVersion: ROUTINE_STATE_VERSION,
    kind,
    length,
    status: 'active',
    cursor: { stepId: 'safety-check', offset: 0 },
    insertions: [],
    safetyUnsure: 0,
    turn,
  };
}

function noRoutine(reply: Reply): Transition {
  return reply.line('routine:noRoutine.text').ask('routine:noRoutine.question').finish();
}

/** Re-asks whatever is pending, or offers to carry on: used after any side remark. */
function reoffer(reply: Reply): Transition {
  const run = reply.run;
  if (!run) return noRoutine(reply);
  if (run.status === 'paused') return reply.ask('routine:pause.question').finish();
  if (run.status === 'waiting') return reply.ask('routine:footBath.back').finish();
  if (run.status === 'offered') return reply.ask('routine:resume.offer').finish();
  const { step } = currentStep(run);
  if (step.kind === 'question') reply.askRef(questionRef(reply.state, step.asks));
  else reply.ask('routine:offer.continue', { step: ref(step.nameKey) });
  return reply.finish();
}

function lengthOf(state: RoutineState, event: { length?: PlanLength }): PlanLength {
  return event.length ?? state.run?.length ?? 'standard';
}

/** A time named that no length keeps to within this is said to be the nearest, not silently met. */
const MINUTES_OFF = 2;

function start(reply: Reply, length: PlanLength, askedMinutes?: number): Transition {
  const turn = reply.turn + 1;
  reply.state.run = newRun('routine', length, turn);
  const minutes = statedMinutes(length, reply.say);
  if (askedMinutes !== undefined && Math.abs(askedMinutes - minutes) >= MINUTES_OFF) {
    reply.line('routine:intro.nearest', { asked: askedMinutes });
  }
  reply.line('routine:intro.start', { length: ref(`routine:length.${length}`), minutes });
  // Said once, in the first response: the finish needs a mat, and a pause is always there.
  reply.line('routine:intro.mat').line('routine:intro.pauseHint');
  return play(reply);
}

/** The first step a restart should stop at: questions already answered are not asked again. */
function firstOpenStep(state: RoutineState, run: RunState): string {
  if (!state.memory.safetyHeard) return 'safety-check';
  if (run.kind === 'hold') return stepsOf(run)[1]!.id;
  return planFor(run.length).steps.find((s) => s.kind === 'timed')!.id;
}

function holdTargetFor(zone: string | undefined, target?: HoldTarget): HoldTarget | undefined {
  if (target) return target;
  const z = zone ? canonicalZone(zone) : undefined;
  return z ? zoneTarget(z) : undefined;
}

/**
 * The question at the cursor when it is one that comes before anything is pressed (the safety
 * check, the position) and has no answer yet, whether the run is active, paused or on offer.
 */
function openFirstQuestion(state: RoutineState, run: RunState): QuestionKind | undefined {
  const { step } = currentStep(run);
  if (step.kind !== 'question') return undefined;
  if (step.asks === 'safety-answer' && !run.safetyChecked) return step.asks;
  if (step.asks === 'posture' && !state.memory.posture) return step.asks;
  // The foot bath comes before anything is pressed too: a hold goes after it, not before.
  if (step.asks === 'foot-bath' && run.status === 'active') return step.asks;
  return undefined;
}

/** A hold asked for at such a question is set straight after it, and the question asked again. */
function holdAfterQuestion(
  reply: Reply,
  run: RunState,
  target: HoldTarget,
  asks: QuestionKind,
): Transition {
  const at = run.cursor;
  insertHolds(run, target, 'next');
  run.cursor = at;
  run.status = 'active';
  reply.line('routine:hold.afterQuestion', { zone: ref(target.nameKey) });
  return reply.askRef(questionRef(reply.state, asks)).finish();
}

/** Splices holds in before the cursor's step; a step cut short resumes where it stopped. */
function insertHolds(run: RunState, target: HoldTarget, after: 'cursor' | 'next'): void {
  const { steps, index, step } = currentStep(run);
  // The same place asked for again before its hold was done (an earlier session stopped in it):
  // that hold, from its start, never a second copy.
  const pending = steps.findIndex(
    (s, i) => i >= index && s.id.startsWith('hold-') && s.targetId === target.id,
  );
  if (pending >= 0) {
    run.cursor = { stepId: steps[pending]!.id, offset: 0 };
    return;
  }
  const beforeStep = after === 'next' ? steps[index + 1]! : step;
  if (after === 'cursor' && run.cursor.offset > 0) run.resumeAt = { ...run.cursor };
  const n = run.insertions.length + 1;
  const phase = run.kind === 'hold' ? 'hold' : beforeStep.phase;
  const foot: FootSide | undefined = beforeStep.foot ?? step.foot;
  const hold = { before: beforeStep.id, n, target, phase, ...(foot ? { foot } : {}) };
  run.insertions = [...run.insertions, hold];
  run.cursor = { stepId: stepsOf(run).find((s) => s.id.startsWith(`hold-${n}-`))!.id, offset: 0 };
}

function tenderSpot(reply: Reply, zone: string, target?: HoldTarget): Transition {
  const run = reply.run;
  const t = holdTargetFor(zone, target);
  // "It hurts here" names no place: just ask where; a place not caught gets an apology first.
  if (!t)
    return (zone ? reply.line('routine:tender.unknown') : reply)
      .ask('routine:tender.where')
      .finish();
  if (!run || run.status === 'offered') return guidedHold(reply, t);
  rememberSpot(reply.state.memory, canonicalZone(t.id) ?? t.id);
  const open = openFirstQuestion(reply.state, run);
  if (open) return holdAfterQuestion(reply, run, t, open);
  // Named at the sore-spot question, or while a step played: the hold comes straight after it.
  const pending = expectingOf(reply.state) === 'tender-spot';
  insertHolds(run, t, pending || run.cut ? 'next' : 'cursor');
  reply.line('routine:tender.ack', { zone: ref(t.nameKey) });
  return play(reply);
}

function guidedHold(reply: Reply, target: HoldTarget): Transition {
  const run = reply.run;
  const open = run && openFirstQuestion(reply.state, run);
  if (run && open) return holdAfterQuestion(reply, run, target, open);
  // A routine on offer, paused or waiting is kept: the hold goes in at its place, then it carries on.
  if (run && run.kind === 'routine') {
    insertHolds(run, target, 'cursor');
    reply.line('routine:hold.inRoutine', { zone: ref(target.nameKey) });
    return play(reply);
  }
  const fresh = newRun('hold', run?.length ?? 'standard', reply.turn + 1);
  reply.state.run = fresh;
  // The answer said "on both feet": the hold does both, each named as it comes. Two feet do not
  // fit one response (Alexa plays 240 s at most), so "Ready for your left foot?" comes between.
  fresh.insertions = [
    { before: 'hold-close', n: 1, target, phase: 'hold', foot: 'right' },
    { before: 'hold-close', n: 2, target, phase: 'hold', foot: 'left' },
  ];
  reply.line('routine:hold.start', { zone: ref(target.nameKey) });
  return play(reply);
}

/** What each question is about, for "tell me more" while it is asked. */
const EXPLANATIONS: Record<Exclude<QuestionKind, 'safety-answer'>, string> = {
  posture: 'routine:posture.suggest',
  'foot-bath': 'routine:footBath.explain',
  'tender-spot': 'routine:tender.explain',
};

function answerQuestion(
  reply: Reply,
  run: RunState,
  asks: QuestionKind,
  ev: RoutineEvent,
): Transition {
  const memory = reply.state.memory;
  const answer = ev.type;
  switch (asks) {
    case 'safety-answer':
      if (answer === 'yes') return reply.line('routine:safety.stop').end('safety-stop').finish();
      if (answer === 'no') {
        memory.safetyHeard = true;
        run.safetyChecked = true;
        reply.line('routine:safety.thanks');
        advance(run);
        return play(reply);
      }
      if (answer === 'not-sure') {
        run.safetyUnsure += 1;
        if (run.safetyUnsure >= 2) {
          return reply.line('routine:safety.unsureStop').end('safety-stop').finish();
        }
        safetyFullList().forEach((r) => reply.lineRef(r));
        return reply.ask('routine:safety.askAgain').finish();
      }
      return reply.line('routine:safety.needAnswer').ask('routine:safety.askAgain').finish();
    case 'posture':
      if (answer === 'skip')
        return choosePosture(reply, DEFAULT_POSTURE, 'routine:posture.defaulted');
      if (answer === 'not-sure') reply.line('routine:posture.suggest');
      return reply.ask('routine:posture.which').finish();
    case 'foot-bath':
      if (answer === 'yes') {
        advance(run);
        run.status = 'waiting';
        return reply.line('routine:footBath.wait').ask('routine:footBath.back').finish();
      }
      if (answer === 'not-sure') {
        return reply.line('routine:footBath.explain').ask('routine:footBath.question').finish();
      }
      reply.line('routine:footBath.skip');
      advance(run);
      return play(reply);
    case 'tender-spot': {
      if (answer === 'yes') {
        const remembered = memory.tenderSpots.map(canonicalZone).find((z) => z !== undefined);
        if (remembered) return tenderSpot(reply, remembered);
        return reply.ask('routine:tender.where').finish();
      }
      reply.line(answer === 'not-sure' ? 'routine:tender.unsure' : 'routine:tender.none');
      advance(run);
      return play(reply);
    }
  }
}

function choosePosture(reply: Reply, posture: PostureId, key: string): Transition {
  reply.state.memory.posture = posture;
  const run = reply.run;
  reply.line(key, { posture: ref(`routine:posture.names.${posture}`) });
  if (run && run.status === 'active' && expectingOf(reply.state) === 'posture') {
    advance(run);
    return play(reply);
  }
  return reoffer(reply);
}

function formatDuration(seconds: number): KeyRef {
  if (seconds >= 90) return ref('routine:time.minutes', { count: Math.round(seconds / 60) });
  return ref('routine:time.seconds', { count: Math.max(5, Math.round(seconds / 5) * 5) });
}

/** Seconds of timed guidance still ahead: the rest of this step plus every later step. */
export function remainingSeconds(state: RoutineState): { total: number; step: number } {
  const run = state.run;
  if (!run) return { total: 0, step: 0 };
  const { steps, index, step } = currentStep(run);
  const inStep = Math.max(0, step.seconds - run.cursor.offset);
  const later = steps.slice(index + 1).reduce((sum, s) => sum + s.seconds, 0);
  return { total: inStep + later, step: inStep };
}

function timeLeft(reply: Reply): Transition {
  const run = reply.run!;
  const { total, step } = remainingSeconds(reply.state);
  if (total === 0) reply.line('routine:time.almostDone');
  else if (step > 0 && currentStep(run).step.kind === 'timed' && run.cursor.offset > 0) {
    reply.line('routine:time.leftWithStep', {
      total: formatDuration(total),
      step: formatDuration(step),
    });
  } else reply.line('routine:time.left', { total: formatDuration(total) });
  return reoffer(reply);
}

/** "You stopped at your left foot, the toes." as a key with params; null without a run. */
export function describePosition(state: RoutineState): KeyRef | null {
  const run = state.run;
  return run ? position(run, 'routine:position.stoppedAt') : null;
}

/**
 * The phase and the step, or the step alone when it is its phase's only one: "the foot bath
 * offer", not "the foot bath, the foot bath offer".
 */
function position(run: RunState, key: string): KeyRef {
  const { steps, step } = currentStep(run);
  const alone = steps.filter((s) => s.phase === step.phase).length === 1;
  return alone
    ? ref(`${key}Step`, { step: ref(step.nameKey) })
    : ref(key, { phase: phaseName(step.phase), step: ref(step.nameKey) });
}

function whereAmI(reply: Reply): Transition {
  const run = reply.run!;
  // During the foot bath the cursor already waits at what comes after it.
  const key = run.status === 'waiting' ? 'routine:where.footBathThen' : 'routine:where.at';
  reply.lineRef(position(run, key));
  return reoffer(reply);
}

function previous(reply: Reply, run: RunState): Transition {
  const { steps, index, step } = currentStep(run);
  delete run.resumeAt;
  // Half way through a long step, "back" means the start of this step.
  if (step.kind === 'timed' && run.cursor.offset > 0) {
    reply.line('routine:previous.restart');
    run.cursor = { stepId: step.id, offset: 0 };
    return play(reply);
  }
  // The step before the one playing when the person spoke (the cursor is at its start), or,
  // after a block heard to its end, the last step of it: the one last heard.
  const from = index;
  const timedIdx = steps.map((s, i) => (s.kind === 'timed' ? i : -1)).filter((i) => i >= 0);
  const before = timedIdx.filter((i) => i < from);
  if (before.length > 0) {
    reply.line('routine:previous.back');
    run.cursor = { stepId: steps[before[before.length - 1]!]!.id, offset: 0 };
    return play(reply);
  }
  // Nothing to go back to: the start again, never a step ahead, and never past an open question
  // (the safety check is answered before anything is pressed).
  const first = steps.findIndex((s) => s.id === firstOpenStep(reply.state, run));
  const target = steps[Math.min(first < 0 ? index : first, index)]!;
  reply.line(
    target.kind === 'question' ? 'routine:previous.nothingBefore' : 'routine:previous.first',
  );
  run.cursor = { stepId: target.id, offset: 0 };
  return play(reply);
}

function skip(reply: Reply, run: RunState): Transition {
  reply.line('routine:skip.text');
  delete run.resumeAt;
  if (!advance(run)) return reply.end('finished').finish();
  return play(reply);
}

function handle(reply: Reply, event: RoutineEvent): Transition {
  const state = reply.state;
  if (event.type === 'start') return start(reply, lengthOf(state, event), event.askedMinutes);
  if (event.type === 'guided-hold') {
    const t = holdTargetFor(event.zone, event.target);
    if (!t) return reply.line('routine:tender.unknown').ask('routine:tender.where').finish();
    return guidedHold(reply, t);
  }
  if (event.type === 'posture')
    return choosePosture(reply, event.posture, 'routine:posture.chosen');
  if (event.type === 'tender-spot') return tenderSpot(reply, event.zone, event.target);

  const run = state.run;
  if (!run) {
    if (event.type === 'start-over') return start(reply, 'standard');
    if (event.type === 'yes' || event.type === 'no' || event.type === 'not-sure') {
      return reply
        .line('routine:noRoutine.nothingPending')
        .ask('routine:noRoutine.question')
        .finish();
    }
    // "How long does it take?" before starting: how long each length takes.
    if (event.type === 'time-left') {
      const minutes = (length: PlanLength) => statedMinutes(length, reply.say);
      return reply
        .line('routine:time.lengths', {
          quick: minutes('quick'),
          standard: minutes('standard'),
          thorough: minutes('thorough'),
        })
        .ask('routine:noRoutine.question')
        .finish();
    }
    return noRoutine(reply);
  }

  switch (event.type) {
    case 'time-left':
      return timeLeft(reply);
    case 'where-am-i':
      return whereAmI(reply);
    case 'pause':
      // The foot bath is a wait already: it stays one, so "I'm back" still welcomes the feet back.
      if (run.status === 'waiting') return reoffer(reply.line('routine:footBath.still'));
      run.status = 'paused';
      return reply.line('routine:pause.text').ask('routine:pause.question').finish();
    case 'start-over': {
      const fresh = newRun(run.kind, run.length, run.turn);
      if (run.kind === 'hold') fresh.insertions = run.insertions;
      fresh.cursor = { stepId: firstOpenStep(state, fresh), offset: 0 };
      state.run = fresh;
      reply.line('routine:startOver.text');
      return play(reply);
    }
    default:
      break;
  }

  if (run.status === 'offered') {
    if (event.type === 'no') {
      return reply.line('routine:resume.declined').end('declined').finish();
    }
    if (['yes', 'resume', 'next', 'skip'].includes(event.type)) {
      if ((event.type === 'next' || event.type === 'skip') && run.cut) advance(run);
      return resume(reply);
    }
    if (event.type === 'not-sure' || event.type === 'explain') reply.line('routine:resume.explain');
    return reoffer(reply);
  }
  if (run.status === 'paused' || run.status === 'waiting') {
    if (event.type === 'resume' || event.type === 'yes' || event.type === 'next') {
      // "Next" after a pause mid-step means the step after the one that was playing.
      if (event.type === 'next' && run.cut) advance(run);
      return resume(reply);
    }
    if (event.type === 'skip' && run.status === 'waiting') return resume(reply);
    // "Back", "skip" or "repeat" after a pause say what to do next: the routine does it.
    if (run.status === 'paused' && ['previous', 'skip', 'repeat'].includes(event.type)) {
      run.status = 'active';
    } else {
      reply.line(run.status === 'paused' ? 'routine:pause.still' : 'routine:footBath.still');
      return reoffer(reply);
    }
  }

  const pending = expectingOf(state);
  const { step } = currentStep(run);
  switch (event.type) {
    case 'explain':
      if (step.kind !== 'question') return reoffer(reply);
      if (step.asks === 'safety-answer') safetyFullList().forEach((r) => reply.lineRef(r));
      else reply.line(EXPLANATIONS[step.asks]);
      if (step.asks === 'safety-answer') return reply.ask('routine:safety.askAgain').finish();
      if (step.asks === 'posture') return reply.ask('routine:posture.which').finish();
      return reoffer(reply);
    case 'yes':
    case 'no':
    case 'not-sure':
      if (step.kind === 'question') return answerQuestion(reply, run, step.asks, event);
      if (event.type === 'yes') return play(reply);
      if (event.type === 'no') {
        run.status = 'paused';
        return reply.line('routine:pause.text').ask('routine:pause.question').finish();
      }
      reply.line('routine:help.continue');
      return reoffer(reply);
    case 'next':
    case 'resume':
      if (step.kind === 'question') {
        if (event.type === 'resume') return play(reply);
        if (pending === 'foot-bath' || pending === 'tender-spot') {
          return answerQuestion(reply, run, step.asks, { type: 'no' });
        }
        if (pending === 'safety-answer') {
          return reply.line('routine:safety.needAnswer').ask('routine:safety.askAgain').finish();
        }
        return reply.ask('routine:posture.which').finish();
      }
      // Said while a step played: "next" is the step after it; "resume" plays it again.
      if (event.type === 'next' && run.cut) advance(run);
      return play(reply);
    case 'skip':
      if (step.kind === 'question') {
        if (pending === 'safety-answer') {
          return reply.line('routine:safety.needAnswer').ask('routine:safety.askAgain').finish();
        }
        return answerQuestion(reply, run, step.asks, {
          type: pending === 'posture' ? 'skip' : 'no',
        });
      }
      return skip(reply, run);
    case 'previous':
      return previous(reply, run);
    case 'repeat':
      // The step that was playing, from its start; after a block heard to its end, only the
      // question or prompt that closed it.
      if (run.cut) return play(reply);
      return reoffer(reply);
    default:
      return reoffer(reply);
  }
}

function resume(reply: Reply): Transition {
  const run = reply.run!;
  const wasOffered = run.status === 'offered';
  if (wasOffered) {
    reply.lineRef(position(run, 'routine:resume.pickingUp'));
    reply.resumed = true;
  } else
    reply.line(run.status === 'waiting' ? 'routine:footBath.welcomeBack' : 'routine:resume.lead');
  run.status = 'active';
  return play(reply);
}

/** The engine: a pure function of (state, event). The input state is never mutated. */
export function transition(state: RoutineState, event: RoutineEvent, say: Say): Transition {
  const next: RoutineState = copyState(state);
  if (next.run) next.run.turn += 1;
  else next.turn += 1;
  return handle(new Reply(next, say), event);
}

/** After a side question mid-routine: the same pending question, or an offer to carry on. */
export function offerToContinue(state: RoutineState, say: Say): Transition {
  return reoffer(new Reply(copyState(state), say));
}

/** At launch, for a stored open run: "You stopped at ...: shall we pick up there?" */
export function resumeOffer(state: RoutineState, say: Say): Transition {
  const next = copyState(state);
  const reply = new Reply(next, say);
  const where = describePosition(next);
  if (!next.run || !where) return noRoutine(reply);
  next.run.status = 'offered';
  reply.lineRef(where);
  return reply.ask('routine:resume.offer').finish();
}

/** Picks an open run up where it stopped (same step, same offset). */
export function resumeFrom(state: RoutineState, say: Say): Transition {
  const next = copyState(state);
  if (next.run) next.run.turn += 1;
  const reply = new Reply(next, say);
  if (!next.run) return noRoutine(reply);
  return resume(reply);
}

export { initialState };

/**
 * The last response again, as far as the routine goes: its block of guidance from where it began,
 * or, when it had none, its question. For audio Alexa could not play at all.
 */
export function replayLast(state: RoutineState, say: Say): Transition {
  const next = copyState(state);
  const reply = new Reply(next, say);
  const run = next.run;
  if (!run) return noRoutine(reply);
  if (!run.playing || !run.last) return reoffer(reply);
  run.cursor = { ...run.last };
  return play(reply);
}
