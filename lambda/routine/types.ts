/**
 * Shared vocabulary of the routine domain. Everything here is plain data (JSON-safe), so a plan,
 * a timeline and the engine state can be logged, stored and compared in tests.
 */

/** A locale string to be spoken; params may themselves be keys, resolved before interpolation. */
export interface KeyRef {
  key: string;
  params?: Record<string, Param>;
}

export type Param = string | number | KeyRef;

/**
 * The translator the speech layer injects: i18next's `t` in production (keys carry their
 * namespace, `routine:...`), the real routine.json in tests. Must return plain text.
 */
export type Say = (key: string, params?: Record<string, string | number>) => string;

export type Pressure = 'light' | 'medium' | 'strong';

export type PlanLength = 'quick' | 'standard' | 'thorough';

export type PhaseId =
  'safety' | 'posture' | 'warm-up' | 'foot-bath' | 'right-foot' | 'left-foot' | 'hold' | 'finish';

export type FootSide = 'right' | 'left';

/** What a question step waits for; also the engine's `expecting` value while it is pending. */
export type QuestionKind = 'safety-answer' | 'posture' | 'foot-bath' | 'tender-spot';

/**
 * A repeating beat inside a step ("circle, circle", "press... and rest"). Beats are optional:
 * the timing module drops one that would crowd a more important cue or leave no silence.
 */
export interface Rhythm {
  /** Length of one cycle in seconds. */
  every: number;
  /** Beats within a cycle, by offset from the cycle start. */
  beats: ReadonlyArray<{ at: number; key: string }>;
  /**
   * Time to work the place its own way (kneading a toe, say) after the instruction and before
   * the first beat, and the words that end it.
   */
  lead?: { seconds: number; key: string };
  /**
   * Worked as this many items one after another (the five toes): the time after the instruction
   * is shared out evenly, with the first beat said between one item and the next; `every` is
   * then unused.
   */
  spread?: number;
  /** Cycles start right after the instruction, not at the step's start: a pace is shown at once. */
  afterInstruction?: true;
}

/** Which spoken cues a timed step gets; the timing module places them on the clock. */
export interface CueSchedule {
  halfway?: boolean;
  tenMore?: boolean;
  /** "Five, four, three, two, one" over the last five seconds before the end cue. */
  countdown?: boolean;
  /** Closing words, spoken so that they end exactly at the step's nominal duration. */
  end?: 'release' | 'stop' | 'switch';
  rhythm?: Rhythm;
}

interface StepBase {
  id: string;
  phase: PhaseId;
  /** Short name for "where am I" and the resume offer ("the toes"). */
  nameKey: string;
  /** Spoken first; one or more sentences. */
  instruction: readonly KeyRef[];
  pressure: Pressure;
  /** Set on foot steps, so the engine can name the foot and place it for the chosen posture. */
  foot?: FootSide;
  /** The zone or point a hold works (knowledge ids), for a screen to light it. */
  targetId?: string;
}

export interface TimedStep extends StepBase {
  kind: 'timed';
  /** Nominal duration of the guidance, speech included. */
  seconds: number;
  cues: CueSchedule;
}

export interface QuestionStep extends StepBase {
  kind: 'question';
  seconds: 0;
  asks: QuestionKind;
}

/** Spoken once and passed (the closing words). */
export interface SayStep extends StepBase {
  kind: 'say';
  seconds: 0;
}

export type Step = TimedStep | QuestionStep | SayStep;

export interface Plan {
  length: PlanLength;
  steps: readonly Step[];
}

/**
 * Where to hold and what to say about it. Shaped like the knowledge module's `Place`
 * (id, nameKey, whereKey, linkedKey, holdSeconds, pressure), so a zone or point from there maps
 * in directly. `whereKey` and `linkedKey` must be whole spoken sentences; the linked sentence
 * must say "traditionally".
 */
export interface HoldTarget {
  id: string;
  nameKey: string;
  whereKey: string;
  linkedKey: string;
  /** Seconds of pressing, at least 60 (the source: each tender point at least one minute). */
  holdSeconds?: number;
  pressure?: Pressure;
  /** How to work this place, when it is not the routine's fingertip circles (a toe is kneaded). */
  techniqueKey?: string;
  /** Said with the place before pressing: the pregnancy caution of a place tradition avoids then. */
  caution?: KeyRef;
  neighbour?: { id: string; nameKey: string; whereKey: string; caution?: KeyRef };
}
