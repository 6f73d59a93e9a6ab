// One better-sqlite3 connection and its prepared statements. Durability settings live here: WAL with
// synchronous=FULL, so a committed transaction survives a power cut. Every value reaches SQLite as a bound
// parameter, never as SQL text. Calls are synchronous: a transaction runs from BEGIN to COMMIT without
// the event loop turning in between, so nothing else the daemon does can interleave with it.
import Database from 'better-sqlite3';

export type Row = Record<string, unknown>;

/** The outcome of a write: committed, or failed with the driver's code (`SQLITE_FULL`, `SQLITE_IOERR_WRITE`…). */
export type WriteOutcome = { ok: true; at: number } | { ok: false; at: number; code: string; message: string };

/**
 * The code of an error that says the storage failed (full, read-only, I/O, locked, damaged), or null for
 * errors that say nothing about it: a refused constraint, or an exception thrown by the work itself.
 */
export function storageFault(e: unknown): string | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  if (/^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|BUSY|LOCKED|PROTOCOL|NOMEM|NOLFS|PERM)/.test(code)) return code;
  if (/^(ENOSPC|EDQUOT|EIO|EROFS|EACCES|EPERM)$/.test(code)) return code;
  return null;
}

/** A failure that means the disk has no room left: SQLite's SQLITE_FULL or the system's ENOSPC/EDQUOT. */
export const isDiskFull = (code: string): boolean => /^(SQLITE_FULL|ENOSPC|EDQUOT)/.test(code);

/** What a statement's `?` may stand for: booleans go as 1/0 and undefined as NULL, as SQLite has neither. */
const bindable = (v: unknown) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);

export class SqliteDb {
  private readonly statements = new Map<string, Database.Statement>();
  private last: WriteOutcome | null = null;
  private readonly writeListeners: ((outcome: WriteOutcome) => void)[] = [];

  private constructor(readonly raw: Database.Database, readonly file: string) {}

  /** Opens (or, for writing, creates) the file; `timeout` is how long a write waits for another writer. */
  static open(file: string, readOnly = false): SqliteDb {
    return new SqliteDb(new Database(file, { readonly: readOnly, fileMustExist: readOnly, timeout: 5000 }), file);
  }

  /** The prepared statement for `sql`, compiled once on this connection and reused after. */
  statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.raw.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  run(sql: string, params: unknown[] = []): Database.RunResult {
    return this.statement(sql).run(...params.map(bindable));
  }

  get<T extends object = Row>(sql: string, params: unknown[] = []): T | undefined {
    return this.statement(sql).get(...params.map(bindable)) as T | undefined;
  }

  all<T extends object = Row>(sql: string, params: unknown[] = []): T[] {
    return this.statement(sql).all(...params.map(bindable)) as T[];
  }

  /** The rows one at a time, for reads too large to hold at once (a big day's tickets on start). */
  iterate<T extends object = Row>(sql: string, params: unknown[] = []): IterableIterator<T> {
    return this.statement(sql).iterate(...params.map(bindable)) as IterableIterator<T>;
  }

  /** Statements without values: the schema and pragmas. */
  exec(sql: string): void {
    this.raw.exec(sql);
  }

  /**
   * Runs `work` inside BEGIN IMMEDIATE … COMMIT, rolling back if it throws. `work` is synchronous (a
   * promise is refused by the driver), so the transaction holds the connection from start to end and the
   * queue's commits and the journal's saves follow each other whole. Nested calls become savepoints.
   */
  transaction<T>(work: () => T, options: { clearsFault?: boolean } = {}): T {
    if (this.raw.inTransaction) return this.raw.transaction(work).immediate();
    try {
      const result = this.raw.transaction(work).immediate();
      // A small write of the daemon's own (an alert) may still fit on a full disk: it does not show that
      // the office's writes work again, so it does not clear a failure.
      if (options.clearsFault !== false || this.last?.ok !== false) this.wrote({ ok: true, at: Date.now() });
      return result;
    } catch (e) {
      const code = storageFault(e);
      if (code) this.wrote({ ok: false, at: Date.now(), code, message: (e as Error).message });
      throw e;
    }
  }

  /** How the last write transaction ended; null before the first. Read by the health report and the alerts. */
  get lastWrite(): WriteOutcome | null {
    return this.last;
  }

  /** Called after every write transaction that committed or failed for the storage's sake. */
  onWrite(listener: (outcome: WriteOutcome) => void): void {
    this.writeListeners.push(listener);
  }

  private wrote(outcome: WriteOutcome) {
    const changed = this.last?.ok !== outcome.ok || (!outcome.ok && this.last?.ok === false && this.last.code !== outcome.code);
    this.last = outcome;
    if (changed) for (const listener of this.writeListeners) listener(outcome);
  }

  close(): void {
    this.statements.clear();
    if (this.raw.open) this.raw.close();
  }
}

export const DURABLE_PRAGMAS = 'PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;';
