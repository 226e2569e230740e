import type { RequestHandler } from 'ask-sdk-core';
import { bodyPartAnswer, findPlace, placeAnswerKeys } from '../../knowledge';
import { canonicalZone } from '../../routine';
import { isIntent, readSlot } from '../intents';
import { ask } from '../reply';
import { turnOf } from '../turn';
import { answerWithOffer } from './find-point';

/**
 * "Which part of my foot is linked to my eyes" (a body part) or "what is my little toe linked
 * to" (a zone): the zone, where it is, and the offer to guide a hold there.
 */
export const bodyMapHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'BodyMapIntent'),
  handle(input) {
    const turn = turnOf(input);
    const part = readSlot(input, 'bodyPart').id;
    const byPart = part ? bodyPartAnswer(part) : undefined;
    const zoneId = readSlot(input, 'zone').id;
    const zone =
      byPart?.zone ?? (zoneId ? (findPlace(zoneId)?.id ?? canonicalZone(zoneId)) : undefined);
    const answer = zone ? placeAnswerKeys(zone) : undefined;
    if (!answer)
      return ask(
        input,
        turn.t('knowledge:bodyMap.which'),
        turn.t('knowledge:bodyMap.whichReprompt'),
      );
    turn.session.lastAnswer = { kind: 'place', id: answer.place.id };
    const lead = byPart
      ? byPart.parts
      : [{ key: answer.place.linkedKey }, { key: answer.place.whereKey }];
    return answerWithOffer(input, answer, lead);
  },
};

/** "Where is kidney 1", "what is Bubbling Spring for": the point's own answer. */
export const pointInfoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PointInfoIntent'),
  handle(input) {
    const turn = turnOf(input);
    const id = readSlot(input, 'point').id;
    const answer = id ? placeAnswerKeys(id) : undefined;
    if (!answer) return ask(input, turn.t('point.which'), turn.t('point.whichReprompt'));
    turn.session.lastAnswer = { kind: 'place', id: answer.place.id };
    return answerWithOffer(input, answer, [...answer.short, { key: answer.place.linkedKey }]);
  },
};
