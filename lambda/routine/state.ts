import { HOLD_BASE_STEPS, holdSteps, isPlanLength, planFor } from './plans';
import { isPostureId, type PostureId } from './postures';
import type { Playing } from './barge-in';
import type { FootSide, HoldTarget, PhaseId, PlanLength, Step } from './types';

/** Bumped when the stored shape changes; `restoreState` drops runs it cannot read. */
export const ROUTINE_STATE_VERSION = 1;

/** Tender spots kept for next time, most recent first. */
export const MAX_REMEMBERED_SPOTS = 5;

/** What outlives a routine: the person's answers and preferences. */
export interface Memory {
  safetyHeard: boolean;
  posture?: PostureId;
  tenderSpots: string[];
}

/** A place in the run: a step of the effective step list, and seconds already played in it. */
export interface Cursor {
  stepId: string;
  offset: number;
}

/**
 * Holds added to the plan (tender spots, guided holds), placed before the step `before`. Never
 * changed once made, so copies of a state can share them.
 */
export interface Insertion {
  readonly before: string;
  readonly n: number;
  readonly target: Readonly<HoldTarget>;
  readonly phase: PhaseId;
  readonly foot?: FootSide;
}

export type RunStatus = 'active' | 'paused' | 'waiting' | 'offered';

/** An open routine (or guided hold). Plain JSON: this is what gets stored between sessions. */
export interface RunState {
  schemaVersion: number;
  kind: 'routine' | 'hold';
  length: PlanLength;
  /** active; paused by the person; waiting for the foot bath; offered again at a later launch. */
  status: RunStatus;
  /** Where the next response starts: the end of what was played. */
  cursor: Cursor;
  /** Where the last response started, for "repeat". */
  last?: Cursor;
  /** Replaced, never changed in place, so copies of a state share it (see copyState). */
  insertions: readonly Insertion[];
  /** "Not sure" answers to the safety check so far. */
  safetyUnsure: number;
  /** The safety check was answered "no" for this run: every run asks it once. */
  safetyChecked?: boolean;
  /** A step interrupted by a hold carries on from here once the hold is done. */
  resumeAt?: Cursor;
  /** Events handled in this run. */
  turn: number;
  /** How often each rotating phrasing set was used: picks the next variant deterministically. */
  variety?: Record<string, number>;
  /**
   * The guidance the last response plays, to place the next request in it (see barge-in). Never
   * changed in place, so copies share it.
   */
  playing?: Playing;
  /** The step that was playing when the person spoke: the cursor is at its start. */
  cut?: string;
}

export interface RoutineState {
  schemaVersion: number;
  memory: Memory;
  run?: RunState;
  /** Events handled while no run was open. */
  turn: number;
}

export function initialState(memory: Partial<Memory> = {}): RoutineState {
  return {
    schemaVersion: ROUTINE_STATE_VERSION,
    memory: {
      safetyHeard: memory.safetyHeard ?? false,
      ...(memory.posture ? { posture: memory.posture } : {}),
      tenderSpots: [...(memory.tenderSpots ?? [])],
    },
    turn: 0,
  };
}

/**
 * A copy the engine may change freely. Written out field by field: this runs on every turn, and
 * is several times cheaper than a JSON round trip. The insertions are shared: neither the list
 * nor an entry is ever changed in place.
 */
export function copyState(state: RoutineState): RoutineState {
  const { memory, run } = state;
  const copy: RoutineState = {
    ...state,
    memory: { ...memory, tenderSpots: [...memory.tenderSpots] },
  };
  if (run) {
    copy.run = {
      ...run,
      cursor: { ...run.cursor },
      insertions: run.insertions,
      ...(run.last ? { last: { ...run.last } } : {}),
      ...(run.resumeAt ? { resumeAt: { ...run.resumeAt } } : {}),
      ...(run.variety ? { variety: { ...run.variety } } : {}),
    };
  }
  return copy;
}

const STEPS_MEMO_LIMIT = 500;
const stepsMemo = new Map<string, readonly Step[]>();

/**
 * The plan's steps with the run's holds spliced in. Every turn asks for them several times, and
 * they depend only on the plan and the insertions, so each combination is built once.
 */
export function stepsOf(run: RunState): readonly Step[] {
  // A turn asks again and again, through copies that share one insertion list: skip even
  // building the memo's key.
  const same = stepsOfList.get(run.insertions);
  if (same && same.kind === run.kind && same.length === run.length) return same.steps;
  const id = `${run.kind}|${run.length}|${run.insertions.length ? JSON.stringify(run.insertions) : ''}`;
  const steps = stepsMemo.get(id) ?? buildSteps(run, id);
  stepsOfList.set(run.insertions, { kind: run.kind, length: run.length, steps });
  return steps;
}

const stepsOfList = new WeakMap<
  readonly Insertion[],
  { kind: RunState['kind']; length: PlanLength; steps: readonly Step[] }
>();

function buildSteps(run: RunState, id: string): readonly Step[] {
  const steps: Step[] = [...(run.kind === 'hold' ? HOLD_BASE_STEPS : planFor(run.length).steps)];
  for (const ins of run.insertions) {
    const at = steps.findIndex((s) => s.id === ins.before);
    const added = holdSteps(ins.target, ins.n, ins.phase, ins.foot);
    steps.splice(at < 0 ? steps.length - 1 : at, 0, ...added);
  }
  if (stepsMemo.size >= STEPS_MEMO_LIMIT) stepsMemo.clear();
  stepsMemo.set(id, steps);
  return steps;
}

export function rememberSpot(memory: Memory, zone: string): void {
  memory.tenderSpots = [zone, ...memory.tenderSpots.filter((z) => z !== zone)].slice(
    0,
    MAX_REMEMBERED_SPOTS,
  );
}

const stepIds = new WeakMap<readonly Step[], ReadonlySet<string>>();

/** Step lists are memoised (see stepsOf), so their id sets can be too. */
function stepIdsOf(steps: readonly Step[]): ReadonlySet<string> {
  let ids = stepIds.get(steps);
  if (!ids) stepIds.set(steps, (ids = new Set(steps.map((s) => s.id))));
  return ids;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCursor(v: unknown): v is Cursor {
  return isRecord(v) && typeof v.stepId === 'string' && typeof v.offset === 'number';
}

function isTarget(v: unknown): v is HoldTarget {
  return (
    isRecord(v) && ['id', 'nameKey', 'whereKey', 'linkedKey'].every((k) => typeof v[k] === 'string')
  );
}

function isPlaying(v: unknown): v is Playing {
  return (
    isRecord(v) &&
    typeof v.at === 'number' &&
    Array.isArray(v.steps) &&
    v.steps.length <= 50 &&
    v.steps.every((s) => isRecord(s) && typeof s.stepId === 'string' && typeof s.endMs === 'number')
  );
}

function numbersOf(record: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(record)) if (typeof v === 'number') out[k] = v;
  return out;
}

/** Validates a stored run; anything unreadable (older schema, unknown step) is dropped. */
export function restoreRun(stored: unknown): RunState | undefined {
  if (!isRecord(stored) || stored.schemaVersion !== ROUTINE_STATE_VERSION) return undefined;
  const { kind, length, status, cursor, last, insertions } = stored;
  if (kind !== 'routine' && kind !== 'hold') return undefined;
  if (!isPlanLength(length) || !isCursor(cursor)) return undefined;
  if (!['active', 'paused', 'waiting', 'offered'].includes(status as string)) return undefined;
  if (!Array.isArray(insertions)) return undefined;
  const ins: Insertion[] = [];
  for (const i of insertions) {
    if (!isRecord(i) || typeof i.before !== 'string' || typeof i.n !== 'number') return undefined;
    if (!isTarget(i.target) || typeof i.phase !== 'string') return undefined;
    ins.push(i as unknown as Insertion);
  }
  const run: RunState = {
    schemaVersion: ROUTINE_STATE_VERSION,
    kind,
    length,
    status: status as RunStatus,
    cursor: { stepId: cursor.stepId, offset: Math.max(0, cursor.offset) },
    ...(isCursor(last) ? { last: { ...last } } : {}),
    insertions: ins,
    safetyUnsure: typeof stored.safetyUnsure === 'number' ? stored.safetyUnsure : 0,
    ...(stored.safetyChecked === true ? { safetyChecked: true } : {}),
    ...(isCursor(stored.resumeAt) ? { resumeAt: { ...stored.resumeAt } } : {}),
    turn: typeof stored.turn === 'number' ? stored.turn : 0,
    ...(isRecord(stored.variety) ? { variety: numbersOf(stored.variety) } : {}),
    ...(isPlaying(stored.playing)
      ? {
          playing: {
            at: stored.playing.at,
            steps: stored.playing.steps.map((s) => ({ stepId: s.stepId, endMs: s.endMs })),
          },
        }
      : {}),
    ...(typeof stored.cut === 'string' ? { cut: stored.cut } : {}),
  };
  const ids = stepIdsOf(stepsOf(run));
  if (!ids.has(run.cursor.stepId)) return undefined;
  if (run.last && !ids.has(run.last.stepId)) delete run.last;
  if (run.cut && run.cut !== run.cursor.stepId) delete run.cut;
  return run;
}

/** The fields of the skill's stored user state this domain reads and writes. */
export interface UserFields {
  safetyCheckHeard: boolean;
  posture?: string;
  tenderSpots: string[];
  routine?: unknown;
}

/** Builds the engine state from the stored user state (validating the stored run). */
export function stateFromUser(user: UserFields): RoutineState {
  const state = initialState({
    safetyHeard: user.safetyCheckHeard,
    ...(isPostureId(user.posture) ? { posture: user.posture } : {}),
    tenderSpots: user.tenderSpots,
  });
  const run = restoreRun(user.routine);
  if (run) {
    state.run = run;
    state.turn = run.turn;
  }
  return state;
}

/** Writes the engine state back into the stored user state (the run, or its absence). */
export function applyToUser(state: RoutineState, user: UserFields): void {
  user.safetyCheckHeard = state.memory.safetyHeard;
  if (state.memory.posture) user.posture = state.memory.posture;
  user.tenderSpots = [...state.memory.tenderSpots];
  if (state.run) user.routine = state.run;
  else delete user.routine;
}
