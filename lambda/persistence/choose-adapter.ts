import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from './dynamodb-adapter';
import { FilePersistenceAdapter } from './file-adapter';

function positive(value: string | undefined): number | undefined {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : undefined;
}

/**
 * FMC_TABLE picks DynamoDB (the deployed stack sets it, with the runtime's AWS_REGION);
 * FMC_DYNAMODB_ENDPOINT points at a local DynamoDB-compatible server instead of AWS.
 *
 * Without a table, the embedded default: a local JSON file. FMC_STATE_FILE moves it (the simulator
 * keeps it in the project's .local/ folder); without it the file lands in the OS temp folder, the
 * one writable place on Lambda.
 */
export function chooseAdapter(env: NodeJS.ProcessEnv = process.env): PersistenceAdapter {
  if (env.FMC_TABLE) {
    return new DynamoDbPersistenceAdapter({
      tableName: env.FMC_TABLE,
      region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
      endpoint: env.FMC_DYNAMODB_ENDPOINT || undefined,
      readBudgetMs: positive(env.FMC_READ_BUDGET_MS),
      writeBudgetMs: positive(env.FMC_WRITE_BUDGET_MS),
    });
  }
  return new FilePersistenceAdapter(
    env.FMC_STATE_FILE || join(tmpdir(), 'foot-massage-coach', 'user-state.json'),
  );
}
