import { AVOID_IN_PREGNANCY, NO_CAUTIONS, placeKeys } from './place-keys';
import type { Cautions, Foot, Place, Pressure, Technique } from './types';

interface ZoneSpec {
  id: string;
  foot?: Foot;
  technique: Technique;
  pressure: Pressure;
  holdSeconds: number;
  neighbours: readonly string[];
  /** A zone over a point kept from pregnancy carries that point's caution too. */
  cautions?: Cautions;
}

// The toes are kneaded, never pressed hard (source); the sole takes deeper work.
const SPECS: readonly ZoneSpec[] = [
  {
    id: 'big-toe',
    technique: 'kneading',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['toe-base', 'toe-tips'],
  },
  {
    id: 'toe-tips-2-3',
    technique: 'kneading',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['big-toe', 'outer-toes'],
  },
  {
    id: 'outer-toes',
    technique: 'kneading',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['toe-tips-2-3', 'shoulder'],
    // Reaching Yin (BL67) lies at the little toe's nail.
    cautions: AVOID_IN_PREGNANCY,
  },
  {
    id: 'toe-tips',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['big-toe', 'toe-tips-2-3'],
  },
  {
    id: 'toe-base',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['big-toe', 'shoulder'],
  },
  {
    id: 'shoulder',
    technique: 'thumb-press',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['toe-base', 'outer-toes'],
  },
  {
    id: 'ball-of-foot',
    technique: 'thumb-walk',
    pressure: 'medium',
    holdSeconds: 90,
    neighbours: ['solar-plexus', 'toe-base'],
  },
  {
    id: 'solar-plexus',
    technique: 'thumb-press',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['ball-of-foot', 'arch'],
  },
  {
    id: 'arch',
    technique: 'thumb-walk',
    pressure: 'medium',
    holdSeconds: 90,
    neighbours: ['solar-plexus', 'inner-sole-edge'],
  },
  {
    id: 'inner-sole-edge',
    technique: 'thumb-walk',
    pressure: 'medium',
    holdSeconds: 90,
    neighbours: ['heel', 'toe-base'],
  },
  {
    id: 'heel',
    technique: 'knuckle-strokes',
    pressure: 'strong',
    holdSeconds: 60,
    neighbours: ['inner-sole-edge', 'outer-sole-edge'],
  },
  {
    id: 'outer-sole-edge',
    technique: 'thumb-walk',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['heel', 'shoulder'],
  },
  {
    id: 'inner-ankle',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['heel', 'inner-sole-edge'],
  },
  {
    id: 'outer-ankle',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['heel', 'outer-sole-edge'],
    // Kunlun Mountains (BL60) lies behind the outer ankle bone.
    cautions: AVOID_IN_PREGNANCY,
  },
  {
    id: 'whole-sole',
    technique: 'knuckle-strokes',
    pressure: 'medium',
    holdSeconds: 120,
    neighbours: ['arch', 'heel'],
  },
];

/** Zones of the traditional foot reflexology map. */
export const ZONES: readonly Place[] = SPECS.map((spec) => ({
  id: spec.id,
  kind: 'zone',
  foot: spec.foot ?? 'both',
  technique: spec.technique,
  pressure: spec.pressure,
  holdSeconds: spec.holdSeconds,
  cautions: spec.cautions ?? NO_CAUTIONS,
  neighbours: spec.neighbours,
  ...placeKeys('zone', spec.id),
}));
