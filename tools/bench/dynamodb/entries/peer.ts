import { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import { DynamoDB } from 'aws-sdk';
import { helloWorld } from '../../hello-world/skill';

/**
 * The peer: Amazon's hello world with ask-sdk's own DynamoDB persistence adapter (on the AWS SDK
 * v2), what most skills that remember anything ship. Its launch reads the user's attributes, as
 * the skill's does.
 */
export const handler = helloWorld()
  .withPersistenceAdapter(
    new DynamoDbPersistenceAdapter({
      tableName: process.env.FMC_TABLE!,
      partitionKeyName: 'id',
      dynamoDBClient: new DynamoDB({
        region: process.env.AWS_REGION,
        endpoint: process.env.FMC_DYNAMODB_ENDPOINT,
      }),
    }),
  )
  .addRequestInterceptors(async (input) => {
    if (input.requestEnvelope.session?.new) await input.attributesManager.getPersistentAttributes();
  })
  .lambda();
