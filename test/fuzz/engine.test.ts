import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  initialState,
  offerToContinue,
  restoreRun,
  resumeFrom,
  resumeOffer,
  transition,
  POSTURE_IDS,
  RESPONSE_AUDIO_BUDGET_SECONDS,
  type RoutineEvent,
  type RoutineState,
  type Transition,
} from '../../lambda/routine';
import { TENDER_ZONE_IDS } from '../../lambda/routine/zones';
import { say } from '../routine/say';
import { engineEventsArb } from './support/arbitraries';
import { fuzzParameters } from './support/harness';

/** What a handler may do besides sending an event: offer to resume, resume, re-offer. */
type Move =
  | { kind: 'event'; event: RoutineEvent }
  | { kind: 'resume-offer' }
  | { kind: 'resume-from' }
  | { kind: 'offer-to-continue' };

const movesArb = fc.array(
  fc.oneof(
    {
      weight: 12,
      arbitrary: engineEventsArb(1)
        .filter((events) => events.length === 1)
        .map((events): Move => ({ kind: 'event', event: events[0]! })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Move>(
        { kind: 'resume-offer' },
        { kind: 'resume-from' },
        { kind: 'offer-to-continue' },
      ),
    },
  ),
  { minLength: 1, maxLength: 80, size: 'medium' },
);

const memoryArb = fc.record({
  safetyHeard: fc.boolean(),
  posture: fc.option(fc.constantFrom(...POSTURE_IDS), { nil: undefined }),
  tenderSpots: fc.subarray([...TENDER_ZONE_IDS], { maxLength: 5 }),
});

function apply(state: RoutineState, move: Move): Transition {
  switch (move.kind) {
    case 'event':
      return transition(state, move.event, say);
    case 'resume-offer':
      return resumeOffer(state, say);
    case 'resume-from':
      return resumeFrom(state, say);
    case 'offer-to-continue':
      return offerToContinue(state, say);
  }
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// The engine clones with structuredClone, whose objects come from Node's realm, not jest's.
const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  return proto === null || proto.constructor?.name === 'Object';
};

/** Values storage would silently lose or change (a key set to undefined is simply absent). */
function notJson(value: unknown, path = 'state'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value))
    return value.flatMap((v, i) =>
      v === undefined ? [`${path}[${i}]`] : notJson(v, `${path}[${i}]`),
    );
  if (typeof value === 'object' && isPlainObject(value))
    return Object.entries(value).flatMap(([k, v]) =>
      v === undefined ? [] : notJson(v, `${path}.${k}`),
    );
  return [`${path} is a ${typeof value}`];
}

/** Everything a handler relies on when it renders one engine answer and stores its state. */
function problemsOf(before: string, state: RoutineState, next: Transition): string[] {
  const problems: string[] = [];
  const { output } = next;
  if (JSON.stringify(state) !== before) problems.push('the input state was mutated');
  if (!output.ended && (!output.question?.text || !output.reprompt?.text))
    problems.push('an open answer without a question and a reprompt');
  if (!(output.seconds <= RESPONSE_AUDIO_BUDGET_SECONDS))
    problems.push(
      `${output.seconds} s of audio, over the ${RESPONSE_AUDIO_BUDGET_SECONDS} s budget`,
    );
  for (const segment of output.segments) {
    if (!Number.isFinite(segment.seconds) || segment.seconds < 0)
      problems.push(`a segment of ${segment.seconds} s`);
    if (segment.kind === 'speech' && /undefined|NaN|\{\{|\[object/.test(segment.text))
      problems.push(`speech leaks: ${segment.text}`);
  }
  // Safety content is never optional: nothing is pressed before the safety check has its answer.
  if (!next.state.memory.safetyHeard && output.segments.some((s) => s.kind === 'silence'))
    problems.push('timed guidance before the safety check was answered');
  const lost = notJson(next.state);
  if (lost.length > 0) problems.push(`the state holds what JSON drops: ${lost.join(', ')}`);
  if (next.state.run) {
    const stored = json(next.state.run);
    if (!isDeepStrictEqual(json(restoreRun(stored) ?? null), stored))
      problems.push(`restoreRun does not give the run back: ${JSON.stringify(next.state.run)}`);
  }
  return problems;
}

describe('the routine engine under random events', () => {
  it('answers any sequence without throwing, and every state it makes can be stored and restored', () => {
    let transitions = 0;
    fc.assert(
      fc.property(memoryArb, movesArb, (memory, moves) => {
        let state = initialState(memory);
        for (const [index, move] of moves.entries()) {
          const before = JSON.stringify(state);
          const next = apply(state, move);
          transitions += 1;
          const problems = problemsOf(before, state, next);
          if (problems.length > 0)
            throw new Error(
              `move ${index + 1} (${JSON.stringify(move)}):\n  ${problems.join('\n  ')}`,
            );
          state = next.state;
        }
      }),
      fuzzParameters(200, 0x5eed_0004),
    );
    if (process.env.FUZZ_DEBUG) console.log(transitions);
    expect(transitions).toBeGreaterThan(2000);
  }, 60_000);
});
