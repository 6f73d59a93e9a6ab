// Where the queue's state is kept: every accepted command's events and the entities they changed are
// written in one transaction before anyone hears of them. On start the state of the current office day is
// read back, so a restart after a power cut continues exactly from what was acknowledged.
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Booking, Booth, QueueEvent, QueueState, Ticket } from '../domain/types.js';
import type { NormBreach } from '../domain/norm.js';
import type { Rating } from '../domain/rating.js';
import { DURABLE_PRAGMAS, SqliteDb } from './sqlite.js';
import { migrate } from './migrations.js';
import { formatClock, localTime, type Zone } from '../domain/office-time.js';
import { TicketBook } from '../domain/ticket-book.js';

export interface StoredEvent {
  seq: number;
  event: QueueEvent;
}

/** A keyed request already done: the reply it got, and the fingerprint of its body (null when stored before fingerprints were kept). */
export interface EarlierRequest {
  reply: unknown;
  bodyHash: string | null;
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
  timeZone: Zone = 'UTC';
  private constructor(readonly db: SqliteDb) {}

  static open(file: string): QueueStore {
    let db: SqliteDb;
    try {
      db = SqliteDb.open(file);
    } catch (e) {
      throw new StoreError('STORAGE_FAILED', `cannot open ${file}: ${(e as Error).message}`);
    }
    try {
      db.exec(DURABLE_PRAGMAS);
      // SQLite's own 2 MB page cache rather than the driver's 16 MB: the integrity check at start reads every
      // page, and on a big day's file would fill all 16 MB, which a Raspberry Pi then keeps for nothing;
      // the queue's commits touch a few pages each.
      db.exec('PRAGMA cache_size=-2000');
      const check = db.all<{ quick_check: string }>('PRAGMA quick_check');
      if (check.length !== 1 || check[0]!.quick_check !== 'ok') {
        throw new StoreError('INTEGRITY_FAILED', `database ${file} failed its integrity check: ${check.map((r) => r.quick_check).join('; ')}. Restore the latest backup.`);
      }
      migrate(db);
      const store = new QueueStore(db);
      store.seq = db.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM events')?.seq ?? 0;
      return store;
    } catch (e) {
      db.close();
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
  load(base: QueueState): QueueState {
    const meta = new Map((this.db.all<{ key: string; value: string }>('SELECT key, value FROM meta')).map((r) => [r.key, JSON.parse(r.value)]));
    // Before the first day roll no day is stored: the newest ticket's day is the last day worked.
    const newest = this.db.get<{ day: string | null }>('SELECT max(day) AS day FROM tickets');
    const day: string = meta.get('day') ?? newest?.day ?? base.day;
    const tickets: Ticket[] = [];
    const lastNumber: Record<string, number> = {};
    for (const row of this.db.iterate<{ body: string }>('SELECT body FROM tickets WHERE day = ?', [day])) {
      const t = JSON.parse(row.body) as Ticket;
      tickets.push(t);
      const dir = numberDirection(t);
      lastNumber[dir] = Math.max(lastNumber[dir] ?? 0, t.number);
    }
    const booths = { ...base.booths };
    for (const row of this.db.all<{ body: string }>('SELECT body FROM booths')) {
      const b = JSON.parse(row.body) as Booth;
      if (booths[b.number]) booths[b.number] = b; // a booth removed from the config stays out
    }
    const bookings: Record<string, Booking> = {};
    for (const row of this.db.all<{ body: string }>('SELECT body FROM bookings WHERE day >= ?', [day])) {
      const b = JSON.parse(row.body) as Booking;
      bookings[b.id] = b;
    }
    return { day, lastNumber, tickets: TicketBook.of(tickets), booths, bookings, serviceTimes: meta.get('serviceTimes') ?? {}, bookingSeq: meta.get('bookingSeq') ?? 0, endedDay: meta.get('endedDay') ?? null };
  }

  /**
   * Writes one command's events and changed entities, and the request's idempotency key, in one
   * transaction; returns the events with their numbers. Throws StoreError when nothing was written.
   */
  commit(prev: QueueState, next: QueueState, events: QueueEvent[], request?: { key: string; reply: unknown; bodyHash?: string }, options: { clearsFault?: boolean } = {}): StoredEvent[] {
    if (events.length === 0 && !request) return [];
    const first = this.seq + 1;
    try {
      this.db.transaction(() => {
        let seq = first;
        for (const event of events) {
          this.db.run('INSERT INTO events (seq, at, type, body) VALUES (?, ?, ?, ?)', [seq++, event.at, event.type, JSON.stringify(event)]);
          if (event.type === 'ticket') {
            this.putTicket(event.ticket, event.action === 'issued');
            if (event.ticket.bundle) this.putLifeSituation(event.ticket, event.action);
          }
          else if (event.type === 'booth') this.db.run('INSERT OR REPLACE INTO booths (number, body) VALUES (?, ?)', [event.booth.number, JSON.stringify(event.booth)]);
          else if (event.type === 'booking') {
            const b = event.booking;
            this.db.run('INSERT OR REPLACE INTO bookings (id, day, code, state, at, body) VALUES (?, ?, ?, ?, ?, ?)', [b.id, b.day, b.code, b.state, b.at, JSON.stringify(b)]);
          } else if (event.type === 'norm') this.putBreach(event.breach);
          else if (event.type === 'rating' && event.action === 'rated') this.putRating(event.rating, event.at);
        }
        if (request) this.db.run('INSERT INTO requests (key, at, reply, body_hash) VALUES (?, ?, ?, ?)', [request.key, events[0]?.at ?? 0, JSON.stringify(request.reply), request.bodyHash ?? null]);
        if (prev.day !== next.day) {
          this.putMeta('day', next.day);
          // Keys live long enough for any retry; the events log keeps a month for audits and resyncs.
          const dayStart = events.find((e) => e.type === 'day')?.at ?? 0;
          this.db.run('DELETE FROM requests WHERE at < ?', [dayStart - 86_400_000]);
          this.db.run('DELETE FROM events WHERE at < ?', [dayStart - 31 * 86_400_000]);
        }
        if (prev.serviceTimes !== next.serviceTimes) this.putMeta('serviceTimes', next.serviceTimes);
        if (prev.bookingSeq !== next.bookingSeq) this.putMeta('bookingSeq', next.bookingSeq);
        if ((prev.endedDay ?? null) !== (next.endedDay ?? null)) this.putMeta('endedDay', next.endedDay ?? null);
      }, options);
    } catch (e) {
      throw new StoreError('STORAGE_FAILED', `could not save: ${(e as Error).message}`);
    }
    this.seq = first + events.length - 1;
    return events.map((event, i) => ({ seq: first + i, event }));
  }

  /**
   * A new ticket is inserted and a changed one updated, never replaced: an id that is already taken (a
   * day that went backwards would give one) fails the whole commit instead of overwriting a served ticket.
   */
  private putTicket(t: Ticket, isNew: boolean): void {
    const hour = Math.floor(localTime(t.issuedAt, this.timeZone).minutes / 60);
    if (isNew) {
      this.db.run(
        `INSERT INTO tickets (id, day, number_direction, number, label, direction, state, priority, booking_id, source,
           issued_at, called_at, started_at, finished_at, booth, staff_id, result, recalls, transfers, body, hour)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [t.id, t.day, numberDirection(t), t.number, t.label, t.directionId, t.state, t.priority, t.bookingId, t.source,
          t.issuedAt, t.calledAt, t.startedAt, t.finishedAt, t.booth, t.staffId, t.result, t.recalls, t.transfers, JSON.stringify(t), hour],
      );
      return;
    }
    // What a ticket is (its id, day, number, issue time) never changes after it is issued.
    const changed = this.db.run(
      `UPDATE tickets SET label = ?, direction = ?, state = ?, priority = ?, booking_id = ?, source = ?, called_at = ?, started_at = ?,
         finished_at = ?, booth = ?, staff_id = ?, result = ?, recalls = ?, transfers = ?, body = ?
       WHERE id = ? AND day = ? AND number = ? AND issued_at = ?`,
      [t.label, t.directionId, t.state, t.priority, t.bookingId, t.source, t.calledAt, t.startedAt, t.finishedAt, t.booth, t.staffId,
        t.result, t.recalls, t.transfers, JSON.stringify(t), t.id, t.day, t.number, t.issuedAt],
    );
    if (changed.changes !== 1) throw new Error(`ticket ${t.id} is not the one stored under that id`);
  }

  /**
   * A ticket of a life situation, as its event says: issued (a new row), a step finished that sends it on
   * (the step kept in life_steps, since the ticket's own row moves on), or its end (completed or broken off).
   */
  private putLifeSituation(t: Ticket, action: string): void {
    const b = t.bundle!;
    if (action === 'issued') {
      this.db.run('INSERT INTO life_situations (ticket_id, day, situation, steps, step, direction, outcome, issued_at, ended_at) VALUES (?, ?, ?, ?, 0, ?, NULL, ?, NULL)', [t.id, t.day, b.id, b.steps.length, b.steps[0]?.direction ?? null, t.issuedAt]);
      return;
    }
    if (action === 'finished' && b.ended === null) {
      const hour = Math.floor(localTime(t.issuedAt, this.timeZone).minutes / 60);
      this.db.run(
        // An upsert, not INSERT OR REPLACE, so the statistics' summary's triggers see an update (stats-summary.ts).
        `INSERT INTO life_steps (ticket_id, step, day, hour, direction, staff_id, waited_from, called_at, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (ticket_id, step) DO UPDATE SET day = excluded.day, hour = excluded.hour, direction = excluded.direction, staff_id = excluded.staff_id,
           waited_from = excluded.waited_from, called_at = excluded.called_at, started_at = excluded.started_at, finished_at = excluded.finished_at`,
        [t.id, b.step, t.day, hour, t.directionId, t.staffId, b.movedAt ?? t.issuedAt, t.calledAt, t.startedAt, t.finishedAt ?? 0],
      );
    }
    if (b.ended !== null || action === 'next-step') {
      this.db.run('UPDATE life_situations SET step = ?, direction = ?, outcome = ?, ended_at = ? WHERE ticket_id = ?', [b.step, b.steps[b.step]?.direction ?? null, b.ended, b.ended ? t.finishedAt : null, t.id]);
    }
  }

  /** A ticket's breach of the norm, as its event says; a ticket breaches once. */
  private putBreach(b: NormBreach): void {
    this.db.run(
      `INSERT OR IGNORE INTO norm_breaches (ticket_id, day, at, time, direction, label, booked, norm_minutes, wait_from, cause, cause_booths, cause_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [b.ticketId, b.day, b.at, formatClock(localTime(b.at, this.timeZone).minutes), b.directionId, b.label, b.booked ? 1 : 0, b.normMinutes, b.waitFrom, b.cause.kind, b.cause.booths.join(','), b.cause.count],
    );
  }

  /** A visit's rating as its latest `rated` event says (the score, then the reason added to it). */
  private putRating(r: Rating, at: number): void {
    if (r.score === null) return;
    this.db.run(
      `INSERT INTO ratings (ticket_id, day, at, booth, staff_id, direction, score, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET score = excluded.score, reason = excluded.reason`,
      [r.ticketId, r.day, at, r.booth, r.staffId, r.directionId, r.score, r.reason],
    );
  }

  /** An office day's ratings and how many of them were satisfied (4 or 5). */
  ratingsOn(day: string): { ratings: number; satisfied: number } {
    const row = this.db.get<{ ratings: number; satisfied: number | null }>('SELECT count(*) AS ratings, sum(score >= 4) AS satisfied FROM ratings WHERE day = ?', [day]);
    return { ratings: row?.ratings ?? 0, satisfied: row?.satisfied ?? 0 };
  }

  /** The tickets of an office day whose breach of the norm is recorded. */
  breachedTickets(day: string): string[] {
    return this.db.all<{ ticket_id: string }>('SELECT ticket_id FROM norm_breaches WHERE day = ?', [day]).map((r) => r.ticket_id);
  }

  private putMeta(key: string, value: unknown): void {
    this.db.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [key, JSON.stringify(value)]);
  }

  /** The newest `limit` events, oldest first: what a reconnecting client may have missed. */
  recentEvents(limit: number): StoredEvent[] {
    const rows = this.db.all<{ seq: number; body: string }>('SELECT seq, body FROM events ORDER BY seq DESC LIMIT ?', [limit]);
    return rows.reverse().map((r) => ({ seq: r.seq, event: JSON.parse(r.body) as QueueEvent }));
  }

  /** The time of the newest event, or null in a new database: the latest moment the daemon is known to have seen. */
  lastEventAt(): number | null {
    return this.db.get<{ at: number }>('SELECT at FROM events ORDER BY seq DESC LIMIT 1')?.at ?? null;
  }

  /** Every alert event still in the log, oldest first: the alerts are rebuilt from them on start. */
  alertEvents(): QueueEvent[] {
    const rows = this.db.all<{ body: string }>("SELECT body FROM events WHERE type = 'alert' ORDER BY seq");
    return rows.map((r) => JSON.parse(r.body) as QueueEvent);
  }

  /** The reply already given to a request with this key, and its body's fingerprint, if any. */
  findRequest(key: string): EarlierRequest | undefined {
    const row = this.db.get<{ reply: string; body_hash: string | null }>('SELECT reply, body_hash FROM requests WHERE key = ?', [key]);
    return row ? { reply: JSON.parse(row.reply), bodyHash: row.body_hash } : undefined;
  }

  ticket(id: string): Ticket | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM tickets WHERE id = ?', [id]);
    return row ? (JSON.parse(row.body) as Ticket) : null;
  }

  /**
   * An online copy of the database into `dir` as queue-<day>.sqlite, keeping the newest `keep` copies.
   * The copy is made by SQLite's backup API in a process of its own (backup-copy.ts: the memory it takes is
   * given back when it ends), so the queue keeps working meanwhile; it is written under a temporary name
   * and renamed once complete, so a file with a backup's name is always a whole database.
   */
  backup(dir: string, day: string, keep: number): Promise<string> {
    const task = this.copyInto(dir, day, keep);
    // Closing waits for it: the copy must not go on writing into a data folder that is being shut or removed.
    const settled = task.then(() => {}, () => {});
    this.backups.add(settled);
    void settled.then(() => this.backups.delete(settled));
    return task;
  }

  private backups = new Set<Promise<void>>();
  private copying = new Set<ChildProcess>();

  private async copyInto(dir: string, day: string, keep: number): Promise<string> {
    await mkdir(dir, { recursive: true });
    const file = join(dir, `queue-${day}.sqlite`);
    const part = `${file}.part`;
    await rm(part, { force: true });
    try {
      await copyInItsOwnProcess(this.db.file, part, this.copying);
      await rename(part, file);
    } catch (e) {
      await rm(part, { force: true });
      throw e;
    }
    const copies = (await readdir(dir)).filter((f) => /^queue-\d{4}-\d{2}-\d{2}\.sqlite$/.test(f)).sort();
    for (const old of copies.slice(0, Math.max(0, copies.length - keep))) await rm(join(dir, old), { force: true });
    return file;
  }

  /** Stops a backup copy still running (its part file is removed) and closes the database. */
  close(): Promise<void> {
    if (this.backups.size === 0) {
      this.db.close();
      return Promise.resolve();
    }
    for (const child of this.copying) child.kill();
    return Promise.all(this.backups).then(() => this.db.close());
  }
}

// Built, this is backup-copy.js beside this file; under tsx (tests, bench) it is the .ts file, which the child
// runs through tsx's loader.
const BACKUP_COPY = new URL(import.meta.url.endsWith('.ts') ? './backup-copy.ts' : './backup-copy.js', import.meta.url);

/** Runs backup-copy.ts in a child Node process; rejects with what it said when it fails. */
function copyInItsOwnProcess(source: string, target: string, running: Set<ChildProcess>): Promise<void> {
  const loader = BACKUP_COPY.pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [...loader, fileURLToPath(BACKUP_COPY), source, target], { timeout: 10 * 60_000 }, (error, _out, err) => {
      running.delete(child);
      if (error) reject(new Error(`the backup copy failed: ${err.trim() || error.message}`));
      else resolve();
    });
    running.add(child);
  });
}
