import { readFileSync } from 'node:fs';
import { chooseAdapter } from '../../../lambda/persistence/choose-adapter';
import { configureSkill } from '../../../lambda/skill';
import { Player, type Script } from '../workers/player';

/**
 * The deployed path under the bench's request mix: one process (one Lambda container, one
 * request at a time), the storage chosen from the environment as lambda/index.ts does, every
 * session reading and writing DynamoDB. Prints the peak memory and how many answers apologised.
 */
export interface MixMemoryJob {
  scripts: Script[];
  users: number;
  requests: number;
  apology: string;
}

export interface MixMemoryResult {
  requests: number;
  maxRssKiB: number;
  apologies: number;
  cpuMs: number;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as MixMemoryJob;
const skill = configureSkill({ persistenceAdapter: chooseAdapter() }).create();
const player = new Player(skill, job.scripts, job.users);

async function main() {
  let apologies = 0;
  for (let i = 0; i < job.requests; i++) {
    const { response } = await player.next();
    if (JSON.stringify(response.response.outputSpeech ?? '').includes(job.apology)) apologies += 1;
  }
  const { user, system } = process.cpuUsage();
  const result: MixMemoryResult = {
    requests: job.requests,
    maxRssKiB: process.resourceUsage().maxRSS,
    apologies,
    cpuMs: (user + system) / 1000,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
