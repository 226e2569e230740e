/** Which foot a zone or point is worked on. Acupressure points are bilateral, so most are `both`. */
export type Foot = 'both' | 'left' | 'right' | 'either';

/** The source's three degrees of pressure. */
export type Pressure = 'light' | 'medium' | 'strong';

export type Technique =
  'fingertip-circles' | 'thumb-press' | 'kneading' | 'thumb-walk' | 'knuckle-strokes';

export interface Cautions {
  /** Traditionally avoided in pregnancy: every answer naming the place carries a warning. */
  avoidInPregnancy: boolean;
  /** Extra caution lines (i18n keys), spoken in the "tell me more" detail. */
  noteKeys: readonly string[];
}

/** A reflexology zone or an acupressure point: anything a person can be told to press. */
export interface Place {
  id: string;
  kind: 'zone' | 'point';
  foot: Foot;
  technique: Technique;
  pressure: Pressure;
  /** Length of a guided hold; the source asks for at least a minute on each tender point. */
  holdSeconds: number;
  cautions: Cautions;
  /** The source's "neighbouring organs": work these too, even when they are not tender. */
  neighbours: readonly string[];
  nameKey: string;
  whereKey: string;
  linkedKey: string;
  moreKey: string;
}

export interface AcupressurePoint extends Place {
  kind: 'point';
  /** WHO standard code (e.g. KI1), for people who look the point up elsewhere. */
  code: string;
  pinyin: string;
}

export interface Ailment {
  id: string;
  /** Words people say for it; lowercase, no punctuation, unique across every slot type. */
  synonyms: readonly string[];
  /** Zone and point ids to press; the first is the one the short answer names. */
  places: readonly string[];
  nameKey: string;
  /** A further note, in the "tell me more" detail. */
  noteKey?: string;
  /** Its caution, said in the short answer: some complaints are a doctor's when they go further. */
  cautionKey?: string;
  /** Overrides the places' pressure in the answer ("light" for exhaustion). */
  pressure?: Pressure;
}

export type RedFlagUrgency = 'now' | 'soon';

export interface RedFlag {
  id: string;
  synonyms: readonly string[];
  key: string;
  urgency: RedFlagUrgency;
}

/** A reference to a locale string, resolved by the speech layer (or `renderParts`). */
export interface KeyRef {
  key: string;
  params?: Record<string, Param>;
}

/** Several locale strings spoken as one list: "a, b and c". */
export interface ListRef {
  list: readonly KeyRef[];
}

export type Param = string | number | KeyRef | ListRef;

/** One spoken sentence: a key plus the params it interpolates. */
export type Part = KeyRef;
