import { copyState, stepsOf, type RoutineState } from './state';
import type { PlayedStep } from './reply';

/**
 * Barge-in. Alexa never says how far playback got, only when the person spoke: each request's
 * timestamp, on Alexa's clock. A response's guidance started playing about this long after the
 * request that produced it (the skill's answer, Alexa's speech synthesis).
 */
export const PLAYBACK_START_ALLOWANCE_MS = 1000;

/** What the last response plays: when (Alexa's clock) and where each of its steps ends. */
export interface Playing {
  /** Epoch ms of the request the response answered. */
  at: number;
  steps: Array<{ stepId: string; endMs: number }>;
}

/**
 * Remembers the steps of the response now being sent, so the next request can be placed in
 * them. `leadMs` is audio the handler speaks before the engine's (an answer to a side question).
 */
export function withPlaying(
  state: RoutineState,
  atMs: number,
  leadMs: number,
  steps: readonly PlayedStep[],
): RoutineState {
  const run = state.run;
  if (!run || (!run.playing && steps.length === 0) || Number.isNaN(atMs)) return state;
  const next = copyState(state);
  if (steps.length === 0) delete next.run!.playing;
  else {
    next.run!.playing = {
      at: atMs,
      steps: steps.map((s) => ({ stepId: s.stepId, endMs: leadMs + s.startMs + s.durationMs })),
    };
  }
  return next;
}

/** The step that was playing `elapsedMs` into the response's audio; undefined once all played. */
export function stepPlayingAt(playing: Playing, elapsedMs: number): string | undefined {
  return playing.steps.find((s) => s.endMs > elapsedMs)?.stepId;
}

/**
 * Places a request in the response that was playing. A request after the whole block played (the
 * answer to its closing prompt) means the block was heard: nothing changes. One that came while
 * a step played sets the run back to that step's start, marked as `cut`, so "next" goes to the
 * step after it, "repeat" and "resume" play it again from its instruction, and "back" goes to
 * the one before it. Steps heard in full before it are not played again.
 *
 * `sameSession`: within a session a request can only follow its response, so a timestamp a
 * little early is clock rounding (Alexa's are whole seconds). A new session's clock may be a
 * different device's: a time before the response is taken as "heard".
 */
export function settleBargeIn(
  state: RoutineState,
  nowMs: number,
  sameSession: boolean,
): RoutineState {
  const playing = state.run?.playing;
  if (!playing) return state;
  const stepId = stepCutInto(state, nowMs, sameSession);
  const next = copyState(state);
  const run = next.run!;
  delete run.playing;
  if (!stepId) return next;
  run.cursor = { stepId, offset: 0 };
  run.cut = stepId;
  if (run.resumeAt?.stepId === stepId) delete run.resumeAt;
  return next;
}

/**
 * The step a request at `nowMs` cut into (see settleBargeIn), or undefined when the guidance
 * was heard to its end. Copies nothing: most requests come after the block played.
 */
export function stepCutInto(
  state: RoutineState,
  nowMs: number,
  sameSession: boolean,
): string | undefined {
  const run = state.run;
  const playing = run?.playing;
  if (!run || !playing) return undefined;
  let elapsed = nowMs - playing.at - PLAYBACK_START_ALLOWANCE_MS;
  if (Number.isNaN(elapsed)) return undefined;
  if (elapsed < 0) {
    if (!sameSession && nowMs < playing.at) return undefined;
    elapsed = 0;
  }
  const stepId = stepPlayingAt(playing, elapsed);
  if (!stepId || !stepsOf(run).some((s) => s.id === stepId)) return undefined;
  return stepId;
}
