// The reception log and its projection. `commit` writes one event and applies it to the projection in the
// caller's transaction; `rebuild` replays the log into an empty projection, which must give the same
// table (the log is the source of truth). Erasure rewrites the log's own copies of the citizen, the
// question and the decision's words, so retention leaves no personal data behind in the log either.
import type { SqliteDb } from './sqlite.js';
import type { ReceptionBooking, ReceptionEvent } from '../journal/reception-types.js';

/** The projection's control column: no decision under control, under control, or off control. */
const controlOf = (b: ReceptionBooking) => (!b.decision?.control ? 'none' : b.decision.control.doneAt === null ? 'open' : 'done');

export class ReceptionStore {
  constructor(readonly db: SqliteDb) {}

  /** Appends an event to the log and applies it; call inside a transaction. */
  commit(event: ReceptionEvent): void {
    const id = event.type === 'reception-booked' ? event.booking.id : event.bookingId;
    this.db.run('INSERT INTO reception_events (at, type, booking_id, body) VALUES (?, ?, ?, ?)', [event.at, event.type, id, JSON.stringify(event)]);
    this.apply(event);
  }

  private apply(e: ReceptionEvent): void {
    if (e.type === 'reception-booked') {
      const b: ReceptionBooking = { ...e.booking, state: 'booked', bookedAt: e.at, bookedBy: e.by, decision: null, erasedAt: null };
      this.db.run("INSERT INTO reception_bookings (id, day, session, time, state, control, deadline, erased_at, body) VALUES (?, ?, ?, ?, 'booked', 'none', NULL, NULL, ?)",
        [b.id, b.day, b.session, b.time, JSON.stringify(b)]);
      return;
    }
    const b = this.booking(e.bookingId)!;
    if (e.type === 'reception-moved') this.put({ ...b, day: e.day, session: e.session, time: e.time });
    else if (e.type === 'reception-materials') this.put({ ...b, appealIds: e.appealIds, caseFiles: e.caseFiles });
    else if (e.type === 'reception-cancelled') this.put({ ...b, state: 'cancelled' });
    else if (e.type === 'reception-decided') {
      const control = e.control ? { ...e.control, doneAt: null, doneBy: null, note: '' } : null;
      this.put({ ...b, decision: { text: e.text, at: e.at, by: e.by, control } });
    } else if (e.type === 'reception-done') {
      const d = b.decision!;
      this.put({ ...b, decision: { ...d, control: { ...d.control!, doneAt: e.at, doneBy: e.by, note: e.note } } });
    } else {
      this.put({ ...b, citizen: null, question: '', decision: b.decision && { ...b.decision, text: '', control: b.decision.control && { ...b.decision.control, note: '' } }, erasedAt: e.at });
    }
  }

  private put(b: ReceptionBooking): void {
    this.db.run('UPDATE reception_bookings SET day = ?, session = ?, time = ?, state = ?, control = ?, deadline = ?, erased_at = ?, body = ? WHERE id = ?',
      [b.day, b.session, b.time, b.state, controlOf(b), b.decision?.control?.deadline ?? null, b.erasedAt, JSON.stringify(b), b.id]);
  }

  /** Empties the projection and replays the whole log into it. */
  rebuild(): number {
    return this.db.transaction(() => {
      this.db.run('DELETE FROM reception_bookings');
      let n = 0;
      for (const row of this.db.all<{ body: string }>('SELECT body FROM reception_events ORDER BY seq')) (this.apply(JSON.parse(row.body) as ReceptionEvent), n++);
      return n;
    });
  }

  /** The citizen, the question and the decision's words go from the log and the projection. Call inside a transaction. */
  erase(id: string, at: number): void {
    for (const row of this.db.all<{ seq: number; body: string }>('SELECT seq, body FROM reception_events WHERE booking_id = ?', [id])) {
      const e = JSON.parse(row.body) as ReceptionEvent;
      const clean = e.type === 'reception-booked' ? { ...e, booking: { ...e.booking, citizen: null, question: '' } }
        : e.type === 'reception-decided' ? { ...e, text: '' }
        : e.type === 'reception-done' ? { ...e, note: '' } : null;
      if (clean) this.db.run('UPDATE reception_events SET body = ? WHERE seq = ?', [JSON.stringify(clean), row.seq]);
    }
    this.commit({ type: 'reception-erased', at, bookingId: id });
  }

  booking(id: string): ReceptionBooking | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM reception_bookings WHERE id = ?', [id]);
    return row ? (JSON.parse(row.body) as ReceptionBooking) : null;
  }

  /** Bookings on the days between two days inclusive, cancelled ones too, by day and time. */
  bookingsBetween(from: string, to: string, limit = 1000): ReceptionBooking[] {
    return this.db.all<{ body: string }>('SELECT body FROM reception_bookings WHERE day >= ? AND day <= ? ORDER BY day, session, time, id LIMIT ?', [from, to, limit])
      .map((r) => JSON.parse(r.body) as ReceptionBooking);
  }

  /** How many bookings were ever made for a day (for the next id). */
  bookingsOn(day: string): number {
    return this.db.get<{ n: number }>("SELECT count(*) AS n FROM reception_events WHERE type = 'reception-booked' AND booking_id LIKE ?", [`R-${day.replaceAll('-', '')}-%`])!.n;
  }

  /**
   * Decisions under control whose deadline is before `today` (overdue) or not (on control), or those off
   * control, latest deadline first; with the counts of each. Reads the control index alone.
   */
  /** Every decision under control not yet off it, by deadline (the control index alone). */
  open(): ReceptionBooking[] {
    return this.db.all<{ body: string }>("SELECT body FROM reception_bookings WHERE control = 'open' ORDER BY deadline, id").map((r) => JSON.parse(r.body) as ReceptionBooking);
  }

  control(filter: 'on-control' | 'overdue' | 'done' | 'all', today: string, limit: number): { bookings: ReceptionBooking[]; counts: { onControl: number; overdue: number; done: number } } {
    const count = (where: string, args: unknown[]) => this.db.get<{ n: number }>(`SELECT count(*) AS n FROM reception_bookings WHERE ${where}`, args)!.n;
    const counts = {
      onControl: count("control = 'open' AND deadline >= ?", [today]),
      overdue: count("control = 'open' AND deadline < ?", [today]),
      done: count("control = 'done'", []),
    };
    const where = filter === 'overdue' ? ["control = 'open' AND deadline < ? ORDER BY deadline", [today]]
      : filter === 'on-control' ? ["control = 'open' AND deadline >= ? ORDER BY deadline", [today]]
      : filter === 'done' ? ["control = 'done' ORDER BY deadline DESC", []]
      : ["control != 'none' ORDER BY deadline DESC", []];
    const rows = this.db.all<{ body: string }>(`SELECT body FROM reception_bookings WHERE ${where[0]} LIMIT ?`, [...(where[1] as unknown[]), limit]);
    return { bookings: rows.map((r) => JSON.parse(r.body) as ReceptionBooking), counts };
  }

  /** Bookings on or before the cut-off day whose personal data has not been erased. */
  toErase(lastDay: string, limit = 500): string[] {
    return this.db.all<{ id: string }>('SELECT id FROM reception_bookings WHERE day <= ? AND erased_at IS NULL ORDER BY day LIMIT ?', [lastDay, limit]).map((r) => r.id);
  }
}
