/**
 * A local stand-in for the parts of Alexa's cloud API the skill calls: the Reminders API
 * (create, get, update, delete) and the device's time zone setting. A real HTTP server on
 * 127.0.0.1, so the skill's own API client makes real requests to it; it records what it
 * received, and can be told to refuse, throttle, fail or stall, for the tests and the simulator.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export interface Received {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

/** A planned answer to the next matching call: an HTTP status, or a delay before the usual one. */
export interface Fault {
  method?: string;
  /** Matches the start of the path, e.g. "/v1/alerts/reminders". */
  path?: string;
  status?: number;
  delayMs?: number;
  /** How many calls it applies to; every one when absent. */
  times?: number;
}

export interface StoredReminder {
  alertToken: string;
  body: Record<string, unknown>;
  createdTime: string;
  updatedTime: string;
}

export interface StandInOptions {
  /** What the device reports as its time zone. */
  timeZone?: string;
  /** Keeps reminders and granted tokens in this JSON file, so they outlive the process. */
  statePath?: string;
}

interface SavedState {
  reminders: StoredReminder[];
  grantedTokens: string[];
}

export class AlexaApiStandIn {
  readonly received: Received[] = [];
  readonly reminders = new Map<string, StoredReminder>();
  /** Access tokens that carry the reminders permission; any other bearer gets a 401 on reminders. */
  readonly grantedTokens = new Set<string>();
  timeZone: string;
  private faults: Fault[] = [];
  private server?: Server;
  private readonly sockets = new Set<import('node:net').Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  url = '';

  private readonly statePath?: string;

  constructor(options: StandInOptions = {}) {
    this.timeZone = options.timeZone ?? 'America/New_York';
    this.statePath = options.statePath;
    if (this.statePath && existsSync(this.statePath)) {
      const saved = JSON.parse(readFileSync(this.statePath, 'utf8')) as Partial<SavedState>;
      for (const reminder of saved.reminders ?? [])
        this.reminders.set(reminder.alertToken, reminder);
      for (const token of saved.grantedTokens ?? []) this.grantedTokens.add(token);
    }
  }

  private save(): void {
    if (!this.statePath) return;
    const saved: SavedState = {
      reminders: [...this.reminders.values()],
      grantedTokens: [...this.grantedTokens],
    };
    mkdirSync(dirname(this.statePath), { recursive: true });
    writeFileSync(this.statePath, JSON.stringify(saved, null, 2));
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next calls matching `fault` get its status or delay. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** An access token for a user who has granted (or not) the reminders permission. */
  grant(token: string): void {
    this.grantedTokens.add(token);
    this.save();
  }

  revoke(token: string): void {
    this.grantedTokens.delete(token);
    this.save();
  }

  callsTo(method: string, pathStart: string): Received[] {
    return this.received.filter((r) => r.method === method && r.path.startsWith(pathStart));
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex(
      (f) => (!f.method || f.method === method) && (!f.path || path.startsWith(f.path)),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index] as Fault;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(index, 1);
    }
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] as string;
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const authorization = req.headers.authorization;
    this.received.push({ method, path, authorization, ...(body === undefined ? {} : { body }) });

    const fault = this.takeFault(method, path);
    if (fault?.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, fault.delayMs);
        this.timers.add(timer);
      });
      // A caller that gave up still had its call done, as a real server would: only the
      // answer is lost.
    }
    if (fault?.status) return send(res, fault.status, { code: 'FAULT', message: 'planned' });
    const bearer = authorization?.replace(/^Bearer /, '');
    this.route(method, path, bearer, body, res);
  }

  private route(
    method: string,
    path: string,
    bearer: string | undefined,
    body: unknown,
    res: ServerResponse,
  ): void {
    if (method === 'GET' && /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path)) {
      // The settings API needs no permission, only a valid access token.
      if (!bearer) return send(res, 401, { message: 'no token' });
      return send(res, 200, this.timeZone);
    }
    if (!path.startsWith('/v1/alerts/reminders')) return send(res, 404, { message: 'no route' });
    if (!bearer || !this.grantedTokens.has(bearer)) {
      return send(res, 401, { code: 'UNAUTHORIZED', message: 'permission not granted' });
    }
    const id = decodeURIComponent(path.slice('/v1/alerts/reminders'.length).replace(/^\//, ''));
    const now = new Date().toISOString();
    if (method === 'POST' && !id) {
      const alertToken = randomUUID();
      this.reminders.set(alertToken, {
        alertToken,
        body: body as Record<string, unknown>,
        createdTime: now,
        updatedTime: now,
      });
      this.save();
      return send(res, 200, {
        alertToken,
        createdTime: now,
        updatedTime: now,
        status: 'ON',
        version: '1',
      });
    }
    if (method === 'GET' && !id) {
      const alerts = [...this.reminders.values()].map((r) => this.view(r));
      return send(res, 200, { totalCount: String(alerts.length), alerts });
    }
    const stored = this.reminders.get(id);
    if (!stored) return send(res, 404, { code: 'NOT_FOUND', message: 'no such reminder' });
    if (method === 'GET') return send(res, 200, this.view(stored));
    if (method === 'PUT') {
      stored.body = body as Record<string, unknown>;
      stored.updatedTime = now;
      this.save();
      return send(res, 200, {
        alertToken: id,
        createdTime: stored.createdTime,
        updatedTime: now,
        status: 'ON',
        version: '2',
      });
    }
    if (method === 'DELETE') {
      this.reminders.delete(id);
      this.save();
      return send(res, 200, undefined);
    }
    return send(res, 405, { message: 'method not allowed' });
  }

  private view(reminder: StoredReminder): Record<string, unknown> {
    return {
      alertToken: reminder.alertToken,
      createdTime: reminder.createdTime,
      updatedTime: reminder.updatedTime,
      status: 'ON',
      ...reminder.body,
    };
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(text);
}

/** A started stand-in, for a test's `beforeAll`. */
export async function startAlexaApiStandIn(options?: StandInOptions): Promise<AlexaApiStandIn> {
  const standIn = new AlexaApiStandIn(options);
  await standIn.start();
  return standIn;
}
