// A promise face on one sqlite3 connection. Durability settings live here: WAL with synchronous=FULL,
// so a committed transaction survives a power cut.
import sqlite3 from 'sqlite3';

export type Row = Record<string, unknown>;

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
