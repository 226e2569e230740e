import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * One cold start in a fresh process, as ../workers/cold.ts, but in CPU time: on a machine shared
 * with other work, wall time measures the neighbours; CPU time (user + system) is what this
 * process itself spent, and what Lambda's CPU share (in proportion to memory) stretches out.
 */
export interface ColdCpuResult {
  /** CPU ms from process start to the bundle loaded: Lambda's init phase. */
  initCpuMs: number;
  /** CPU ms from process start to the first answer. */
  cpuMs: number;
  /** Wall ms from process start to the first answer. */
  wallMs: number;
  maxRssKiB: number;
  ok: boolean;
}

type Handler = (
  event: unknown,
  context: unknown,
  callback: (e: unknown, r?: unknown) => void,
) => void;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const [bundle, envelopeFile] = process.argv.slice(2) as [string, string];
const envelope: unknown = JSON.parse(readFileSync(envelopeFile, 'utf8'));
const { handler } = createRequire(__filename)(bundle) as { handler: Handler };
const initCpuMs = cpuMs();
handler(envelope, {}, (error, response) => {
  const result: ColdCpuResult = {
    initCpuMs,
    cpuMs: cpuMs(),
    wallMs: performance.now(),
    maxRssKiB: process.resourceUsage().maxRSS,
    ok:
      !error &&
      (response as { response?: { outputSpeech?: unknown } } | undefined)?.response
        ?.outputSpeech !== undefined,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // A client's keep-alive socket or timer must not make the bench wait: the figures are taken.
  process.exit(0);
});
