import { button, column, disclaimer, footMap, screenDocument, text } from './document/frame';
import type { AplComponent, Command, TickHandler } from './document/apl';
import type { PlayedStep } from './played-steps';
import type { Screen, ScreenText } from './screen';
import { heading, stepNameKey } from './step-names';
import { stepPlace } from './step-zones';

/** The routine's touch controls; each id names the routine event the spoken command sends. */
export const ROUTINE_BUTTONS = ['pause', 'previous', 'next', 'resume'] as const;
export type RoutineButton = (typeof ROUTINE_BUTTONS)[number];

/** Segments of the progress bar: each lights as the step passes it. */
const BAR_SEGMENTS = 10;
/** The screen stays on this long past the last step, for the closing question. */
const SCREEN_LOCK_TAIL_MS = 8000;

export interface RoutineScreenInput {
  /** Steps this response plays, in order; empty when nothing plays (paused, at a question). */
  played: readonly PlayedStep[];
  /** Where the run stands when nothing plays. */
  standing?: PlayedStep;
  paused: boolean;
}

const STEP = 'payload.steps[current]';

const control = (label: string, id: RoutineButton, extra = {}) =>
  button(label, ['routine', id], extra);

/** Which step is playing at `clock` ms: the number of later steps already started. */
function indexExpression(steps: readonly PlayedStep[], clock: string): string {
  const terms = steps.slice(1).map((s) => `(${clock} >= ${s.startMs} ? 1 : 0)`);
  return terms.length ? terms.join(' + ') : '0';
}

export function routineScreen(t: ScreenText, input: RoutineScreenInput): Screen {
  const steps = input.played.length ? input.played : input.standing ? [input.standing] : [];
  const rows = steps.map((step) => {
    const place = stepPlace(step);
    const lit = place.placeId ?? '';
    const foot =
      step.phase === 'right-foot' || step.phase === 'left-foot'
        ? t(`screens:feet.${step.phase === 'right-foot' ? 'right' : 'left'}`)
        : '';
    return {
      name: heading(t(stepNameKey(step))),
      label: t('screens:routine.stepOf', { number: step.stepNumber, count: step.stepCount }),
      foot,
      view: place.view,
      left: place.feet.left ? lit : '',
      right: place.feet.right ? lit : '',
      startMs: step.startMs,
      durationMs: step.durationMs,
    };
  });
  const timed = input.played.length > 0;
  const views = [...new Set(rows.map((r) => r.view))];
  if (views.length === 0) views.push('sole');
  const endMs = Math.max(0, ...input.played.map((s) => s.startMs + s.durationMs));
  const index = indexExpression(input.played, 'elapsedTime');
  const progress =
    `\${Math.min(1, Math.max(0, (elapsedTime - payload.steps[${index}].startMs) / ` +
    `Math.max(1, payload.steps[${index}].durationMs)))}`;
  const tick: TickHandler = {
    minimumDelay: 1000,
    when: `\${elapsedTime < ${endMs + SCREEN_LOCK_TAIL_MS}}`,
    commands: [
      { type: 'SetValue', property: 'now', value: '${elapsedTime}' },
      { type: 'SetValue', property: 'current', value: `\${${index}}` },
      { type: 'SetValue', property: 'progress', value: progress },
    ],
  };
  const bar: AplComponent = {
    type: 'Container',
    direction: 'row',
    display: timed ? 'normal' : 'none',
    items: Array.from({ length: BAR_SEGMENTS }, (_, i) => ({
      type: 'Frame' as const,
      style: 'bar',
      ...(i > 0 ? { spacing: '0.6vw' } : {}),
      opacity: `\${progress >= ${((i + 0.5) / BAR_SEGMENTS).toFixed(3)} ? 1 : 0.25}`,
    })),
  };
  const controls: AplComponent = {
    type: 'Container',
    direction: 'row',
    paddingTop: '1vh',
    items: [
      input.paused
        ? control('${payload.text.resume}', 'resume')
        : control('${payload.text.pause}', 'pause'),
      control('${payload.text.back}', 'previous', { spacing: '1vw' }),
      control('${payload.text.next}', 'next', { spacing: '1vw' }),
    ],
  };
  const onMount: Command[] | undefined = timed
    ? [{ type: 'Idle', delay: endMs + SCREEN_LOCK_TAIL_MS, screenLock: true }]
    : undefined;
  const document = screenDocument(
    [
      footMap({ view: `${STEP}.view`, left: `${STEP}.left`, right: `${STEP}.right` }, views),
      column([
        text(`\${${STEP}.label}`, 'small'),
        text(`\${${STEP}.name}`, 'title'),
        text(`\${${STEP}.foot}`, 'body'),
        bar,
        text(
          `\${Time.format('m:ss', Math.max(0, ${STEP}.startMs + ${STEP}.durationMs - now))} \${payload.text.left}`,
          'body',
          { display: timed ? 'normal' : 'none' },
        ),
        controls,
        disclaimer(),
      ]),
    ],
    views,
    onMount,
    {
      bind: [
        { name: 'now', value: 0, type: 'number' },
        { name: 'current', value: 0, type: 'number' },
        { name: 'progress', value: 0, type: 'number' },
      ],
      ...(timed ? { handleTick: [tick] } : {}),
    },
    new Set(rows.flatMap((r) => [r.left, r.right]).filter(Boolean)),
  );
  const text_ = {
    disclaimer: t('screens:disclaimer'),
    left: t('screens:routine.left'),
    pause: t('screens:routine.buttons.pause'),
    resume: t('screens:routine.buttons.resume'),
    back: t('screens:routine.buttons.back'),
    next: t('screens:routine.buttons.next'),
  };
  return {
    name: 'routine-step',
    document,
    datasources: { payload: { text: text_, steps: rows } },
  };
}
