// The statistics worker: a thread of its own with a read-only connection to the queue's file, answering
// { id, from, to } with the grouped rows of a report. SQLite calls block their thread; here they block
// only this one, so a report over ten years never holds up a kiosk tap on the daemon's event loop (WAL
// lets this reader work while the daemon writes). Started and watched by stats-reader.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteDb } from './sqlite.js';
import { readStatsRows } from './stats-queries.js';
import type { StatsRows } from '../journal/stats.js';

export interface StatsQuestion { id: number; from: string; to: string }
export type StatsAnswer = { id: number; rows: StatsRows } | { id: number; error: string };

const { file } = workerData as { file: string };
// Opened once and kept: a failure to open ends the worker, which the reader reports to whoever asked.
const db = SqliteDb.open(file, true);

parentPort!.on('message', (q: StatsQuestion) => {
  let answer: StatsAnswer;
  try {
    answer = { id: q.id, rows: readStatsRows(db, q.from, q.to) };
  } catch (e) {
    answer = { id: q.id, error: (e as Error).message };
  }
  parentPort!.postMessage(answer);
});
