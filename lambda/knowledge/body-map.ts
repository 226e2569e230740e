import type { Part } from './types';

interface BodyPartSpec {
  id: string;
  /** The first phrase becomes the slot value, the rest its synonyms. */
  say: readonly string[];
  /** The zone of the knowledge base the tradition links it with. */
  zone: string;
}

// The map the zones' own "linked" sentences describe, read the other way round.
const SPECS: readonly BodyPartSpec[] = [
  { id: 'head', say: ['head', 'the head', 'my head', 'brain', 'the brain'], zone: 'big-toe' },
  {
    id: 'eyes',
    say: ['eyes', 'the eyes', 'my eyes', 'eye', 'my eye', 'eyesight'],
    zone: 'toe-tips-2-3',
  },
  {
    id: 'ears',
    say: ['ears', 'the ears', 'my ears', 'ear', 'my ear', 'hearing'],
    zone: 'outer-toes',
  },
  {
    id: 'sinuses',
    say: ['sinuses', 'the sinuses', 'my sinuses', 'sinus', 'nose', 'my nose'],
    zone: 'toe-tips',
  },
  { id: 'neck', say: ['neck', 'the neck', 'my neck', 'throat', 'my throat'], zone: 'toe-base' },
  {
    id: 'shoulders',
    say: ['shoulders', 'the shoulders', 'my shoulders', 'shoulder', 'my shoulder'],
    zone: 'shoulder',
  },
  { id: 'chest', say: ['chest', 'the chest', 'my chest'], zone: 'ball-of-foot' },
  { id: 'lungs', say: ['lungs', 'the lungs', 'my lungs', 'lung'], zone: 'ball-of-foot' },
  {
    id: 'stomach',
    say: ['stomach', 'the stomach', 'my stomach', 'tummy', 'my tummy', 'belly'],
    zone: 'arch',
  },
  {
    id: 'bowels',
    say: ['bowels', 'the bowels', 'my bowels', 'bowel', 'intestines', 'gut', 'my gut'],
    zone: 'arch',
  },
  { id: 'spine', say: ['spine', 'the spine', 'my spine', 'backbone'], zone: 'inner-sole-edge' },
  {
    id: 'lower-back',
    say: ['lower back', 'the lower back', 'my lower back', 'my back', 'back'],
    zone: 'heel',
  },
  { id: 'pelvis', say: ['pelvis', 'the pelvis', 'my pelvis'], zone: 'heel' },
  {
    id: 'sciatic-nerve',
    say: ['sciatic nerve', 'the sciatic nerve', 'my sciatic nerve'],
    zone: 'heel',
  },
  { id: 'arms', say: ['arms', 'the arms', 'my arms', 'arm', 'my arm'], zone: 'outer-sole-edge' },
  {
    id: 'knees',
    say: ['knees', 'the knees', 'my knees', 'knee', 'my knee'],
    zone: 'outer-sole-edge',
  },
  { id: 'hips', say: ['hips', 'the hips', 'my hips', 'hip', 'my hip'], zone: 'outer-sole-edge' },
  {
    id: 'womb',
    say: ['womb', 'the womb', 'my womb', 'uterus', 'reproductive organs'],
    zone: 'inner-ankle',
  },
];

export interface BodyPart {
  id: string;
  synonyms: readonly string[];
  zone: string;
  nameKey: string;
}

/** "Which part of my foot is linked to my eyes": each body part and the zone tradition links. */
export const BODY_PARTS: readonly BodyPart[] = SPECS.map((spec) => ({
  id: spec.id,
  synonyms: spec.say,
  zone: spec.zone,
  nameKey: `knowledge:bodyPart.${spec.id}`,
}));

/** The zone for a body part, said as "traditionally, your eyes are linked with ...". */
export function bodyPartAnswer(id: string): { zone: string; parts: Part[] } | undefined {
  const part = BODY_PARTS.find((p) => p.id === id);
  if (!part) return undefined;
  return {
    zone: part.zone,
    parts: [
      {
        key: 'knowledge:bodyMap.part',
        params: { part: { key: part.nameKey }, zone: { key: `knowledge:zone.${part.zone}.name` } },
      },
      { key: `knowledge:zone.${part.zone}.where` },
    ],
  };
}
