// Schema versions, applied in order inside one transaction each; PRAGMA user_version records the last.
// Entities are kept whole as JSON in `body`; the columns beside it are what queries and reports need.
import type { SqliteDb } from './sqlite.js';

export const MIGRATIONS: string[] = [
  `CREATE TABLE events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL);
   CREATE TABLE tickets (
     id TEXT PRIMARY KEY, day TEXT NOT NULL, number_direction TEXT NOT NULL, number INTEGER NOT NULL,
     label TEXT NOT NULL, direction TEXT NOT NULL, state TEXT NOT NULL, priority TEXT, booking_id TEXT, source TEXT NOT NULL,
     issued_at INTEGER NOT NULL, called_at INTEGER, started_at INTEGER, finished_at INTEGER,
     booth INTEGER, staff_id TEXT, result TEXT, recalls INTEGER NOT NULL, transfers INTEGER NOT NULL, body TEXT NOT NULL,
     UNIQUE (day, number_direction, number));
   CREATE INDEX tickets_by_issue ON tickets (issued_at);
   CREATE TABLE booths (number INTEGER PRIMARY KEY, body TEXT NOT NULL);
   CREATE TABLE bookings (id TEXT PRIMARY KEY, day TEXT NOT NULL, code TEXT NOT NULL, state TEXT NOT NULL, at INTEGER NOT NULL, body TEXT NOT NULL);
   CREATE INDEX bookings_by_day ON bookings (day);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   -- Idempotency keys of changing requests, with the reply given, so a request repeated after a dropped
   -- connection or a restart is answered again instead of done twice.
   CREATE TABLE requests (key TEXT PRIMARY KEY, at INTEGER NOT NULL, reply TEXT NOT NULL);`,
];

export async function migrate(db: SqliteDb): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  const from = row?.user_version ?? 0;
  if (from > MIGRATIONS.length) {
    throw new Error(`the database is from a newer version of queue-core (schema ${from}, this build knows ${MIGRATIONS.length})`);
  }
  for (let v = from; v < MIGRATIONS.length; v++) {
    await db.transaction(async () => {
      await db.exec(MIGRATIONS[v]!);
      await db.exec(`PRAGMA user_version = ${v + 1}`);
    });
  }
  return MIGRATIONS.length;
}
