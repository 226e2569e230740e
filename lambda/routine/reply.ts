import { DEFAULT_POSTURE } from './postures';
import { safetyQuestion } from './safety-check';
import { stepsOf, type Cursor, type RoutineState, type RunState } from './state';
import { speech, timelineSeconds, type TimelineSegment } from './timing';
import type { FootSide, KeyRef, Param, PhaseId, QuestionKind, Say, Step } from './types';
import { canonicalZone } from './zones';

/** How many phrasings each rotating line has in routine.json (tests hold the file to it). */
export const VARIANTS = { continue: 6, nextStep: 5, keepGoing: 4 } as const;

export type Expecting = QuestionKind | 'continue' | 'resume' | null;

export type EndReason = 'finished' | 'safety-stop' | 'declined';

/** A spoken sentence: its key and params (for logs and tests) and its text (to render). */
export interface Utterance {
  key: string;
  params?: Record<string, string | number>;
  text: string;
}

export interface PositionInfo {
  phase: PhaseId;
  stepId: string;
  stepNameKey: string;
  /** 1-based, over the effective step list (holds included). */
  stepNumber: number;
  stepCount: number;
  offset: number;
}

/**
 * One step as it sounds in this response: where its guidance starts in the response's audio
 * (the engine's segments; a handler's lead before them shifts everything) and how long it lasts.
 * A screen lights the zone and runs a countdown from it; barge-in finds the step that was playing.
 */
export interface PlayedStep {
  stepId: string;
  phase: string;
  stepNumber: number;
  stepCount: number;
  /** The zone or point worked, when the step works one. */
  targetId?: string;
  startMs: number;
  durationMs: number;
}

export interface EngineOutput {
  /** Everything to say before the question, in order; silence as seconds (any length). */
  segments: TimelineSegment[];
  /** The steps in this response's audio, in order, with their offsets. */
  steps: PlayedStep[];
  /** Spoken last; present whenever the session should stay open. */
  question?: Utterance;
  /** For Alexa's reprompt; present with `question`. */
  reprompt?: Utterance;
  /** What a bare answer will mean next turn; null when nothing is pending. */
  expecting: Expecting;
  /** True when the run is over (and gone from the state). */
  ended: boolean;
  endReason?: EndReason;
  /** Estimated audio length of segments + question. */
  seconds: number;
  /** Where the run stands after this turn. */
  position?: PositionInfo;
}

export interface Transition {
  state: RoutineState;
  output: EngineOutput;
}

export const ref = (key: string, params?: Record<string, Param>): KeyRef =>
  params ? { key, params } : { key };

export const phaseName = (phase: PhaseId): KeyRef => ref(`routine:phases.${phase}.name`);

function cursorIndex(steps: readonly Step[], cursor: Cursor): number {
  const i = steps.findIndex((s) => s.id === cursor.stepId);
  return i < 0 ? 0 : i;
}

export function currentStep(run: RunState): { steps: readonly Step[]; index: number; step: Step } {
  const steps = stepsOf(run);
  const index = cursorIndex(steps, run.cursor);
  return { steps, index, step: steps[index]! };
}

export function expectingOf(state: RoutineState): Expecting {
  const run = state.run;
  if (!run) return null;
  if (run.status !== 'active') return 'resume';
  const { step } = currentStep(run);
  return step.kind === 'question' ? step.asks : 'continue';
}

const REPROMPTS: Record<Exclude<Expecting, null>, string> = {
  'safety-answer': 'routine:safety.reprompt',
  posture: 'routine:posture.reprompt',
  'foot-bath': 'routine:footBath.reprompt',
  'tender-spot': 'routine:tender.reprompt',
  continue: 'routine:reprompt.continue',
  resume: 'routine:reprompt.resume',
};

/** Moves the cursor to a step's start (or where a hold interrupted it). */
export function moveTo(run: RunState, stepId: string): void {
  run.cursor = { stepId, offset: 0 };
  if (run.resumeAt?.stepId === stepId) {
    run.cursor.offset = run.resumeAt.offset;
    delete run.resumeAt;
  }
}

/** Moves past the cursor's step; false when there is none after it. */
export function advance(run: RunState): boolean {
  const { steps, index } = currentStep(run);
  const next = steps[index + 1];
  if (!next) return false;
  moveTo(run, next.id);
  return true;
}

/** The question a question step asks, with the remembered sore spot where there is one. */
export function questionRef(state: RoutineState, asks: QuestionKind): KeyRef {
  switch (asks) {
    case 'safety-answer':
      return safetyQuestion(state.memory.safetyHeard);
    case 'posture':
      return ref('routine:posture.question');
    case 'foot-bath':
      return ref('routine:footBath.question');
    case 'tender-spot': {
      const remembered = state.memory.tenderSpots.map(canonicalZone).find((z) => z !== undefined);
      return remembered
        ? ref('routine:tender.questionRemembered', {
            zone: ref(`routine:zones.${remembered}.name`),
          })
        : ref('routine:tender.question');
    }
  }
}

/** The words that open a phase, and where to put the foot for the chosen position. */
export function phaseIntro(state: RoutineState, step: Step): KeyRef[] {
  const refs = [ref(`routine:phases.${step.phase}.intro`)];
  if (step.foot) refs.push(placeFoot(state, step.foot));
  return refs;
}

/** Where to put the foot for the chosen position: "Rest your right foot on your other thigh." */
export function placeFoot(state: RoutineState, foot: FootSide): KeyRef {
  return ref(`routine:posture.place.${state.memory.posture ?? DEFAULT_POSTURE}`, {
    foot: ref(`routine:feet.${foot}`),
  });
}

/** Accumulates one response; every path through the engine ends in `finish()`. */
export class Reply {
  readonly segments: TimelineSegment[] = [];
  readonly steps: PlayedStep[] = [];
  private question?: KeyRef;
  private endReason?: EndReason;
  /** Picked up in a later session: the first foot step says again where the foot goes. */
  resumed = false;

  constructor(
    readonly state: RoutineState,
    readonly say: Say,
  ) {}

  get run(): RunState | undefined {
    return this.state.run;
  }

  get turn(): number {
    return this.run?.turn ?? this.state.turn;
  }

  line(key: string, params?: Record<string, Param>): this {
    this.segments.push(speech(ref(key, params), this.say));
    return this;
  }

  lineRef(r: KeyRef): this {
    this.segments.push(speech(r, this.say));
    return this;
  }

  ask(key: string, params?: Record<string, Param>): this {
    this.question = ref(key, params);
    return this;
  }

  askRef(r: KeyRef): this {
    this.question = r;
    return this;
  }

  /** A step's guidance, remembered with its place in the audio. */
  playStep(
    segments: readonly TimelineSegment[],
    at: { index: number; steps: readonly Step[] },
  ): void {
    const step = at.steps[at.index]!;
    const startMs = Math.round(this.seconds() * 1000);
    this.segments.push(...segments);
    this.steps.push({
      stepId: step.id,
      phase: step.phase,
      stepNumber: at.index + 1,
      stepCount: at.steps.length,
      ...(step.targetId ? { targetId: step.targetId } : {}),
      startMs,
      durationMs: Math.round(timelineSeconds(segments) * 1000),
    });
  }

  /**
   * The next of a rotating set of phrasings. Each set keeps its own counter in the run, so the
   * same line never comes twice in a row (a shared turn counter can alias with the plan's rhythm).
   */
  varied(base: keyof typeof VARIANTS): string {
    const variety = this.run ? (this.run.variety ??= {}) : {};
    const n = variety[base] ?? 0;
    variety[base] = n + 1;
    return `routine:ask.${base}.${n % VARIANTS[base]}`;
  }

  askVaried(base: keyof typeof VARIANTS, params?: Record<string, Param>): this {
    return this.ask(this.varied(base), params);
  }

  end(reason: EndReason): this {
    this.endReason = reason;
    delete this.state.run;
    this.question = undefined;
    return this;
  }

  seconds(): number {
    return timelineSeconds(this.segments);
  }

  finish(): Transition {
    const expecting = this.endReason ? null : expectingOf(this.state);
    const utter = (r: KeyRef): Utterance => {
      const s = speech(r, this.say);
      return { key: s.key, ...(s.params ? { params: s.params } : {}), text: s.text };
    };
    let question = this.question;
    if (!question && !this.endReason) question = ref('routine:noRoutine.question');
    const q = question ? utter(question) : undefined;
    const reprompt = q
      ? utter(ref(expecting ? REPROMPTS[expecting] : 'routine:noRoutine.question'))
      : undefined;
    const output: EngineOutput = {
      segments: this.segments,
      steps: this.steps,
      ...(q ? { question: q, reprompt } : {}),
      expecting,
      ended: this.endReason !== undefined,
      ...(this.endReason ? { endReason: this.endReason } : {}),
      seconds:
        Math.round((this.seconds() + (q ? speech(question!, this.say).seconds : 0)) * 10) / 10,
      ...(this.state.run ? { position: positionOf(this.state.run) } : {}),
    };
    return { state: this.state, output };
  }
}

export function positionOf(run: RunState): PositionInfo {
  const { steps, index, step } = currentStep(run);
  return {
    phase: step.phase,
    stepId: step.id,
    stepNameKey: step.nameKey,
    stepNumber: index + 1,
    stepCount: steps.length,
    offset: run.cursor.offset,
  };
}
