/**
 * The massage routine domain: plan (data), engine (pure state machine) and timing (timeline).
 * No Alexa imports; the handler translates intents into events and renders the output.
 *
 * Driving it from a handler (one call per intent):
 *
 *   const state = stateFromUser(turn.user);                      // stored run validated
 *   const { state: next, output } = transition(state, { type: 'next' }, turn.t);
 *   applyToUser(next, turn.user);                                // saved by the interceptor
 *   // render: output.segments (speech text + silence seconds, breaks <= 10 s), then
 *   // output.question; reprompt = output.reprompt; keep the session open unless output.ended.
 *   // remember output.expecting so a bare yes / no / "the heel" becomes the right event.
 *
 * Output contract (`EngineOutput`):
 * - `segments`: `{kind:'speech', key, params, text, seconds}` and `{kind:'silence', seconds}`,
 *   in order; text is plain (no SSML), already translated through the injected `say`.
 * - `question` / `reprompt`: the closing question (varied by turn) and its reprompt; absent
 *   only when `ended`.
 * - `expecting`: 'safety-answer' | 'posture' | 'foot-bath' | 'tender-spot' | 'continue' |
 *   'resume' | null: what yes / no / not sure / a slot value will answer next turn.
 * - `ended` + `endReason`: 'finished' (goodbye said), 'safety-stop' (advice to see a doctor,
 *   routine not started), 'declined' (a stored run was turned down; handler offers its menu).
 *   The run is removed from the state in all three cases.
 * - `seconds`: estimated audio of the response, at most RESPONSE_AUDIO_BUDGET_SECONDS.
 * - `steps`: the steps in the response's audio, with their start and length in ms: for the
 *   screen (zone, countdown) and for barge-in (`withPlaying`, then `settleBargeIn` next turn).
 * - `position`: phase, step, step number / count, offset: for APL or logs.
 *
 * After a side question mid-routine, append `offerToContinue(state, t).output`. At launch with
 * a stored run, speak `resumeOffer(state, t)` (its state marks the run as offered); "yes" then
 * resumes at the same step and offset, "no" ends it with endReason 'declined'.
 */
export {
  transition,
  offerToContinue,
  resumeOffer,
  resumeFrom,
  replayLast,
  describePosition,
  remainingSeconds,
  expectingOf,
  RESPONSE_AUDIO_BUDGET_SECONDS,
  QUESTION_RESERVE_SECONDS,
  PROMPT_SECONDS,
  VARIANTS,
} from './engine';
export type {
  RoutineEvent,
  EngineOutput,
  Transition,
  Expecting,
  EndReason,
  Utterance,
  PositionInfo,
  PlayedStep,
} from './engine';
export {
  settleBargeIn,
  stepCutInto,
  withPlaying,
  stepPlayingAt,
  PLAYBACK_START_ALLOWANCE_MS,
} from './barge-in';
export type { Playing } from './barge-in';
export { statedMinutes, GOODBYE_RESERVE_SECONDS } from './packer';
export { nearestLength } from './nearest-length';
export {
  initialState,
  stateFromUser,
  applyToUser,
  restoreRun,
  stepsOf,
  ROUTINE_STATE_VERSION,
  MAX_REMEMBERED_SPOTS,
} from './state';
export type { RoutineState, RunState, Memory, Cursor, Insertion, UserFields } from './state';
export {
  planFor,
  planDurationSeconds,
  isPlanLength,
  holdSteps,
  PLAN_LENGTHS,
  HOLD_INTRO_SECONDS,
} from './plans';
export {
  buildTimeline,
  cutBetweenParts,
  splitIntoResponses,
  takeChunk,
  timelineSeconds,
  resolve as resolveKeyRef,
} from './timing';
export type { TimelineSegment, SpeechSegment, SilenceSegment } from './timing';
export {
  estimateSpeechSeconds,
  setSpeakingRate,
  speakingRateOf,
  WORDS_PER_MINUTE,
} from './speech-estimate';
export { POSTURE_IDS, DEFAULT_POSTURE, isPostureId } from './postures';
export type { PostureId } from './postures';
export {
  TENDER_ZONE_IDS,
  ZONE_ALIASES,
  canonicalZone,
  zoneTarget,
  HOLD_SECONDS,
  NEIGHBOUR_HOLD_SECONDS,
} from './zones';
export type { TenderZoneId } from './zones';
export { postureSlotType, tenderZoneSlotType } from './slot-types';
export type { SlotType } from './slot-types';
export type * from './types';
