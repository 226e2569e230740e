import { routine } from '../support/en-us-words';
import {
  buildTimeline,
  resolveKeyRef,
  cutBetweenParts,
  estimateSpeechSeconds,
  holdSteps,
  HOLD_INTRO_SECONDS,
  PLAN_LENGTHS,
  planDurationSeconds,
  planFor,
  RESPONSE_AUDIO_BUDGET_SECONDS,
  splitIntoResponses,
  TENDER_ZONE_IDS,
  timelineSeconds,
  zoneTarget,
  type Step,
  type TimedStep,
  type TimelineSegment,
} from '../../lambda/routine';
import { say } from './say';

const timedSteps = (steps: readonly Step[]) =>
  steps.filter((s): s is TimedStep => s.kind === 'timed');

const allHolds = TENDER_ZONE_IDS.flatMap((zone, i) =>
  timedSteps(holdSteps(zoneTarget(zone), i + 1, 'hold')),
);

const cases: Array<[string, TimedStep]> = [
  ...PLAN_LENGTHS.flatMap((length) =>
    timedSteps(planFor(length).steps).map((s): [string, TimedStep] => [`${length} ${s.id}`, s]),
  ),
  ...allHolds.map((s): [string, TimedStep] => [`hold ${s.id}`, s]),
];

const speechOf = (segments: readonly TimelineSegment[]) =>
  segments.filter((s) => s.kind === 'speech').map((s) => (s.kind === 'speech' ? s.text : ''));

describe('speech estimate', () => {
  it('reads 150 words a minute, ignoring punctuation', () => {
    expect(estimateSpeechSeconds('one two three four five')).toBeCloseTo(2);
    expect(estimateSpeechSeconds('Halfway.')).toBeCloseTo(0.4);
    expect(estimateSpeechSeconds('  ')).toBe(0);
    expect(estimateSpeechSeconds('Press — and rest.')).toBeCloseTo(1.2);
  });
});

describe('timeline of every timed step', () => {
  it.each(cases)('%s lasts its nominal duration within 5 %', (_name, step) => {
    const total = timelineSeconds(buildTimeline(step, 0, say));
    expect(Math.abs(total - step.seconds) / step.seconds).toBeLessThanOrEqual(0.05);
  });

  it.each(cases)('%s starts with its instruction and keeps its closing words', (_name, step) => {
    const tl = buildTimeline(step, 0, say);
    expect(tl[0]?.kind).toBe('speech');
    const words = speechOf(tl);
    expect(words[words.length - 1]).toMatch(/^And (release|relax)\.$/);
    expect(words).toEqual(expect.arrayContaining(['Five.', 'Four.', 'Three.', 'Two.', 'One.']));
  });

  it.each(cases)('%s has short cues and real silence between them', (_name, step) => {
    const tl = buildTimeline(step, 0, say);
    const instructionCount = step.instruction.length;
    const cues = tl.filter((s) => s.kind === 'speech').slice(instructionCount);
    for (const cue of cues) {
      if (cue.kind === 'speech') expect(cue.text.split(/\s+/).length).toBeLessThanOrEqual(4);
    }
    const silence = tl.reduce((sum, s) => sum + (s.kind === 'silence' ? s.seconds : 0), 0);
    expect(silence).toBeGreaterThan(step.seconds * 0.3);
  });

  it('counts down in the last seconds, one number a second, then releases', () => {
    const step = timedSteps(planFor('standard').steps).find((s) => s.id === 'right-toes')!;
    const tl = buildTimeline(step, 0, say);
    let t = 0;
    const at: Record<string, number> = {};
    for (const s of tl) {
      if (s.kind === 'speech') at[s.text] = t;
      t += s.seconds;
    }
    expect(at['Four.']! - at['Five.']!).toBeCloseTo(1);
    expect(at['One.']! - at['Two.']!).toBeCloseTo(1);
    expect(at['And release.']!).toBeGreaterThan(step.seconds - 2);
    // Nudged off a "next toe" rather than dropped.
    expect(Math.abs(at['Halfway.']! - step.seconds / 2)).toBeLessThanOrEqual(2);
    expect(at['Ten more seconds.']!).toBeCloseTo(step.seconds - 0.8 - 10, 0);
  });

  it.each(PLAN_LENGTHS)('%s: gives every toe its fair share, the big toe too', (length) => {
    const step = timedSteps(planFor(length).steps).find((s) => s.id === 'right-toes')!;
    const heard: Array<{ text: string; at: number }> = [];
    let t = 0;
    for (const seg of buildTimeline(step, 0, say)) {
      if (seg.kind === 'speech') heard.push({ text: seg.text, at: t + seg.seconds });
      t += seg.seconds;
    }
    // From the end of the instruction to the release, "next toe" four times for five toes.
    const starts = [
      heard[step.instruction.length - 1]!.at,
      ...heard.filter((h) => h.text === routine.cue.nextToe).map((h) => h.at),
    ];
    const release = heard.find((h) => h.text === routine.cue.release)!.at;
    expect(starts).toHaveLength(5);
    const shares = [...starts.slice(1), release].map((end, i) => end - starts[i]!);
    const fair = (release - starts[0]!) / 5;
    for (const share of shares) expect(share).toBeGreaterThanOrEqual(fair * 0.7);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(4);
  });

  it.each(PLAN_LENGTHS)("%s: shows the circles' pace as soon as they begin", (length) => {
    const step = timedSteps(planFor(length).steps).find((s) => s.id === 'left-ankle')!;
    const tl = buildTimeline(step, 0, say);
    const said = speechOf(tl);
    const first = said.findIndex((w) => w.startsWith('Circle'));
    expect(first).toBe(step.instruction.length);
    // Only the silence before it stands between the instruction and the pace.
    const gap = tl.slice(
      step.instruction.length,
      tl.indexOf(tl.find((s) => s.kind === 'speech' && s.text.startsWith('Circle'))!),
    );
    expect(timelineSeconds(gap)).toBeLessThanOrEqual(2);
  });

  it('paces fingertip circles at two turns a second on the ankle', () => {
    const step = timedSteps(planFor('standard').steps).find((s) => s.id === 'left-ankle')!;
    const circles = speechOf(buildTimeline(step, 0, say)).filter((w) => w.startsWith('Circle'));
    expect(circles.length).toBeGreaterThanOrEqual(2);
    // Four "circle"s spoken at 150 wpm take 1.6 s: about the two-a-second rhythm.
    expect(estimateSpeechSeconds(circles[0]!) / 4).toBeCloseTo(0.4);
  });

  it('alternates pressure and rest in a tender-spot hold', () => {
    const words = speechOf(buildTimeline(allHolds[0]!, 0, say));
    const beats = words.filter((w) => w === 'Press, and circle.' || w === 'And rest.');
    expect(beats.length).toBeGreaterThanOrEqual(4);
    expect(beats).toContain('Press, and circle.');
    expect(beats).toContain('And rest.');
  });

  it('says "halfway" near the middle of the pressing, in every hold and its neighbour', () => {
    const kneadedFirst = TENDER_ZONE_IDS.flatMap((zone, i) =>
      timedSteps(
        holdSteps({ ...zoneTarget(zone), techniqueKey: 'routine:hold.how' }, i + 1, 'hold'),
      ),
    );
    for (const hold of [...allHolds, ...kneadedFirst]) {
      const heard: Array<{ text: string; at: number }> = [];
      let t = 0;
      for (const seg of buildTimeline(hold, 0, say)) {
        if (seg.kind === 'speech') heard.push({ text: seg.text, at: t });
        t += seg.seconds;
      }
      const firstPress = heard.find((h) => h.text === routine.cue.press)!.at;
      const release = heard.find((h) => h.text === routine.cue.release)!.at;
      const halfway = heard.find((h) => h.text === routine.cue.halfway);
      expect({ hold: hold.id, halfway: halfway !== undefined }).toEqual({
        hold: hold.id,
        halfway: true,
      });
      // Within a press-and-rest cycle of the true middle.
      expect(Math.abs(halfway!.at - (firstPress + release) / 2)).toBeLessThanOrEqual(8);
    }
  });

  it('leaves every tender-spot hold at least a minute of pressing after its introduction', () => {
    for (const zone of TENDER_ZONE_IDS) {
      const [hold, neighbour] = holdSteps(zoneTarget(zone), 1, 'hold');
      const intro = hold!.instruction
        .map((r) => estimateSpeechSeconds(resolveKeyRef(r, say).text))
        .reduce((a, b) => a + b, 0);
      expect(intro).toBeLessThanOrEqual(HOLD_INTRO_SECONDS);
      expect(hold!.seconds - intro).toBeGreaterThanOrEqual(60);
      expect(neighbour!.id).toContain(zoneTarget(zone).neighbour!.id);
    }
  });
});

describe('timeline from an offset', () => {
  it.each(cases.filter((_, i) => i % 3 === 0))(
    '%s resumes exactly where it stopped',
    (_n, step) => {
      const full = buildTimeline(step, 0, say);
      const total = timelineSeconds(full);
      let t = 0;
      for (const seg of full) {
        if (seg.kind === 'silence' && seg.seconds > 1) {
          const offset = t + seg.seconds / 2;
          const rest = buildTimeline(step, offset, say);
          expect(timelineSeconds(rest)).toBeCloseTo(total - offset, 2);
          expect(speechOf(rest)).toEqual(
            speechOf(full).slice(speechOf(full.slice(0, full.indexOf(seg))).length),
          );
        }
        t += seg.seconds;
      }
    },
  );

  it('replays a whole sentence rather than starting mid-word', () => {
    const step = cases[0]![1];
    const rest = buildTimeline(step, 1, say);
    expect(rest[0]).toEqual(buildTimeline(step, 0, say)[0]);
  });
});

describe('splitting into responses', () => {
  const longHold = holdSteps({ ...zoneTarget('heel'), holdSeconds: 300 }, 1, 'hold')[0]!;

  it('never makes a part longer than the response budget and loses nothing', () => {
    for (const [, step] of [...cases, ['long', longHold] as [string, Step]]) {
      const tl = buildTimeline(step, 0, say);
      const parts = splitIntoResponses(tl, RESPONSE_AUDIO_BUDGET_SECONDS);
      for (const part of parts) {
        expect(timelineSeconds(part)).toBeLessThanOrEqual(RESPONSE_AUDIO_BUDGET_SECONDS + 0.01);
      }
      expect(timelineSeconds(parts.flat())).toBeCloseTo(timelineSeconds(tl), 1);
      expect(speechOf(parts.flat())).toEqual(speechOf(tl));
    }
  });

  it('balances parts instead of leaving a tiny tail', () => {
    const parts = splitIntoResponses(buildTimeline(longHold, 0, say), 90);
    const lengths = parts.map(timelineSeconds);
    expect(parts.length).toBe(Math.ceil(longHold.seconds / 90));
    expect(Math.min(...lengths)).toBeGreaterThan(45);
  });
});

describe('cutting a step between its parts', () => {
  // Any sentence will do as the technique: only its place in the step matters here.
  const kneaded = holdSteps(
    { ...zoneTarget('heel'), techniqueKey: 'routine:hold.how' },
    1,
    'hold',
  )[0]!;
  const timeline = buildTimeline(kneaded, 0, say);
  const total = timelineSeconds(timeline);
  const silenceOf = (segments: readonly TimelineSegment[]) =>
    timelineSeconds(segments.filter((s) => s.kind === 'silence'));

  it('cuts a kneaded hold after the kneading, with all of the pressing after the cut', () => {
    const cut = cutBetweenParts(timeline, 80, 80)!;
    expect(cut).toBeDefined();
    const rest = timeline.slice(cut.chunk.length);
    expect(speechOf(cut.chunk)).not.toContain(routine.cue.press);
    expect(silenceOf(cut.chunk)).toBeGreaterThanOrEqual(15);
    expect(speechOf(rest)[0]).toBe(routine.cue.tenderest);
    expect(speechOf(rest)).toContain(routine.cue.press);
    expect(cut.seconds + timelineSeconds(rest)).toBeCloseTo(total, 2);
  });

  it('does not cut where the rest would still need more than one response', () => {
    const cut = cutBetweenParts(timeline, 80, 80)!;
    expect(cutBetweenParts(timeline, 80, total - cut.seconds - 1)).toBeUndefined();
  });

  it('does not cut where the front would not fit', () => {
    const cut = cutBetweenParts(timeline, 80, 80)!;
    expect(cutBetweenParts(timeline, cut.seconds - 1, 80)).toBeUndefined();
  });

  it('finds no part to cut at in a hold pressed from the start', () => {
    const plain = holdSteps(zoneTarget('heel'), 1, 'hold')[0]!;
    expect(cutBetweenParts(buildTimeline(plain, 0, say), 80, 80)).toBeUndefined();
  });
});

describe('plan lengths', () => {
  it('are about 5, 15 and 25 minutes of timed guidance', () => {
    expect(planDurationSeconds('quick') / 60).toBeCloseTo(5, 0);
    expect(Math.abs(planDurationSeconds('standard') / 60 - 15)).toBeLessThan(1);
    expect(Math.abs(planDurationSeconds('thorough') / 60 - 25)).toBeLessThan(1);
  });

  it('give each foot at least three minutes in standard and thorough', () => {
    for (const length of ['standard', 'thorough'] as const) {
      for (const phase of ['right-foot', 'left-foot']) {
        const seconds = planFor(length)
          .steps.filter((s) => s.phase === phase)
          .reduce((sum, s) => sum + s.seconds, 0);
        expect(seconds).toBeGreaterThanOrEqual(180);
      }
    }
  });

  it('walk through every phase in the order of the source, the position asked when first needed', () => {
    const phases = planFor('standard').steps.map((s) => s.phase);
    const order = [...new Set(phases)];
    // The warm-up is done standing: the sitting position is chosen just before the right foot.
    expect(order).toEqual([
      'safety',
      'warm-up',
      'foot-bath',
      'posture',
      'right-foot',
      'left-foot',
      'finish',
    ]);
  });
});

describe('the halfway cue', () => {
  it('comes halfway through the exercise, which starts once its instruction is said', () => {
    const step = timedSteps(planFor('standard').steps).find((s) => s.id === 'warm-up-rise')!;
    let t = 0;
    const at: Record<string, number> = {};
    let instructionEnd = 0;
    for (const [i, s] of buildTimeline(step, 0, say).entries()) {
      if (s.kind === 'speech') at[s.text] = t;
      t += s.seconds;
      if (i === 0) instructionEnd = t;
    }
    const exerciseMiddle = (instructionEnd + step.seconds) / 2;
    expect(Math.abs(at['Halfway.']! - exerciseMiddle)).toBeLessThanOrEqual(2);
  });
});
