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

/** Words people add around a request that Alexa's NLU shrugs off; tried only when nothing matched. */
const POLITE_EDGES =
  /^(?:(?:alexa|um|uh|ok|okay|so|well|hey|please|can you|could you|would you)\s+)+|(?:\s+(?:please|now|thanks|thank you))+$/g;

export function withoutPoliteEdges(text: string): string {
  return text.replace(POLITE_EDGES, '').trim();
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}
