// A promise face on one sqlite3 connection. Durability settings live here: WAL with synchronous=FULL,
// so a committed transaction survives a power cut.
import sqlite3 from 'sqlite3';

export type Row = Record<string, unknown>;

export interface Statement {
  sql: string;
  params?: unknown[];
}

/**
 * A value as an SQLite literal: NULL, a number, or a string in single quotes with its quotes doubled
 * (SQLite has no backslash escapes). A string holding a NUL character, which would end the SQL text,
 * goes as its UTF-8 bytes in hex, cast back to text.
 */
export function sqlLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TypeError(`cannot store the number ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return v.includes('\0') ? `CAST(X'${Buffer.from(v, 'utf8').toString('hex')}' AS TEXT)` : `'${v.replaceAll("'", "''")}'`;
  if (Buffer.isBuffer(v)) return `X'${v.toString('hex')}'`;
  throw new TypeError(`cannot store a value of type ${typeof v}`);
}

/** `sql` with each `?` outside a quoted string replaced by the next parameter as a literal. */
export function inlineParams(sql: string, params: unknown[]): string {
  let out = '', n = 0, quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      if (n >= params.length) throw new RangeError(`too few parameters for: ${sql}`);
      out += sqlLiteral(params[n++]);
    } else out += ch;
  }
  if (n !== params.length) throw new RangeError(`${params.length} parameters for ${n} placeholders in: ${sql}`);
  return out;
}

export class SqliteDb {
  private constructor(readonly raw: sqlite3.Database, readonly file: string) {}

  static open(file: string, readOnly = false): Promise<SqliteDb> {
    return new Promise((resolve, reject) => {
      const mode = readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
      const raw = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(new SqliteDb(raw, file))));
    });
  }

  run(sql: string, params: unknown[] = []): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) => {
      this.raw.run(sql, params, function (err) {
        if (err) reject(err);
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  get<T extends object = Row>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => this.raw.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined))));
  }

  all<T extends object = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.raw.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.raw.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  private txTail: Promise<unknown> = Promise.resolve();

  /**
   * Runs the statements as one transaction in a single call into SQLite: one trip to the worker thread
   * instead of one per statement, so a command's commit does not wait for the event loop between its
   * statements. Values are written into the SQL as literals by `sqlLiteral`, which cannot be escaped from.
   */
  batch(statements: Statement[]): Promise<void> {
    const run = this.txTail.then(async () => {
      const sql = ['BEGIN IMMEDIATE', ...statements.map((st) => inlineParams(st.sql, st.params ?? [])), 'COMMIT'].join(';\n');
      try {
        await this.exec(sql);
      } catch (e) {
        await this.exec('ROLLBACK').catch(() => {});
        throw e;
      }
    });
    this.txTail = run.catch(() => {});
    return run;
  }

  /**
   * Runs `work` inside BEGIN IMMEDIATE … COMMIT, rolling back if it throws. Transactions on this one
   * connection wait for each other, so the queue and the journal can both write.
   */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    const run = this.txTail.then(() => this.runTransaction(work));
    this.txTail = run.catch(() => {});
    return run;
  }

  private async runTransaction<T>(work: () => Promise<T>): Promise<T> {
    await this.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      await this.exec('COMMIT');
      return result;
    } catch (e) {
      await this.exec('ROLLBACK').catch(() => {});
      throw e;
    }
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.raw.close((err) => (err ? reject(err) : resolve())));
  }
}

export const DURABLE_PRAGMAS = 'PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;';
