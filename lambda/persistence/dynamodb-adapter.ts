import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbClient } from './dynamodb-client';
import { withBudget } from './budget';
import { storageKeyOf } from './keys';

export interface DynamoDbAdapterOptions {
  tableName: string;
  region?: string;
  /** A local DynamoDB-compatible server (tests, self-hosting); unset on AWS. */
  endpoint?: string;
  /** The whole read, retries included, must fit in this; Alexa gives the skill 8 s in all. */
  readBudgetMs?: number;
  writeBudgetMs?: number;
  /** Attempts per call, the first included; throttling retries stay inside the budget anyway. */
  maxAttempts?: number;
}

export const DEFAULT_READ_BUDGET_MS = 1500;
export const DEFAULT_WRITE_BUDGET_MS = 2000;

/** The attribute the key lives in; the template's table declares the same name. */
export const PARTITION_KEY = 'id';

/**
 * User state in DynamoDB through a client of the skill's own (./dynamodb-client), not
 * ask-sdk-dynamodb-persistence-adapter and its SDK v2, nor the AWS SDK v3 the runtime ships: both
 * cost a cold start far more CPU than the whole skill (README, "DynamoDB client"). Every call
 * carries a deadline: a slow or throttling table costs the user a short wait at most, never
 * Alexa's 8 s limit.
 */
export class DynamoDbPersistenceAdapter implements PersistenceAdapter {
  private readonly client: DynamoDbClient;
  private readonly tableName: string;
  private readonly readBudgetMs: number;
  private readonly writeBudgetMs: number;

  constructor(options: DynamoDbAdapterOptions) {
    this.tableName = options.tableName;
    this.readBudgetMs = options.readBudgetMs ?? DEFAULT_READ_BUDGET_MS;
    this.writeBudgetMs = options.writeBudgetMs ?? DEFAULT_WRITE_BUDGET_MS;
    this.client = new DynamoDbClient({
      region: options.region ?? 'us-east-1',
      endpoint: options.endpoint,
      maxAttempts: options.maxAttempts ?? 3,
      connectTimeoutMs: 500,
    });
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const key = storageKeyOf(envelope);
    const result = (await withBudget(this.readBudgetMs, (signal) =>
      this.client.send(
        'GetItem',
        {
          TableName: this.tableName,
          Key: { [PARTITION_KEY]: { S: key } },
          ConsistentRead: true,
        },
        signal,
      ),
    )) as { Item?: { attributes?: { S?: string } } };
    const json = result.Item?.attributes?.S;
    if (json === undefined) return {};
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }

  async saveAttributes(
    envelope: RequestEnvelope,
    attributes: Record<string, unknown>,
  ): Promise<void> {
    const key = storageKeyOf(envelope);
    const version = typeof attributes.schemaVersion === 'number' ? attributes.schemaVersion : 0;
    await withBudget(this.writeBudgetMs, (signal) =>
      this.client.send(
        'PutItem',
        {
          TableName: this.tableName,
          Item: {
            [PARTITION_KEY]: { S: key },
            // One JSON attribute: the state is read and written whole, and stays one small item.
            attributes: { S: JSON.stringify(attributes) },
            schemaVersion: { N: String(version) },
            updatedAt: { S: new Date().toISOString() },
          },
        },
        signal,
      ),
    );
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const key = storageKeyOf(envelope);
    await withBudget(this.writeBudgetMs, (signal) =>
      this.client.send(
        'DeleteItem',
        { TableName: this.tableName, Key: { [PARTITION_KEY]: { S: key } } },
        signal,
      ),
    );
  }
}
