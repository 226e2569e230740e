/** One utterance as a person would say it, and the intent and slot ids it must reach. */
export interface CorpusEntry {
  text: string;
  intent: string;
  slots?: Record<string, string>;
}

/** One utterance that must get a safe answer, never a point; kind is the answer it must get. */
export interface SafetyEntry {
  text: string;
  kind: 'emergency' | 'doctor' | 'pregnancy' | 'crisis';
  context?: 'open' | 'safety-question';
}
