import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import { FilePersistenceAdapter } from './file-adapter';

/**
 * The embedded default: a local JSON file. FMC_STATE_FILE moves it (the simulator keeps it in the
 * project's .local/ folder); without it the file lands in the OS temp folder, the one writable
 * place on Lambda.
 */
export function chooseAdapter(env: NodeJS.ProcessEnv = process.env): PersistenceAdapter {
  return new FilePersistenceAdapter(
    env.FMC_STATE_FILE || join(tmpdir(), 'foot-massage-coach', 'user-state.json'),
  );
}
