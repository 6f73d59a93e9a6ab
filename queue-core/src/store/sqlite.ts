// One better-sqlite3 connection and its prepared statements. Durability settings live here: WAL with
// synchronous=FULL, so a committed transaction survives a power cut. Every value reaches SQLite as a bound
// parameter, never as SQL text. Calls are synchronous: a transaction runs from BEGIN to COMMIT without
// the event loop turning in between, so nothing else the daemon does can interleave with it.
import Database from 'better-sqlite3';

export type Row = Record<string, unknown>;

/** What a statement's `?` may stand for: booleans go as 1/0 and undefined as NULL, as SQLite has neither. */
const bindable = (v: unknown) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);

export class SqliteDb {
  private readonly statements = new Map<string, Database.Statement>();

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
  transaction<T>(work: () => T): T {
    return this.raw.transaction(work).immediate();
  }

  close(): void {
    this.statements.clear();
    if (this.raw.open) this.raw.close();
  }
}

export const DURABLE_PRAGMAS = 'PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;';
