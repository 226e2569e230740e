import type { RequestEnvelope } from 'ask-sdk-model';
import { nodeCrypto } from './node-crypto';

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
  return nodeCrypto().createHash('sha256').update(userIdOf(envelope)).digest('hex');
}
