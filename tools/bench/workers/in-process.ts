import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PersistenceAdapter } from 'ask-sdk-core';
import { FreeStorage, Player, type InvocableSkill, type Script } from './player';

/**
 * A child process of the benchmark: loads one skill's bundle and plays the request mix, either
 * timing each request (latency) or watching memory over a long run (soak). Prints one JSON line.
 */
export interface InProcessJob {
  /** A bundle exporting `createSkill(adapter)`. */
  factory: string;
  scripts: Script[];
  users: number;
  mode: 'latency' | 'soak';
  warmup: number;
  requests: number;
  /** Soak only: memory samples taken, evenly spread. */
  samples?: number;
  /** Handed to the factory: the session attributes a skill that carries fixed state hands back. */
  carried?: Record<string, unknown>;
}

export interface LatencyResult {
  requests: number;
  p50Us: number;
  p99Us: number;
  meanUs: number;
  maxUs: number;
}

export interface SoakSample {
  requests: number;
  heapUsed: number;
  rss: number;
}

export interface SoakResult {
  samples: SoakSample[];
  seconds: number;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as InProcessJob;
const load = createRequire(__filename);
const { createSkill } = load(job.factory) as {
  createSkill: (adapter: PersistenceAdapter, carried?: Record<string, unknown>) => InvocableSkill;
};
const player = new Player(createSkill(new FreeStorage(), job.carried), job.scripts, job.users);

const percentile = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function latency(): Promise<LatencyResult> {
  const us = new Float64Array(job.requests);
  for (let i = 0; i < job.requests; i++) us[i] = Number((await player.next()).nanoseconds) / 1000;
  const sum = us.reduce((a, b) => a + b, 0);
  us.sort();
  return {
    requests: job.requests,
    p50Us: percentile(us, 50),
    p99Us: percentile(us, 99),
    meanUs: sum / us.length,
    maxUs: us[us.length - 1]!,
  };
}

async function soak(): Promise<SoakResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the soak needs node --expose-gc');
  const sample = (requests: number): SoakSample => {
    // Twice: the first pass can leave finalisable objects for the second.
    gc();
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    return { requests, heapUsed, rss };
  };
  const every = Math.max(1, Math.floor(job.requests / (job.samples ?? 10)));
  const samples = [sample(0)];
  const started = process.hrtime.bigint();
  for (let i = 1; i <= job.requests; i++) {
    await player.next();
    if (i % every === 0) samples.push(sample(i));
  }
  return { samples, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function main() {
  // Warm-up logs go to stderr, so the bench can see a mix that hits the error handler.
  for (let i = 0; i < job.warmup; i++) await player.next();
  process.env.FMC_LOG = 'silent';
  const result = job.mode === 'latency' ? await latency() : await soak();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
