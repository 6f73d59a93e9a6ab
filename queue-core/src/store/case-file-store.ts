// The case-file log and its projections. `commit` writes one event and applies it to the projections in
// the caller's transaction; `rebuild` replays the log into empty projections, which must give the same
// tables (the log is the source of truth). Erasure rewrites the log's own copy of the citizen's name, so
// a destroyed or expired file leaves no name behind in the log either. The destruction acts are documents
// kept beside the log (case_file_acts), not projections of it.
import type { SqliteDb } from './sqlite.js';
import type { CaseFile, CaseFileEvent, CaseFileState, CaseFileStep, DestructionAct, ReturnGroup } from '../journal/case-file-types.js';
import { applyMove, caseNameKey, quarterOf } from '../journal/case-file-rules.js';

const PROJECTIONS = ['case_files', 'case_file_checks', 'case_file_returns'];

export class CaseFileStore {
  /** `dayOf` gives the office-local day of an instant: the day a move counts from, the year a file belongs to. */
  constructor(readonly db: SqliteDb, readonly dayOf: (at: number) => string) {}

  /** Appends an event to the log and applies it; call inside a transaction. */
  commit(event: CaseFileEvent): void {
    const fileId = event.type === 'case-formed' ? event.file.id : event.fileId;
    this.db.run('INSERT INTO case_file_events (at, type, file_id, body) VALUES (?, ?, ?, ?)', [event.at, event.type, fileId, JSON.stringify(event)]);
    this.apply(event);
  }

  private apply(e: CaseFileEvent): void {
    if (e.type === 'case-formed') {
      const day = this.dayOf(e.at);
      const f: CaseFile = {
        ...e.file, formedBy: e.by, formedAt: e.at, state: 'formed', since: e.at, holder: e.by, bundle: null,
        returns: 0, returnReasons: [], closedAt: null, archive: null, act: null, erasedAt: e.file.fullName ? null : e.at,
      };
      this.db.run(`INSERT INTO case_files (id, appeal_id, year, state, since_day, formed_by, formed_at, payment_type, name_key, holder, closed_year, archive_year, erased_at, body)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
        [f.id, f.appealId, Number(day.slice(0, 4)), f.state, day, f.formedBy, f.formedAt, f.paymentType, caseNameKey(f.fullName), f.holder, f.erasedAt, JSON.stringify(f)]);
      return;
    }
    const f = this.file(e.fileId)!;
    if (e.type === 'case-moved') {
      const next = applyMove(f, e.move, e.at, e.by);
      this.put(next);
      if (e.move.kind === 'accept' || e.move.kind === 'return') this.check(f, e.at, e.move.kind === 'return' ? e.move.reasons : null);
    } else if (e.type === 'case-destroyed') {
      this.put({ ...f, state: 'destroyed', since: e.at, holder: null, act: e.act, fullName: '', erasedAt: f.erasedAt ?? e.at });
    } else {
      this.put({ ...f, fullName: '', erasedAt: e.at });
    }
  }

  /** The first check of a file counts it (by the year and quarter of that check); a return marks it returned and keeps its reasons. */
  private check(f: CaseFile, at: number, reasons: string[] | null): void {
    const day = this.dayOf(at);
    const year = Number(day.slice(0, 4));
    this.db.run('INSERT OR IGNORE INTO case_file_checks (file_id, year, quarter, specialist, payment_type, returned) VALUES (?, ?, ?, ?, ?, 0)',
      [f.id, year, quarterOf(day), f.formedBy, f.paymentType]);
    if (reasons) {
      this.db.run('UPDATE case_file_checks SET returned = 1 WHERE file_id = ?', [f.id]);
      for (const r of reasons) this.db.run('INSERT INTO case_file_returns (file_id, year, reason) VALUES (?, ?, ?)', [f.id, year, r]);
    }
  }

  private put(f: CaseFile): void {
    const closedYear = f.closedAt === null ? null : Number(this.dayOf(f.closedAt).slice(0, 4));
    this.db.run('UPDATE case_files SET state = ?, since_day = ?, holder = ?, name_key = ?, closed_year = ?, archive_year = ?, erased_at = ?, body = ? WHERE id = ?',
      [f.state, this.dayOf(f.since), f.holder, caseNameKey(f.fullName), closedYear, f.archive?.year ?? null, f.erasedAt, JSON.stringify(f), f.id]);
  }

  /**
   * Empties the projections and replays the whole log into them, in one transaction. The files are folded
   * in memory by the same rules as `apply` (one object per file, no read of the table back per event),
   * the days come from a cache by quarter hour (the office-day calendar is the slow part), and each file,
   * check and return is written once at the end through statements prepared once. The log is read in
   * pages, so its ten years of moves are never held in memory at once; only the folded files are.
   */
  rebuild(): number {
    const days = new Map<number, string>();
    // Every zone's offset changes on a quarter hour, so one quarter hour has one office day.
    const dayOf = (at: number) => {
      const q = Math.floor(at / 900_000);
      let d = days.get(q);
      if (d === undefined) days.set(q, (d = this.dayOf(at)));
      return d;
    };
    const year = (at: number) => Number(dayOf(at).slice(0, 4));
    return this.db.transaction(() => {
      for (const t of PROJECTIONS) this.db.run(`DELETE FROM ${t}`);
      const files = new Map<string, CaseFile>();
      const checks = new Map<string, { year: number; quarter: string; specialist: string; payment: string; returned: number }>();
      const returns: { fileId: string; year: number; reason: string }[] = [];
      let n = 0;
      for (let after = 0; ;) {
        const page = this.db.all<{ seq: number; body: string }>('SELECT seq, body FROM case_file_events WHERE seq > ? ORDER BY seq LIMIT 20000', [after]);
        if (page.length === 0) break;
        for (const row of page) {
          const e = JSON.parse(row.body) as CaseFileEvent;
          if (e.type === 'case-formed') {
            files.set(e.file.id, {
              ...e.file, formedBy: e.by, formedAt: e.at, state: 'formed', since: e.at, holder: e.by, bundle: null,
              returns: 0, returnReasons: [], closedAt: null, archive: null, act: null, erasedAt: e.file.fullName ? null : e.at,
            });
            continue;
          }
          const f = files.get(e.fileId);
          if (!f) throw new Error(`case-file event ${e.type} for an unknown file ${e.fileId}`);
          if (e.type === 'case-moved') {
            files.set(f.id, applyMove(f, e.move, e.at, e.by));
            if (e.move.kind === 'accept' || e.move.kind === 'return') {
              const day = dayOf(e.at);
              if (!checks.has(f.id)) checks.set(f.id, { year: Number(day.slice(0, 4)), quarter: quarterOf(day), specialist: f.formedBy, payment: f.paymentType, returned: 0 });
              if (e.move.kind === 'return') {
                checks.get(f.id)!.returned = 1;
                for (const reason of e.move.reasons) returns.push({ fileId: f.id, year: Number(day.slice(0, 4)), reason });
              }
            }
          } else if (e.type === 'case-destroyed') {
            files.set(f.id, { ...f, state: 'destroyed', since: e.at, holder: null, act: e.act, fullName: '', erasedAt: f.erasedAt ?? e.at });
          } else {
            files.set(f.id, { ...f, fullName: '', erasedAt: e.at });
          }
        }
        n += page.length;
        after = page[page.length - 1]!.seq;
      }
      const insertFile = this.db.statement(`INSERT INTO case_files (id, appeal_id, year, state, since_day, formed_by, formed_at, payment_type, name_key, holder, closed_year, archive_year, erased_at, body)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      for (const f of files.values()) {
        insertFile.run(f.id, f.appealId, year(f.formedAt), f.state, dayOf(f.since), f.formedBy, f.formedAt, f.paymentType, caseNameKey(f.fullName), f.holder,
          f.closedAt === null ? null : year(f.closedAt), f.archive?.year ?? null, f.erasedAt, JSON.stringify(f));
      }
      const insertCheck = this.db.statement('INSERT INTO case_file_checks (file_id, year, quarter, specialist, payment_type, returned) VALUES (?, ?, ?, ?, ?, ?)');
      for (const [id, c] of checks) insertCheck.run(id, c.year, c.quarter, c.specialist, c.payment, c.returned);
      const insertReturn = this.db.statement('INSERT INTO case_file_returns (file_id, year, reason) VALUES (?, ?, ?)');
      for (const r of returns) insertReturn.run(r.fileId, r.year, r.reason);
      return n;
    });
  }

  /** The name goes from the log's copy and the projection; the file's route stays. Call inside a transaction. */
  erase(fileId: string, at: number): void {
    this.scrubLog(fileId);
    this.commit({ type: 'case-erased', at, fileId });
  }

  /** Destroyed by an act: the log keeps that it was, and by which act, not the name. Call inside a transaction. */
  destroy(fileId: string, act: string, at: number, by: string): void {
    this.scrubLog(fileId);
    this.commit({ type: 'case-destroyed', at, by, fileId, act });
  }

  private scrubLog(fileId: string): void {
    for (const row of this.db.all<{ seq: number; body: string }>("SELECT seq, body FROM case_file_events WHERE file_id = ? AND type = 'case-formed'", [fileId])) {
      const e = JSON.parse(row.body) as Extract<CaseFileEvent, { type: 'case-formed' }>;
      if (e.file.fullName) this.db.run('UPDATE case_file_events SET body = ? WHERE seq = ?', [JSON.stringify({ ...e, file: { ...e.file, fullName: '' } }), row.seq]);
    }
  }

  file(id: string): CaseFile | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM case_files WHERE id = ?', [id]);
    return row ? (JSON.parse(row.body) as CaseFile) : null;
  }

  fileOfAppeal(appealId: string): CaseFile | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM case_files WHERE appeal_id = ?', [appealId]);
    return row ? (JSON.parse(row.body) as CaseFile) : null;
  }

  /** How many files were formed in a year (for the next number). */
  formedIn(year: number): number {
    return this.db.get<{ n: number }>('SELECT count(*) AS n FROM case_files WHERE year = ?', [year])!.n;
  }

  /** A file's route, each move by whom and when. */
  history(id: string): CaseFileStep[] {
    return this.db.all<{ body: string }>('SELECT body FROM case_file_events WHERE file_id = ? ORDER BY seq', [id]).map((r) => {
      const e = JSON.parse(r.body) as CaseFileEvent;
      if (e.type === 'case-formed') return { at: e.at, by: e.by, kind: 'formed', detail: e.file.appealId };
      if (e.type === 'case-destroyed') return { at: e.at, by: e.by, kind: 'destroyed', detail: e.act };
      if (e.type === 'case-erased') return { at: e.at, by: 'system', kind: 'erased', detail: '' };
      const m = e.move;
      const detail = m.kind === 'return' ? m.reasons.join(', ') + (m.note ? ` — ${m.note}` : '') : m.kind === 'bundle' ? m.bundle : m.kind === 'hand' ? m.receivedBy
        : m.kind === 'shelve' ? `${m.year}, ${m.place}, ${m.sheets}` : m.kind === 'issue' ? m.to : '';
      return { at: e.at, by: e.by, kind: m.kind, detail };
    });
  }

  /**
   * The office years in which a bundle numbered `bundle` was handed to the payments department, read from
   * the log: the hand-over moves of the files that were put into that bundle (files formed from
   * `sinceYear` on; a bundle handed on in a year holds files formed that year or the one before).
   */
  bundleHandedIn(bundle: string, sinceYear: number): number[] {
    const rows = this.db.all<{ at: number }>(`SELECT h.at FROM case_files f
      JOIN case_file_events h ON h.file_id = f.id AND h.type = 'case-moved' AND json_extract(h.body, '$.move.kind') = 'hand'
      WHERE f.year >= ? AND json_extract(f.body, '$.bundle') = ?`, [sinceYear, bundle]);
    return [...new Set(rows.map((r) => Number(this.dayOf(r.at).slice(0, 4))))];
  }

  /** Files by who formed them, newest first. */
  formedByStaff(staffId: string, limit: number): CaseFile[] {
    return this.bodies('SELECT body FROM case_files WHERE formed_by = ? ORDER BY id DESC LIMIT ?', [staffId, limit]);
  }

  /** Files in a state, oldest move first. */
  inState(state: CaseFileState, limit: number): CaseFile[] {
    return this.bodies('SELECT body FROM case_files WHERE state = ? ORDER BY since_day, id LIMIT ?', [state, limit]);
  }

  /** Files that have lain in `state` since before `lastDay` or on it (the candidates for overdue). */
  lyingSince(state: CaseFileState, lastDay: string, limit: number): CaseFile[] {
    return this.bodies('SELECT body FROM case_files WHERE state = ? AND since_day <= ? ORDER BY since_day, id LIMIT ?', [state, lastDay, limit]);
  }

  /** Files whose citizen's name begins with `prefix` (compared as `caseNameKey`), alphabetically. */
  byName(prefix: string, limit: number): CaseFile[] {
    const key = caseNameKey(prefix);
    return this.bodies('SELECT body FROM case_files WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?', [key, `${key}\uffff`, limit]);
  }

  /** The archivist's alphabetical book: files held in the archive (shelved or issued), of one archive year or all. */
  book(year: number | null, limit: number): CaseFile[] {
    return year === null
      ? this.bodies("SELECT body FROM case_files WHERE state IN ('archived', 'issued') ORDER BY name_key, id LIMIT ?", [limit])
      : this.bodies("SELECT body FROM case_files WHERE archive_year = ? AND state IN ('archived', 'issued') ORDER BY name_key, id LIMIT ?", [year, limit]);
  }

  /** Shelved files closed in or before `closedYear` (the candidates for destruction). */
  shelvedClosedBy(closedYear: number, limit: number): CaseFile[] {
    return this.bodies("SELECT body FROM case_files WHERE state = 'archived' AND closed_year <= ? ORDER BY closed_year, id LIMIT ?", [closedYear, limit]);
  }

  /** Files whose name the retention rule erases: formed before the cut-off, not held in the archive. */
  toErase(cutoff: number, limit: number): CaseFile[] {
    return this.bodies("SELECT body FROM case_files WHERE erased_at IS NULL AND state NOT IN ('archived', 'issued', 'destroyed') AND formed_at < ? ORDER BY formed_at LIMIT ?", [cutoff, limit]);
  }

  private bodies(sql: string, params: unknown[]): CaseFile[] {
    return this.db.all<{ body: string }>(sql, params).map((r) => JSON.parse(r.body) as CaseFile);
  }

  /**
   * The returned-for-completion counts, grouped as the analysis shows them: one read of a covering index
   * grouped by year, quarter, specialist and payment type (a few hundred groups over ten years), added up
   * here by each of them; and the returns by reason.
   */
  returnGroups(fromYear: number, toYear: number): { byYear: ReturnGroup[]; byQuarter: ReturnGroup[]; bySpecialist: ReturnGroup[]; byPaymentType: ReturnGroup[]; byReason: ReturnGroup[] } {
    const cells = this.db.all<{ year: number; quarter: string; specialist: string; payment: string; checked: number; returned: number }>(
      `SELECT year, quarter, specialist, payment_type AS payment, count(*) AS checked, total(returned) AS returned
       FROM case_file_checks WHERE year BETWEEN ? AND ? GROUP BY year, quarter, specialist, payment_type`, [fromYear, toYear]);
    const by = (key: (c: (typeof cells)[number]) => string): ReturnGroup[] => {
      const groups = new Map<string, ReturnGroup>();
      for (const c of cells) {
        const k = key(c);
        const g = groups.get(k) ?? { key: k, checked: 0, returned: 0 };
        g.checked += c.checked;
        g.returned += c.returned;
        groups.set(k, g);
      }
      return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    };
    const totalReturns = this.db.get<{ n: number }>('SELECT count(*) AS n FROM case_file_returns WHERE year BETWEEN ? AND ?', [fromYear, toYear])!.n;
    const reasons = this.db.all<{ key: string; returned: number }>('SELECT reason AS key, count(*) AS returned FROM case_file_returns WHERE year BETWEEN ? AND ? GROUP BY reason', [fromYear, toYear]);
    return {
      byYear: by((c) => String(c.year)), byQuarter: by((c) => c.quarter), bySpecialist: by((c) => c.specialist), byPaymentType: by((c) => c.payment),
      byReason: reasons.map((r) => ({ key: r.key, checked: totalReturns, returned: r.returned })).sort((a, b) => b.returned - a.returned || a.key.localeCompare(b.key)),
    };
  }

  /** The next act number of a year. */
  actsIn(year: number): number {
    return this.db.get<{ n: number }>('SELECT count(*) AS n FROM case_file_acts WHERE year = ?', [year])!.n;
  }

  putAct(act: DestructionAct): void {
    this.db.run('INSERT INTO case_file_acts (id, year, number, at, body) VALUES (?, ?, ?, ?, ?)', [act.id, act.year, act.number, act.at, JSON.stringify(act)]);
  }

  act(id: string): DestructionAct | null {
    const row = this.db.get<{ body: string }>('SELECT body FROM case_file_acts WHERE id = ?', [id]);
    return row ? (JSON.parse(row.body) as DestructionAct) : null;
  }
}
