import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * One cold start, as Lambda does it: a fresh Node process loads the bundle and answers one
 * LaunchRequest. `performance.now()` counts from the process's start, so `total` includes
 * Node's own boot, which both skills pay alike.
 */
export interface ColdResult {
  /** ms from process start to this script running. */
  boot: number;
  /** ms to require the bundle. */
  load: number;
  /** ms from loaded to the first answer. */
  answer: number;
  /** ms from process start to the first answer. */
  total: number;
  /** Peak resident memory, KiB. */
  maxRssKiB: number;
  ok: boolean;
}

type Handler = (
  event: unknown,
  context: unknown,
  callback: (e: unknown, r?: unknown) => void,
) => void;

const [bundle, envelopeFile] = process.argv.slice(2) as [string, string];
const envelope: unknown = JSON.parse(readFileSync(envelopeFile, 'utf8'));
const boot = performance.now();
const { handler } = createRequire(__filename)(bundle) as { handler: Handler };
const loaded = performance.now();
handler(envelope, {}, (error, response) => {
  const answered = performance.now();
  const speech = (response as { response?: { outputSpeech?: unknown } } | undefined)?.response
    ?.outputSpeech;
  const result: ColdResult = {
    boot,
    load: loaded - boot,
    answer: answered - loaded,
    total: answered,
    maxRssKiB: process.resourceUsage().maxRSS,
    ok: !error && speech !== undefined,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
