import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamodb-adapter';
import { signPost, type Credentials } from '../../lambda/persistence/sigv4';
import { envelope, launch } from './support/conversation';
import { REGION, TABLE, useLocalDynamo } from './support/dynamo';

/** node:crypto in the shape the AWS SDK's signer takes a hash in. */
class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash =
      secret === undefined
        ? createHash('sha256')
        : createHmac('sha256', Buffer.from(secret as ArrayBuffer));
  }
  update(data: string | Uint8Array) {
    this.hash.update(data);
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset() {}
}

/** The Authorization header the AWS SDK v3 itself would send for the same request. */
async function sdkAuthorization(
  host: string,
  headers: Record<string, string>,
  body: string,
  region: string,
  credentials: Credentials,
  at: Date,
): Promise<string> {
  // The payload-hash header is S3's; DynamoDB neither needs nor gets it.
  const signer = new SignatureV4({
    credentials,
    region,
    service: 'dynamodb',
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    { method: 'POST', protocol: 'https:', hostname: host, path: '/', query: {}, headers, body },
    { signingDate: at },
  );
  return signed.headers.authorization!;
}

describe('Signature V4 of the DynamoDB requests', () => {
  it('signs exactly as the AWS SDK does, with and without a session token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-1'),
        fc.option(fc.stringMatching(/^[A-Za-z0-9/+=]{16,64}$/), { nil: undefined }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.constantFrom('GetItem', 'PutItem', 'DeleteItem'),
        async (body, region, sessionToken, at, operation) => {
          const credentials = {
            accessKeyId: 'AKIDEXAMPLE',
            secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
            sessionToken,
          };
          const host = `dynamodb.${region}.amazonaws.com`;
          const headers = {
            host,
            'content-type': 'application/x-amz-json-1.0',
            'x-amz-target': `DynamoDB_20120810.${operation}`,
          };
          const ours = signPost(
            { headers, body },
            { region, service: 'dynamodb' },
            credentials,
            at,
          );
          expect(ours.authorization).toBe(
            await sdkAuthorization(host, headers, body, region, credentials, at),
          );
          if (sessionToken) expect(ours['x-amz-security-token']).toBe(sessionToken);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the DynamoDB client on dynalite', () => {
  const local = useLocalDynamo();
  const userEnvelope = envelope('amzn1.ask.account.late', launch(), { id: 's', isNew: true });

  it('gives up on a save at its budget and never sends it again', async () => {
    const adapter = new DynamoDbPersistenceAdapter({
      tableName: TABLE,
      region: REGION,
      endpoint: local.dynamo.endpoint,
      writeBudgetMs: 300,
    });
    local.dynamo.fault = { kind: 'slow', delayMs: 600 };
    const started = performance.now();
    await expect(adapter.saveAttributes(userEnvelope, { visits: 1 })).rejects.toThrow(
      /within 300 ms/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    // Long past the budget and the proxy's delay: the abandoned save was sent once, not retried.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(local.dynamo.counts()).toEqual({ PutItem: 1 });
  });

  it('writes, reads back and forgets a user', async () => {
    await local.adapter.saveAttributes(userEnvelope, { visits: 4, tenderSpots: ['arch'] });
    expect(await local.adapter.getAttributes(userEnvelope)).toEqual({
      visits: 4,
      tenderSpots: ['arch'],
    });
    await local.adapter.deleteAttributes(userEnvelope);
    expect(await local.adapter.getAttributes(userEnvelope)).toEqual({});
    expect(local.dynamo.counts()).toEqual({ PutItem: 1, GetItem: 2, DeleteItem: 1 });
  });

  it('says what DynamoDB refused, without retrying what cannot succeed', async () => {
    const adapter = new DynamoDbPersistenceAdapter({
      tableName: 'no-such-table',
      region: REGION,
      endpoint: local.dynamo.endpoint,
    });
    await expect(adapter.getAttributes(userEnvelope)).rejects.toThrow(/ResourceNotFoundException/);
    expect(local.dynamo.counts()).toEqual({ GetItem: 1 });
  });
});
