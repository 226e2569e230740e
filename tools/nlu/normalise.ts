import { numberWords } from '../../lambda/knowledge/number-words';

/**
 * Typed text is noisier than Alexa's transcripts: capitals, commas, question marks, curly
 * apostrophes. Alexa hands the skill lowercase words, so everything is compared in that form.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Hesitations the speech recogniser leaves out of the transcript it hands the NLU ("um, where do
 * I press"), and the wake word said again mid-request. Dropped wherever they stand.
 */
const DISFLUENCIES = /(^|\s)(?:um+|uh+|erm*|uhm+|hmm+|mm+|ah+)(?=\s|$)/g;

export function withoutDisfluencies(text: string): string {
  return text
    .replace(DISFLUENCIES, ' ')
    .replace(/^alexa\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The politeness Amazon's design guide names as prefixes and suffixes its NLU learns to see past
 * ("please", "can you", "tell me"), with the greetings and sign-offs people wrap around a
 * request. Only these are shrugged off; everything else must be in a sample.
 */
const POLITE_PREFIX =
  /^(?:(?:alexa|ok|okay|so|well|hey|hi|oh|right|please|can you|could you|would you|will you|can you please|could you please|can you tell me|could you tell me|would you tell me|please tell me|tell me|do you know|i want to know|i'd like to know|i would like to know|i was wondering|i wonder|quick question|question)\s+)+/;
const POLITE_SUFFIX = /(?:\s+(?:please|thanks|thank you|thanks a lot|for me))+$/;

/**
 * The request with less and less of its politeness: without the sign-off, then without the
 * opener, then without a "please" inside. Each is tried; "please do please" is still "please do".
 */
export function politeVariants(text: string): string[] {
  const noSuffix = text.replace(POLITE_SUFFIX, '').trim();
  const noPrefix = noSuffix.replace(POLITE_PREFIX, '').trim();
  const noPlease = noPrefix.replace(/\bplease\s+/g, '').trim();
  const onePleaseLess = text.replace(/\bplease\s+/, '').trim();
  const lastPleaseLess = text.replace(/\s+please$/, '').trim();
  return [...new Set([lastPleaseLess, noSuffix, noPrefix, noPlease, onePleaseLess])].filter(
    (v) => v && v !== text,
  );
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/**
 * Typed "kidney 1" is spoken "kidney one": custom slot values are spelled out, so a typed number
 * below a hundred is read as its words before it is looked up.
 */
export function spelledNumbers(text: string): string {
  return text.replace(/\b\d{1,2}\b/g, (digits) => numberWords(Number(digits)));
}
