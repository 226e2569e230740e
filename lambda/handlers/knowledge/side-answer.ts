import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { renderParts, type Part } from '../../knowledge';
import type { SpeechPiece } from '../../speech/ssml';
import { ask } from '../reply';
import { hasRun, offerRoutineAgain } from '../routine';
import { pick, turnOf, type Turn } from '../turn';

/** Knowledge answers are lists of keyed sentences; each becomes one spoken sentence. */
export function speak(turn: Turn, parts: readonly Part[]): SpeechPiece[] {
  return parts.map((part) => ({ text: renderParts([part], turn.t) })).filter((p) => p.text);
}

/**
 * Ends a side answer: mid-routine, the routine is offered again (its pending question, or
 * "shall we carry on with ..."); otherwise the person is asked what else they would like.
 */
export function closeSideAnswer(input: HandlerInput, lead: SpeechPiece[]): Response {
  const turn = turnOf(input);
  if (hasRun(turn)) return offerRoutineAgain(input, lead);
  turn.session.pending = undefined;
  const question = pick(turn, 'side.question');
  return ask(input, [...lead, { text: question }], turn.t('side.reprompt'));
}

/** Ends an answer with a yes / no question this module owns (a guided hold, say). */
export function askOwn(
  input: HandlerInput,
  lead: SpeechPiece[],
  question: string,
  reprompt: string,
  pending: { kind: string; data?: Record<string, string> },
): Response {
  turnOf(input).session.pending = { ...pending, question: reprompt };
  return ask(input, [...lead, { text: question }], reprompt);
}
