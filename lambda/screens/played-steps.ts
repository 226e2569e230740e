import {
  estimateSpeechSeconds,
  stepsOf,
  type PlayedStep,
  type RoutineState,
  type Transition,
} from '../routine';

export type { PlayedStep };

const ms = (seconds: number) => Math.round(seconds * 1000);

function holdTarget(stepId: string): string | undefined {
  const hold = /^hold-\d+-(.+)$/.exec(stepId);
  if (!hold) return undefined;
  const [own, neighbour] = hold[1]!.split('-next-');
  return neighbour ?? own;
}

/**
 * The steps a routine response plays, as the engine reports them from the start of its own
 * audio, shifted by whatever a handler said before the routine's words.
 */
export function playedStepsOf(next: Transition, leadSeconds = 0): PlayedStep[] {
  return next.output.steps.map((s) => ({ ...s, startMs: s.startMs + ms(leadSeconds) }));
}

/** Seconds of lead speech (an answer said before the routine's own words). */
export function leadSecondsOf(
  lead: ReadonlyArray<{ text?: string; pauseSeconds?: number }>,
  wordsPerMinute?: number,
): number {
  return lead.reduce(
    (sum, piece) =>
      sum +
      (piece.text ? estimateSpeechSeconds(piece.text, wordsPerMinute) : (piece.pauseSeconds ?? 0)),
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
