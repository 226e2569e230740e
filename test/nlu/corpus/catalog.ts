// Copied from the NLU contract (brief/catalog.md): the corpus is labelled with exactly these ids.

export const CUSTOM_INTENTS = [
  'StartMassageIntent',
  'FindPointIntent',
  'ContraindicationsIntent',
  'ForgetMyDataIntent',
  'NotSureIntent',
  'ChoosePostureIntent',
  'TenderSpotIntent',
  'SkipIntent',
  'TimeLeftIntent',
  'WhereAmIIntent',
  'TellMeMoreIntent',
  'FootTemperatureIntent',
  'ExplainTopicIntent',
  'BodyMapIntent',
  'PointInfoIntent',
  'ThanksIntent',
  'SetReminderIntent',
  'ReminderStatusIntent',
  'MoveReminderIntent',
  'CancelReminderIntent',
] as const;

export const BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.NextIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
] as const;

export const INTENTS: readonly string[] = [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS];

export const TENDER_ZONES = [
  'big-toe',
  'toe-tips-2-3',
  'outer-toes',
  'toe-base',
  'ball-of-foot',
  'arch',
  'inner-sole-edge',
  'outer-sole-edge',
  'heel',
  'inner-ankle',
  'outer-ankle',
  'top-of-foot',
] as const;

export const AILMENTS = [
  'headache',
  'eye-trouble',
  'ear-pain',
  'spine-problems',
  'insomnia',
  'stress',
  'anxiety',
  'tiredness',
  'neck-shoulder-tension',
  'lower-back-pain',
  'sciatica',
  'sinus-congestion',
  'common-cold',
  'toothache',
  'nausea',
  'indigestion',
  'bloating',
  'heartburn',
  'constipation',
  'menstrual-cramps',
  'dizziness',
  'eye-strain',
  'tinnitus',
  'sore-throat',
  'cough',
  'knee-pain',
  'hip-pain',
  'heel-pain',
  'ankle-pain',
  'tired-legs',
  'leg-cramps',
  'cold-feet',
  'irritability',
  'low-mood',
  'poor-concentration',
] as const;

export const TOPICS = [
  'kinds-of-points',
  'harmonising-points',
  'excitation-points',
  'soothing-points',
  'alarm-points',
  'pressure-degrees',
  'how-to',
  'how-often',
  'reflexology',
  'meridians',
  'tender-spots',
  'positions',
  'should-it-hurt',
  'session-length',
  'which-finger',
  'which-direction',
  'foot-zones',
  'left-and-right',
  'best-time',
] as const;

export const BODY_PARTS = [
  'head',
  'eyes',
  'ears',
  'sinuses',
  'neck',
  'shoulders',
  'chest',
  'lungs',
  'stomach',
  'bowels',
  'spine',
  'lower-back',
  'pelvis',
  'sciatic-nerve',
  'arms',
  'knees',
  'hips',
  'womb',
] as const;

export const POINTS = [
  'kidney-1',
  'kidney-3',
  'kidney-6',
  'liver-2',
  'liver-3',
  'spleen-4',
  'spleen-6',
  'stomach-36',
  'stomach-41',
  'stomach-44',
  'bladder-60',
  'bladder-62',
  'bladder-65',
  'bladder-67',
  'gallbladder-34',
  'gallbladder-40',
  'gallbladder-41',
] as const;

export const LENGTHS = ['quick', 'standard', 'thorough'] as const;
export const POSTURES = ['thigh', 'chair-seat', 'chair-edge', 'lying'] as const;
export const TEMPERATURES = ['cold', 'warm', 'hot'] as const;
export const MOISTURES = ['damp', 'dry'] as const;

export const SAFETY_KINDS = ['emergency', 'doctor', 'pregnancy', 'crisis'] as const;

/** AMAZON.TIME values as the contract gives them: 24-hour "HH:MM". */
export const TIME_VALUE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The slots each intent may carry, and the ids each slot may hold ('time' is checked by TIME_VALUE). */
export const INTENT_SLOTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  StartMassageIntent: { length: LENGTHS },
  FindPointIntent: { complaint: AILMENTS },
  ChoosePostureIntent: { posture: POSTURES },
  TenderSpotIntent: { zone: TENDER_ZONES },
  FootTemperatureIntent: {
    temperature: TEMPERATURES,
    moisture: MOISTURES,
    left: TEMPERATURES,
    right: TEMPERATURES,
  },
  ExplainTopicIntent: { topic: TOPICS },
  BodyMapIntent: { bodyPart: BODY_PARTS, zone: TENDER_ZONES },
  PointInfoIntent: { point: POINTS },
  SetReminderIntent: { time: [] },
  MoveReminderIntent: { time: [] },
};
