import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { applyToUser, expectingOf } from '../../routine';
import { packFor } from '../../languages/registry';
import {
  readSafety,
  readSafetyAnswer,
  redFlagHit,
  SIGNS,
  safetyAnswer,
  type SafetyAnswerReading,
  type SafetyHit,
} from '../../safety';
import { fallbackHandler } from '../core/fallback';
import { speak } from '../knowledge/side-answer';
import { tell } from '../reply';
import { routineOf, runEvent, standingOf } from '../routine';
import { turnOf } from '../turn';

export const SAFETY_WORDS_INTENT = 'SafetyWordsIntent';

/** Everything the person said that reached a slot, and the ids Alexa resolved it to. */
function heardOf(input: HandlerInput): { words: string[]; ids: string[] } {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return { words: [], ids: [] };
  const words: string[] = [];
  const ids: string[] = [];
  for (const slot of Object.values((request as IntentRequest).intent.slots ?? {})) {
    if (typeof slot.value === 'string' && slot.value.trim()) words.push(slot.value);
    for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
      for (const v of authority.values ?? []) if (v.value?.id) ids.push(v.value.id);
    }
  }
  return { words, ids };
}

/** A resolved id that names a sign: a red flag of the complaint slot, or a SafetySignType value. */
function hitOfId(id: string): SafetyHit | undefined {
  const sign = SIGNS.find((s) => s.id === id);
  return sign ? { kind: sign.kind, id: sign.id } : redFlagHit(id);
}

type Reading = { hit: SafetyHit } | { answer: SafetyAnswerReading } | undefined;

const READING = 'safetyReading';

/** Read once per request (canHandle and handle both need it). */
function readingOf(input: HandlerInput): Reading {
  const attributes = input.attributesManager.getRequestAttributes();
  if (READING in attributes) return attributes[READING] as Reading;
  const { words, ids } = heardOf(input);
  const { language } = turnOf(input);
  const pack = packFor(language);
  const hit = readSafety(pack.safety, words) ?? ids.map(hitOfId).find((h) => h !== undefined);
  let reading: Reading = hit ? { hit } : undefined;
  if (!reading && words.length > 0 && atSafetyQuestion(input)) {
    const answer = readSafetyAnswer(words.join(' '), pack.safety, pack.safetyAnswers);
    if (answer) reading = { answer };
  }
  attributes[READING] = reading;
  return reading;
}

/** The routine asked its safety question and waits for the answer. */
export function atSafetyQuestion(input: HandlerInput): boolean {
  const turn = turnOf(input);
  return standingOf(turn) === 'asking' && expectingOf(routineOf(turn)) === 'safety-answer';
}

/**
 * Runs before every other handler: whatever intent the words reached, a sign of an emergency, a
 * doctor's matter, pregnancy or a crisis is answered first, and only that is said. Any routine
 * under way is closed, so the next visit does not cheerfully offer to carry on. At the routine's
 * own safety question, everyday answers ("I'm fine", "I'm a bit tired") count as its no or yes.
 */
export const safetyHandler: RequestHandler = {
  canHandle: (input) => readingOf(input) !== undefined,
  handle(input) {
    const turn = turnOf(input);
    const reading = readingOf(input)!;
    if ('answer' in reading) {
      return runEvent(input, { type: reading.answer === 'none' ? 'no' : 'yes' });
    }
    turn.session.pending = undefined;
    applyToUser({ ...routineOf(turn), run: undefined }, turn.user);
    return tell(input, speak(turn, safetyAnswer(reading.hit)));
  },
};

/** The catch-all's words held no sign: it is what the fallback is for. */
export const safetyWordsHandler: RequestHandler = {
  canHandle: (input) =>
    input.requestEnvelope.request.type === 'IntentRequest' &&
    (input.requestEnvelope.request as IntentRequest).intent.name === SAFETY_WORDS_INTENT,
  handle: (input) => fallbackHandler.handle(input),
};
