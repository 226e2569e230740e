import type { AplComponent, ContainerComponent } from '../../lambda/screens/document/apl';
import { routineScreen } from '../../lambda/screens/routine-step';
import { translatorFor } from '../../lambda/speech/i18n';
import { evaluate } from '../../tools/screens/expressions';

const t = translatorFor('en-US');

/** Two steps of the right foot, as one response plays them. */
const screen = routineScreen(t, {
  played: [
    {
      stepId: 'right-toes',
      phase: 'right-foot',
      stepNumber: 11,
      stepCount: 21,
      startMs: 2000,
      durationMs: 30000,
    },
    {
      stepId: 'right-ankle',
      phase: 'right-foot',
      stepNumber: 12,
      stepCount: 21,
      startMs: 32000,
      durationMs: 20000,
    },
  ],
  paused: false,
});
const payload = screen.datasources.payload;
const root = screen.document.mainTemplate.items[0] as ContainerComponent;

function all(component: AplComponent): AplComponent[] {
  const children =
    'items' in component && Array.isArray(component.items)
      ? component.items
      : 'item' in component && component.item
        ? [component.item]
        : [];
  return [component, ...children.flatMap(all)];
}
const components = all(root);

/** The device's clock at `elapsed` ms: the tick handler's SetValue commands, run in order. */
function at(elapsed: number) {
  const tick = root.handleTick![0]!;
  const binds: Record<string, unknown> = { now: 0, current: 0, progress: 0 };
  const context = () => ({
    payload,
    elapsedTime: elapsed,
    viewport: { shape: 'rectangle' },
    ...binds,
  });
  const running = evaluate(tick.when!, context());
  for (const command of tick.commands) {
    if (command.type === 'SetValue')
      binds[command.property] = evaluate(String(command.value), context());
  }
  const read = (value: string) => evaluate(value, context());
  const textWith = (part: string) =>
    components.find((c) => c.type === 'Text' && c.text.includes(part)) as { text: string };
  const bar = components.filter((c) => c.type === 'Frame' && c.style === 'bar');
  const rightFoot = components.filter(
    (c) => c.type === 'VectorGraphic' && c.parameters?.mirror === false,
  )[0] as unknown as { parameters: { lit: string } };
  return {
    running,
    label: read(textWith('.label').text),
    name: read(textWith('.name}').text),
    left: read(textWith('Time.format').text),
    litSegments: bar.filter((f) => read(String(f.opacity)) === 1).length,
    lit: read(rightFoot.parameters.lit),
  };
}

describe('the routine screen on the device clock', () => {
  it('counts down the first step while it plays', () => {
    expect(at(1000)).toMatchObject({
      running: true,
      label: 'Step 11 of 21',
      left: '0:31 left',
      litSegments: 0,
    });
    expect(at(17000)).toMatchObject({
      name: 'The toes',
      left: '0:15 left',
      litSegments: 5,
      lit: 'toe-tips',
    });
  });

  it('moves to the next step when its audio starts, map and all', () => {
    expect(at(40000)).toMatchObject({
      label: 'Step 12 of 21',
      name: 'Circles around the ankle',
      left: '0:12 left',
      litSegments: 4,
      lit: 'inner-ankle',
    });
    expect(at(52000)).toMatchObject({ left: '0:00 left', litSegments: 10 });
  });

  it('stops ticking a little after the last step', () => {
    expect(at(59000).running).toBe(true);
    expect(at(61000).running).toBe(false);
  });
});
