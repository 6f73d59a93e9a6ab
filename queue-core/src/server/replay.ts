// The recent events kept in memory, so that a screen that reconnects with the last sequence number it
// saw gets what it missed instead of a whole snapshot.
import type { StoredEvent } from '../store/queue-store.js';

export class ReplayRing {
  private events: StoredEvent[];

  constructor(recent: StoredEvent[], readonly limit: number) {
    this.events = recent.slice(-limit);
  }

  push(events: StoredEvent[]): void {
    this.events.push(...events);
    if (this.events.length > this.limit) this.events.splice(0, this.events.length - this.limit);
  }

  /** The events after `lastSeq` (up to `seq`, the newest), or null when they are no longer all here (a snapshot is due). */
  since(lastSeq: number, seq: number): StoredEvent[] | null {
    if (lastSeq === seq) return [];
    if (lastSeq > seq) return null;
    const first = this.events[0];
    if (!first || first.seq > lastSeq + 1) return null;
    return this.events.filter((e) => e.seq > lastSeq);
  }
}
