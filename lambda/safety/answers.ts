import { PLACES } from '../knowledge/places';
import { RED_FLAGS } from '../knowledge/red-flags';
import type { Part } from '../knowledge/types';
import type { SafetyHit } from './types';

const RED_FLAG_KEYS = new Map(RED_FLAGS.map((flag) => [flag.id, flag.key]));

/** The places tradition keeps away from pregnancy, named in the pregnancy answer. */
// The points by name: the zones over them (the outer toes, the outer ankle) say so in their answers.
export const PREGNANCY_AVOIDED_PLACES = PLACES.filter(
  (place) => place.kind === 'point' && place.cautions.avoidInPregnancy,
);

/**
 * What is said for a sign, and nothing else: no point, no routine, no offer. An emergency ends in
 * "get help now", a doctor's sign in "see a doctor soon" (both with the region's emergency
 * number), a crisis in where to talk to someone now, pregnancy in the points it leaves out.
 */
export function safetyAnswer(hit: SafetyHit): Part[] {
  switch (hit.kind) {
    case 'crisis':
      return [{ key: 'safety:crisis.care' }, { key: 'safety:crisis.help' }];
    case 'pregnancy':
      return [
        { key: 'safety:pregnancy.none' },
        {
          key: 'safety:pregnancy.avoided',
          params: { places: { list: PREGNANCY_AVOIDED_PLACES.map((p) => ({ key: p.nameKey })) } },
        },
        { key: 'safety:pregnancy.ask' },
      ];
    case 'emergency':
    case 'doctor':
      return [
        { key: RED_FLAG_KEYS.get(hit.id) ?? `safety:sign.${hit.id}` },
        { key: hit.kind === 'emergency' ? 'knowledge:redFlag.now' : 'knowledge:redFlag.soon' },
      ];
  }
}

/** A red flag id from the knowledge base (a resolved slot id) as the hit it stands for. */
export function redFlagHit(id: string): SafetyHit | undefined {
  const flag = RED_FLAGS.find((f) => f.id === id);
  if (!flag) return undefined;
  return { kind: flag.urgency === 'now' ? 'emergency' : 'doctor', id: flag.id };
}
