import { configureSkill } from '../../../../lambda/skill';
import { AwsLitePersistenceAdapter } from '../aws-lite-adapter';
import { tableOptions } from './options';

/** The skill's Lambda entry on `@aws-lite/client` and `@aws-lite/dynamodb`. */
export const handler = configureSkill({
  persistenceAdapter: new AwsLitePersistenceAdapter(tableOptions()),
}).lambda();
