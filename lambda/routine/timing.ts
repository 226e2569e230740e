import { estimateSpeechSeconds, speakingRateOf } from './speech-estimate';
import type { KeyRef, Say, Step, TimedStep } from './types';

/**
 * The timeline: what a step sounds like on the clock, independent of SSML. A renderer turns
 * speech into text and silence into chained `<break>`s (or one APL Silence component).
 */
export interface SpeechSegment {
  kind: 'speech';
  key: string;
  params?: Record<string, string | number>;
  text: string;
  seconds: number;
  /**
   * Starts a new part of its step (the press-and-rest after a toe is kneaded): a step too long for
   * one response is best cut just before it.
   */
  opensPart?: true;
}

export interface SilenceSegment {
  kind: 'silence';
  seconds: number;
}

export type TimelineSegment = SpeechSegment | SilenceSegment;

/** Silence kept on each side of an optional cue, so cues never run into each other. */
export const MIN_GAP_SECONDS = 1;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How finely an optional cue looks for a free moment near its time. */
const NEAR_STEP_SECONDS = 0.1;

/** Resolves nested key params first, so "{{foot}}" can itself be a translated word. */
export function resolve(
  ref: KeyRef,
  say: Say,
): { params?: Record<string, string | number>; text: string } {
  if (!ref.params) return { text: say(ref.key) };
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(ref.params)) {
    params[name] = typeof value === 'object' ? resolve(value, say).text : value;
  }
  return { params, text: say(ref.key, params) };
}

const SPOKEN_MEMO_LIMIT = 2000;
const spoken = new WeakMap<Say, Map<string, SpeechSegment>>();

/** The key and params of a sentence as one string (params are few and flat, or nested refs). */
function refId(ref: KeyRef): string {
  if (!ref.params) return ref.key;
  let id = ref.key;
  for (const [name, value] of Object.entries(ref.params)) {
    id += `|${name}=${typeof value === 'object' ? `(${refId(value)})` : String(value)}`;
  }
  return id;
}

/**
 * A sentence and its length. A locale's words are fixed, so each sentence is translated once per
 * translator: a response asks for the same few (phase openings, questions, prompts) turn after
 * turn. Segments are never changed once made, so one can be shared.
 */
export function speech(ref: KeyRef, say: Say): SpeechSegment {
  let bySay = spoken.get(say);
  const id = refId(ref);
  const known = bySay?.get(id);
  if (known) return known;
  const { params, text } = resolve(ref, say);
  const segment: SpeechSegment = {
    kind: 'speech',
    key: ref.key,
    ...(params ? { params } : {}),
    text,
    seconds: round(estimateSpeechSeconds(text, speakingRateOf(say))),
  };
  if (!bySay) spoken.set(say, (bySay = new Map()));
  if (bySay.size >= SPOKEN_MEMO_LIMIT) bySay.clear();
  bySay.set(id, segment);
  return segment;
}

export function silence(seconds: number): SilenceSegment {
  return { kind: 'silence', seconds: round(seconds) };
}

export function timelineSeconds(segments: readonly TimelineSegment[]): number {
  return round(segments.reduce((sum, s) => sum + s.seconds, 0));
}

interface Placed {
  start: number;
  segment: SpeechSegment;
}

class Clock {
  readonly placed: Placed[] = [];

  private overlaps(start: number, end: number, gap: number): Placed | undefined {
    return this.placed.find(
      (p) => start < p.start + p.segment.seconds + gap && p.start < end + gap,
    );
  }

  /**
   * Optional cues are dropped when they would crowd another; mandatory ones wait their turn.
   * Says whether the cue was placed.
   */
  place(start: number, segment: SpeechSegment, mandatory: boolean): boolean {
    let at = Math.max(0, start);
    const gap = mandatory ? 0 : MIN_GAP_SECONDS;
    for (let clash = this.overlaps(at, at + segment.seconds, gap); clash;) {
      if (!mandatory) return false;
      at = clash.start + clash.segment.seconds;
      clash = this.overlaps(at, at + segment.seconds, gap);
    }
    this.placed.push({ start: at, segment });
    return true;
  }

  /** An optional cue at the free moment nearest `start`, at most `within` seconds away. */
  placeNear(start: number, segment: SpeechSegment, within: number): void {
    for (let away = 0; away <= within; away += NEAR_STEP_SECONDS) {
      if (this.place(start + away, segment, false)) return;
      if (away > 0 && this.place(start - away, segment, false)) return;
    }
  }

  toSegments(nominal: number): TimelineSegment[] {
    const out: TimelineSegment[] = [];
    let t = 0;
    for (const p of [...this.placed].sort((a, b) => a.start - b.start)) {
      if (p.start > t + 0.0005) out.push(silence(p.start - t));
      out.push(p.segment);
      t = Math.max(t, p.start) + p.segment.seconds;
    }
    if (nominal > t + 0.0005) out.push(silence(nominal - t));
    return out;
  }
}

const cue = (name: string, say: Say) => speech({ key: `routine:cue.${name}` }, say);

function timedTimeline(step: TimedStep, say: Say): TimelineSegment[] {
  const clock = new Clock();
  const d = step.seconds;
  let t = 0;
  for (const ref of step.instruction) {
    const s = speech(ref, say);
    clock.place(t, s, true);
    t += s.seconds;
  }
  const { cues } = step;
  let workEnd = d;
  if (cues.end) {
    const end = cue(cues.end, say);
    workEnd = d - end.seconds;
    clock.place(workEnd, end, true);
  }
  if (cues.countdown) {
    for (let n = 5; n >= 1; n--) clock.place(workEnd - n, cue(`count.${n}`, say), true);
  }
  const rhythm = cues.rhythm;
  const alternating = (rhythm?.beats.length ?? 0) > 1;
  // A beat that moves on to the next item, or alternates, loses its meaning with one missing.
  const everyBeatCounts = alternating || rhythm?.spread !== undefined;
  let beatsFrom = t;
  if (rhythm?.lead) {
    const ending: SpeechSegment = { ...speech({ key: rhythm.lead.key }, say), opensPart: true };
    clock.place(t + rhythm.lead.seconds, ending, true);
    beatsFrom = t + rhythm.lead.seconds + ending.seconds;
  }
  // An alternation starts right after the instruction (or the lead), so its first word is
  // always "press"; so does a pace, so it is heard before the count-down of a short step.
  const firstCycle = alternating || rhythm?.afterInstruction ? beatsFrom + MIN_GAP_SECONDS : 0;
  const placeRhythm = () => {
    if (!rhythm) return;
    if (rhythm.spread) {
      const share = (workEnd - beatsFrom) / rhythm.spread;
      const beat = rhythm.beats[0]!;
      for (let item = 1; item < rhythm.spread; item++) {
        // Nudged, not dropped, where the count-down is already speaking.
        clock.placeNear(beatsFrom + item * share, speech({ key: beat.key }, say), share / 3);
      }
      return;
    }
    for (let cycle = firstCycle; cycle < d; cycle += rhythm.every) {
      for (const b of rhythm.beats) {
        const at = cycle + b.at;
        if (at > 0 && at < workEnd) clock.place(at, speech({ key: b.key }, say), false);
      }
    }
  };
  // An alternation ("press", "rest") or "next toe" loses its meaning with a beat missing, so its
  // beats come before "halfway" and "ten more seconds"; a single repeated beat gives way to them.
  if (everyBeatCounts) placeRhythm();
  if (cues.tenMore) clock.place(workEnd - 10, cue('tenMore', say), false);
  if (cues.halfway) {
    // Halfway through the pressing, not the whole step: in a hold the instruction (and any
    // kneading first) would put it barely into the pressing. It goes in the nearest gap of the
    // alternation rather than being dropped.
    if (alternating && rhythm) {
      clock.placeNear((firstCycle + workEnd) / 2, cue('halfway', say), rhythm.every);
    } else if (rhythm?.spread) {
      clock.placeNear(d / 2, cue('halfway', say), (workEnd - beatsFrom) / rhythm.spread / 2);
    } else {
      // Halfway through the exercise, which begins once the instruction has been said.
      clock.placeNear((t + workEnd) / 2, cue('halfway', say), 2);
    }
  }
  if (!everyBeatCounts) placeRhythm();
  return clock.toSegments(d);
}

/**
 * Steps are fixed data and a locale's words too, so a step's whole timeline is laid out once per
 * translator; segments are never changed afterwards, only sliced.
 */
const timelines = new WeakMap<Step, WeakMap<Say, readonly TimelineSegment[]>>();

function fullTimeline(step: Step, say: Say): readonly TimelineSegment[] {
  let bySay = timelines.get(step);
  const known = bySay?.get(say);
  if (known) return known;
  const full =
    step.kind === 'timed' ? timedTimeline(step, say) : step.instruction.map((r) => speech(r, say));
  if (!bySay) timelines.set(step, (bySay = new WeakMap()));
  bySay.set(say, full);
  return full;
}

/**
 * A step's timeline from `fromOffsetSec` on. Timed steps: instruction, then silence with cues,
 * totalling the nominal duration. Other steps: just their spoken words.
 * An offset inside a spoken cue keeps the whole cue (half a word helps nobody).
 */
export function buildTimeline(
  step: Step,
  fromOffsetSec: number,
  say: Say,
): readonly TimelineSegment[] {
  const full = fullTimeline(step, say);
  if (fromOffsetSec <= 0) return full;
  const out: TimelineSegment[] = [];
  let t = 0;
  for (const seg of full) {
    const end = t + seg.seconds;
    if (end > fromOffsetSec + 0.0005) {
      if (t >= fromOffsetSec || seg.kind === 'speech') out.push(seg);
      else out.push(silence(end - fromOffsetSec));
    }
    t = end;
  }
  return out;
}

/**
 * Takes at most `budgetSec` of audio from the front of a timeline. Cuts fall inside silences or
 * between segments, never inside speech, so the rest resumes exactly where this part stops.
 */
export function takeChunk(
  segments: readonly TimelineSegment[],
  budgetSec: number,
): { chunk: TimelineSegment[]; seconds: number; rest: TimelineSegment[] } {
  const chunk: TimelineSegment[] = [];
  let used = 0;
  let i = 0;
  for (; i < segments.length; i++) {
    const seg = segments[i]!;
    if (used + seg.seconds <= budgetSec + 0.0005) {
      chunk.push(seg);
      used += seg.seconds;
      continue;
    }
    const room = budgetSec - used;
    if (seg.kind === 'silence' && room >= 0.5) {
      chunk.push(silence(room));
      used += room;
      return {
        chunk,
        seconds: round(used),
        rest: [silence(seg.seconds - room), ...segments.slice(i + 1)],
      };
    }
    break;
  }
  return { chunk, seconds: round(used), rest: segments.slice(i) };
}

/**
 * Where a timeline that needs two responses is best cut: just before a segment that opens a new
 * part, so "shall we keep going?" falls between two things the person does rather than in the
 * middle of one. The latest such cut whose front fits `frontSec` and whose rest fits `restSec`;
 * undefined when there is none, and the caller cuts by the clock instead.
 */
export function cutBetweenParts(
  segments: readonly TimelineSegment[],
  frontSec: number,
  restSec: number,
): { chunk: TimelineSegment[]; seconds: number } | undefined {
  const total = timelineSeconds(segments);
  let best: { chunk: TimelineSegment[]; seconds: number } | undefined;
  let front = 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (front > frontSec + 0.0005) break;
    if (i > 0 && seg.kind === 'speech' && seg.opensPart && total - front <= restSec + 0.0005) {
      best = { chunk: segments.slice(0, i), seconds: round(front) };
    }
    front += seg.seconds;
  }
  return best;
}

/**
 * Splits a timeline into parts of at most `budgetSec`, balanced so no part is a tiny tail
 * (a 100 s step becomes two 50 s parts, not 90 + 10).
 */
export function splitIntoResponses(
  segments: readonly TimelineSegment[],
  budgetSec: number,
): TimelineSegment[][] {
  const parts: TimelineSegment[][] = [];
  let rest = [...segments];
  while (rest.length > 0) {
    const total = timelineSeconds(rest);
    const target = total <= budgetSec ? budgetSec : total / Math.ceil(total / budgetSec);
    const taken = takeChunk(rest, target);
    if (taken.chunk.length === 0) {
      // A lone speech segment longer than the budget: give it a response of its own.
      parts.push([rest[0]!]);
      rest = rest.slice(1);
      continue;
    }
    parts.push(taken.chunk);
    rest = taken.rest;
  }
  return parts;
}
