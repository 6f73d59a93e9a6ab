// Where the appeal journal, the phone consultations and the audit trail are kept: the same SQLite file
// as the queue (one backup holds everything). Records are JSON in `body`; the columns beside it are what
// searches, deadline lists and the statistics read. Every write and its audit line commit together.
import { SqliteDb } from './sqlite.js';
import type { Appeal, AuditEntry, PhoneConsultation } from '../journal/types.js';
import { citizenKey, nameKey, passportKey } from '../journal/rules.js';
import { localTime } from '../domain/office-time.js';
import type { AppealCounts, PhoneCounts, QuarterCounts, StatsRows, TicketCounts } from '../journal/stats.js';

export interface SearchQuery {
  /** Part of a name, or of a passport series and number. */
  text?: string;
  /** Office days, inclusive. */
  from?: string;
  to?: string;
  limit: number;
}

export class JournalStore {
  constructor(readonly db: SqliteDb) {}

  /** Tickets written before the journal existed get their local hour once. */
  async fillTicketHours(timeZone: string): Promise<number> {
    const rows = await this.db.all<{ id: string; issued_at: number }>('SELECT id, issued_at FROM tickets WHERE hour IS NULL');
    if (rows.length === 0) return 0;
    await this.db.transaction(async () => {
      for (const r of rows) await this.db.run('UPDATE tickets SET hour = ? WHERE id = ?', [Math.floor(localTime(r.issued_at, timeZone).minutes / 60), r.id]);
    });
    return rows.length;
  }

  /** Runs `work` as one transaction: a record, its audit line and its idempotency key commit together. */
  write<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The answer already given to a changing request with this idempotency key (shared with the queue's). */
  async findRequest(key: string): Promise<unknown | undefined> {
    const row = await this.db.get<{ reply: string }>('SELECT reply FROM requests WHERE key = ?', [key]);
    return row ? JSON.parse(row.reply) : undefined;
  }

  async putRequest(key: string, at: number, reply: unknown): Promise<void> {
    await this.db.run('INSERT OR REPLACE INTO requests (key, at, reply) VALUES (?, ?, ?)', [key, at, JSON.stringify(reply)]);
  }

  async audit(entries: AuditEntry[]): Promise<void> {
    for (const e of entries) await this.db.run('INSERT INTO audit (at, actor, role, action, record) VALUES (?, ?, ?, ?, ?)', [e.at, e.actor, e.role, e.action, e.record]);
  }

  /** The next registration number of the day: J-20261124-0007. Call inside a transaction. */
  async nextAppealId(day: string): Promise<string> {
    const prefix = `J-${day.replaceAll('-', '')}-`;
    const row = await this.db.get<{ id: string | null }>('SELECT max(id) AS id FROM appeals WHERE day = ?', [day]);
    const last = row?.id ? Number(row.id.slice(prefix.length)) : 0;
    return `${prefix}${String(last + 1).padStart(4, '0')}`;
  }

  async putAppeal(a: Appeal, hour: number): Promise<void> {
    const passport = a.citizen ? passportKey(a.citizen.passport) : '';
    await this.db.run(
      `INSERT OR REPLACE INTO appeals (id, at, day, hour, staff_id, booth, direction, ticket_id, category, appeal_type, reason, result,
         due_at, closed_at, is_repeat, citizen_key, name_key, passport_key, erased_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [a.id, a.at, a.day, hour, a.staffId, a.booth, a.directionId, a.ticketId, a.category, a.appealType, a.reason, a.result,
        a.dueAt, a.closedAt, a.repeatOf.length > 0 ? 1 : 0, a.citizen ? citizenKey(a.citizen) : null, a.citizen ? nameKey(a.citizen.fullName) : null,
        passport || null, a.erasedAt, JSON.stringify(a)],
    );
  }

  async appeal(id: string): Promise<Appeal | null> {
    const row = await this.db.get<{ body: string }>('SELECT body FROM appeals WHERE id = ?', [id]);
    return row ? (JSON.parse(row.body) as Appeal) : null;
  }

  async appealOfTicket(ticketId: string): Promise<Appeal | null> {
    const row = await this.db.get<{ body: string }>('SELECT body FROM appeals WHERE ticket_id = ? ORDER BY at DESC LIMIT 1', [ticketId]);
    return row ? (JSON.parse(row.body) as Appeal) : null;
  }

  /** Visits of one citizen (by citizen key) between two instants, newest first. */
  async visitsOf(key: string, from: number, to: number): Promise<Appeal[]> {
    const rows = await this.db.all<{ body: string }>('SELECT body FROM appeals WHERE citizen_key = ? AND at >= ? AND at <= ? ORDER BY at DESC LIMIT 50', [key, from, to]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  /** By name or passport (a part of either), newest first. */
  async search(q: SearchQuery): Promise<Appeal[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const text = q.text?.trim() ?? '';
    if (text) {
      const passport = passportKey(text);
      // A passport is digits, perhaps with a two-letter series; anything with more letters is a name.
      if (/\d{2}/.test(text) && (passport.match(/\D/g)?.length ?? 0) <= 2) {
        where.push("passport_key LIKE ? ESCAPE '\\'");
        args.push(`%${likeEscape(passport)}%`);
      } else {
        where.push("name_key LIKE ? ESCAPE '\\'");
        args.push(`%${likeEscape(nameKey(text))}%`);
      }
    }
    if (q.from) (where.push('day >= ?'), args.push(q.from));
    if (q.to) (where.push('day <= ?'), args.push(q.to));
    const sql = `SELECT body FROM appeals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC LIMIT ?`;
    const rows = await this.db.all<{ body: string }>(sql, [...args, q.limit]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  /** Open appeals due before `until`, the most urgent first. */
  async dueBefore(until: number): Promise<Appeal[]> {
    const rows = await this.db.all<{ body: string }>('SELECT body FROM appeals WHERE closed_at IS NULL AND due_at IS NOT NULL AND due_at <= ? ORDER BY due_at LIMIT 500', [until]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  async countOpen(): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT count(*) AS n FROM appeals WHERE closed_at IS NULL AND due_at IS NOT NULL'))!.n;
  }

  /** Records whose personal fields are due to be erased. */
  async appealsToErase(cutoff: number, limit = 1000): Promise<Appeal[]> {
    const rows = await this.db.all<{ body: string }>('SELECT body FROM appeals WHERE at < ? AND erased_at IS NULL ORDER BY at LIMIT ?', [cutoff, limit]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  async phonesToErase(cutoff: number, limit = 1000): Promise<PhoneConsultation[]> {
    const rows = await this.db.all<{ body: string }>('SELECT body FROM phone_consultations WHERE at < ? AND erased_at IS NULL ORDER BY at LIMIT ?', [cutoff, limit]);
    return rows.map((r) => JSON.parse(r.body) as PhoneConsultation);
  }

  async deleteAuditBefore(cutoff: number): Promise<void> {
    await this.db.run('DELETE FROM audit WHERE at < ?', [cutoff]);
  }

  async nextPhoneId(day: string): Promise<string> {
    const prefix = `T-${day.replaceAll('-', '')}-`;
    const row = await this.db.get<{ id: string | null }>('SELECT max(id) AS id FROM phone_consultations WHERE day = ?', [day]);
    const last = row?.id ? Number(row.id.slice(prefix.length)) : 0;
    return `${prefix}${String(last + 1).padStart(4, '0')}`;
  }

  async putPhone(p: PhoneConsultation, hour: number): Promise<void> {
    await this.db.run('INSERT OR REPLACE INTO phone_consultations (id, at, day, hour, staff_id, erased_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)', [p.id, p.at, p.day, hour, p.staffId, p.erasedAt, JSON.stringify(p)]);
  }

  async phones(from: string, to: string, limit: number): Promise<PhoneConsultation[]> {
    const rows = await this.db.all<{ body: string }>('SELECT body FROM phone_consultations WHERE day >= ? AND day <= ? ORDER BY at DESC LIMIT ?', [from, to, limit]);
    return rows.map((r) => JSON.parse(r.body) as PhoneConsultation);
  }

  async auditLog(fromAt: number, toAt: number, limit: number): Promise<AuditEntry[]> {
    return this.db.all<AuditEntry>('SELECT at, actor, role, action, record FROM audit WHERE at >= ? AND at < ? ORDER BY id DESC LIMIT ?', [fromAt, toAt, limit]);
  }

  /**
   * The grouped counts the statistics are built from, for office days `from`..`to` inclusive. Each table is
   * read as few times as possible, and the reads are spread over two read-only connections, which SQLite
   * runs in parallel beside the daemon's own (WAL lets readers work while the queue writes).
   */
  async statsRows(from: string, to: string): Promise<StatsRows> {
    const [r1, r2] = await this.readers();
    const range = [from, to];
    // sum() skips NULLs: a ticket never called adds nothing to the wait, one never started nothing to the service.
    const ticketCounts = `count(*) AS tickets, sum(state = 'done') AS served, sum(state = 'no-show') AS noShows, count(booking_id) AS booked,
      sum(called_at - issued_at) AS waitSum, count(called_at) AS waitCount,
      sum(CASE state WHEN 'done' THEN finished_at - started_at END) AS serviceSum, count(CASE state WHEN 'done' THEN started_at END) AS serviceCount`;
    const [ticketsByDay, ticketsBySlot, appealsByDay, appealsBySlot, monthly, phonesByDay, phonesBySlot] = await Promise.all([
      // Day first follows the index: no sorting.
      r1.all<TicketCounts>(`SELECT day AS k, ${ticketCounts} FROM tickets WHERE day BETWEEN ? AND ? GROUP BY day`, range),
      r2.all<TicketCounts & Slot>(`SELECT hour, direction, staff_id AS staff, ${ticketCounts} FROM tickets WHERE day BETWEEN ? AND ? GROUP BY hour, direction, staff_id`, range),
      r1.all<AppealCounts>('SELECT day AS k, count(*) AS appeals, sum(is_repeat) AS repeats FROM appeals WHERE day BETWEEN ? AND ? GROUP BY day', range),
      r2.all<AppealCounts & Slot & { reason: string }>(`SELECT hour, direction, staff_id AS staff, reason, count(*) AS appeals, sum(is_repeat) AS repeats
        FROM appeals WHERE day BETWEEN ? AND ? GROUP BY hour, direction, staff_id, reason`, range),
      r1.all<QuarterCounts>(`SELECT substr(day, 1, 7) AS month, category, appeal_type AS appealType, result, count(*) AS appeals, sum(is_repeat) AS repeats
        FROM appeals WHERE day BETWEEN ? AND ? GROUP BY month, category, appeal_type, result`, range),
      r2.all<PhoneCounts>('SELECT day AS k, count(*) AS phones FROM phone_consultations WHERE day BETWEEN ? AND ? GROUP BY day', range),
      r2.all<PhoneCounts & Slot>('SELECT hour, staff_id AS staff, count(*) AS phones FROM phone_consultations WHERE day BETWEEN ? AND ? GROUP BY hour, staff_id', range),
    ]);
    return { ticketsByDay, ticketsBySlot, appealsByDay, appealsBySlot, monthly, phonesByDay, phonesBySlot };
  }

  private readerPair: Promise<[SqliteDb, SqliteDb]> | null = null;

  private readers(): Promise<[SqliteDb, SqliteDb]> {
    if (!this.readerPair) {
      const open = async () => {
        const db = await SqliteDb.open(this.db.file, true);
        await db.exec('PRAGMA busy_timeout=5000');
        return db;
      };
      this.readerPair = Promise.all([open(), open()]).catch((e) => {
        this.readerPair = null;
        throw e;
      });
    }
    return this.readerPair;
  }

  async close(): Promise<void> {
    const pair = this.readerPair;
    this.readerPair = null;
    if (pair) await Promise.all((await pair).map((db) => db.close()));
  }
}

interface Slot { hour: number; direction: string | null; staff: string | null }

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
