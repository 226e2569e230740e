import type { AddressInfo } from 'node:net';
import { chooseAdapter } from '../../lambda/persistence/choose-adapter';
import { configureSkill } from '../../lambda/skill';
import { createEndpoint } from './app';

/**
 * `npm run serve`: the same skill as the Lambda function, as a self-hosted web service. Alexa only
 * calls HTTPS on port 443, so put it behind a TLS-terminating reverse proxy. Configuration comes
 * from the environment: HOST, PORT, SKILL_ID, and the persistence settings of choose-adapter.ts.
 */
const skillId = process.env.SKILL_ID || undefined;
const skill = configureSkill({ persistenceAdapter: chooseAdapter(), skillId }).create();
const app = createEndpoint({ skill, skillId });

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, host, () => {
  const address = server.address() as AddressInfo;
  console.log(`[fmc] listening on http://${address.address}:${address.port}/`);
  if (!skillId) console.log('[fmc] SKILL_ID is not set: requests for any skill are accepted');
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
