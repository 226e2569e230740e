import { nodeCrypto } from './node-crypto';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignedRequest {
  /** Lower-case names; `host` included. Signed as given, so nothing may be added after. */
  headers: Record<string, string>;
  body: string;
}

const sha256Hex = (data: string) => nodeCrypto().createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  nodeCrypto().createHmac('sha256', key).update(data).digest();

/** `20261202T154501Z`, as Signature Version 4 writes a time. */
export const amzDateOf = (at: Date) => at.toISOString().replace(/[-:]|\.\d{3}/g, '');

/**
 * AWS Signature Version 4 for a POST to `/` with no query, the only request the skill sends: the
 * DynamoDB JSON API. Returns the headers to send, `authorization` and `x-amz-date` added.
 */
export function signPost(
  request: SignedRequest,
  scope: { region: string; service: string },
  credentials: Credentials,
  at: Date = new Date(),
): Record<string, string> {
  const amzDate = amzDateOf(at);
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, 'x-amz-date': amzDate };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const canonical = [
    'POST',
    '/',
    '',
    ...names.map((name) => `${name}:${headers[name]!.trim().replace(/\s+/g, ' ')}`),
    '',
    signedHeaders,
    sha256Hex(request.body),
  ].join('\n');
  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, credentialScope, sha256Hex(canonical)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), scope.region), scope.service),
    'aws4_request',
  );
  const signature = nodeCrypto().createHmac('sha256', key).update(toSign).digest('hex');
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}
