/**
 * What the local NLU must know of a language to stand in for Alexa's own understanding in it:
 * the phrases Amazon trains its built-in intents with, how a transcript looks, and how the
 * built-in slot types (AMAZON.NUMBER, AMAZON.TIME) are resolved from words.
 */
export interface NluLanguage {
  /** Amazon's own training phrases for the built-ins, which no model file lists ("stopp", "weiter"). */
  builtInPhrases: Readonly<Record<string, readonly string[]>>;
  /** Typed text as Alexa would transcribe it: lowercase, letters (with accents), digits, apostrophes. */
  normalise(text: string): string;
  /** Hesitations ("äh", "euh", "ehm") and the wake word said again, dropped wherever they stand (global flag). */
  disfluencies: RegExp;
  /** Greetings and politeness before a request ("bitte", "kannst du", "dis-moi"), stripped from the start. */
  politePrefix: RegExp;
  /** Politeness after it ("bitte", "danke", "s'il te plaît", "por favor", "per favore"), stripped from the end. */
  politeSuffix: RegExp;
  /** The word for "please" alone, which may stand anywhere ("bitte", "s'il te plaît", "por favor", "per favore"). */
  please: RegExp;
  /** A number below a hundred as spoken ("siebenundzwanzig", "vingt-sept"): custom slot values are spelled out. */
  numberWords(n: number): string;
  /** Words → number ("einundzwanzig" → 21, "21" → 21), or undefined when they are not a number. */
  spokenNumber(words: string): number | undefined;
  /**
   * AMAZON.TIME as Alexa resolves clear speech in this language: "um neun uhr abends" → "21:00",
   * "20 uhr 30" → "20:30", "ce soir" → "EV"; undefined when the words are no time.
   */
  spokenTime(words: string): string | undefined;
  /**
   * Set by the lead's registry, not by a language file: how the skill is opened by name ("öffne",
   * "ouvre", "abre", "apri") and asked ("frage ... nach", "demande à"), and the small words a loose
   * reading may pass over.
   */
  invocation?: InvocationWords;
  lightWords?: ReadonlySet<string>;
}

/** How people open a skill by name, and ask it something in one breath. */
export interface InvocationWords {
  /** Verbs (a regex alternative, no groups) said before the invocation name to open it. */
  open: string;
  /** What stands before the name in a one-shot request ("ask", "frage", "demande à"). */
  ask: string;
  /** Words between the name and the request ("to", "nach", "de", "si"), stripped before matching. */
  connectors: string;
}
