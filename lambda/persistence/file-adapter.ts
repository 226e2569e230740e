import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

type Store = Record<string, Record<string, unknown>>;

function userIdOf(envelope: RequestEnvelope): string {
  const id = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!id) throw new Error('request has no user id');
  return id;
}

/**
 * The embedded default store: one JSON file keyed by user id, so the simulator remembers a
 * routine between runs with no account and no network. Writes go through a temp file and a
 * rename, so a crash mid-write can't leave half a file behind.
 */
export class FilePersistenceAdapter implements PersistenceAdapter {
  constructor(private readonly path: string) {}

  private read(): Store {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.path, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Store) : {};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }

  private write(store: Store): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(store, null, 2));
    renameSync(temp, this.path);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return this.read()[userIdOf(envelope)] ?? {};
  }

  async saveAttributes(
    envelope: RequestEnvelope,
    attributes: Record<string, unknown>,
  ): Promise<void> {
    const store = this.read();
    store[userIdOf(envelope)] = attributes;
    this.write(store);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const store = this.read();
    delete store[userIdOf(envelope)];
    this.write(store);
  }
}
