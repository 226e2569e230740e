/**
 * The knowledge domain: what to press, where, how, and when not to. Pure data and functions, no
 * Alexa imports, so the handlers, the model generator and the tests all read the same facts.
 *
 * Data holds ids and i18n keys, never words, so another locale is one new JSON file. Answers come
 * back as `Part[]` (a key plus params, where a param may itself be a key or a list of keys)
 * rather than strings, so the speech layer decides how to translate, escape and time them;
 * `renderParts(parts, t)` does the plain-text rendering.
 *
 * Keys in `locales/<locale>/knowledge.json` (namespace `knowledge`):
 *   zone.<id>.{name,where,linked,more}  point.<id>.{name,where,linked,more}
 *     one block per place, so adding a place never touches the answer sentences
 *   ailment.<id>.name, ailment.<id>.note?   redFlag.<id>, redFlag.{general,now,soon}
 *   answer.*       sentences that stitch an answer together ({{complaint}}, {{place}}, ...)
 *   pressure.<light|medium|strong>, technique.<technique>, duration.{minute,second} ({{count}})
 *   guide.*        cues for a guided hold       list.join ({{head}}, {{last}})
 *   contraindications.{intro,item.<id>,notATreatment,short,reminder}
 *   footTemperature.{askTemperature,askMoisture,reading.<id>.{tradition,doctor}}
 *   topic.<id>.{short,more}
 */
export type {
  AcupressurePoint,
  Ailment,
  Cautions,
  Foot,
  KeyRef,
  ListRef,
  Param,
  Part,
  Place,
  Pressure,
  RedFlag,
  Technique,
} from './types';
export { ZONES } from './zones';
export { POINTS } from './points';
export { PLACES, findPlace } from './places';
export { AILMENTS, SOURCE_MAPPINGS } from './ailments';
export { RED_FLAGS } from './red-flags';
export { CONTRAINDICATIONS, contraindicationsAnswer } from './contraindications';
export {
  FOOT_QUESTION_KEYS,
  MOISTURE_WORDS,
  READING_IDS,
  TEMPERATURE_WORDS,
  readFeet,
  readingParts,
} from './foot-temperature';
export type {
  FootFeel,
  FootMoisture,
  FootReading,
  FootTemperature,
  ReadingId,
} from './foot-temperature';
export { TOPICS, topicAnswer } from './topics';
export { BODY_PARTS, bodyPartAnswer } from './body-map';
export type { BodyPart } from './body-map';
export type { Topic } from './topics';
export {
  EXAMPLE_AILMENT_IDS,
  answerKeys,
  durationRef,
  findAilment,
  findRedFlag,
  placeAnswerKeys,
  pregnancyWarning,
  redFlagAnswer,
  resolveComplaint,
  unknownAnswer,
} from './lookup';
export type { Answer, ComplaintResolution } from './lookup';
export { guidedHold } from './guided-hold';
export type { GuidedHold, HoldSegment } from './guided-hold';
export { renderParts } from './render';
export type { TranslateFn } from './render';
export { normaliseText } from './normalise';
export {
  ailmentSlotType,
  footMoistureSlotType,
  footTemperatureSlotType,
  knowledgeSlotTypes,
  topicSlotType,
} from './slot-types';
export type { SlotType, SlotTypeValue } from './slot-types';
