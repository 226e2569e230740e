/**
 * Builds Alexa SSML from plain sentences and silences. Handlers never concatenate SSML themselves:
 * every spoken string passes through here, so escaping and Alexa's break limit live in one place.
 */

/** Alexa rejects a single <break> longer than 10 s, so longer silences are chains of breaks. */
export const MAX_BREAK_SECONDS = 10;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

const NEEDS_ESCAPING = /[&<>]/;

export function escapeForSsml(text: string): string {
  // Nearly every sentence has nothing to escape: a test is cheaper than a replace.
  return NEEDS_ESCAPING.test(text) ? text.replace(/[&<>]/g, (ch) => XML_ESCAPES[ch] ?? ch) : text;
}

/** Splits a silence into breaks Alexa accepts; fractions are kept in milliseconds. */
export function breakTags(seconds: number): string {
  let remainingMs = Math.round(seconds * 1000);
  const tags: string[] = [];
  while (remainingMs > 0) {
    const chunk = Math.min(MAX_BREAK_SECONDS * 1000, remainingMs);
    tags.push(
      chunk % 1000 === 0 ? `<break time="${chunk / 1000}s"/>` : `<break time="${chunk}ms"/>`,
    );
    remainingMs -= chunk;
  }
  return tags.join('');
}

export type SpeechPiece = { text: string } | { pauseSeconds: number };

/** Accumulates speech for one response; the result is the inner SSML, without <speak>. */
export class SpeechBuilder {
  private ssml = '';
  /** Whether the last part was a sentence: only two sentences in a row need a space between. */
  private afterSentence = false;

  say(text: string): this {
    const trimmed = text.trim();
    if (!trimmed) return this;
    // Breaks glue to their neighbours; sentences are separated by a space so Alexa reads them apart.
    this.ssml += (this.afterSentence ? ' ' : '') + escapeForSsml(trimmed);
    this.afterSentence = true;
    return this;
  }

  pause(seconds: number): this {
    const tags = breakTags(seconds);
    if (!tags) return this;
    this.ssml += tags;
    this.afterSentence = false;
    return this;
  }

  add(piece: SpeechPiece): this {
    return 'text' in piece ? this.say(piece.text) : this.pause(piece.pauseSeconds);
  }

  isEmpty(): boolean {
    return this.ssml === '';
  }

  build(): string {
    return this.ssml;
  }
}
