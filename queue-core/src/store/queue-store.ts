// Where the queue's state is kept: every accepted command's events and the entities they changed are
// written in one transaction before anyone hears of them. On start the state of the current office day is
// read back, so a restart after a power cut continues exactly from what was acknowledged.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Booking, Booth, QueueEvent, QueueState, Ticket } from '../domain/types.js';
import { DURABLE_PRAGMAS, SqliteDb, type Statement } from './sqlite.js';
import { migrate } from './migrations.js';
import { localTime } from '../domain/office-time.js';

export interface StoredEvent {
  seq: number;
  event: QueueEvent;
}

export class StoreError extends Error {
  constructor(readonly code: 'STORAGE_FAILED' | 'INTEGRITY_FAILED', message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The number of a ticket's own direction, kept apart from a direction it was transferred to. */
const numberDirection = (t: Ticket) => t.id.split('/')[1]!;

export class QueueStore {
  private seq = 0;
  /** The office's time zone, for the local hour kept with each ticket for the statistics. */
  timeZone = 'UTC';
  private constructor(readonly db: SqliteDb) {}

  static async open(file: string): Promise<QueueStore> {
    const db = await SqliteDb.open(file).catch((e: Error) => {
      throw new StoreError('STORAGE_FAILED', `cannot open ${file}: ${e.message}`);
    });
    try {
      await db.exec(DURABLE_PRAGMAS);
      const check = await db.all<{ quick_check: string }>('PRAGMA quick_check');
      if (check.length !== 1 || check[0]!.quick_check !== 'ok') {
        throw new StoreError('INTEGRITY_FAILED', `database ${file} failed its integrity check: ${check.map((r) => r.quick_check).join('; ')}. Restore the latest backup.`);
      }
      await migrate(db);
      const store = new QueueStore(db);
      store.seq = (await db.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM events'))?.seq ?? 0;
      return store;
    } catch (e) {
      await db.close().catch(() => {});
      if (e instanceof StoreError) throw e;
      const code = (e as { code?: string }).code;
      const hint = code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? ' The file is damaged: restore the latest copy from the backups folder beside it.' : '';
      throw new StoreError('STORAGE_FAILED', `${file}: ${(e as Error).message}.${hint}`);
    }
  }

  get lastSeq(): number {
    return this.seq;
  }

  /**
   * Reads the state as it was last committed. `base` supplies what was never stored (booths of a new
   * install); the day is the stored office day, which the caller rolls forward if the calendar moved on.
   */
  async load(base: QueueState): Promise<QueueState> {
    const meta = new Map((await this.db.all<{ key: string; value: string }>('SELECT key, value FROM meta')).map((r) => [r.key, JSON.parse(r.value)]));
    // Before the first day roll no day is stored: the newest ticket's day is the last day worked.
    const newest = await this.db.get<{ day: string | null }>('SELECT max(day) AS day FROM tickets');
    const day: string = meta.get('day') ?? newest?.day ?? base.day;
    const tickets: Record<string, Ticket> = {};
    const lastNumber: Record<string, number> = {};
    for (const row of await this.db.all<{ body: string }>('SELECT body FROM tickets WHERE day = ?', [day])) {
      const t = JSON.parse(row.body) as Ticket;
      tickets[t.id] = t;
      const dir = numberDirection(t);
      lastNumber[dir] = Math.max(lastNumber[dir] ?? 0, t.number);
    }
    const booths = { ...base.booths };
    for (const row of await this.db.all<{ body: string }>('SELECT body FROM booths')) {
      const b = JSON.parse(row.body) as Booth;
      if (booths[b.number]) booths[b.number] = b; // a booth removed from the config stays out
    }
    const bookings: Record<string, Booking> = {};
    for (const row of await this.db.all<{ body: string }>('SELECT body FROM bookings WHERE day >= ?', [day])) {
      const b = JSON.parse(row.body) as Booking;
      bookings[b.id] = b;
    }
    return { day, lastNumber, tickets, booths, bookings, serviceTimes: meta.get('serviceTimes') ?? {}, bookingSeq: meta.get('bookingSeq') ?? 0 };
  }

  /** Writes one command's events and changed entities atomically; returns the events with their numbers. */
  async commit(prev: QueueState, next: QueueState, events: QueueEvent[], request?: { key: string; reply: unknown }): Promise<StoredEvent[]> {
    if (events.length === 0 && !request) return [];
    const first = this.seq + 1;
    const writes: Statement[] = [];
    let seq = first;
    for (const event of events) {
      writes.push({ sql: 'INSERT INTO events (seq, at, type, body) VALUES (?, ?, ?, ?)', params: [seq++, event.at, event.type, JSON.stringify(event)] });
      if (event.type === 'ticket') writes.push(this.putTicket(event.ticket));
      else if (event.type === 'booth') writes.push({ sql: 'INSERT OR REPLACE INTO booths (number, body) VALUES (?, ?)', params: [event.booth.number, JSON.stringify(event.booth)] });
      else if (event.type === 'booking') {
        const b = event.booking;
        writes.push({ sql: 'INSERT OR REPLACE INTO bookings (id, day, code, state, at, body) VALUES (?, ?, ?, ?, ?, ?)', params: [b.id, b.day, b.code, b.state, b.at, JSON.stringify(b)] });
      }
    }
    if (request) writes.push({ sql: 'INSERT INTO requests (key, at, reply) VALUES (?, ?, ?)', params: [request.key, events[0]?.at ?? 0, JSON.stringify(request.reply)] });
    if (prev.day !== next.day) {
      writes.push(this.putMeta('day', next.day));
      // Keys live long enough for any retry; the events log keeps a month for audits and resyncs.
      const dayStart = events.find((e) => e.type === 'day')?.at ?? 0;
      writes.push({ sql: 'DELETE FROM requests WHERE at < ?', params: [dayStart - 86_400_000] });
      writes.push({ sql: 'DELETE FROM events WHERE at < ?', params: [dayStart - 31 * 86_400_000] });
    }
    if (prev.serviceTimes !== next.serviceTimes) writes.push(this.putMeta('serviceTimes', next.serviceTimes));
    if (prev.bookingSeq !== next.bookingSeq) writes.push(this.putMeta('bookingSeq', next.bookingSeq));
    try {
      await this.db.batch(writes);
    } catch (e) {
      throw new StoreError('STORAGE_FAILED', `could not save: ${(e as Error).message}`);
    }
    this.seq = first + events.length - 1;
    return events.map((event, i) => ({ seq: first + i, event }));
  }

  private putTicket(t: Ticket): Statement {
    return {
      sql: `INSERT OR REPLACE INTO tickets (id, day, number_direction, number, label, direction, state, priority, booking_id, source,
         issued_at, called_at, started_at, finished_at, booth, staff_id, result, recalls, transfers, body, hour)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [t.id, t.day, numberDirection(t), t.number, t.label, t.directionId, t.state, t.priority, t.bookingId, t.source,
        t.issuedAt, t.calledAt, t.startedAt, t.finishedAt, t.booth, t.staffId, t.result, t.recalls, t.transfers, JSON.stringify(t),
        Math.floor(localTime(t.issuedAt, this.timeZone).minutes / 60)],
    };
  }

  private putMeta(key: string, value: unknown): Statement {
    return { sql: 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', params: [key, JSON.stringify(value)] };
  }

  /** The newest `limit` events, oldest first: what a reconnecting client may have missed. */
  async recentEvents(limit: number): Promise<StoredEvent[]> {
    const rows = await this.db.all<{ seq: number; body: string }>('SELECT seq, body FROM events ORDER BY seq DESC LIMIT ?', [limit]);
    return rows.reverse().map((r) => ({ seq: r.seq, event: JSON.parse(r.body) as QueueEvent }));
  }

  /** Every alert event still in the log, oldest first: the alerts are rebuilt from them on start. */
  async alertEvents(): Promise<QueueEvent[]> {
    const rows = await this.db.all<{ body: string }>("SELECT body FROM events WHERE type = 'alert' ORDER BY seq");
    return rows.map((r) => JSON.parse(r.body) as QueueEvent);
  }

  /** The reply already given to a request with this key, if any. */
  async findRequest(key: string): Promise<unknown | undefined> {
    const row = await this.db.get<{ reply: string }>('SELECT reply FROM requests WHERE key = ?', [key]);
    return row ? JSON.parse(row.reply) : undefined;
  }

  async ticket(id: string): Promise<Ticket | null> {
    const row = await this.db.get<{ body: string }>('SELECT body FROM tickets WHERE id = ?', [id]);
    return row ? (JSON.parse(row.body) as Ticket) : null;
  }

  /**
   * An online copy of the database into `dir` as queue-<day>.sqlite, keeping the newest `keep` copies.
   * VACUUM INTO writes a consistent, compact copy while the daemon keeps working.
   */
  async backup(dir: string, day: string, keep: number): Promise<string> {
    await mkdir(dir, { recursive: true });
    const file = join(dir, `queue-${day}.sqlite`);
    await rm(file, { force: true });
    await this.db.run('VACUUM INTO ?', [file]);
    const copies = (await readdir(dir)).filter((f) => /^queue-\d{4}-\d{2}-\d{2}\.sqlite$/.test(f)).sort();
    for (const old of copies.slice(0, Math.max(0, copies.length - keep))) await rm(join(dir, old), { force: true });
    return file;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
