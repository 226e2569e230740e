type NodeCrypto = typeof import('node:crypto');

let loaded: NodeCrypto | undefined;

/**
 * node:crypto costs a cold start ~3 ms to load when nothing else has; only the hashed storage keys
 * and the signed DynamoDB requests need it, so it loads on first use, not with the bundle.
 */
export function nodeCrypto(): NodeCrypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('node:crypto') as NodeCrypto;
  return loaded;
}
