import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  DEFAULT_READ_BUDGET_MS,
  DEFAULT_WRITE_BUDGET_MS,
  PARTITION_KEY,
  type DynamoDbAdapterOptions,
} from '../../../lambda/persistence/dynamodb-adapter';
import { storageKeyOf } from '../../../lambda/persistence/keys';

interface Table {
  GetItem(input: object): Promise<{ Item?: { attributes?: string } }>;
  PutItem(input: object): Promise<unknown>;
  DeleteItem(input: object): Promise<unknown>;
}

/** aws-lite has no abort signal: the budget can only stop the wait, not the request. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`DynamoDB did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * The skill's adapter (same items, same budgets) on `@aws-lite/client` with the official
 * `@aws-lite/dynamodb` plugin: the bench's "lighter maintained client" row.
 */
export class AwsLitePersistenceAdapter implements PersistenceAdapter {
  private readonly table: Promise<Table>;

  constructor(private readonly options: DynamoDbAdapterOptions) {
    // Started at construction, as the SDK adapter did: the client loads during init.
    this.table = (async () => {
      const { default: awsLite } = await import('@aws-lite/client');
      const aws = (await awsLite({
        region: options.region,
        endpoint: options.endpoint,
        retries: (options.maxAttempts ?? 3) - 1,
        plugins: [import('@aws-lite/dynamodb')],
      })) as unknown as { DynamoDB: Table };
      return aws.DynamoDB;
    })();
    this.table.catch(() => undefined);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const table = await this.table;
    const result = await within(
      this.options.readBudgetMs ?? DEFAULT_READ_BUDGET_MS,
      table.GetItem({
        TableName: this.options.tableName,
        Key: { [PARTITION_KEY]: storageKeyOf(envelope) },
        ConsistentRead: true,
      }),
    );
    const json = result.Item?.attributes;
    return json === undefined ? {} : (JSON.parse(json) as Record<string, unknown>);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
    const table = await this.table;
    await within(
      this.options.writeBudgetMs ?? DEFAULT_WRITE_BUDGET_MS,
      table.PutItem({
        TableName: this.options.tableName,
        Item: {
          [PARTITION_KEY]: storageKeyOf(envelope),
          attributes: JSON.stringify(attributes),
          schemaVersion:
            typeof attributes.schemaVersion === 'number' ? attributes.schemaVersion : 0,
          updatedAt: new Date().toISOString(),
        },
      }),
    );
  }

  async deleteAttributes(envelope: RequestEnvelope) {
    const table = await this.table;
    await within(
      this.options.writeBudgetMs ?? DEFAULT_WRITE_BUDGET_MS,
      table.DeleteItem({
        TableName: this.options.tableName,
        Key: { [PARTITION_KEY]: storageKeyOf(envelope) },
      }),
    );
  }
}
