import { spawnSync } from 'node:child_process';
import { formatSeconds, speechSeconds, type Segment } from './speech';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let espeakChecked: boolean | undefined;

/** espeak-ng is optional: looked for once, and its absence is said once. */
export function espeakAvailable(warn: (message: string) => void): boolean {
  if (espeakChecked === undefined) {
    espeakChecked = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).status === 0;
    if (!espeakChecked)
      warn('espeak-ng is not installed, so --speak stays silent (apt-get install espeak-ng).');
  }
  return espeakChecked;
}

export interface PlayOptions {
  /** Wait through pauses in real time. */
  realtime: boolean;
  speak: boolean;
  /** The voice's rate, as the skill estimates it for the locale; English's 150 unless told. */
  wordsPerMinute?: number;
  /** espeak-ng's voice for the locale's language. */
  voice?: string;
  /** Writes without a newline, to redraw a countdown in place; absent when output is not a TTY. */
  redraw?: (text: string) => void;
}

/** How far a response has played, in seconds of its audio, and a way to cut it short. */
export interface Playback {
  seconds: number;
  readonly signal?: AbortSignal;
}

/**
 * Plays a response's timeline: speech aloud when asked, silences waited out with a countdown; in
 * real time, words take their spoken length too. `playback` follows the position (a barge-in is
 * placed there) and stops it when its signal aborts.
 */
export async function play(
  segments: Segment[],
  options: PlayOptions,
  playback: Playback = { seconds: 0 },
): Promise<void> {
  const stopped = () => playback.signal?.aborted === true;
  const wait = async (seconds: number, label?: (left: number) => string) => {
    let left = seconds;
    while (left > 0 && !stopped()) {
      if (label) options.redraw?.(label(left));
      const step = Math.min(1, left);
      await sleep(step * 1000);
      left -= step;
      playback.seconds += step;
    }
    if (label) options.redraw?.('');
  };
  for (const segment of segments) {
    if (stopped()) return;
    if (segment.kind === 'speech') {
      const seconds = speechSeconds(segment.text, options.wordsPerMinute);
      if (options.speak) {
        spawnSync('espeak-ng', ['-v', options.voice ?? 'en-us', segment.text], { stdio: 'ignore' });
        playback.seconds += seconds;
      } else if (options.realtime) await wait(seconds);
      else playback.seconds += seconds;
      continue;
    }
    if (!options.realtime) {
      playback.seconds += segment.seconds;
      continue;
    }
    await wait(segment.seconds, (left) => `  [pause ${formatSeconds(Math.ceil(left))} s left] `);
  }
}
