import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { findPlace, pregnancyWarning, type Place } from '../../knowledge';
import type { HoldTarget } from '../../routine/types';
import { isIntent } from '../intents';
import { runEvent } from '../routine';
import { turnOf } from '../turn';
import { GUIDE_OFFER } from './find-point';
import { closeSideAnswer, speak } from './side-answer';

const offered = (input: HandlerInput) => turnOf(input).session.pending?.kind === GUIDE_OFFER;

/** A knowledge place as the routine's hold target: the hold reuses the routine's timing. */
export function holdTargetOf(place: Place): HoldTarget {
  const neighbour = place.neighbours.map((id) => findPlace(id)).find((p) => p !== undefined);
  return {
    id: place.id,
    nameKey: place.nameKey,
    whereKey: place.whereKey,
    linkedKey: place.linkedKey,
    holdSeconds: Math.max(60, place.holdSeconds),
    pressure: place.pressure,
    // Fingertip circles are the routine's own way; any other technique is said first.
    ...(place.technique === 'fingertip-circles'
      ? {}
      : { techniqueKey: `knowledge:guide.technique.${place.technique}` }),
    ...(neighbour
      ? {
          neighbour: {
            id: neighbour.id,
            nameKey: neighbour.nameKey,
            whereKey: neighbour.whereKey,
            // A neighbour over a point kept from pregnancy (the outer ankle) says so as it comes.
            // A routine key, not pregnancyWarning's Part: a hold's words take no lists.
            ...(neighbour.cautions.avoidInPregnancy
              ? {
                  caution: {
                    key: 'knowledge:answer.pregnancy',
                    params: { place: { key: neighbour.nameKey } },
                  },
                }
              : {}),
          },
        }
      : {}),
  };
}

export const guideAcceptedHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent') && offered(input),
  handle(input) {
    const turn = turnOf(input);
    const place = findPlace(turn.session.pending?.data?.place ?? '');
    turn.session.pending = undefined;
    if (!place) return closeSideAnswer(input, []);
    // A point avoided in pregnancy is never guided without the warning, whatever came before.
    const warning = place.cautions.avoidInPregnancy ? speak(turn, [pregnancyWarning(place)]) : [];
    return runEvent(input, { type: 'guided-hold', target: holdTargetOf(place) }, warning);
  },
};

export const guideDeclinedHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent', 'NotSureIntent') && offered(input),
  handle(input) {
    const turn = turnOf(input);
    turn.session.pending = undefined;
    return closeSideAnswer(input, [{ text: turn.t('guide.declined') }]);
  },
};
