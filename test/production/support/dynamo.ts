import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { DynamoDbPersistenceAdapter } from '../../../lambda/persistence/dynamodb-adapter';
import { storageKeyOf } from '../../../lambda/persistence/keys';
import { envelope, launch } from './conversation';

export const TABLE = 'fmc-user-state';
export const REGION = 'us-east-1';

// dynalite accepts any credentials; the SDK only needs some to sign with.
process.env.AWS_ACCESS_KEY_ID ??= 'test';
process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
// The machine runs Node 20; the deployed function runs Node 22, where the SDK has nothing to say.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

function urlOf(server: Server): string {
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** What the fault proxy does with the next requests. */
export type Fault =
  { kind: 'none' } | { kind: 'down' } | { kind: 'slow'; delayMs: number } | { kind: 'throttle' };

/**
 * A real DynamoDB API (dynalite, in memory, on a random loopback port) behind a small proxy that
 * counts every operation the skill sends and can make the table unreachable, slow or throttling.
 */
export class LocalDynamo {
  fault: Fault = { kind: 'none' };
  readonly calls: string[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sockets = new Set<Socket>();
  /** Talks to dynalite directly, so inspecting the table is never counted or faulted. */
  readonly direct: DynamoDBClient;

  private constructor(
    private readonly dynalite: Server,
    private readonly proxy: Server,
  ) {
    this.direct = new DynamoDBClient({ endpoint: urlOf(dynalite), region: REGION });
  }

  /** The production adapter with its production budgets, pointed at this server. */
  adapter(): DynamoDbPersistenceAdapter {
    return new DynamoDbPersistenceAdapter({
      tableName: TABLE,
      region: REGION,
      endpoint: this.endpoint,
    });
  }

  static async start(): Promise<LocalDynamo> {
    const db = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }) as Server;
    db.listen(0, '127.0.0.1');
    await once(db, 'listening');
    const target = urlOf(db);

    // The proxy is made before the instance it reports to.
    const ref: { self?: LocalDynamo } = {};
    const proxy = createServer((incoming, outgoing) => {
      const me = ref.self!;
      const operation = String(incoming.headers['x-amz-target'] ?? '').split('.')[1] ?? '?';
      me.calls.push(operation);
      const fault = me.fault;
      if (fault.kind === 'down') {
        incoming.socket.destroy();
        return;
      }
      if (fault.kind === 'throttle') {
        outgoing.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        outgoing.end(
          JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
            message: 'The level of configured provisioned throughput for the table was exceeded.',
          }),
        );
        return;
      }
      const forward = () => {
        const upstream = request(
          `${target}${incoming.url ?? '/'}`,
          { method: incoming.method, headers: incoming.headers },
          (response) => {
            outgoing.writeHead(response.statusCode ?? 500, response.headers);
            response.pipe(outgoing);
          },
        );
        upstream.on('error', () => outgoing.destroy());
        incoming.pipe(upstream);
      };
      if (fault.kind === 'slow') {
        const timer = setTimeout(() => {
          me.timers.delete(timer);
          forward();
        }, fault.delayMs);
        me.timers.add(timer);
      } else {
        forward();
      }
    });
    proxy.on('connection', (socket: Socket) => {
      ref.self?.sockets.add(socket);
      socket.on('close', () => ref.self?.sockets.delete(socket));
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');

    const self = new LocalDynamo(db, proxy);
    ref.self = self;
    await self.direct.send(
      new CreateTableCommand({
        TableName: TABLE,
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    return self;
  }

  /** The endpoint the skill is given: through the proxy. */
  get endpoint(): string {
    return urlOf(this.proxy);
  }

  /** Operations counted since the last reset, e.g. { GetItem: 1, PutItem: 1 }. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.calls) counts[call] = (counts[call] ?? 0) + 1;
    return counts;
  }

  resetCounts(): void {
    this.calls.length = 0;
  }

  async item(key: string): Promise<Record<string, unknown> | undefined> {
    const result = await this.direct.send(
      new GetItemCommand({ TableName: TABLE, Key: { id: { S: key } }, ConsistentRead: true }),
    );
    const json = result.Item?.attributes?.S;
    return json === undefined ? undefined : (JSON.parse(json) as Record<string, unknown>);
  }

  async seed(key: string, attributes: Record<string, unknown>): Promise<void> {
    await this.direct.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { id: { S: key }, attributes: { S: JSON.stringify(attributes) } },
      }),
    );
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.destroy();
    this.direct.destroy();
    await Promise.all(
      [this.proxy, this.dynalite].map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
  }
}

/** The table key the skill stores a user under. */
export const storageKeyFor = (userId: string): string =>
  storageKeyOf(envelope(userId, launch(), { id: 's', isNew: true }));

/**
 * A LocalDynamo for the tests of the describe block it is called in: started before them, stopped
 * after, and with no fault and zeroed counts at the start of each. `adapter` is the production
 * adapter with its production budgets (1.5 s read, 2 s write, 3 attempts).
 */
export function useLocalDynamo(): {
  readonly dynamo: LocalDynamo;
  readonly adapter: DynamoDbPersistenceAdapter;
} {
  let started: { dynamo: LocalDynamo; adapter: DynamoDbPersistenceAdapter } | undefined;
  beforeAll(async () => {
    const dynamo = await LocalDynamo.start();
    started = { dynamo, adapter: dynamo.adapter() };
  });
  afterAll(() => started?.dynamo.stop());
  beforeEach(() => {
    started!.dynamo.fault = { kind: 'none' };
    started!.dynamo.resetCounts();
  });
  const get = () => {
    if (!started) throw new Error('the local DynamoDB starts in beforeAll: use it inside a test');
    return started;
  };
  return {
    get dynamo() {
      return get().dynamo;
    },
    get adapter() {
      return get().adapter;
    },
  };
}
