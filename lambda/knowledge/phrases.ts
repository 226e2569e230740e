import type { ModelIntent } from '../reminders/phrases';

/**
 * The body map and points asked about by name, for the interaction model until the generated
 * samples land: a few carriers each, so the handlers can be reached and tested by voice.
 * `npm run sync:model` writes them into the model.
 */
export const KNOWLEDGE_INTENTS: readonly ModelIntent[] = [
  {
    name: 'BodyMapIntent',
    slots: [
      { name: 'bodyPart', type: 'BodyPartType' },
      { name: 'zone', type: 'TenderZoneType' },
    ],
    samples: [
      'which part of my foot is linked to {bodyPart}',
      'which part of my foot is linked with {bodyPart}',
      'what part of my foot is connected to {bodyPart}',
      'which part of the foot is for {bodyPart}',
      'where are {bodyPart} on my foot',
      'where is {bodyPart} on my foot',
      'where is the {bodyPart} on my foot',
      'which toe is for {bodyPart}',
      'which zone is linked to {bodyPart}',
      'where on my foot is {bodyPart}',
      'what is {zone} linked to',
      'what is my {zone} linked to',
      'what is my {zone} connected to',
      'what is the {zone} connected to',
      'what does {zone} stand for',
      'what does my {zone} stand for',
      'what is {zone} for',
      'what does the {zone} relate to',
    ],
  },
  {
    name: 'PointInfoIntent',
    slots: [{ name: 'point', type: 'PointType' }],
    samples: [
      'where is {point}',
      'where can i find {point}',
      'how do i find {point}',
      'what is {point}',
      "what's {point}",
      'what is {point} for',
      'what is {point} good for',
      'tell me about {point}',
      'explain {point}',
      'show me {point}',
      'how do i press {point}',
      'guide me to {point}',
    ],
  },
];
