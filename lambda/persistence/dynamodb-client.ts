import type { Agent as HttpAgent, IncomingMessage } from 'node:http';
import { nodeCrypto } from './node-crypto';
import { signPost, type Credentials } from './sigv4';

export type Operation = 'GetItem' | 'PutItem' | 'DeleteItem';

export interface DynamoDbClientOptions {
  region: string;
  /** A local DynamoDB-compatible server; unset on AWS, where the regional endpoint is used. */
  endpoint?: string;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** A connection that can't open in this long won't open in time to help. */
  connectTimeoutMs: number;
  /** On Lambda the runtime puts the function role's credentials in the environment. */
  credentials?: () => Credentials;
}

/** An answer from DynamoDB that is not a success, or a request that never got one. */
export class DynamoDbError extends Error {
  constructor(
    message: string,
    /** DynamoDB's error type (e.g. ProvisionedThroughputExceededException), or the socket's code. */
    readonly code: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DynamoDbError';
  }
}

/** Error types DynamoDB documents as worth retrying; any 5xx is too. */
const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
]);

function environmentCredentials(): Credentials {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey)
    throw new DynamoDbError('no AWS credentials in the environment', 'NoCredentials', false);
  return { accessKeyId, secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN || undefined };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The DynamoDB JSON API for the three operations the skill uses, over Node's own HTTP client and a
 * Signature V4 of its own: a cold start with the AWS SDK v3 costs ~60 ms more CPU, with aws-lite
 * ~8 ms more (README, "DynamoDB client"), nearly all of it loading and setting up code the skill
 * never calls.
 *
 * Keep-alive connections are reused across invocations of a warm container, as the SDK does.
 * Retries back off with jitter and stop the moment the caller's signal aborts: a request abandoned
 * at its budget is destroyed and never sent again, so a late save cannot land twice.
 */
export class DynamoDbClient {
  private readonly url: URL;
  private readonly region: string;
  private readonly agent: HttpAgent;
  private readonly http: typeof import('node:http');
  private readonly credentials: () => Credentials;

  constructor(private readonly options: DynamoDbClientOptions) {
    this.region = options.region;
    this.url = new URL(options.endpoint ?? `https://dynamodb.${options.region}.amazonaws.com`);
    // Loaded here, when a table is configured, so on Lambda during init (a full vCPU), and never
    // on the file store. DynamoDB on AWS is HTTPS; only a local stand-in is plain HTTP.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.http = require(
      this.url.protocol === 'http:' ? 'node:http' : 'node:https',
    ) as typeof import('node:http');
    this.agent = new this.http.Agent({ keepAlive: true, maxSockets: 16 });
    // The first request hashes the user id and signs: node:crypto loads now, at init, not then.
    nodeCrypto();
    this.credentials = options.credentials ?? environmentCredentials;
  }

  async send(
    operation: Operation,
    input: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<Record<string, unknown>> {
    const body = JSON.stringify(input);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(operation, body, signal);
      } catch (error) {
        const retryable = error instanceof DynamoDbError && error.retryable;
        if (signal.aborted || !retryable || attempt >= this.options.maxAttempts) throw error;
        // Full jitter, as the SDK's standard mode: 0-50 ms, then 0-100 ms.
        await sleep(Math.random() * 50 * 2 ** (attempt - 1), signal);
      }
    }
  }

  private once(
    operation: Operation,
    body: string,
    signal: AbortSignal,
  ): Promise<Record<string, unknown>> {
    const headers = signPost(
      {
        headers: {
          host: this.url.host,
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': `DynamoDB_20120810.${operation}`,
        },
        body,
      },
      { region: this.region, service: 'dynamodb' },
      this.credentials(),
    );
    headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const request = this.http.request(
        {
          protocol: this.url.protocol,
          hostname: this.url.hostname,
          port: this.url.port || undefined,
          method: 'POST',
          path: '/',
          headers,
          agent: this.agent,
          signal,
        },
        (response) => collect(response, operation).then(resolve, reject),
      );
      request.on('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(
          () =>
            request.destroy(
              new DynamoDbError(
                `no connection to DynamoDB within ${this.options.connectTimeoutMs} ms`,
                'ConnectTimeout',
                true,
              ),
            ),
          this.options.connectTimeoutMs,
        );
        socket.once('connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof DynamoDbError) return reject(error);
        // Aborted by the caller: not retried (send() sees the signal), and destroyed, never resent.
        reject(
          new DynamoDbError(
            `DynamoDB request failed: ${error.message}`,
            error.code ?? 'Network',
            true,
            {
              cause: error,
            },
          ),
        );
      });
      request.end(body);
    });
  }
}

function collect(
  response: IncomingMessage,
  operation: Operation,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('error', (error) =>
      reject(new DynamoDbError(`DynamoDB answer cut off: ${error.message}`, 'Network', true)),
    );
    response.on('end', () => {
      const status = response.statusCode ?? 0;
      let parsed: Record<string, unknown>;
      try {
        parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return reject(
          new DynamoDbError(`DynamoDB answered ${status} with no JSON`, 'BadAnswer', status >= 500),
        );
      }
      if (status === 200) return resolve(parsed);
      // "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException"
      const type =
        String(parsed.__type ?? '')
          .split('#')
          .pop() || `Http${status}`;
      const message = String(parsed.message ?? parsed.Message ?? '');
      reject(
        new DynamoDbError(
          `DynamoDB ${operation}: ${type}${message ? `: ${message}` : ''}`,
          type,
          status >= 500 || RETRYABLE.has(type),
        ),
      );
    });
  });
}
