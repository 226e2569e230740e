import type {
  CueSchedule,
  FootSide,
  HoldTarget,
  KeyRef,
  PhaseId,
  Plan,
  PlanLength,
  Pressure,
  QuestionKind,
  QuestionStep,
  Rhythm,
  SayStep,
  Step,
  TimedStep,
} from './types';
import { HOLD_SECONDS, NEIGHBOUR_HOLD_SECONDS } from './zones';

export const PLAN_LENGTHS: readonly PlanLength[] = ['quick', 'standard', 'thorough'];

/** Nominal seconds of each timed step, by plan length. */
interface Durations {
  rise: number;
  trample: number;
  edges: number;
  hands: number;
  general: number;
  sole: number;
  toes: number;
  ankle: number;
  finishing: number;
  mat: number;
}

// Standard and thorough give each foot well over the source's "at least 3 minutes";
// quick trades that for brevity (about 1 min 55 s a foot, still 6 s or so for each toe).
const DURATIONS: Record<PlanLength, Durations> = {
  quick: {
    rise: 15,
    trample: 15,
    edges: 15,
    hands: 15,
    general: 25,
    sole: 25,
    toes: 35,
    ankle: 15,
    finishing: 15,
    mat: 25,
  },
  standard: {
    rise: 45,
    trample: 45,
    edges: 45,
    hands: 20,
    general: 75,
    sole: 75,
    toes: 75,
    ankle: 45,
    finishing: 45,
    mat: 90,
  },
  thorough: {
    rise: 75,
    trample: 75,
    edges: 75,
    hands: 30,
    general: 120,
    sole: 120,
    toes: 120,
    ankle: 90,
    finishing: 90,
    mat: 150,
  },
};

const beat = (every: number, ...keys: Array<[number, string]>): Rhythm => ({
  every,
  beats: keys.map(([at, key]) => ({ at, key: `routine:cue.${key}` })),
});

/** Fingertip circles at the source's pace of two turns a second, heard as soon as they begin. */
export const CIRCLES: Rhythm = { ...beat(8, [0, 'circle']), afterInstruction: true };
/** Pain-point work: pressure and pauses alternate (source). */
export const PRESS_AND_REST = beat(10, [0, 'press'], [6, 'rest']);

const RHYTHMS: Record<keyof Durations, Rhythm | undefined> = {
  rise: beat(8, [0, 'rise']),
  trample: beat(10, [0, 'trample']),
  edges: beat(8, [0, 'edges']),
  hands: undefined,
  general: beat(15, [0, 'strokes']),
  sole: beat(15, [0, 'knuckles']),
  // Each toe its share of the time after the instruction, "next toe" between them.
  toes: { ...beat(0, [0, 'nextToe']), spread: 5 },
  ankle: CIRCLES,
  finishing: beat(9, [0, 'stroke'], [3, 'tap'], [6, 'tingle']),
  mat: beat(12, [0, 'mat']),
};

/** Cues scale with the step: short steps keep only the count-down and the closing words. */
export function cuesFor(seconds: number, end: CueSchedule['end'], rhythm?: Rhythm): CueSchedule {
  return {
    halfway: seconds >= 40,
    tenMore: seconds >= 30,
    countdown: seconds >= 12,
    end,
    ...(rhythm ? { rhythm } : {}),
  };
}

const footRef = (foot: FootSide): KeyRef => ({ key: `routine:feet.${foot}` });

function timed(
  id: string,
  phase: PhaseId,
  kind: keyof Durations,
  length: PlanLength,
  pressure: Pressure,
  end: CueSchedule['end'],
  foot?: FootSide,
): TimedStep {
  const seconds = DURATIONS[length][kind];
  // Quick steps are too short for the full instruction, so they have their own short wording.
  const variant = length === 'quick' ? 'short' : 'do';
  const params = foot ? { foot: footRef(foot) } : undefined;
  const rhythm = RHYTHMS[kind];
  return {
    id,
    kind: 'timed',
    phase,
    nameKey: `routine:steps.${kind}.name`,
    instruction: [{ key: `routine:steps.${kind}.${variant}`, ...(params ? { params } : {}) }],
    pressure,
    seconds,
    cues: cuesFor(seconds, end, rhythm),
    ...(foot ? { foot } : {}),
  };
}

function question(id: string, phase: PhaseId, asks: QuestionKind, foot?: FootSide): QuestionStep {
  return {
    id,
    kind: 'question',
    phase,
    nameKey: `routine:steps.${id.replace(/^(right|left)-/, '')}.name`,
    instruction: [],
    pressure: 'light',
    seconds: 0,
    asks,
    ...(foot ? { foot } : {}),
  };
}

function sayStep(id: string, phase: PhaseId, key: string): SayStep {
  return {
    id,
    kind: 'say',
    phase,
    nameKey: `routine:steps.${id}.name`,
    instruction: [{ key }],
    pressure: 'light',
    seconds: 0,
  };
}

function footSteps(foot: FootSide, length: PlanLength): Step[] {
  const phase: PhaseId = foot === 'right' ? 'right-foot' : 'left-foot';
  return [
    timed(`${foot}-general`, phase, 'general', length, 'medium', 'release', foot),
    timed(`${foot}-sole`, phase, 'sole', length, 'strong', 'release', foot),
    question(`${foot}-tender`, phase, 'tender-spot', foot),
    timed(`${foot}-toes`, phase, 'toes', length, 'light', 'release', foot),
    timed(`${foot}-ankle`, phase, 'ankle', length, 'light', 'release', foot),
    timed(`${foot}-finishing`, phase, 'finishing', length, 'light', 'stop', foot),
  ];
}

function buildPlan(length: PlanLength): Plan {
  return {
    length,
    steps: [
      question('safety-check', 'safety', 'safety-answer'),
      // The warm-up is done standing: the position is asked where it is first needed.
      timed('warm-up-rise', 'warm-up', 'rise', length, 'light', 'stop'),
      timed('warm-up-trample', 'warm-up', 'trample', length, 'light', 'stop'),
      timed('warm-up-edges', 'warm-up', 'edges', length, 'light', 'stop'),
      timed('warm-hands', 'warm-up', 'hands', length, 'light', 'stop'),
      question('foot-bath', 'foot-bath', 'foot-bath'),
      question('posture', 'posture', 'posture'),
      ...footSteps('right', length),
      ...footSteps('left', length),
      timed('finish-mat', 'finish', 'mat', length, 'medium', 'stop'),
      sayStep('finish-close', 'finish', 'routine:finish.close'),
    ],
  };
}

const plans = new Map<PlanLength, Plan>();

/** Built on first use, not at load: opening the skill needs no plan. */
export function planFor(length: PlanLength): Plan {
  let plan = plans.get(length);
  if (!plan) plans.set(length, (plan = buildPlan(length)));
  return plan;
}

export function isPlanLength(value: unknown): value is PlanLength {
  return typeof value === 'string' && (PLAN_LENGTHS as readonly string[]).includes(value);
}

/** The steps of a standalone guided hold: the safety check, then the holds, then a goodbye. */
export const HOLD_BASE_STEPS: readonly Step[] = [
  question('safety-check', 'safety', 'safety-answer'),
  sayStep('hold-close', 'hold', 'routine:hold.close'),
];

/** Room for the spoken introduction of a hold, so the pressing itself lasts the full minute. */
export const HOLD_INTRO_SECONDS = 20;
/**
 * A place with a technique of its own (a toe is kneaded) gets this long for it before the
 * pressing starts: as long as one toe gets in the standard routine. Its introduction is longer
 * too (the technique, then how to press, and the words that end the technique), so the pressing
 * keeps its full minute.
 */
export const TECHNIQUE_SECONDS = 15;
export const TECHNIQUE_INTRO_SECONDS = 12;
export const NEIGHBOUR_INTRO_SECONDS = 12;

/** A tender-spot hold and its neighbour, as steps; `n` keeps ids unique when a zone recurs. */
export function holdSteps(target: HoldTarget, n: number, phase: PhaseId, foot?: FootSide): Step[] {
  const pressing = Math.max(HOLD_SECONDS, target.holdSeconds ?? HOLD_SECONDS);
  const ownWay = target.techniqueKey !== undefined;
  const seconds =
    pressing + HOLD_INTRO_SECONDS + (ownWay ? TECHNIQUE_SECONDS + TECHNIQUE_INTRO_SECONDS : 0);
  const rhythm: Rhythm = ownWay
    ? { ...PRESS_AND_REST, lead: { seconds: TECHNIQUE_SECONDS, key: 'routine:cue.tenderest' } }
    : PRESS_AND_REST;
  const common = { kind: 'timed' as const, phase, ...(foot ? { foot } : {}) };
  const steps: Step[] = [
    {
      ...common,
      id: `hold-${n}-${target.id}`,
      targetId: target.id,
      nameKey: target.nameKey,
      instruction: [
        { key: target.whereKey },
        { key: target.linkedKey },
        ...(target.caution ? [target.caution] : []),
        // The place's own technique first; the timed press-and-rest is then on its tenderest spot.
        ...(target.techniqueKey
          ? [{ key: target.techniqueKey }, { key: 'routine:hold.thenHow' }]
          : [{ key: 'routine:hold.how' }]),
      ],
      pressure: target.pressure ?? 'medium',
      seconds,
      cues: cuesFor(seconds, 'release', rhythm),
    },
  ];
  const nb = target.neighbour;
  if (nb) {
    const nSeconds = NEIGHBOUR_HOLD_SECONDS + NEIGHBOUR_INTRO_SECONDS;
    steps.push({
      ...common,
      id: `hold-${n}-${target.id}-next-${nb.id}`,
      targetId: nb.id,
      nameKey: nb.nameKey,
      instruction: [
        { key: 'routine:hold.neighbour', params: { name: { key: nb.nameKey } } },
        { key: nb.whereKey },
        ...(nb.caution ? [nb.caution] : []),
        { key: 'routine:hold.neighbourHow' },
      ],
      pressure: 'light',
      seconds: nSeconds,
      cues: cuesFor(nSeconds, 'release', PRESS_AND_REST),
    });
  }
  return steps;
}

export function isTimed(step: Step): step is TimedStep {
  return step.kind === 'timed';
}

/** Total timed guidance of a plan, in seconds (questions and waiting excluded). */
export function planDurationSeconds(plan: Plan | PlanLength): number {
  const p = typeof plan === 'string' ? planFor(plan) : plan;
  return p.steps.reduce((sum, s) => sum + s.seconds, 0);
}
