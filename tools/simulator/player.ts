import { spawnSync } from 'node:child_process';
import { formatSeconds, type Segment } from './speech';

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
  /** Writes without a newline, to redraw a countdown in place; absent when output is not a TTY. */
  redraw?: (text: string) => void;
}

/** Plays a response's timeline: speech aloud when asked, silences waited out with a countdown. */
export async function play(segments: Segment[], options: PlayOptions): Promise<void> {
  for (const segment of segments) {
    if (segment.kind === 'speech') {
      if (options.speak) spawnSync('espeak-ng', ['-v', 'en-us', segment.text], { stdio: 'ignore' });
      continue;
    }
    if (!options.realtime) continue;
    let left = segment.seconds;
    while (left > 0) {
      options.redraw?.(`  [pause ${formatSeconds(Math.ceil(left))} s left] `);
      const step = Math.min(1, left);
      await sleep(step * 1000);
      left -= step;
    }
    options.redraw?.('');
  }
}
