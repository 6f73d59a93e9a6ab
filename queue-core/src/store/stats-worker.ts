// A statistics worker: a thread of its own with a read-only connection to the queue's file, answering
// { id, from, to, parts } with those parts of a report's grouped rows, and { id, sql, params } (a search
// over every record) with its rows. SQLite calls block their thread; here they block only this one, so a
// report over ten years never holds up a kiosk tap on the daemon's event loop (WAL lets this reader work
// while the daemon writes). Started and watched by stats-reader.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteDb } from './sqlite.js';
import { readStatsRows, type StatsPart } from './stats-queries.js';
import type { StatsRows } from '../journal/stats.js';

export type StatsQuestion = { id: number; from: string; to: string; parts: StatsPart[] } | { id: number; sql: string; params: unknown[] };
export type StatsAnswer = { id: number; rows: Partial<StatsRows> | unknown[] } | { id: number; error: string };

const { file } = workerData as { file: string };
// Opened once and kept: a failure to open ends the worker, which the reader reports to whoever asked.
const db = SqliteDb.open(file, true);

parentPort!.on('message', (q: StatsQuestion) => {
  let answer: StatsAnswer;
  try {
    answer = { id: q.id, rows: 'sql' in q ? db.all(q.sql, q.params) : readStatsRows(db, q.from, q.to, q.parts) };
  } catch (e) {
    answer = { id: q.id, error: (e as Error).message };
  }
  parentPort!.postMessage(answer);
});
