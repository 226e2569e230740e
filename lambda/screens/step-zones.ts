import type { FootView } from './foot-map/shapes';
import { viewOf } from './foot-map/shapes';
import type { PlayedStep } from './played-steps';

/**
 * The map's place for each kind of plan step (the step id without its foot), so the zone being
 * worked lights up. Warm-up steps, done standing or with the hands, light nothing.
 */
const PLAN_STEP_PLACES: Readonly<Record<string, string>> = {
  general: 'whole-sole',
  sole: 'whole-sole',
  toes: 'toe-tips',
  ankle: 'inner-ankle',
  finishing: 'top-of-foot',
  'finish-mat': 'whole-sole',
};

export interface StepPlace {
  /** The shape to light, if any. */
  placeId?: string;
  view: FootView;
  /** Which feet light up. */
  feet: { left: boolean; right: boolean };
}

/** Where a step is on the map, and on which foot (a foot phase names its foot). */
export function stepPlace(step: Pick<PlayedStep, 'stepId' | 'phase' | 'targetId'>): StepPlace {
  const kind = step.stepId.replace(/^(right|left)-/, '');
  const placeId = step.targetId ?? PLAN_STEP_PLACES[kind];
  const foot = step.phase === 'right-foot' ? 'right' : step.phase === 'left-foot' ? 'left' : 'both';
  return {
    ...(placeId ? { placeId } : {}),
    view: viewOf(placeId),
    feet: { left: foot !== 'right', right: foot !== 'left' },
  };
}
