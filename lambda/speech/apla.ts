/**
 * Renders speech pieces as an APL for Audio document: one Sequencer of Speech (SSML) and Silence
 * components. A Silence takes any length in milliseconds, so a minute's hold is one component,
 * not six chained breaks. It plays on every Alexa device, voice-only ones included.
 */
import type { interfaces } from 'ask-sdk-model';
import { SpeechBuilder, type SpeechPiece } from './ssml';

export type AplaDirective = interfaces.alexa.presentation.apla.RenderDocumentDirective;

export const APLA_TOKEN = 'routine-audio';

export type AplaComponent =
  { type: 'Speech'; contentType: 'SSML'; content: string } | { type: 'Silence'; duration: number };

/** Consecutive sentences share one Speech component; each silence is one Silence. */
export function aplaComponents(pieces: readonly SpeechPiece[]): AplaComponent[] {
  const items: AplaComponent[] = [];
  let words: SpeechBuilder | undefined;
  const flush = () => {
    if (words && !words.isEmpty()) {
      items.push({
        type: 'Speech',
        contentType: 'SSML',
        content: `<speak>${words.build()}</speak>`,
      });
    }
    words = undefined;
  };
  for (const piece of pieces) {
    if ('text' in piece) {
      (words ??= new SpeechBuilder()).say(piece.text);
      continue;
    }
    const ms = Math.round(piece.pauseSeconds * 1000);
    if (ms <= 0) continue;
    flush();
    const last = items[items.length - 1];
    if (last?.type === 'Silence') last.duration += ms;
    else items.push({ type: 'Silence', duration: ms });
  }
  flush();
  return items;
}

export function aplaDirective(pieces: readonly SpeechPiece[]): AplaDirective {
  return {
    type: 'Alexa.Presentation.APLA.RenderDocument',
    token: APLA_TOKEN,
    document: {
      type: 'APLA',
      version: '0.91',
      mainTemplate: {
        parameters: ['payload'],
        item: { type: 'Sequencer', items: aplaComponents(pieces) },
      },
    },
    datasources: { payload: {} },
  };
}
