import type { PlanLength } from './types';
import type { PostureId } from './postures';
import type { TenderZoneId } from './zones';

// Records keyed by the id unions: the compiler insists every posture and zone has synonyms.

/** An interaction-model slot type, as ASK JSON expects it. */
export interface SlotType {
  name: string;
  values: Array<{ id: string; name: { value: string; synonyms: string[] } }>;
}

const POSTURES: Record<PostureId, [string, ...string[]]> = {
  thigh: [
    'foot on my thigh',
    'on my thigh',
    'on the other thigh',
    'foot on the other thigh',
    'on my lap',
    'foot on my lap',
    'cross legged',
    'leg crossed',
    'with my leg crossed',
    'sitting with my leg bent',
    'thigh',
    'the first one',
    'foot on my other thigh',
    'on my other thigh',
    'my other thigh',
    'the other thigh',
    'on the thigh',
    'the first',
    'number one',
    'first',
    'on the other leg',
    'on my other leg',
    'the other leg',
    'over my knee',
    'crossed over my knee',
  ],
  'chair-seat': [
    'foot on a chair',
    'on the chair',
    'on a chair',
    'foot on the chair seat',
    'on the chair seat',
    'chair seat',
    'foot up on a chair',
    'foot on a stool',
    'on a stool',
    'the second one',
    'foot on a chair seat',
    'on a chair seat',
    'a chair seat',
    'the chair seat',
    'on the seat',
    // A chair, sitting, a sofa: the seat is the easiest way to sit, and the routine's own choice.
    'chair',
    'the chair',
    'a chair',
    'sitting on a chair',
    'in a chair',
    'seat',
    'the seat',
    'on the sofa',
    'on the couch',
    'sofa',
    'couch',
    'on the stool',
    'stool',
    'in an armchair',
    'sitting',
    'i am sitting',
    'sitting down',
    'i am sitting down',
    'i am on a chair',
    'i do not mind',
    'you choose',
    'you pick',
    'whatever is easiest',
    'whichever is easiest',
    'the easiest one',
    'the easiest',
    'any of them',
    'number two',
    'second',
    'the second',
    'on the seat of the chair',
    'on the seat of a chair',
    'the seat of the chair',
    'seat of a chair',
    'up on a chair',
    'on a footstool',
  ],
  'chair-edge': [
    'half sitting',
    'on the edge of a chair',
    'on the chair edge',
    'chair edge',
    'edge of the chair',
    'half sitting on a chair',
    'perched on a chair',
    'on the edge',
    'the third one',
    'the edge of a chair',
    'the edge of the chair',
    'edge of a chair',
    'on the edge of the chair',
    'half sitting on the edge of a chair',
    'half sitting on the edge',
    'sitting on the edge',
    'the chair edge',
    'the edge',
    'number three',
    'the third',
    'on the edge of my chair',
    'edge of my chair',
    'perched on the edge',
    'perched on the edge of a chair',
    'perched on the edge of the chair',
    'half sit',
    'half sit on the edge',
    'half sit on the edge of a chair',
    'half sit on the edge of the chair',
  ],
  lying: [
    'lying down',
    'lying',
    'lying on my back',
    'on my back',
    'in bed',
    'on the bed',
    'on the floor',
    'leg raised',
    'lying with my leg up',
    'the last one',
    'the fourth one',
    'lying on my back with my leg raised',
    'lying on my back with my leg raised and bent',
    'on my back with my leg raised',
    'leg raised and bent',
    'lie down',
    'lying on the floor',
    'number four',
    'the fourth',
    'with my leg up',
    'my leg up',
    'lying back',
    'the last',
    'i am lying down',
    'i am in bed',
  ],
};

const ZONES: Record<TenderZoneId, [string, ...string[]]> = {
  'big-toe': [
    'big toe',
    'my big toe',
    'under the big toe',
    'the big toe',
    'great toe',
    'thumb toe',
  ],
  'toe-tips-2-3': [
    'second toe',
    'third toe',
    'middle toes',
    'the middle toes',
    'second and third toes',
    'tips of my toes',
    'toe tips',
  ],
  'outer-toes': [
    'little toe',
    'pinky toe',
    'my little toe',
    'fourth toe',
    'outer toes',
    'the small toes',
    'baby toe',
  ],
  'toe-base': [
    'base of my toes',
    'base of the toes',
    'under my toes',
    'under the toes',
    'where the toes start',
    'toe joints',
  ],
  'ball-of-foot': [
    'ball of my foot',
    'ball of the foot',
    'the ball',
    'under the ball',
    'front of the sole',
    'pad of my foot',
    'forefoot',
  ],
  arch: [
    'the arch',
    'my arch',
    'arch of my foot',
    'middle of my sole',
    'middle of the sole',
    'the hollow',
  ],
  'inner-sole-edge': [
    'inner edge',
    'inside edge',
    'inner side of my foot',
    'inside of my foot',
    'inner sole',
    'along the inside',
  ],
  'outer-sole-edge': [
    'outer edge',
    'outside edge',
    'outer side of my foot',
    'outside of my foot',
    'along the outside',
    'side of my foot',
  ],
  heel: ['heel', 'my heel', 'the heel', 'under the heel', 'back of my foot', 'heel pad'],
  'inner-ankle': [
    'inner ankle',
    'inside of my ankle',
    'inside ankle',
    'ankle bone on the inside',
    'inner ankle bone',
  ],
  'outer-ankle': [
    'outer ankle',
    'outside of my ankle',
    'outside ankle',
    'ankle bone on the outside',
    'my ankle',
    'ankle',
  ],
  'top-of-foot': ['top of my foot', 'top of the foot', 'the top', 'upper foot', 'on top', 'instep'],
};

function slotType(name: string, table: Record<string, [string, ...string[]]>): SlotType {
  return {
    name,
    values: Object.entries(table).map(([id, [value, ...synonyms]]) => ({
      id,
      name: { value, synonyms },
    })),
  };
}

// How people name a routine's length; "five minute" and "half hour" are the plans' rough lengths.
const LENGTHS: Record<PlanLength, [string, ...string[]]> = {
  quick: ['quick', 'short', 'fast', 'five minute', 'brief', 'little', 'mini', 'shorter'],
  standard: ['standard', 'normal', 'regular', 'usual', 'fifteen minute', 'medium', 'full'],
  thorough: [
    'thorough',
    'long',
    'longer',
    'deep',
    'twenty five minute',
    'complete',
    'extended',
    'relaxing long',
    'half hour',
  ],
};

/** The plans' lengths, for the interaction model (`RoutineLengthType`). */
export function routineLengthSlotType(): SlotType {
  return slotType('RoutineLengthType', LENGTHS);
}

/** The four positions, for the interaction model (`PostureType`). */
export function postureSlotType(): SlotType {
  return slotType('PostureType', POSTURES);
}

/** The tender zones, for the interaction model (`TenderZoneType`). Ids are the engine's zone ids. */
export function tenderZoneSlotType(): SlotType {
  return slotType('TenderZoneType', ZONES);
}
