import {
  buildTimeline,
  estimateSpeechSeconds,
  stepsOf,
  timelineSeconds,
  type EngineOutput,
  type RoutineState,
  type Say,
  type TimelineSegment,
  type Transition,
} from '../routine';

/**
 * Which steps a routine response plays, and where each sits in the response's audio. The one
 * shape the screens read. The routine engine is due to report it itself (`output.steps`); until
 * then this module derives it from today's engine output, and is the only place that has to
 * change when it does.
 */
export interface PlayedStep {
  stepId: string;
  phase: string;
  /** 1-based, over the run's steps (holds included). */
  stepNumber: number;
  stepCount: number;
  /** The zone or point worked, when the step names one (a hold). */
  targetId?: string;
  /** Where the step starts in this response's audio, lead included. */
  startMs: number;
  durationMs: number;
}

const ms = (seconds: number) => Math.round(seconds * 1000);

/** Speech text matched, so a step's first sentence can be found among the response's segments. */
const sameSpeech = (a: TimelineSegment, b: TimelineSegment | undefined) =>
  a.kind === 'speech' && b?.kind === 'speech' && a.key === b.key && a.text === b.text;

function holdTarget(stepId: string): string | undefined {
  const hold = /^hold-\d+-(.+)$/.exec(stepId);
  if (!hold) return undefined;
  const [own, neighbour] = hold[1]!.split('-next-');
  return neighbour ?? own;
}

/**
 * Derived from the state after the turn: the run's `last` cursor is where this response began
 * and its `cursor` where it stopped. Each timed step between them is found in the segments by
 * its first sentence (a step resumed part-way starts right at the response's guidance).
 */
export function playedStepsOf(next: Transition, say: Say, leadSeconds = 0): PlayedStep[] {
  const { state, output } = next;
  // The engine reports them itself, from the start of its own audio.
  if (output.steps) {
    return output.steps.map((s) => ({ ...s, startMs: s.startMs + ms(leadSeconds) }));
  }
  const run = state.run;
  if (!run?.last || output.segments.length === 0) return [];
  const steps = stepsOf(run);
  const from = steps.findIndex((s) => s.id === run.last!.stepId);
  const to = steps.findIndex((s) => s.id === run.cursor.stepId);
  if (from < 0 || to < from) return [];
  const played: PlayedStep[] = [];
  const starts = segmentStarts(output, leadSeconds);
  let searchFrom = 0;
  for (let i = from; i <= to; i++) {
    const step = steps[i]!;
    if (step.kind !== 'timed') continue;
    const offset = i === from ? run.last.offset : 0;
    const endOffset = i === to ? run.cursor.offset : step.seconds;
    if (i === to && endOffset === 0) break;
    const timeline = buildTimeline(step, offset, say);
    const first = timeline[0];
    let at = -1;
    if (offset === 0 && first) {
      at = output.segments.findIndex((s, j) => j >= searchFrom && sameSpeech(s, first));
    } else if (offset > 0) {
      // A step picked up part-way: its guidance follows the "let's keep going" line.
      const keepGoing = output.segments.findIndex(
        (s) => s.kind === 'speech' && s.key.includes('keepGoing'),
      );
      at = keepGoing < 0 ? -1 : keepGoing + 1;
    }
    if (at < 0) continue;
    searchFrom = at + 1;
    const seconds = i === to ? endOffset - offset : timelineSeconds(timeline);
    played.push({
      stepId: step.id,
      phase: step.phase,
      stepNumber: i + 1,
      stepCount: steps.length,
      ...(holdTarget(step.id) ? { targetId: holdTarget(step.id) } : {}),
      startMs: ms(starts[at] ?? 0),
      durationMs: ms(seconds),
    });
  }
  return played;
}

/** Each segment's start in the response's audio, after whatever was said before the routine's. */
function segmentStarts(output: EngineOutput, leadSeconds: number): number[] {
  const starts: number[] = [];
  let t = leadSeconds;
  for (const segment of output.segments) {
    starts.push(t);
    t += segment.seconds;
  }
  return starts;
}

/** Seconds of lead speech (an answer said before the routine's own words). */
export function leadSecondsOf(
  lead: ReadonlyArray<{ text?: string; pauseSeconds?: number }>,
): number {
  return lead.reduce(
    (sum, piece) =>
      sum + (piece.text ? estimateSpeechSeconds(piece.text) : (piece.pauseSeconds ?? 0)),
    0,
  );
}

/** The run's position when nothing plays (paused, at a question): the step it stands at. */
export function standingStepOf(state: RoutineState): PlayedStep | undefined {
  const run = state.run;
  if (!run) return undefined;
  const steps = stepsOf(run);
  const i = Math.max(
    0,
    steps.findIndex((s) => s.id === run.cursor.stepId),
  );
  const step = steps[i]!;
  return {
    stepId: step.id,
    phase: step.phase,
    stepNumber: i + 1,
    stepCount: steps.length,
    ...(holdTarget(step.id) ? { targetId: holdTarget(step.id) } : {}),
    startMs: 0,
    durationMs: 0,
  };
}
