import { findPlace } from '../knowledge';
import { isTenderZoneId, zoneTarget } from '../routine/zones';
import type { PlayedStep } from './played-steps';

/** The locale key of a step's short name, from its id: a hold is named by its place. */
export function stepNameKey(step: Pick<PlayedStep, 'stepId' | 'targetId'>): string {
  if (step.targetId) {
    const place = findPlace(step.targetId);
    if (place) return place.nameKey;
    if (isTenderZoneId(step.targetId)) return zoneTarget(step.targetId).nameKey;
  }
  const kind = step.stepId.replace(/^(right|left)-/, '').replace(/^(warm-up|finish)-/, '');
  const special: Record<string, string> = {
    'warm-hands': 'hands',
    'finish-close': 'finish-close',
    'hold-close': 'hold-close',
  };
  return `routine:steps.${special[step.stepId] ?? kind}.name`;
}

/** "the toes" → "The toes": a heading starts with a capital. */
export function heading(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
