import type { UserState } from '../state/user-state';

export interface PendingSave {
  state: UserState;
  /** Built on a blank stand-in (the read failed too): merge it over what is stored, never replace. */
  standIn: boolean;
}

/**
 * States whose final write failed, kept in memory until the same user's next session in this
 * process reads storage successfully and writes them back. A Lambda container or `npm run serve`
 * lives for many sessions, so this rescues most outages; it is bounded so it can't grow without
 * end, and it holds only hashed keys.
 */
export class PendingSaves {
  private readonly entries = new Map<string, PendingSave>();

  constructor(private readonly capacity = 500) {}

  put(key: string, pending: PendingSave): void {
    this.entries.delete(key);
    this.entries.set(key, pending);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  take(key: string): PendingSave | undefined {
    const pending = this.entries.get(key);
    this.entries.delete(key);
    return pending;
  }

  drop(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
