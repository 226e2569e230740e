import { pregnancyWarning } from './lookup';
import { findPlace } from './places';
import type { Part, Place } from './types';

export interface HoldSegment {
  action: 'press' | 'ease';
  seconds: number;
  /** Spoken at the start of the segment; the rest of it is timed silence with the routine's cues. */
  cue: Part;
}

export interface GuidedHold {
  place: Place;
  intro: Part[];
  segments: HoldSegment[];
  outro: Part;
  totalSeconds: number;
}

const PRESS_SECONDS = 15;
const EASE_SECONDS = 5;
const ns = 'knowledge:guide';

/**
 * The source alternates pressure and pauses on a tender point for at least a minute; the timing
 * module turns these segments into speech and silence.
 */
export function guidedHold(placeId: string): GuidedHold | undefined {
  const place = findPlace(placeId);
  if (!place) return undefined;
  const total = Math.max(60, place.holdSeconds);
  const segments: HoldSegment[] = [];
  let remaining = total;
  while (remaining > PRESS_SECONDS + EASE_SECONDS + PRESS_SECONDS) {
    segments.push({
      action: 'press',
      seconds: PRESS_SECONDS,
      cue: { key: segments.length === 0 ? `${ns}.start` : `${ns}.press` },
    });
    segments.push({ action: 'ease', seconds: EASE_SECONDS, cue: { key: `${ns}.ease` } });
    remaining -= PRESS_SECONDS + EASE_SECONDS;
  }
  segments.push({ action: 'press', seconds: remaining, cue: { key: `${ns}.last` } });
  const intro: Part[] = [
    { key: `${ns}.intro`, params: { place: { key: place.nameKey } } },
    { key: place.whereKey },
    { key: `${ns}.technique.${place.technique}` },
  ];
  if (place.cautions.avoidInPregnancy) {
    intro.unshift(pregnancyWarning(place));
  }
  return { place, intro, segments, outro: { key: `${ns}.done` }, totalSeconds: total };
}
