import type { Part } from './types';

interface TopicSpec {
  id: string;
  /** The first phrase becomes the slot value, the rest its synonyms. */
  say: readonly string[];
}

const SPECS: readonly TopicSpec[] = [
  {
    id: 'kinds-of-points',
    say: [
      'kinds of points',
      'types of points',
      'the three kinds of points',
      'the three types of points',
      'point types',
      'different points',
      'the points',
    ],
  },
  {
    id: 'harmonising-points',
    say: [
      'harmonising points',
      'harmonizing points',
      'harmonising point',
      'harmonizing point',
      'harmonizing dots',
      'harmonising',
      'harmonizing',
    ],
  },
  {
    id: 'excitation-points',
    say: [
      'excitation points',
      'excitation point',
      'excitation',
      'stimulating points',
      'stimulating point',
      'activating point',
    ],
  },
  {
    id: 'soothing-points',
    say: [
      'soothing points',
      'soothing point',
      'soothing',
      'calming points',
      'calming point',
      'sedating point',
    ],
  },
  {
    id: 'alarm-points',
    say: [
      'alarm points',
      'alarm point',
      'alarm',
      'mu points',
      'signal points',
      'signalling points',
      'moon points',
    ],
  },
  {
    id: 'pressure-degrees',
    say: [
      'pressure',
      'degrees of pressure',
      'the three degrees of pressure',
      'how hard to press',
      'how hard should i press',
      'pressure levels',
      'light medium and strong pressure',
      'how much pressure',
      'what pressure should i use',
      'which pressure should i use',
      'how firmly should i press',
      'how firm should i press',
      'light pressure',
      'medium pressure',
      'strong pressure',
    ],
  },
  {
    id: 'how-to',
    say: [
      'how to do acupressure',
      'how to do an acupressure',
      'how do i do acupressure',
      'doing acupressure',
      'the steps',
      'acupressure steps',
      'steps of acupressure',
      'how to press a point',
      'technique',
      'the technique',
      'acupressure',
    ],
  },
  {
    id: 'how-often',
    say: [
      'how often',
      'how often should i do it',
      'how often to massage',
      'how often to press',
      'how many times a day',
      'frequency',
    ],
  },
  {
    id: 'best-time',
    say: [
      'best time',
      'the best time',
      'best time of day',
      'when to do it',
      'what time of day',
      'when should i do it',
      'morning or evening',
    ],
  },
  {
    id: 'should-it-hurt',
    say: [
      'should it hurt',
      'is it supposed to hurt',
      'does it hurt',
      'is pain normal',
      'is it normal for it to hurt',
      'should it be painful',
      'how much should it hurt',
    ],
  },
  {
    id: 'session-length',
    say: [
      'session length',
      'how long should a session last',
      'how long should i press',
      'how long to hold a point',
      'how long per point',
      'how long per foot',
      'how many minutes',
      'duration',
    ],
  },
  {
    id: 'which-finger',
    say: [
      'which finger',
      'what finger',
      'which finger to use',
      'which finger should i use',
      'thumb or finger',
      'should i use my thumb',
      'what do i press with',
    ],
  },
  {
    id: 'which-direction',
    say: [
      'which direction',
      'what direction',
      'direction',
      'which way to stroke',
      'which way to massage',
      'direction of the massage',
      'toes to heel',
    ],
  },
  {
    id: 'foot-zones',
    say: [
      'foot zones',
      'the zones of the foot',
      'zones of the foot',
      'zones of each foot',
      'the foot map',
      'foot map',
      'reflexology map',
      'what the zones mean',
      'the zones',
    ],
  },
  {
    id: 'left-and-right',
    say: [
      'left and right',
      'left foot and right foot',
      'which foot is which',
      'which foot',
      'which side',
      'left or right foot',
      'the left and right foot',
    ],
  },
  {
    id: 'reflexology',
    say: ['reflexology', 'what is reflexology', 'foot reflexology', 'reflex zones'],
  },
  {
    id: 'meridians',
    say: ['meridians', 'meridian', 'the meridians', 'energy channels', 'channels', 'jingluo'],
  },
  {
    id: 'tender-spots',
    say: [
      'tender spots',
      'painful points',
      'pain points',
      'sore spots',
      'tender points',
      'neighbouring organs',
      'neighboring organs',
      'neighbouring zones',
    ],
  },
  {
    id: 'positions',
    say: [
      'positions',
      'position',
      'how to sit',
      'sitting position',
      'comfortable position',
      'best position',
      'posture',
    ],
  },
];

export interface Topic {
  id: string;
  synonyms: readonly string[];
  shortKey: string;
  moreKey: string;
}

/** Explanations on request: each has a short answer and a "tell me more". */
export const TOPICS: readonly Topic[] = SPECS.map((spec) => ({
  id: spec.id,
  synonyms: spec.say,
  shortKey: `knowledge:topic.${spec.id}.short`,
  moreKey: `knowledge:topic.${spec.id}.more`,
}));

export function topicAnswer(id: string): { short: Part[]; more: Part[] } | undefined {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) return undefined;
  return { short: [{ key: topic.shortKey }], more: [{ key: topic.moreKey }] };
}
