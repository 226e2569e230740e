import { planFor } from './plans';
import { initialState, type RunState } from './state';
import {
  advance,
  currentStep,
  phaseIntro,
  placeFoot,
  questionRef,
  ref,
  phaseName,
  type Reply,
  type Transition,
} from './reply';
import {
  buildTimeline,
  cutBetweenParts,
  speech,
  takeChunk,
  timelineSeconds,
  type TimelineSegment,
} from './timing';
import type { KeyRef, PlanLength, Say, Step } from './types';

/**
 * What goes into one response. Alexa plays at most 240 s of audio per response, everything in
 * it counted; this keeps a margin for the estimate of speaking speed and Alexa's own start-up.
 */
export const RESPONSE_AUDIO_BUDGET_SECONDS = 225;
/**
 * Kept back for the short prompt between two blocks of guidance: "ready for your arch?". The
 * longest, with the longest step name, takes 4.8 s (a test holds every one to this).
 */
export const PROMPT_SECONDS = 5;
/** The finished routine's goodbye may gain a glad word and the reminder offer after it. */
export const GOODBYE_RESERVE_SECONDS = 16;
/** Kept back for a question of the routine's own at the end of a block (the longest). */
export const QUESTION_RESERVE_SECONDS = 12;

/** What the next response has for the rest of a step cut short, after "Keep going with …". */
const ROOM_AFTER_KEEP_GOING_SECONDS = RESPONSE_AUDIO_BUDGET_SECONDS - PROMPT_SECONDS - 5;

const isHold = (step: Step) => step.id.startsWith('hold-');

/** The first planned step of its phase (inserted holds neither open a phase nor count). */
function opensPhase(steps: readonly Step[], index: number): boolean {
  const step = steps[index]!;
  if (isHold(step)) return false;
  const before = steps.slice(0, index).filter((s) => !isHold(s));
  return before[before.length - 1]?.phase !== step.phase;
}

/**
 * A question the person already answered for good is passed, with a word (`say`) or without;
 * undefined when it must be asked.
 */
function passedQuestion(reply: Reply, step: Step): { say?: KeyRef } | undefined {
  if (step.kind !== 'question') return undefined;
  const { memory } = reply.state;
  // Every run asks the safety check once (returning users a shorter one): health changes.
  if (step.asks === 'safety-answer' && reply.run?.safetyChecked) return {};
  if (step.asks === 'posture' && memory.posture) {
    return {
      say: ref('routine:posture.confirm', {
        posture: ref(`routine:posture.names.${memory.posture}`),
      }),
    };
  }
  return undefined;
}

/** Seconds of audio that must follow step `index` if the block ends right after it. */
function closingSeconds(reply: Reply, steps: readonly Step[], index: number): number {
  const after = steps[index + 1];
  if (!after) return GOODBYE_RESERVE_SECONDS;
  if (after.kind === 'say') {
    const words = timelineSeconds(buildTimeline(after, 0, reply.say));
    return words + (steps[index + 2] ? PROMPT_SECONDS : GOODBYE_RESERVE_SECONDS);
  }
  if (after.kind === 'question') {
    const passed = passedQuestion(reply, after);
    if (passed) return (passed.say ? speech(passed.say, reply.say).seconds : 0) + PROMPT_SECONDS;
    return speech(questionRef(reply.state, after.asks), reply.say).seconds;
  }
  return PROMPT_SECONDS;
}

/**
 * A guided hold's second foot starts a response of its own unless all of it fits: the break
 * comes between the feet ("Ready for your left foot?"), not between a place and its neighbour.
 */
function wholeFootFits(
  reply: Reply,
  run: RunState,
  steps: readonly Step[],
  index: number,
  need: number,
): boolean {
  const step = steps[index]!;
  if (run.kind !== 'hold' || !step.foot || steps[index - 1]?.foot === step.foot) return true;
  let last = index;
  let seconds = need;
  while (steps[last + 1]?.foot === step.foot) {
    last += 1;
    seconds += timelineSeconds(buildTimeline(steps[last]!, 0, reply.say));
  }
  return (
    reply.seconds() + seconds + closingSeconds(reply, steps, last) <= RESPONSE_AUDIO_BUDGET_SECONDS
  );
}

/** The words before a step: its phase's opening (and where to put the foot), or "keep going". */
function leadOf(reply: Reply, run: RunState, steps: readonly Step[], index: number): KeyRef[] {
  const step = steps[index]!;
  if (run.cursor.offset > 0) return [ref(reply.varied('keepGoing'), { step: ref(step.nameKey) })];
  if (opensPhase(steps, index)) return phaseIntro(reply.state, step);
  // A guided hold works both feet, as its answer said: each is named, and placed, as it comes.
  if (run.kind === 'hold' && step.foot && steps[index - 1]?.foot !== step.foot) {
    return [placeFoot(reply.state, step.foot)];
  }
  // Someone coming back to a foot step mid-phase is told again where the foot goes.
  if (reply.resumed && step.foot && reply.steps.length === 0) {
    return [placeFoot(reply.state, step.foot)];
  }
  return [];
}

/**
 * Plays from the cursor: whole steps one after another, with no question between them, until the
 * next step would not fit in the response, a question is due (the safety check, the position,
 * the foot bath, a sore spot), or the run ends. Only a step too long for a response of its own
 * is cut, and then between its parts where it has them.
 */
export function play(reply: Reply): Transition {
  const run = reply.run;
  if (!run) return reply.finish();
  run.status = 'active';
  delete run.cut;
  run.last = { ...run.cursor };
  for (let guard = 0; guard < 200; guard++) {
    const { steps, index, step } = currentStep(run);
    if (step.kind === 'question') {
      const passed = passedQuestion(reply, step);
      if (passed) {
        if (passed.say) reply.lineRef(passed.say);
        advance(run);
        continue;
      }
      return reply.askRef(questionRef(reply.state, step.asks)).finish();
    }
    if (step.kind === 'say') {
      step.instruction.forEach((r) => reply.lineRef(r));
      if (!advance(run)) return reply.end('finished').finish();
      continue;
    }
    // A timed step: never before the safety check has its answer, whatever led here.
    const safety = steps.findIndex((s) => s.kind === 'question' && s.asks === 'safety-answer');
    if (!reply.state.memory.safetyHeard && safety >= 0) {
      run.cursor = { stepId: steps[safety]!.id, offset: 0 };
      continue;
    }
    const lead = leadOf(reply, run, steps, index).map((r) => speech(r, reply.say));
    const timeline = buildTimeline(step, run.cursor.offset, reply.say);
    const need = timelineSeconds(lead) + timelineSeconds(timeline);
    if (reply.steps.length > 0 && !wholeFootFits(reply, run, steps, index, need)) {
      return promptFor(reply, steps, index);
    }
    if (
      reply.seconds() + need + closingSeconds(reply, steps, index) <=
      RESPONSE_AUDIO_BUDGET_SECONDS
    ) {
      reply.segments.push(...lead);
      reply.playStep(timeline, { index, steps });
      if (!advance(run)) return reply.end('finished').finish();
      continue;
    }
    if (reply.steps.length > 0) return promptFor(reply, steps, index);
    reply.segments.push(...lead);
    return playPart(reply, run, timeline, { index, steps });
  }
  return reply.finish();
}

/** Between two blocks of guidance: one short prompt to go on. */
function promptFor(reply: Reply, steps: readonly Step[], index: number): Transition {
  const next = steps[index]!;
  const previous = steps[index - 1];
  if (previous && next.phase !== previous.phase && next.phase !== 'hold') {
    return reply.ask('routine:ask.nextPhase', { phase: phaseName(next.phase) }).finish();
  }
  // Between the feet of a guided hold, the foot is what comes next, not the place again.
  const name =
    next.foot && previous?.foot && next.foot !== previous.foot
      ? `routine:phases.${next.foot}-foot.name`
      : next.nameKey;
  return reply.askVaried('nextStep', { step: ref(name) }).finish();
}

/** A step longer than a whole response: as much as fits, cut between its parts if it can be. */
function playPart(
  reply: Reply,
  run: RunState,
  timeline: readonly TimelineSegment[],
  at: { index: number; steps: readonly Step[] },
): Transition {
  const room = RESPONSE_AUDIO_BUDGET_SECONDS - PROMPT_SECONDS - reply.seconds();
  const remaining = timelineSeconds(timeline);
  const parts = Math.max(2, Math.ceil(remaining / Math.max(1, room)));
  const { chunk, seconds } =
    cutBetweenParts(timeline, room, ROOM_AFTER_KEEP_GOING_SECONDS) ??
    takeChunk(timeline, Math.min(room, remaining / parts));
  reply.playStep(chunk, at);
  run.cursor.offset = Math.round((run.cursor.offset + seconds) * 1000) / 1000;
  return reply.askVaried('continue').finish();
}

const stated = new WeakMap<Say, Map<PlanLength, number>>();

/**
 * The length a routine is said to take: the audio of all its guidance, the words between the
 * phases and its questions included, not only the steps' nominal seconds. Whole minutes.
 */
export function statedMinutes(length: PlanLength, say: Say): number {
  let byLength = stated.get(say);
  const known = byLength?.get(length);
  if (known !== undefined) return known;
  const steps = planFor(length).steps;
  let seconds = 0;
  const state = initialState();
  steps.forEach((step, index) => {
    if (step.kind === 'question') {
      seconds += speech(questionRef(state, step.asks), say).seconds;
      return;
    }
    seconds += timelineSeconds(buildTimeline(step, 0, say));
    if (step.kind === 'timed' && opensPhase(steps, index)) {
      seconds += timelineSeconds(phaseIntro(state, step).map((r) => speech(r, say)));
    }
  });
  const minutes = Math.round(seconds / 60);
  if (!byLength) stated.set(say, (byLength = new Map()));
  byLength.set(length, minutes);
  return minutes;
}
