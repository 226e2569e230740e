/**
 * Turns SSML into what a listener experiences: words and silences. The simulator prints it, the
 * espeak player plays it, and the lead's timing figures come from the same estimate.
 */

/**
 * Alexa's default English voice speaks at about this rate (DESIGN.md's estimate for timed
 * guidance); another language passes its own pack's rate, as the skill's estimate does.
 */
export const WORDS_PER_MINUTE = 150;

export type Segment = { kind: 'speech'; text: string } | { kind: 'pause'; seconds: number };

/** Alexa's documented lengths for <break strength>; "medium" is also a bare <break/>. */
const STRENGTH_SECONDS: Record<string, number> = {
  none: 0,
  'x-weak': 0,
  weak: 0.35,
  medium: 0.75,
  strong: 1,
  'x-strong': 1.25,
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

function breakSeconds(tag: string): number {
  const time = attribute(tag, 'time');
  if (time) {
    const found = /^\s*([\d.]+)\s*(ms|s)\s*$/i.exec(time);
    if (!found) return 0;
    const value = Number(found[1]);
    return found[2]?.toLowerCase() === 'ms' ? value / 1000 : value;
  }
  return STRENGTH_SECONDS[attribute(tag, 'strength') ?? 'medium'] ?? STRENGTH_SECONDS.medium!;
}

/** Words and silences in order; adjacent breaks are one silence, as the listener hears them. */
export function timeline(ssml: string): Segment[] {
  const segments: Segment[] = [];
  const push = (segment: Segment) => {
    const last = segments[segments.length - 1];
    if (segment.kind === 'pause' && last?.kind === 'pause') last.seconds += segment.seconds;
    else if (segment.kind === 'speech' && last?.kind === 'speech') last.text += ` ${segment.text}`;
    else segments.push(segment);
  };
  // <sub alias> is heard as its alias; everything else of a tag is silent markup.
  const source = ssml.replace(
    /<sub\b[^>]*\balias\s*=\s*["']([^"']*)["'][^>]*>[\s\S]*?<\/sub>/gi,
    ' $1 ',
  );
  for (const part of source.split(/(<[^>]+>)/)) {
    if (/^<break\b/i.test(part)) {
      const seconds = breakSeconds(part);
      if (seconds > 0) push({ kind: 'pause', seconds });
    } else if (!part.startsWith('<')) {
      const text = decodeEntities(part).replace(/\s+/g, ' ').trim();
      if (text) push({ kind: 'speech', text });
    }
  }
  return segments;
}

/** "10", "45", "0.5": whole seconds stay whole; fractions keep one or two decimals. */
export function formatSeconds(seconds: number): string {
  return String(Math.round(seconds * 100) / 100);
}

export function pauseLabel(seconds: number): string {
  return `[pause ${formatSeconds(seconds)} s]`;
}

/** SSML → text with its timing visible: `Press here. [pause 45 s] Release.` */
export function readableSpeech(ssml: string | undefined): string {
  if (!ssml) return '';
  return timeline(ssml)
    .map((segment) => (segment.kind === 'speech' ? segment.text : pauseLabel(segment.seconds)))
    .join(' ');
}

export function speechSeconds(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return (words / wordsPerMinute) * 60;
}

/** How long the response plays: its words at the voice's rate plus every break. */
export function estimateAudioSeconds(
  ssml: string | undefined,
  wordsPerMinute = WORDS_PER_MINUTE,
): number {
  if (!ssml) return 0;
  return segmentsSeconds(timeline(ssml), wordsPerMinute);
}

/** Segments as text with their timing visible. */
export function describeSegments(segments: readonly Segment[]): string {
  return segments
    .map((segment) => (segment.kind === 'speech' ? segment.text : pauseLabel(segment.seconds)))
    .join(' ');
}

export function segmentsSeconds(
  segments: readonly Segment[],
  wordsPerMinute = WORDS_PER_MINUTE,
): number {
  return segments.reduce(
    (total, s) => total + (s.kind === 'pause' ? s.seconds : speechSeconds(s.text, wordsPerMinute)),
    0,
  );
}

interface AplaItem {
  type?: unknown;
  content?: unknown;
  duration?: unknown;
  items?: unknown;
  item?: unknown;
}

/** An APL for Audio document as heard: a Sequencer's children in order (Speech, Silence). */
export function aplaTimeline(document: Record<string, unknown>): Segment[] {
  const out: Segment[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const item = node as AplaItem;
    if (item.type === 'Speech' && typeof item.content === 'string')
      out.push(...timeline(item.content));
    else if (item.type === 'Silence' && typeof item.duration === 'number')
      out.push({ kind: 'pause', seconds: item.duration / 1000 });
    const children = Array.isArray(item.items) ? item.items : item.item ? [item.item] : [];
    children.forEach(visit);
  };
  visit((document.mainTemplate as AplaItem | undefined)?.item);
  // Adjacent segments of a kind are heard as one.
  const merged: Segment[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (s.kind === 'pause' && last?.kind === 'pause') last.seconds += s.seconds;
    else if (s.kind === 'speech' && last?.kind === 'speech') last.text += ` ${s.text}`;
    else merged.push({ ...s });
  }
  return merged;
}

/** What a response sounds like: its outputSpeech, then its APL for Audio document (Alexa's order). */
export function audioOf(ssml: string | undefined, apla?: Record<string, unknown>): Segment[] {
  const spoken = ssml ? timeline(ssml) : [];
  return apla ? [...spoken, ...aplaTimeline(apla)] : spoken;
}
