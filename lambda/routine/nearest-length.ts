import { statedMinutes } from './packer';
import { PLAN_LENGTHS } from './plans';
import type { PlanLength, Say } from './types';

/**
 * "A ten minute massage": the length whose stated minutes come nearest; the shorter one on a
 * tie, since a person who named a time has that much of it at most.
 */
export function nearestLength(minutes: number, say: Say): PlanLength {
  let best: PlanLength = 'quick';
  for (const length of PLAN_LENGTHS) {
    const off = Math.abs(statedMinutes(length, say) - minutes);
    if (off < Math.abs(statedMinutes(best, say) - minutes)) best = length;
  }
  return best;
}
