// The daily backup's copy, made in a process of its own: `backup-copy <database> <copy>`.
//
// SQLite's backup API reads every page of the database through the reading connection and writes it
// through the copy's. Made inside the daemon, the C library's allocator kept what the copy had used: with
// 10,000 tickets in the day the daemon's resident memory stayed 12–20 MB higher for the rest of the day.
// A process of its own gives all of it back when it ends, and its work falls on the other core. It reads
// the database read-only beside the daemon (WAL lets it), so the queue goes on meanwhile.
import { SqliteDb } from './sqlite.js';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('usage: backup-copy <database> <copy>');
  process.exit(2);
}
try {
  const db = SqliteDb.open(source, true);
  try {
    await db.raw.backup(target);
  } finally {
    db.close();
  }
  // The copy carries the WAL flag of its source; as a plain rollback-journal file it is one self-contained
  // file that opens anywhere, read-only too, without -wal and -shm files beside it.
  const copy = SqliteDb.open(target);
  try {
    copy.exec('PRAGMA journal_mode=DELETE');
  } finally {
    copy.close();
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
