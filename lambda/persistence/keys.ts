import type { createHash as CreateHash } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';

export function userIdOf(envelope: RequestEnvelope): string {
  const id = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!id) throw new Error('request has no user id');
  return id;
}

/**
 * Stored state is keyed by a hash of the Alexa user id, so whoever reads the table (or a backup,
 * or a memory dump) cannot tie a row to an Alexa account, while the skill still finds it directly.
 */
export function storageKeyOf(envelope: RequestEnvelope): string {
  return hash()('sha256').update(userIdOf(envelope)).digest('hex');
}

let createHash: typeof CreateHash | undefined;

/**
 * node:crypto costs a cold start ~4 ms to load; only stores keyed by the hash (DynamoDB) and
 * retried saves need it, so it loads on first use, not with the bundle.
 */
function hash(): typeof CreateHash {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  createHash ??= (require('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash;
}
