import type { RequestInterceptor } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';
import { atSafetyQuestion, SAFETY_WORDS_INTENT } from '../handlers/safety';
import { turnOf } from '../handlers/turn';
import { intentOfReading, readCatchAll } from '../understanding';
import { resolvedSlot } from './resolved-slot';

/**
 * Runs before any handler is chosen: when Alexa could only give the catch-all's words ("my
 * throat hurts when I swallow"), and the skill reads a question or a request in them, the
 * request becomes the question it was, so every handler sees one kind of request. The words
 * stay in the request (the safety handler reads every slot). The routine's safety question
 * reads its own answers.
 */
export const catchAllInterceptor: RequestInterceptor = {
  process(input) {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest' || request.intent.name !== SAFETY_WORDS_INTENT) return;
    const words = request.intent.slots?.words?.value?.trim();
    if (!words || request.intent.slots?.sign?.value) return;
    if (atSafetyQuestion(input)) return;
    const reading = readCatchAll(words, turnOf(input).language);
    if (!reading) return;
    const { intent, slots } = intentOfReading(reading);
    const filled: Record<string, Slot> = { words: request.intent.slots!.words! };
    for (const [name, value] of Object.entries(slots)) {
      filled[name] = resolvedSlot(name, value.phrase, value.id);
    }
    const rewritten: IntentRequest = {
      ...request,
      intent: {
        name: intent,
        confirmationStatus: 'NONE',
        slots: filled,
      },
    };
    input.requestEnvelope.request = rewritten;
  },
};
