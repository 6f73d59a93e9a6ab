// Whether the daemon can keep what it is told: the outcome of the database's last write and the free space
// on the data folder's disk, read with statfs now and then. The health report and the alerts read it; a
// change is announced at once, so a write that fails reaches the head of the service without waiting.
import { statfs } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isDiskFull, type SqliteDb, type WriteOutcome } from '../store/sqlite.js';
import type { StorageReading } from '../domain/alerts.js';

/** Less free than this is a full disk, whatever the last write said: SQLite needs room for its journal. */
const FULL_BYTES = 1024 * 1024;

export interface StorageWatchOptions {
  /** Free space below which the disk is low (from `alerts.lowDiskMegabytes`). */
  lowBytes: () => number;
  checkMs?: number;
  log?: (line: string) => void;
}

export class StorageWatch {
  readonly folder: string;
  private space: { freeBytes: number; totalBytes: number } | { error: string } | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastState: StorageReading['state'] = 'ok';
  private listeners: ((reading: StorageReading) => void)[] = [];

  constructor(private readonly db: SqliteDb, folder: string, private readonly options: StorageWatchOptions) {
    this.folder = resolve(folder);
    db.onWrite(() => this.changed());
  }

  static async start(db: SqliteDb, folder: string, options: StorageWatchOptions): Promise<StorageWatch> {
    const watch = new StorageWatch(db, folder, options);
    await watch.check();
    watch.timer = setInterval(() => void watch.check(), options.checkMs ?? 30_000);
    watch.timer.unref();
    return watch;
  }

  /** Reads the free space again. Never rejects. */
  async check(): Promise<void> {
    try {
      const s = await statfs(this.folder);
      this.space = { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch (e) {
      this.space = { error: (e as Error).message };
    }
    this.changed();
  }

  /** Called when the reading's state changes (the alerts look again). */
  onChange(listener: (reading: StorageReading) => void): void {
    this.listeners.push(listener);
  }

  get lastWrite(): WriteOutcome | null {
    return this.db.lastWrite;
  }

  /** The state now: a full disk first, then a failing write, then little room left. */
  reading(): StorageReading {
    const write = this.db.lastWrite;
    const free = this.space && 'freeBytes' in this.space ? this.space.freeBytes : null;
    const base = { folder: this.folder, freeBytes: free };
    if ((write && !write.ok && isDiskFull(write.code)) || (free !== null && free < FULL_BYTES)) return { ...base, state: 'full' };
    if (write && !write.ok) return { ...base, state: 'failed', detail: `${write.code}: ${write.message}` };
    if (free !== null && free < this.options.lowBytes()) return { ...base, state: 'low' };
    return { ...base, state: 'ok' };
  }

  /** The health report's part: the database's last write and the disk's room. */
  health() {
    const r = this.reading();
    const write = this.db.lastWrite;
    const space = this.space && 'freeBytes' in this.space ? this.space : null;
    return {
      database: {
        state: write && !write.ok ? 'failed' : 'ok',
        lastWrite: write ? (write.ok ? { ok: true, at: write.at } : { ok: false, at: write.at, code: write.code, error: write.message }) : null,
        ...(write && !write.ok ? { detail: r.state === 'full' ? `disk full: ${this.folder}` : `writes fail: ${write.code}: ${write.message}` } : {}),
      },
      disk: {
        state: r.state === 'full' ? 'full' : r.state === 'low' ? 'low' : space ? 'ok' : 'unknown',
        folder: this.folder,
        freeMegabytes: space ? Math.floor(space.freeBytes / 1048576) : null,
        totalMegabytes: space ? Math.floor(space.totalBytes / 1048576) : null,
        ...(r.state === 'full' ? { detail: `disk full: ${this.folder}` } : r.state === 'low' ? { detail: `low disk space: ${Math.floor(r.freeBytes! / 1048576)} MB free in ${this.folder}` } : {}),
        ...(this.space && 'error' in this.space ? { detail: `cannot read the free space: ${this.space.error}` } : {}),
      },
    };
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private changed() {
    const reading = this.reading();
    if (reading.state === this.lastState) return;
    this.options.log?.(`storage: ${reading.state}${reading.detail ? ` (${reading.detail})` : ''} in ${this.folder}`);
    this.lastState = reading.state;
    for (const listener of this.listeners) listener(reading);
  }
}
