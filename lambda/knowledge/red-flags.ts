import type { RedFlag, RedFlagUrgency } from './types';

interface RedFlagSpec {
  id: string;
  /** The first phrase becomes the slot value, the rest its synonyms. */
  say: readonly string[];
  /**
   * `soon`: a doctor's word is needed before any massage, but it is no emergency (diabetes, a
   * fever, a sore on the foot); telling someone with diabetes to get help now would only alarm.
   */
  urgency?: RedFlagUrgency;
}

// Symptoms where pressing a point would waste time that belongs to a doctor or an ambulance.
const SPECS: readonly RedFlagSpec[] = [
  {
    id: 'chest-pain',
    say: [
      'chest pain',
      'chest pains',
      'pain in my chest',
      'chest hurts',
      'my chest hurts',
      'tight chest',
      'chest tightness',
      'tightness in my chest',
      'pressure in my chest',
      'heart pain',
      'heart attack',
      'pain in my left arm',
    ],
  },
  {
    id: 'breathlessness',
    say: [
      'breathlessness',
      'trouble breathing',
      'difficulty breathing',
      'shortness of breath',
      'short of breath',
      'out of breath',
      'breathless',
      'cannot breathe',
      'struggling to breathe',
      'hard to breathe',
      'gasping for air',
    ],
  },
  {
    id: 'sudden-severe-headache',
    say: [
      'sudden severe headache',
      'sudden headache',
      'worst headache of my life',
      'worst headache ever',
      'thunderclap headache',
      'headache after a fall',
      'headache after hitting my head',
      'head injury',
    ],
  },
  {
    id: 'swollen-calf',
    say: [
      'painful swollen calf',
      'swollen calf',
      'swollen painful calf',
      'calf pain and swelling',
      'hot swollen calf',
      'blood clot',
      'a blood clot',
      'thrombosis',
      'deep vein thrombosis',
      'dvt',
    ],
  },
  {
    id: 'stroke-signs',
    say: [
      'stroke',
      'a stroke',
      'stroke signs',
      'signs of a stroke',
      'face drooping',
      'drooping face',
      'face is drooping',
      'drooping',
      'slurred speech',
      'arm weakness',
      'weak arm',
      'sudden numbness',
      'numb face',
      'sudden confusion',
    ],
  },
  {
    id: 'fainting',
    say: [
      'fainting',
      'fainted',
      'passing out',
      'passed out',
      'blacking out',
      'blackouts',
      'collapse',
      'collapsed',
    ],
  },
  {
    id: 'high-fever',
    urgency: 'soon',
    say: [
      'high fever',
      'a high fever',
      'fever',
      'a fever',
      'high temperature',
      'a high temperature',
      'burning up',
    ],
  },
  {
    id: 'diabetic-foot',
    urgency: 'soon',
    say: [
      'numb foot with diabetes',
      'diabetic foot',
      'diabetes',
      'diabetic',
      'numb feet',
      'numb foot',
      'no feeling in my feet',
      'diabetic neuropathy',
      'neuropathy',
    ],
  },
  {
    id: 'foot-wound',
    urgency: 'soon',
    say: [
      'deep wound on my foot',
      'foot wound',
      'wound on my foot',
      'cut on my foot',
      'infected foot',
      'foot infection',
      'infected toe',
      'open sore on my foot',
      'ulcer on my foot',
      'foot ulcer',
      'red hot swollen foot',
    ],
  },
  {
    id: 'sudden-vision-loss',
    say: [
      'sudden vision loss',
      'sudden loss of vision',
      'lost my sight',
      'suddenly cannot see',
      'double vision',
    ],
  },
  {
    id: 'injury',
    // A broken toe or a sprain needs a doctor and no massage, but rarely an ambulance.
    urgency: 'soon',
    say: [
      'broken bone',
      'fracture',
      'broken foot',
      'broken toe',
      'broken ankle',
      'sprained ankle',
      'a sprain',
      'fresh injury',
      'i just fell',
      'bad fall',
    ],
  },
];

/** Symptoms that get no point, only a clear line to a doctor: now, or before any massage. */
export const RED_FLAGS: readonly RedFlag[] = SPECS.map((spec) => ({
  id: spec.id,
  synonyms: spec.say,
  key: `knowledge:redFlag.${spec.id}`,
  urgency: spec.urgency ?? 'now',
}));
