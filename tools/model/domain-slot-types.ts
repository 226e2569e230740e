import { knowledgeSlotTypes } from '../../lambda/knowledge';
import {
  postureSlotType,
  routineLengthSlotType,
  tenderZoneSlotType,
} from '../../lambda/routine/slot-types';
import { safetySignSlotType } from '../../lambda/safety/slot-type';
import type { SlotType } from './checks';

/**
 * Slot types whose ids and synonyms belong to the domain: the model holds a generated copy, so a
 * handler can never receive an id the domain does not know. `npm run sync:model` rewrites them;
 * the model test fails when the copy and the domain drift apart.
 */
export function domainSlotTypes(): SlotType[] {
  return [
    routineLengthSlotType(),
    postureSlotType(),
    tenderZoneSlotType(),
    ...knowledgeSlotTypes(),
    safetySignSlotType(),
  ] as SlotType[];
}
