import type { AddressInfo } from 'node:net';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import { chooseAdapter } from '../../../lambda/persistence/choose-adapter';
import { configureSkill } from '../../../lambda/skill';
import { createEndpoint } from '../../serve/app';

/**
 * `npm run serve`'s endpoint for the load test: the same createEndpoint, skill and storage
 * (FMC_STATE_FILE), with one difference. tools/serve has no switch to turn the signature check
 * off, on purpose, so this loopback-only child passes a verifier that accepts every request
 * through the endpoint's own `signatureVerifier` option. The timestamp check stays on.
 */
class AcceptEverySignature extends SkillRequestSignatureVerifier {
  override async verify(): Promise<void> {}
}

export type ServerMessage =
  { kind: 'listening'; port: number } | { kind: 'memory'; rss: number; heapUsed: number };

const send = (message: ServerMessage) => process.send?.(message);

const skill = configureSkill({ persistenceAdapter: chooseAdapter() }).create();
const app = createEndpoint({ skill, signatureVerifier: new AcceptEverySignature() });
const server = app.listen(0, '127.0.0.1', () => {
  send({ kind: 'listening', port: (server.address() as AddressInfo).port });
});

process.on('message', (message) => {
  if (message === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ kind: 'memory', rss, heapUsed });
  } else if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
// The bench going away must not leave a server behind.
process.on('disconnect', () => process.exit(0));
