import { configureSkill } from '../../../../lambda/skill';
import { SdkV3PersistenceAdapter } from '../sdk-v3-adapter';
import { tableOptions } from './options';

/** The skill's Lambda entry as it was, on the AWS SDK v3 (built twice: external and bundled). */
export const handler = configureSkill({
  persistenceAdapter: new SdkV3PersistenceAdapter(tableOptions()),
}).lambda();
