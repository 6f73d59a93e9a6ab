// The SQLite store on a real file: a restart continues from what was committed, the day rolls over even
// when the daemon was off overnight, an older schema is upgraded in place, and backups rotate.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { QueueStore } from '../../queue-core/src/store/queue-store.ts';
import { JournalStore } from '../../queue-core/src/store/journal-store.ts';
import { MIGRATIONS } from '../../queue-core/src/store/migrations.ts';
import { SqliteDb } from '../../queue-core/src/store/sqlite.ts';
import { QueueService } from '../../queue-core/src/server/queue-service.ts';
import { at, officeConfig } from '../helpers/office.ts';
import type { TicketBook } from '../../queue-core/src/domain/ticket-book.ts';
import type { Ticket } from '../../queue-core/src/domain/types.ts';

const config = officeConfig();
const system = { role: 'system' as const };
/** The day's tickets by id, to compare two states whatever order their tickets came in. */
const byId = (tickets: TicketBook<Ticket>) => Object.fromEntries([...tickets.values()].map((t) => [t.id, t]));

async function open(dir: string, now: { t: number }, file = 'queue.sqlite') {
  const store = await QueueStore.open(join(dir, file));
  return QueueService.start(store, config, { now: () => now.t, random: () => 0.5 });
}

test('after a restart the booths, tickets, bookings and measured service times are as they were', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-'));
  const now = { t: at('2026-11-24', '09:00') };
  let s = await open(dir, now);
  await s.execute({ type: 'openBooth', booth: 1, staffId: 'ivanova' }, system);
  for (let i = 0; i < 3; i++) {
    await s.execute({ type: 'issue', directionId: 'documents' }, system);
    await s.execute({ type: 'callNext', booth: 1 }, system);
    now.t += 9 * 60_000;
    await s.execute({ type: 'finish', booth: 1, result: 'accepted' }, system);
  }
  await s.execute({ type: 'issue', directionId: 'documents' }, system);
  await s.execute({ type: 'callNext', booth: 1 }, system);
  const booked = await s.execute({ type: 'book', directionId: 'consultation', at: at('2026-11-25', '10:10'), citizenName: 'Гармаев Б.', phone: '8914' }, system);
  const before = s.state;
  await s.store.close();

  s = await open(dir, now);
  assert.equal(byId(s.state.tickets), byId(before.tickets));
  assert.equal(s.state.booths, before.booths);
  assert.equal(s.state.bookings, before.bookings);
  assert.equal(s.state.serviceTimes, before.serviceTimes);
  assert.equal(s.state.lastNumber, { documents: 103 });
  assert.is(s.state.bookingSeq, 1);
  const next = await s.execute({ type: 'issue', directionId: 'documents' }, system);
  assert.is(next.ok && next.reply.kind === 'issued' && next.reply.ticket.label, 'Д104');
  assert.ok(booked.ok);
  await s.store.close();
  await rm(dir, { recursive: true, force: true });
});

test('a daemon switched off overnight closes yesterday\'s tickets at start and numbers from 100 again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-'));
  const now = { t: at('2026-11-24', '17:00') };
  let s = await open(dir, now);
  await s.execute({ type: 'openBooth', booth: 2, staffId: 'petrova' }, system);
  await s.execute({ type: 'issue', directionId: 'certificates' }, system);
  await s.execute({ type: 'issue', directionId: 'certificates' }, system);
  await s.execute({ type: 'callNext', booth: 2 }, system);
  await s.store.close();

  now.t = at('2026-11-25', '08:30');
  s = await open(dir, now);
  assert.is(s.state.day, '2026-11-25');
  assert.is(s.state.tickets.size, 0);
  assert.is(s.state.booths[2]!.status, 'closed');
  const rows = await s.store.db.all<{ label: string; state: string }>('SELECT label, state FROM tickets ORDER BY label');
  assert.equal(rows, [{ label: 'С100', state: 'closed' }, { label: 'С101', state: 'closed' }]);
  const t = await s.execute({ type: 'issue', directionId: 'certificates' }, system);
  assert.is(t.ok && t.reply.kind === 'issued' && t.reply.ticket.label, 'С100');
  await s.store.close();

  s = await open(dir, now);
  assert.is(s.state.lastNumber.certificates, 100, 'the new day is remembered across another restart');
  await s.store.close();
  await rm(dir, { recursive: true, force: true });
});

test('a database of the first schema is upgraded in place and keeps its day; one from a newer build is refused', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-'));
  const now = { t: at('2026-11-24', '09:00') };
  // Today's queue as the current build writes it...
  let s = await open(dir, now);
  await s.execute({ type: 'openBooth', booth: 1, staffId: 'ivanova' }, system);
  await s.execute({ type: 'issue', directionId: 'documents' }, system);
  now.t = at('2026-11-24', '10:40');
  await s.execute({ type: 'issue', directionId: 'documents' }, system);
  await s.execute({ type: 'callNext', booth: 1 }, system);
  const before = s.state;
  await s.store.close();
  // ...copied into a file of schema 1, as the first release left it: no journal tables, no hour column.
  const old = join(dir, 'old.sqlite');
  const v1 = SqliteDb.open(old);
  await v1.exec(MIGRATIONS[0]!);
  await v1.exec('PRAGMA user_version = 1');
  v1.run('ATTACH ? AS current', [join(dir, 'queue.sqlite')]);
  const ticketColumns = 'id, day, number_direction, number, label, direction, state, priority, booking_id, source, issued_at, called_at, started_at, finished_at, booth, staff_id, result, recalls, transfers, body';
  await v1.exec(`INSERT INTO tickets SELECT ${ticketColumns} FROM current.tickets`);
  for (const table of ['events', 'booths', 'meta']) await v1.exec(`INSERT INTO ${table} SELECT * FROM current.${table}`);
  // Later schemas added columns to these two: only the first schema's are copied.
  await v1.exec('INSERT INTO bookings SELECT id, day, code, state, at, body FROM current.bookings');
  await v1.exec('INSERT INTO requests SELECT key, at, reply FROM current.requests');
  await v1.exec('DETACH current');
  await v1.close();

  s = await open(dir, now, 'old.sqlite');
  const { db } = s.store;
  assert.equal(await db.get('PRAGMA user_version'), { user_version: MIGRATIONS.length });
  assert.ok(await db.get("SELECT name FROM sqlite_master WHERE name = 'appeals'"), 'the journal tables exist');
  assert.equal(byId(s.state.tickets), byId(before.tickets), 'the day goes on where it was');
  assert.equal(s.state.booths, before.booths);
  assert.is(await new JournalStore(db).fillTicketHours(config.office.timezone), 2, 'the old tickets get their local hour once');
  assert.equal(await db.all('SELECT label, hour FROM tickets ORDER BY label'), [{ label: 'Д100', hour: 9 }, { label: 'Д101', hour: 10 }]);
  const next = await s.execute({ type: 'issue', directionId: 'documents' }, system);
  assert.is(next.ok && next.reply.kind === 'issued' && next.reply.ticket.label, 'Д102');
  await s.store.close();

  // A file a newer build has already upgraded is left alone, with words for the person at the console.
  const newer = SqliteDb.open(old);
  await newer.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
  await newer.close();
  try {
    await QueueStore.open(old);
    assert.unreachable('a newer schema was opened');
  } catch (e) {
    assert.match((e as Error).message, `the database is from a newer version of queue-core (schema ${MIGRATIONS.length + 1}, this build knows ${MIGRATIONS.length})`);
  }
  const untouched = SqliteDb.open(old);
  assert.equal(await untouched.get('PRAGMA user_version'), { user_version: MIGRATIONS.length + 1 });
  assert.is((await untouched.all('SELECT id FROM tickets')).length, 3);
  await untouched.close();
  await rm(dir, { recursive: true, force: true });
});

test('the database runs in WAL mode with full synchronous commits', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-'));
  const store = await QueueStore.open(join(dir, 'queue.sqlite'));
  assert.is((await store.db.get<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode, 'wal');
  assert.is((await store.db.get<{ synchronous: number }>('PRAGMA synchronous'))!.synchronous, 2);
  assert.is((await store.db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version, MIGRATIONS.length);
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

test('backups are complete SQLite copies and only the newest are kept', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-'));
  const now = { t: at('2026-11-24', '09:00') };
  const s = await open(dir, now);
  await s.execute({ type: 'issue', directionId: 'documents' }, system);
  const backups = join(dir, 'backups');
  for (const day of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']) await s.store.backup(backups, day, 3);
  assert.equal((await readdir(backups)).sort(), ['queue-2026-11-22.sqlite', 'queue-2026-11-23.sqlite', 'queue-2026-11-24.sqlite']);
  const copy = new Database(join(backups, 'queue-2026-11-24.sqlite'), { readonly: true, fileMustExist: true });
  assert.equal(copy.prepare('PRAGMA quick_check').all(), [{ quick_check: 'ok' }]);
  assert.is(copy.pragma('journal_mode', { simple: true }), 'delete', 'a backup is one self-contained file');
  assert.equal(copy.prepare('SELECT label FROM tickets').all(), [{ label: 'Д100' }]);
  copy.close();
  await s.store.close();
  await rm(dir, { recursive: true, force: true });
});

test('closing the store while a backup is being copied stops the copy and leaves no part of it behind', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-'));
  const now = { t: at('2026-11-24', '09:00') };
  const s = await open(dir, now);
  await s.execute({ type: 'issue', directionId: 'documents' }, system);
  const backups = join(dir, 'backups');
  const copy = s.store.backup(backups, '2026-11-24', 3).then(() => 'written', (e: Error) => e.message);
  await s.store.close();
  // Closed means the copy has ended one way or the other: the folder can go at once.
  assert.equal((await readdir(backups)).filter((f) => f.endsWith('.part')), []);
  const outcome = await copy;
  assert.ok(outcome === 'written' || /backup copy failed/.test(outcome), outcome);
  await rm(dir, { recursive: true });
});

test('a failed write is refused with STORAGE_FAILED and the state in memory does not move', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-'));
  const now = { t: at('2026-11-24', '09:00') };
  const s = await open(dir, now);
  await s.execute({ type: 'issue', directionId: 'documents' }, system);
  // Another program holds the write lock past the busy timeout: the commit cannot happen.
  await s.store.db.exec('PRAGMA busy_timeout = 50');
  const other = new Database(join(dir, 'queue.sqlite'));
  other.exec('BEGIN IMMEDIATE');
  const before = s.state;
  const refused = await s.execute({ type: 'issue', directionId: 'documents' }, system);
  assert.is(!refused.ok && refused.error.code, 'STORAGE_FAILED');
  assert.is(s.state, before);
  other.exec('ROLLBACK');
  other.close();
  const ok = await s.execute({ type: 'issue', directionId: 'documents' }, system);
  assert.is(ok.ok && ok.reply.kind === 'issued' && ok.reply.ticket.label, 'Д101', 'the refused issue used no number');
  await s.store.close();
  await rm(dir, { recursive: true, force: true });
});

test('values are bound, never pasted into SQL: any text comes back exactly as written', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-bound-'));
  const db = SqliteDb.open(join(dir, 'x.sqlite'));
  try {
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v)');
    const nasty = ["'); DROP TABLE t; --", 'a\0b', '🙂 Ёё ґ', "''", '?', '\\', 'x'.repeat(5000), "О'Брайен"];
    db.transaction(() => nasty.forEach((v, i) => db.run('INSERT INTO t (id, v) VALUES (?, ?)', [i, v])));
    assert.equal(db.all<{ v: string }>('SELECT v FROM t ORDER BY id').map((r) => r.v), nasty);
    // A failing statement rolls the whole transaction back and leaves the connection usable.
    const failed = (() => {
      try {
        db.transaction(() => {
          db.run('INSERT INTO t (id, v) VALUES (?, ?)', [100, 'kept?']);
          db.run('INSERT INTO t (id, v) VALUES (?, ?)', [0, 'duplicate id']);
        });
        return null;
      } catch (e) {
        return e as Error;
      }
    })();
    assert.match(failed?.message ?? '', /UNIQUE/);
    assert.is(db.get<{ n: number }>('SELECT count(*) AS n FROM t')!.n, nasty.length);
    db.run('INSERT INTO t (id, v) VALUES (?, ?)', [100, 'after']);
    assert.is(db.get<{ v: string }>('SELECT v FROM t WHERE id = 100')!.v, 'after');
    // A transaction is synchronous: work that would wait for something else is refused outright.
    assert.throws(() => db.transaction(() => Promise.resolve() as never), /promise/i);
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
