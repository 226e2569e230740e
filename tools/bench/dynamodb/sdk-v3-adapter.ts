import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { withBudget } from '../../../lambda/persistence/budget';
import { storageKeyOf } from '../../../lambda/persistence/keys';
import {
  DEFAULT_READ_BUDGET_MS,
  DEFAULT_WRITE_BUDGET_MS,
  PARTITION_KEY,
  type DynamoDbAdapterOptions,
} from '../../../lambda/persistence/dynamodb-adapter';

type Sdk = typeof import('@aws-sdk/client-dynamodb');

/**
 * The skill's DynamoDB adapter as it was on the AWS SDK v3 (same budgets, same items), kept for the
 * bench's rows "SDK v3 from the runtime" and "SDK v3 bundled": the figures the choice of client
 * rests on.
 */
export class SdkV3PersistenceAdapter implements PersistenceAdapter {
  private readonly sdk: Promise<{ sdk: Sdk; client: DynamoDBClient }>;
  private readonly tableName: string;
  private readonly readBudgetMs: number;
  private readonly writeBudgetMs: number;

  constructor(options: DynamoDbAdapterOptions & { client?: DynamoDBClient }) {
    this.tableName = options.tableName;
    this.readBudgetMs = options.readBudgetMs ?? DEFAULT_READ_BUDGET_MS;
    this.writeBudgetMs = options.writeBudgetMs ?? DEFAULT_WRITE_BUDGET_MS;
    // Started here, so on Lambda the SDK loads during init, and never when no table is configured.
    // A CommonJS require, not import(): the runtime provides the SDK through NODE_PATH, which ESM
    // resolution ignores.
    this.sdk = Promise.resolve().then(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sdk = require('@aws-sdk/client-dynamodb') as Sdk;
      const client =
        options.client ??
        new sdk.DynamoDBClient({
          region: options.region,
          endpoint: options.endpoint,
          maxAttempts: options.maxAttempts ?? 3,
          // A connection that can't open in half a second won't open in time to help.
          requestHandler: { connectionTimeout: 500, requestTimeout: this.writeBudgetMs },
        });
      return { sdk, client };
    });
    // A failed load surfaces on the first call, where the interceptors handle it.
    this.sdk.catch(() => undefined);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const key = storageKeyOf(envelope);
    const { sdk, client } = await this.sdk;
    const result = await withBudget(this.readBudgetMs, (abortSignal) =>
      client.send(
        new sdk.GetItemCommand({
          TableName: this.tableName,
          Key: { [PARTITION_KEY]: { S: key } },
          ConsistentRead: true,
        }),
        { abortSignal },
      ),
    );
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
    const { sdk, client } = await this.sdk;
    await withBudget(this.writeBudgetMs, (abortSignal) =>
      client.send(
        new sdk.PutItemCommand({
          TableName: this.tableName,
          Item: {
            [PARTITION_KEY]: { S: key },
            // One JSON attribute: the state is read and written whole, and stays one small item.
            attributes: { S: JSON.stringify(attributes) },
            schemaVersion: { N: String(version) },
            updatedAt: { S: new Date().toISOString() },
          },
        }),
        { abortSignal },
      ),
    );
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const key = storageKeyOf(envelope);
    const { sdk, client } = await this.sdk;
    await withBudget(this.writeBudgetMs, (abortSignal) =>
      client.send(
        new sdk.DeleteItemCommand({
          TableName: this.tableName,
          Key: { [PARTITION_KEY]: { S: key } },
        }),
        { abortSignal },
      ),
    );
  }
}
