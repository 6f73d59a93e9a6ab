// The outreach log and its projections. `commit` writes one event and applies it to the projections in
// the caller's transaction; `rebuild` replays the log into empty projections, which must give the same
// tables (the log is the source of truth). Erasure rewrites the log's own copy of a list, so retention
// leaves no names behind in the log either.
import type { SqliteDb } from './sqlite.js';
import type { ListedCitizen, OutreachEvent, OutreachVisit } from '../journal/outreach-types.js';
import { settlementKey, type SettlementYear } from '../journal/outreach-rules.js';

const yearOf = (day: string) => Number(day.slice(0, 4));

export class OutreachStore {
  constructor(readonly db: SqliteDb) {}

  /** Appends an event to the log and applies it; call inside a transaction. */
  commit(event: OutreachEvent): void {
    const visitId = event.type === 'outreach-planned' ? event.visit.id : event.visitId;
    this.db.run('INSERT INTO outreach_events (at, type, visit_id, body) VALUES (?, ?, ?, ?)', [event.at, event.type, visitId, JSON.stringify(event)]);
    this.apply(event);
  }

  private apply(e: OutreachEvent): void {
    if (e.type === 'outreach-planned') {
      const v: OutreachVisit = { ...e.visit, listed: 0, appeals: 0, late: 0, plannedAt: e.at, plannedBy: e.by, listImportedAt: null, erasedAt: null };
      this.db.run('INSERT INTO outreach_visits (id, day, year, settlement, settlement_key, listed, erased_at, body) VALUES (?, ?, ?, ?, ?, 0, NULL, ?)',
        [v.id, v.day, yearOf(v.day), v.settlement, settlementKey(v.settlement), JSON.stringify(v)]);
    } else if (e.type === 'outreach-list') {
      const v = this.stored(e.visitId)!;
      const listed = e.listed ?? e.citizens.length;
      this.putVisit({ ...v, listed, listImportedAt: e.at });
      if (e.listed === undefined) this.db.run('INSERT OR REPLACE INTO outreach_lists (visit_id, body) VALUES (?, ?)', [e.visitId, JSON.stringify(e.citizens)]);
    } else if (e.type === 'outreach-appeal') {
      const v = this.stored(e.visitId)!;
      this.db.run('INSERT OR REPLACE INTO outreach_appeals (appeal_id, visit_id, year, settlement_key, late) VALUES (?, ?, ?, ?, ?)',
        [e.appealId, e.visitId, yearOf(v.day), settlementKey(v.settlement), e.late ? 1 : 0]);
    } else {
      const v = this.stored(e.visitId)!;
      this.db.run('DELETE FROM outreach_lists WHERE visit_id = ?', [e.visitId]);
      this.putVisit({ ...v, erasedAt: e.at });
    }
  }

  private putVisit(v: OutreachVisit): void {
    this.db.run('UPDATE outreach_visits SET listed = ?, erased_at = ?, body = ? WHERE id = ?', [v.listed, v.erasedAt, JSON.stringify(v), v.id]);
  }

  /** Empties the projections and replays the whole log into them. */
  rebuild(): number {
    return this.db.transaction(() => {
      for (const t of ['outreach_visits', 'outreach_lists', 'outreach_appeals']) this.db.run(`DELETE FROM ${t}`);
      let n = 0;
      for (const row of this.db.all<{ body: string }>('SELECT body FROM outreach_events ORDER BY seq')) (this.apply(JSON.parse(row.body) as OutreachEvent), n++);
      return n;
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
    return row ? (JSON.parse(row.body) as OutreachVisit) : null;
  }

  /** A visit with its appeal counts. */
  visit(id: string): OutreachVisit | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM outreach_visits WHERE id = ?', [id]);
    return row ? this.withCounts([JSON.parse(row.body) as OutreachVisit])[0]! : null;
  }

  visitsBetween(from: string, to: string, limit = 500): OutreachVisit[] {
    const rows = this.db.all<{ body: string }>('SELECT body FROM outreach_visits WHERE day >= ? AND day <= ? ORDER BY day, id LIMIT ?', [from, to, limit]);
    return this.withCounts(rows.map((r) => JSON.parse(r.body) as OutreachVisit));
  }

  private withCounts(visits: OutreachVisit[]): OutreachVisit[] {
    return visits.map((v) => {
      const c = this.db.get<{ n: number; late: number | null }>('SELECT count(*) AS n, sum(late) AS late FROM outreach_appeals WHERE visit_id = ?', [v.id])!;
      return { ...v, appeals: c.n, late: c.late ?? 0 };
    });
  }

  /** How many visits are planned on a day (for the next id). */
  visitsOn(day: string): number {
    return this.db.get<{ n: number }>('SELECT count(*) AS n FROM outreach_visits WHERE day = ?', [day])!.n;
  }

  list(visitId: string): ListedCitizen[] {
    const row = this.db.get<{ body: string }>('SELECT body FROM outreach_lists WHERE visit_id = ?', [visitId]);
    return row ? (JSON.parse(row.body) as ListedCitizen[]) : [];
  }

  /** Visits on or before the cut-off day whose list has not been erased. */
  visitsToErase(lastDay: string, limit = 500): string[] {
    return this.db.all<{ id: string }>('SELECT id FROM outreach_visits WHERE day <= ? AND erased_at IS NULL ORDER BY day LIMIT ?', [lastDay, limit]).map((r) => r.id);
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
      if (!r) rows.set(id, (r = { settlement: names.get(k) ?? k, year, visits: 0, listed: 0, appeals: 0, late: 0 }));
      return r;
    };
    for (const v of this.db.all<{ year: number; k: string; visits: number; listed: number }>(
      'SELECT year, settlement_key AS k, count(*) AS visits, sum(listed) AS listed FROM outreach_visits WHERE year BETWEEN ? AND ? GROUP BY year, settlement_key', [fromYear, toYear])) {
      Object.assign(row(v.k, v.year), { visits: v.visits, listed: v.listed });
    }
    for (const a of this.db.all<{ year: number; k: string; appeals: number; late: number }>(
      'SELECT year, settlement_key AS k, count(*) AS appeals, sum(late) AS late FROM outreach_appeals WHERE year BETWEEN ? AND ? GROUP BY year, settlement_key', [fromYear, toYear])) {
      Object.assign(row(a.k, a.year), { appeals: a.appeals, late: a.late });
    }
    return [...rows.values()];
  }
}
