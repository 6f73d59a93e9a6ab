// Where the book of feedback is kept: each entry is an appeal of the journal (journal-store.ts) and a row
// of `feedback_entries` beside it, which says it is an entry, of what kind, and whether it was answered.
// Both are written in the caller's transaction.
import type { SqliteDb } from './sqlite.js';
import type { Appeal } from '../journal/types.js';

export class FeedbackStore {
  constructor(private readonly db: SqliteDb) {}

  /** Writes (or rewrites, once answered) the entry's row; the appeal itself is the journal store's. */
  putEntry(a: Appeal): void {
    if (!a.feedback) throw new Error(`${a.id} is not an entry of the book of feedback`);
    // An upsert, not INSERT OR REPLACE, so the statistics' summary's triggers see an update (stats-summary.ts).
    this.db.run(`INSERT INTO feedback_entries (appeal_id, day, at, kind, kiosk, due_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (appeal_id) DO UPDATE SET day = excluded.day, at = excluded.at, kind = excluded.kind, kiosk = excluded.kiosk, due_at = excluded.due_at, closed_at = excluded.closed_at`,
      [a.id, a.day, a.at, a.feedback.kind, a.feedback.kiosk, a.dueAt, a.closedAt]);
  }

  /** Entries not answered yet, the newest first. */
  open(limit: number): Appeal[] {
    const rows = this.db.all<{ body: string }>(
      'SELECT a.body FROM feedback_entries f JOIN appeals a ON a.id = f.appeal_id WHERE f.closed_at IS NULL ORDER BY f.at DESC LIMIT ?', [limit]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }

  countOpen(): number {
    return this.db.get<{ n: number }>('SELECT count(*) AS n FROM feedback_entries WHERE closed_at IS NULL')!.n;
  }

  /** Entries answered since `since`, the latest answer first: what the head closed lately. */
  answeredSince(since: number, limit: number): Appeal[] {
    const rows = this.db.all<{ body: string }>(
      'SELECT a.body FROM feedback_entries f JOIN appeals a ON a.id = f.appeal_id WHERE f.closed_at >= ? ORDER BY f.closed_at DESC LIMIT ?', [since, limit]);
    return rows.map((r) => JSON.parse(r.body) as Appeal);
  }
}
