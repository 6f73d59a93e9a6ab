// The outreach log and its projections. `commit` writes one event and applies it to the projections in
// the caller's transaction; `rebuild` replays the log into empty projections, which must give the same
// tables (the log is the source of truth). Erasure rewrites the log's own copy of a list, so retention
// leaves no names behind in the log either.
import type { SqliteDb } from './sqlite.js';
import type { ListedCitizen, OutreachEvent, OutreachVisit } from '../journal/outreach-types.js';
import { settlementKey, visitId, type SettlementYear } from '../journal/outreach-rules.js';
import { evolveVisit, withDefaults } from '../journal/outreach-evolve.js';

const yearOf = (day: string) => Number(day.slice(0, 4));
const visitOf = (e: OutreachEvent) => (e.type === 'outreach-planned' ? e.visit.id : e.visitId);

export class OutreachStore {
  constructor(readonly db: SqliteDb) {}

  /** Appends an event to the log and applies it; call inside a transaction. */
  commit(event: OutreachEvent): void {
    this.db.run('INSERT INTO outreach_events (at, type, visit_id, body) VALUES (?, ?, ?, ?)', [event.at, event.type, visitOf(event), JSON.stringify(event)]);
    const before = event.type === 'outreach-planned' ? null : this.stored(event.visitId);
    const after = evolveVisit(before, event);
    if (!after) throw new Error(`outreach event ${event.type} for an unknown visit ${visitOf(event)}`);
    if (event.type === 'outreach-planned') this.insertVisit(after, null);
    else if (event.type !== 'outreach-appeal') this.updateVisit(after, event.type === 'outreach-cancelled' ? event.day : undefined);
    this.applySideTables(event, after);
  }

  /** The list and the appeal links an event writes beside the visit's row. */
  private applySideTables(e: OutreachEvent, v: OutreachVisit): void {
    if (e.type === 'outreach-list' && e.listed === undefined) this.db.run('INSERT OR REPLACE INTO outreach_lists (visit_id, body) VALUES (?, ?)', [e.visitId, JSON.stringify(e.citizens)]);
    else if (e.type === 'outreach-erased') this.db.run('DELETE FROM outreach_lists WHERE visit_id = ?', [e.visitId]);
    else if (e.type === 'outreach-appeal') {
      this.db.run('INSERT OR REPLACE INTO outreach_appeals (appeal_id, visit_id, year, settlement_key, late) VALUES (?, ?, ?, ?, ?)',
        [e.appealId, e.visitId, yearOf(v.day), settlementKey(v.settlement), e.late ? 1 : 0]);
    }
  }

  private insertVisit(v: OutreachVisit, cancelledDay: string | null): void {
    this.db.run('INSERT INTO outreach_visits (id, day, year, settlement, settlement_key, listed, erased_at, cancelled_day, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [v.id, v.day, yearOf(v.day), v.settlement, settlementKey(v.settlement), v.listed, v.erasedAt, cancelledDay, JSON.stringify(v)]);
  }

  /** `cancelledDay` is given by a cancellation and left as it is otherwise. */
  private updateVisit(v: OutreachVisit, cancelledDay?: string): void {
    this.db.run('UPDATE outreach_visits SET day = ?, year = ?, listed = ?, erased_at = ?, cancelled_day = coalesce(?, cancelled_day), body = ? WHERE id = ?',
      [v.day, yearOf(v.day), v.listed, v.erasedAt, cancelledDay ?? null, JSON.stringify(v), v.id]);
  }

  /**
   * Empties the projections and replays the whole log into them. The plans, moves, cancellations and
   * erasures (a few per visit) are folded in memory through `evolveVisit`, and each visit's row is written
   * once. The bulk of the log stays inside SQLite: a list's citizens are copied from its event as they are
   * (the fold needs only their count), and the appeals' links (tens per visit, most of the log) are copied
   * in one statement. That copy takes the year and settlement from the visit's rebuilt row, which is what
   * `commit` took when the appeal was linked, since a visit is neither moved nor cancelled once an appeal
   * is recorded on it (journal/outreach-changes.ts).
   */
  rebuild(): number {
    return this.db.transaction(() => {
      for (const t of ['outreach_visits', 'outreach_lists', 'outreach_appeals']) this.db.run(`DELETE FROM ${t}`);
      const visits = new Map<string, OutreachVisit>();
      const cancelledDays = new Map<string, string>();
      /** The event holding each visit's current list. */
      const lists = new Map<string, number>();
      const events = this.db.all<{ seq: number; body: string; citizens: number | null }>(`SELECT seq,
          CASE type WHEN 'outreach-list' THEN json_remove(body, '$.citizens') ELSE body END AS body,
          CASE type WHEN 'outreach-list' THEN json_array_length(body, '$.citizens') END AS citizens
        FROM outreach_events WHERE type <> 'outreach-appeal' ORDER BY seq`);
      for (const row of events) {
        const e = JSON.parse(row.body) as OutreachEvent;
        let listSeq: number | null = null;
        if (e.type === 'outreach-list') {
          // The fold needs only the list's count: its citizens are copied by SQLite below. A list whose
          // copy retention emptied already carries its count in `listed`, and has nothing to copy.
          if (e.listed === undefined) (e.listed = row.citizens ?? 0, listSeq = row.seq);
          e.citizens = [];
        }
        const id = visitOf(e);
        const v = evolveVisit(visits.get(id) ?? null, e);
        if (!v) throw new Error(`outreach event ${e.type} for an unknown visit ${id}`);
        visits.set(id, v);
        if (e.type === 'outreach-cancelled') cancelledDays.set(id, e.day);
        else if (e.type === 'outreach-erased') lists.delete(id);
        else if (e.type === 'outreach-list') {
          if (listSeq === null) lists.delete(id);
          else lists.set(id, listSeq);
        }
      }
      for (const v of visits.values()) this.insertVisit(v, cancelledDays.get(v.id) ?? null);
      for (const seq of lists.values()) this.db.run("INSERT INTO outreach_lists (visit_id, body) SELECT visit_id, json_extract(body, '$.citizens') FROM outreach_events WHERE seq = ?", [seq]);
      // In the log's order, so an appeal moved to another visit ends linked to the last one, as it was committed.
      this.db.run(`INSERT OR REPLACE INTO outreach_appeals (appeal_id, visit_id, year, settlement_key, late)
        SELECT json_extract(e.body, '$.appealId'), e.visit_id, v.year, v.settlement_key, json_extract(e.body, '$.late')
        FROM outreach_events e JOIN outreach_visits v ON v.id = e.visit_id WHERE e.type = 'outreach-appeal' ORDER BY e.seq`);
      return this.db.get<{ n: number }>('SELECT count(*) AS n FROM outreach_events')!.n;
    });
  }

  /** The list's personal data goes from the log and the projections; its count stays. Call inside a transaction. */
  erase(visitId: string, at: number): void {
    for (const row of this.db.all<{ seq: number; body: string }>("SELECT seq, body FROM outreach_events WHERE visit_id = ? AND type = 'outreach-list'", [visitId])) {
      const e = JSON.parse(row.body) as Extract<OutreachEvent, { type: 'outreach-list' }>;
      if (e.listed === undefined) this.db.run('UPDATE outreach_events SET body = ? WHERE seq = ?', [JSON.stringify({ ...e, citizens: [], listed: e.citizens.length }), row.seq]);
    }
    this.commit({ type: 'outreach-erased', at, visitId });
  }

  /** A visit as its projection row keeps it, without the appeal counts. */
  private stored(id: string): OutreachVisit | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM outreach_visits WHERE id = ?', [id]);
    return row ? withDefaults(JSON.parse(row.body) as OutreachVisit) : null;
  }

  /** A visit with its appeal counts. */
  visit(id: string): OutreachVisit | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM outreach_visits WHERE id = ?', [id]);
    return row ? this.withCounts([withDefaults(JSON.parse(row.body) as OutreachVisit)])[0]! : null;
  }

  visitsBetween(from: string, to: string, limit = 500): OutreachVisit[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM outreach_visits WHERE day >= ? AND day <= ? ORDER BY day, id LIMIT ?', [from, to, limit]);
    return this.withCounts(rows.map((r) => withDefaults(JSON.parse(r.body) as OutreachVisit)));
  }

  private withCounts(visits: OutreachVisit[]): OutreachVisit[] {
    return visits.map((v) => {
      const c = this.db.get<{ n: number; late: number | null }>('SELECT count(*) AS n, sum(late) AS late FROM outreach_appeals WHERE visit_id = ?', [v.id])!;
      return { ...v, appeals: c.n, late: c.late ?? 0 };
    });
  }

  /**
   * How many ids were given to visits planned for a day (for the next id). Counted by the id, not by the
   * day, since a visit moved to another day keeps its id: a new visit on its first day gets a new number.
   */
  visitsOn(day: string): number {
    const prefix = visitId(day, 0).slice(0, -1);
    return this.db.get<{ n: number }>("SELECT count(*) AS n FROM outreach_visits WHERE id >= ? AND id < ? || '~'", [prefix, prefix])!.n;
  }

  list(visitId: string): ListedCitizen[] {
    const row = this.db.get<{ body: string }>('SELECT body FROM outreach_lists WHERE visit_id = ?', [visitId]);
    return row ? (JSON.parse(row.body) as ListedCitizen[]) : [];
  }

  /** Visits on or before the cut-off day, or cancelled on or before it, whose list has not been erased. */
  visitsToErase(lastDay: string, limit = 500): string[] {
    return this.db.all<{ id: string }>('SELECT id FROM outreach_visits WHERE (day <= ? OR cancelled_day <= ?) AND erased_at IS NULL ORDER BY day LIMIT ?', [lastDay, lastDay, limit]).map((r) => r.id);
  }

  /** The visit an appeal is linked to. */
  visitOfAppeal(appealId: string): string | null {
    return this.db.get<{ visit_id: string }>('SELECT visit_id FROM outreach_appeals WHERE appeal_id = ?', [appealId])?.visit_id ?? null;
  }

  /** Visits, citizens listed and appeals taken by settlement and year: two grouped reads of covering indexes. */
  settlementYears(fromYear: number, toYear: number): SettlementYear[] {
    const rows = new Map<string, SettlementYear>();
    // The name a settlement is shown by: as its latest visit spelt it.
    const names = new Map(this.db.all<{ k: string; name: string }>(
      'SELECT settlement_key AS k, settlement AS name, max(day) FROM outreach_visits WHERE year BETWEEN ? AND ? GROUP BY settlement_key', [fromYear, toYear]).map((r) => [r.k, r.name]));
    const row = (k: string, year: number) => {
      const id = `${year}|${k}`;
      let r = rows.get(id);
      if (!r) rows.set(id, (r = { settlement: names.get(k) ?? k, year, visits: 0, cancelled: 0, listed: 0, appeals: 0, late: 0 }));
      return r;
    };
    // A cancelled visit is counted as cancelled, not as a visit, and the citizens it listed did not come to one.
    for (const v of this.db.all<{ year: number; k: string; visits: number; cancelled: number; listed: number }>(
      `SELECT year, settlement_key AS k, sum(cancelled_day IS NULL) AS visits, sum(cancelled_day IS NOT NULL) AS cancelled,
         coalesce(sum(listed) FILTER (WHERE cancelled_day IS NULL), 0) AS listed
       FROM outreach_visits WHERE year BETWEEN ? AND ? GROUP BY year, settlement_key`, [fromYear, toYear])) {
      Object.assign(row(v.k, v.year), { visits: v.visits, cancelled: v.cancelled, listed: v.listed });
    }
    for (const a of this.db.all<{ year: number; k: string; appeals: number; late: number }>(
      'SELECT year, settlement_key AS k, count(*) AS appeals, sum(late) AS late FROM outreach_appeals WHERE year BETWEEN ? AND ? GROUP BY year, settlement_key', [fromYear, toYear])) {
      Object.assign(row(a.k, a.year), { appeals: a.appeals, late: a.late });
    }
    return [...rows.values()];
  }
}
