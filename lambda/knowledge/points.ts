import { AVOID_IN_PREGNANCY, NO_CAUTIONS, placeKeys } from './place-keys';
import type { AcupressurePoint, Cautions, Pressure, Technique } from './types';

interface PointSpec {
  id: string;
  code: string;
  pinyin: string;
  technique: Technique;
  pressure: Pressure;
  holdSeconds: number;
  cautions?: Cautions;
  neighbours: readonly string[];
}

// Pregnancy flags follow the points most often listed as forbidden in pregnancy (SP6, BL60, BL67).
const SPECS: readonly PointSpec[] = [
  {
    id: 'kidney-1',
    code: 'KI1',
    pinyin: 'Yongquan',
    technique: 'fingertip-circles',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['solar-plexus', 'ball-of-foot'],
  },
  {
    id: 'kidney-3',
    code: 'KI3',
    pinyin: 'Taixi',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['inner-ankle', 'kidney-6'],
  },
  {
    id: 'kidney-6',
    code: 'KI6',
    pinyin: 'Zhaohai',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['inner-ankle', 'kidney-3'],
  },
  {
    id: 'liver-2',
    code: 'LR2',
    pinyin: 'Xingjian',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['liver-3', 'big-toe'],
  },
  {
    id: 'liver-3',
    code: 'LR3',
    pinyin: 'Taichong',
    technique: 'fingertip-circles',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['liver-2', 'big-toe'],
  },
  {
    id: 'spleen-4',
    code: 'SP4',
    pinyin: 'Gongsun',
    technique: 'thumb-press',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['arch', 'inner-sole-edge'],
  },
  {
    id: 'spleen-6',
    code: 'SP6',
    pinyin: 'Sanyinjiao',
    technique: 'thumb-press',
    pressure: 'medium',
    holdSeconds: 60,
    cautions: AVOID_IN_PREGNANCY,
    neighbours: ['inner-ankle', 'kidney-3'],
  },
  {
    id: 'stomach-36',
    code: 'ST36',
    pinyin: 'Zusanli',
    technique: 'thumb-press',
    pressure: 'strong',
    holdSeconds: 60,
    neighbours: ['gallbladder-34'],
  },
  {
    id: 'stomach-41',
    code: 'ST41',
    pinyin: 'Jiexi',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['outer-ankle', 'inner-ankle'],
  },
  {
    id: 'stomach-44',
    code: 'ST44',
    pinyin: 'Neiting',
    technique: 'fingertip-circles',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['toe-tips-2-3', 'liver-3'],
  },
  {
    id: 'bladder-60',
    code: 'BL60',
    pinyin: 'Kunlun',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    cautions: AVOID_IN_PREGNANCY,
    neighbours: ['outer-ankle', 'heel'],
  },
  {
    id: 'bladder-62',
    code: 'BL62',
    pinyin: 'Shenmai',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['outer-ankle', 'bladder-60'],
  },
  {
    id: 'bladder-65',
    code: 'BL65',
    pinyin: 'Shugu',
    technique: 'fingertip-circles',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['outer-sole-edge', 'shoulder'],
  },
  {
    id: 'bladder-67',
    code: 'BL67',
    pinyin: 'Zhiyin',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    cautions: AVOID_IN_PREGNANCY,
    neighbours: ['outer-toes'],
  },
  {
    id: 'gallbladder-34',
    code: 'GB34',
    pinyin: 'Yanglingquan',
    technique: 'thumb-press',
    pressure: 'strong',
    holdSeconds: 60,
    neighbours: ['stomach-36'],
  },
  {
    id: 'gallbladder-40',
    code: 'GB40',
    pinyin: 'Qiuxu',
    technique: 'fingertip-circles',
    pressure: 'light',
    holdSeconds: 60,
    neighbours: ['outer-ankle', 'stomach-41'],
  },
  {
    id: 'gallbladder-41',
    code: 'GB41',
    pinyin: 'Zulinqi',
    technique: 'fingertip-circles',
    pressure: 'medium',
    holdSeconds: 60,
    neighbours: ['outer-toes', 'outer-sole-edge'],
  },
];

/** Well-known acupressure points of the foot, ankle and lower leg. */
export const POINTS: readonly AcupressurePoint[] = SPECS.map((spec) => ({
  id: spec.id,
  kind: 'point',
  code: spec.code,
  pinyin: spec.pinyin,
  foot: 'both',
  technique: spec.technique,
  pressure: spec.pressure,
  holdSeconds: spec.holdSeconds,
  cautions: spec.cautions ?? NO_CAUTIONS,
  neighbours: spec.neighbours,
  ...placeKeys('point', spec.id),
}));
