// Where the appeal journal, the phone consultations and the audit trail are kept: the same SQLite file
// as the queue (one backup holds everything). Records are JSON in `body`; the columns beside it are what
// searches, deadline lists and the statistics read. Every write and its audit line commit together.
import type { SqliteDb } from './sqlite.js';
import type { Appeal, AuditEntry, PhoneConsultation } from '../journal/types.js';
import type { Booking } from '../domain/types.js';
import { citizenKey, nameKey, passportKey } from '../journal/rules.js';
import { localTime, toTimeZone, type Zone } from '../domain/office-time.js';
import type { StatsRows } from '../journal/stats.js';
import { StatsReader } from './stats-reader.js';
import type { AnnualRows, KindCounts, MissingCounts } from '../journal/annual-figures.js';
import { ANNUAL_CONSULTATIONS_ON_DOCUMENTS, ANNUAL_KINDS, ANNUAL_MISSING, ANNUAL_SERVED, ANNUAL_STATS_LANES } from './annual-queries.js';
import type { EarlierRequest } from './queue-store.js';

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
  fillTicketHours(timeZone: Zone): number {
    const rows = this.db.all<{ id: string; issued_at: number }>('SELECT id, issued_at FROM tickets WHERE hour IS NULL');
    if (rows.length === 0) return 0;
    const zone = toTimeZone(timeZone);
    this.db.transaction(() => {
      for (const r of rows) this.db.run('UPDATE tickets SET hour = ? WHERE id = ?', [Math.floor(localTime(r.issued_at, zone).minutes / 60), r.id]);
    });
    return rows.length;
  }

  /**
   * Runs `work` as one transaction: a record, its audit line and its idempotency key commit together.
   * `work` is synchronous, so a queue command's commit can never fall between its statements.
   */
  write<T>(work: () => T): T {
    return this.db.transaction(work);
  }

  /** The answer already given to a changing request with this idempotency key (shared with the queue's). */
  findRequest(key: string): EarlierRequest | undefined {
    const row = this.db.get<{ reply: string; body_hash: string | null }>('SELECT reply, body_hash FROM requests WHERE key = ?', [key]);
    return row ? { reply: JSON.parse(row.reply), bodyHash: row.body_hash } : undefined;
  }

  putRequest(key: string, at: number, reply: unknown, bodyHash: string | null): void {
    this.db.run('INSERT OR REPLACE INTO requests (key, at, reply, body_hash) VALUES (?, ?, ?, ?)', [key, at, JSON.stringify(reply), bodyHash]);
  }

  audit(entries: AuditEntry[]): void {
    for (const e of entries) this.db.run('INSERT INTO audit (at, actor, role, action, record) VALUES (?, ?, ?, ?, ?)', [e.at, e.actor, e.role, e.action, e.record]);
  }

  /** The next registration number of the day: J-20261124-0007. Call inside a transaction. */
  nextAppealId(day: string): string {
    const prefix = `J-${day.replaceAll('-', '')}-`;
    const row = this.db.get<{ id: string | null }>('SELECT max(id) AS id FROM appeals WHERE day = ?', [day]);
    const last = row?.id ? Number(row.id.slice(prefix.length)) : 0;
    return `${prefix}${String(last + 1).padStart(4, '0')}`;
  }

  putAppeal(a: Appeal, hour: number): void {
    const passport = a.citizen ? passportKey(a.citizen.passport) : '';
    this.db.run(
      // An upsert, not INSERT OR REPLACE: a replace deletes without the delete triggers that keep the
      // statistics' summary (stats-summary.ts); an update fires its update triggers.
      `INSERT INTO appeals (id, at, day, hour, staff_id, booth, direction, ticket_id, category, appeal_type, reason, result,
         due_at, closed_at, is_repeat, citizen_key, name_key, passport_key, erased_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET at = excluded.at, day = excluded.day, hour = excluded.hour, staff_id = excluded.staff_id, booth = excluded.booth, direction = excluded.direction, ticket_id = excluded.ticket_id, category = excluded.category, appeal_type = excluded.appeal_type, reason = excluded.reason,
         result = excluded.result, due_at = excluded.due_at, closed_at = excluded.closed_at, is_repeat = excluded.is_repeat, citizen_key = excluded.citizen_key, name_key = excluded.name_key, passport_key = excluded.passport_key, erased_at = excluded.erased_at, body = excluded.body`,
      [a.id, a.at, a.day, hour, a.staffId, a.booth, a.directionId, a.ticketId, a.category, a.appealType, a.reason, a.result,
        // An entry of the book of feedback is found by its contact's name but is nobody's visit: no repeats.
        a.dueAt, a.closedAt, a.repeatOf.length > 0 ? 1 : 0, a.citizen && !a.feedback ? citizenKey(a.citizen) : null, a.citizen ? nameKey(a.citizen.fullName) || null : null,
        passport || null, a.erasedAt, JSON.stringify(a)],
    );
    // The annual analysis' projection of the card's missing documents (annual-queries.ts), kept with it.
    this.db.run('DELETE FROM appeal_missing_documents WHERE appeal_id = ?', [a.id]);
    for (const document of new Set((a.missingDocuments ?? []).map((d) => d.trim()).filter(Boolean))) {
      this.db.run('INSERT INTO appeal_missing_documents (appeal_id, day, appeal_type, result, is_repeat, document) VALUES (?, ?, ?, ?, ?, ?)',
        [a.id, a.day, a.appealType, a.result, a.repeatOf.length > 0 ? 1 : 0, document]);
    }
  }

  appeal(id: string): Appeal | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM appeals WHERE id = ?', [id]);
    return row ? (JSON.parse(row.body) as Appeal) : null;
  }

  /**
   * The card of a ticket; of one step of it for a life situation's ticket (`step` from 0: each step is a
   * visit with its own card; a card kept before steps had cards of their own counts as the first step's).
   */
  appealOfTicket(ticketId: string, step: number | null = null): Appeal | null {
    const row = step === null
      ? this.db.get<{ body: string }>('SELECT body FROM appeals WHERE ticket_id = ? ORDER BY at DESC LIMIT 1', [ticketId])
      : this.db.get<{ body: string }>("SELECT body FROM appeals WHERE ticket_id = ? AND coalesce(json_extract(body, '$.step'), 0) = ? ORDER BY at DESC LIMIT 1", [ticketId, step]);
    return row ? (JSON.parse(row.body) as Appeal) : null;
  }

  /** Visits of one citizen (by citizen key) between two instants, newest first. */
  visitsOf(key: string, from: number, to: number): Appeal[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM appeals WHERE citizen_key = ? AND at >= ? AND at <= ? ORDER BY at DESC LIMIT 50', [key, from, to]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  /**
   * By name or passport (a part of either), newest first. A part of a name matches anywhere, so this reads
   * every record's key: it runs in a statistics worker, not on the daemon's event loop.
   */
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
    const rows = await this.readers().query<{ body: string }>(sql, [...args, q.limit]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  /** Open appeals due before `until`, the most urgent first. */
  dueBefore(until: number): Appeal[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM appeals WHERE closed_at IS NULL AND due_at IS NOT NULL AND due_at <= ? ORDER BY due_at LIMIT 500', [until]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  countOpen(): number {
    return (this.db.get<{ n: number }>('SELECT count(*) AS n FROM appeals WHERE closed_at IS NULL AND due_at IS NOT NULL'))!.n;
  }

  /** Records whose personal fields are due to be erased. */
  appealsToErase(cutoff: number, limit = 1000): Appeal[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM appeals WHERE at < ? AND erased_at IS NULL ORDER BY at LIMIT ?', [cutoff, limit]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  phonesToErase(cutoff: number, limit = 1000): PhoneConsultation[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM phone_consultations WHERE at < ? AND erased_at IS NULL ORDER BY at LIMIT ?', [cutoff, limit]);
    return rows.map((r) => JSON.parse(r.body) as PhoneConsultation);
  }

  /** Bookings (a citizen's name and phone) whose time is before the cut-off and not yet erased. */
  bookingsToErase(cutoff: number, limit = 1000): Booking[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM bookings WHERE at < ? AND erased_at IS NULL ORDER BY at LIMIT ?', [cutoff, limit]);
    return rows.map((r) => JSON.parse(r.body) as Booking);
  }

  /** Keeps the booking (its time, direction and state still count) without the citizen's name and phone. */
  eraseBooking(b: Booking, now: number): void {
    this.db.run('UPDATE bookings SET erased_at = ?, body = ? WHERE id = ?', [now, JSON.stringify({ ...b, citizenName: '', phone: '' }), b.id]);
  }

  deleteAuditBefore(cutoff: number): void {
    this.db.run('DELETE FROM audit WHERE at < ?', [cutoff]);
  }

  nextPhoneId(day: string): string {
    const prefix = `T-${day.replaceAll('-', '')}-`;
    const row = this.db.get<{ id: string | null }>('SELECT max(id) AS id FROM phone_consultations WHERE day = ?', [day]);
    const last = row?.id ? Number(row.id.slice(prefix.length)) : 0;
    return `${prefix}${String(last + 1).padStart(4, '0')}`;
  }

  putPhone(p: PhoneConsultation, hour: number): void {
    this.db.run('INSERT OR REPLACE INTO phone_consultations (id, at, day, hour, staff_id, erased_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)', [p.id, p.at, p.day, hour, p.staffId, p.erasedAt, JSON.stringify(p)]);
  }

  phones(from: string, to: string, limit: number): PhoneConsultation[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM phone_consultations WHERE day >= ? AND day <= ? ORDER BY at DESC LIMIT ?', [from, to, limit]);
    return rows.map((r) => JSON.parse(r.body) as PhoneConsultation);
  }

  auditLog(fromAt: number, toAt: number, limit: number): AuditEntry[] {
    return this.db.all<AuditEntry>('SELECT at, actor, role, action, record FROM audit WHERE at >= ? AND at < ? ORDER BY id DESC LIMIT ?', [fromAt, toAt, limit]);
  }

  /**
   * The grouped counts the statistics are built from, for office days `from`..`to` inclusive: read in the
   * statistics worker on its own read-only connection, so the daemon goes on answering meanwhile.
   */
  statsRows(from: string, to: string): Promise<StatsRows> {
    return this.readers().read(from, to);
  }

  /** The rows of the annual analysis for office days `from`..`to` (annual-queries.ts), read in the statistics workers. */
  async annualRows(from: string, to: string): Promise<AnnualRows> {
    const r = this.readers();
    const [stats, served, kinds, onDocuments, missing] = await Promise.all([
      r.read(from, to, ANNUAL_STATS_LANES), r.query<{ n: number }>(ANNUAL_SERVED, [from, to]), r.query<KindCounts>(ANNUAL_KINDS, [from, to]),
      r.query<{ n: number }>(ANNUAL_CONSULTATIONS_ON_DOCUMENTS, [from, to]), r.query<MissingCounts>(ANNUAL_MISSING, [from, to]),
    ]);
    return { stats, served: served[0]?.n ?? 0, kinds, consultationsOnDocuments: onDocuments[0]?.n ?? 0, missing };
  }

  private readers(): StatsReader {
    return (this.stats ??= new StatsReader(this.db.file));
  }

  private stats: StatsReader | null = null;

  async close(): Promise<void> {
    const stats = this.stats;
    this.stats = null;
    await stats?.close();
  }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
