import type { DynamoDbAdapterOptions } from '../../../../lambda/persistence/dynamodb-adapter';

/** The table the bench's children are pointed at, read as lambda/persistence/choose-adapter does. */
export const tableOptions = (): DynamoDbAdapterOptions => ({
  tableName: process.env.FMC_TABLE!,
  region: process.env.AWS_REGION,
  endpoint: process.env.FMC_DYNAMODB_ENDPOINT,
});
