import { SAFETY as ENGLISH } from '../languages/en/safety-reading';
import type { SafetyAnswers, SafetyReading } from '../languages/types';
import { negated } from './classifier';

/**
 * The routine's safety question is answered in everyday words more often than with a bare yes
 * or no: "I'm fine", "none of those", "I'm a bit tired". What the words mean for that question
 * alone: `applies` stops the routine as a yes would; `none` goes on as a no would. Anything a
 * sign of classifier.ts catches is read before this, so only the mild words are here.
 */
export type SafetyAnswerReading = 'applies' | 'none';

/** English; each other language writes its own in lambda/languages/<lang>/safety-answers.ts. */
export const ENGLISH_ANSWERS: SafetyAnswers = {
  // One of the listed contraindications, said in passing: exhaustion, heart, skin, "one of them".
  applies: [
    // Unwell is a reason to wait, and it reads "well" with a "not" before it: read it first.
    /\b(?:not (?:feeling |doing |very |too |so |that |all that )*(?:well|good|great|ok|okay|alright|all right|hot|right|myself)|unwell|sick|ill|poorly|under the weather|off colou?r|(?:feel|feeling) (?:awful|terrible|rubbish|lousy|rough|crap|bad))\b/,
    /\b(?:tired|exhausted|exhaustion|worn out|knackered|shattered|drained|fatigued?|burnt out|burned out|no energy|run down|wiped out|dead on my feet)\b/,
    /\b(?:heart|circulation|clot|clots|vein|veins|varicose|skin|rash|eczema|psoriasis|blister|blisters|sore|sores|wound|cut|cuts|verruca|wart|athlete s foot|fungus|fungal)\b/,
    /\b(?:one of (?:them|those|these)|some of (?:them|those|these)|a couple|a few of|that is me|that applies|it applies|one applies|i do|i have one|i have some|maybe one|sort of|kind of|a little|a bit)\b/,
    /^(?:yes|yeah|yep)\b/,
  ],
  none: [
    /\b(?:none|nothing|neither|nope|nah)\b/,
    /\b(?:i am|i feel|feeling|all|i am all|perfectly|pretty|totally|completely)? ?(?:fine|healthy|well|good|ok|okay|alright|all right|clear|great)\b/,
    /\b(?:no problems?|no issues|not really|not at all|not me|does not apply|do not apply|that is not me|i do not|i have not|no i do not|no to all)\b/,
    /^no\b/,
  ],
};

/** Reads an answer to the safety question in the reading's language (English unless told). */
export function readSafetyAnswer(
  text: string,
  reading: SafetyReading = ENGLISH,
  answers: SafetyAnswers = ENGLISH_ANSWERS,
): SafetyAnswerReading | undefined {
  const words = reading.normalise(text);
  if (!words) return undefined;
  const says = (patterns: readonly RegExp[], negatable: boolean) =>
    patterns.some((pattern) =>
      [...words.matchAll(new RegExp(pattern.source, 'g'))].some(
        (m) => !negatable || !negated(words, m.index, reading),
      ),
    );
  // "No, but I'm a bit tired": anything that may apply outweighs the no.
  if (says(answers.applies, true)) return 'applies';
  if (says(answers.none, false)) return 'none';
  return undefined;
}
