// The statistics' summary (store/stats-summary.ts) against the tickets and cards themselves: over a few
// hundred visits written to a real SQLite file the way the daemon writes them — tickets issued, called,
// served, moved between specialists; cards saved, edited, moved to another ticket, erased by retention,
// deleted; entries of the book of feedback answered — the report read from the summary equals the report
// counted from the raw rows for every kind of range (whole months, parts of months, one day, across a
// year), the summary rebuilt from the rows equals the one the triggers kept, and a file from before the
// summary gets it filled by its migration.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueStore } from '../../queue-core/src/store/queue-store.ts';
import { JournalStore } from '../../queue-core/src/store/journal-store.ts';
import { FeedbackStore } from '../../queue-core/src/store/feedback-store.ts';
import { SqliteDb } from '../../queue-core/src/store/sqlite.ts';
import { MIGRATIONS, migrate } from '../../queue-core/src/store/migrations.ts';
import { readRawStatsRows, readStatsRows, spanOf } from '../../queue-core/src/store/stats-queries.ts';
import { STATS_SUMMARY_COUNTED, STATS_SUMMARY_FILL, STATS_SUMMARY_TABLES } from '../../queue-core/src/store/stats-summary.ts';
import { buildReport, type StatsRows } from '../../queue-core/src/journal/stats.ts';
import { erase } from '../../queue-core/src/journal/rules.ts';
import { APPEAL_TYPES, CATEGORIES, RESULTS, type Appeal } from '../../queue-core/src/journal/types.ts';

const DAYS = ['2025-11-27', '2025-11-28', '2025-11-30', '2025-12-01', '2025-12-15', '2025-12-31', '2026-01-01', '2026-01-12', '2026-01-31', '2026-02-02', '2026-02-27', '2026-03-02'];
const DIRECTIONS = ['documents', 'certificates', 'consultation'];
const STATES = ['done', 'done', 'done', 'no-show', 'waiting', 'called', 'serving', 'closed'];

/** The ranges a head of the service asks for: everything, whole months, parts of months, a day, across the new year. */
const RANGES: [string, string][] = [
  ['2020-01-01', '2030-12-31'], ['2025-12-01', '2026-01-31'], ['2025-11-28', '2026-02-02'], ['2025-12-02', '2025-12-30'],
  ['2025-12-31', '2026-01-01'], ['2026-01-12', '2026-01-12'], ['2025-11-01', '2025-11-30'], ['2026-02-01', '2026-02-28'], ['2025-12-16', '2026-03-01'],
  ['2025-12-01', '2027-01-31'], ['2025-11-28', '2026-12-31'], ['2026-01-01', '2026-12-31'], ['2025-01-01', '2026-01-31'],
];

/** Tickets of DAYS, `perDay` a day, in every state, some with no specialist or no hour yet, written as the queue writes them. */
function writeTickets(db: SqliteDb, perDay: number): string[] {
  const ids: string[] = [];
  db.transaction(() => {
    DAYS.forEach((day, d) => {
      for (let n = 0; n < perDay; n++) {
        const i = d * perDay + n;
        const id = `${day}/${DIRECTIONS[i % 3]}/${100 + n}`;
        const state = STATES[i % STATES.length]!;
        const issued = Date.parse(`${day}T01:00:00Z`) + n * 170_000;
        const called = ['waiting', 'closed'].includes(state) ? null : issued + (i % 13) * 60_000;
        const started = ['done', 'serving'].includes(state) ? called! + 20_000 : null;
        const finished = state === 'done' ? (i % 17 === 0 ? null : started! + (i % 11) * 90_000) : null;
        db.run(`INSERT INTO tickets (id, day, number_direction, number, label, direction, state, priority, booking_id, source, issued_at, called_at,
            started_at, finished_at, booth, staff_id, result, recalls, transfers, body, hour) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, 'kiosk', ?, ?, ?, ?, ?, ?, ?, 0, 0, '{}', ?)`,
        [id, day, DIRECTIONS[i % 3], 100 + n, `Д${100 + n}`, DIRECTIONS[i % 3], state, i % 5 === 0 ? `b${i}` : null, issued, called, started, finished,
          called === null ? null : 1 + (i % 3), called === null || i % 19 === 0 ? null : `staff${i % 4}`, state === 'done' ? (i % 7 === 0 ? null : RESULTS[i % RESULTS.length]) : null,
          i % 23 === 0 ? null : 9 + (n % 8)]);
        ids.push(id);
        // Every fifth ticket is a life situation's; the steps it left for the next are kept apart.
        if (i % 5 === 0) {
          db.run('INSERT INTO life_situations (ticket_id, day, situation, steps, step, direction, outcome, issued_at, ended_at) VALUES (?, ?, ?, 3, 0, ?, NULL, ?, NULL)', [id, day, i % 10 === 0 ? 'birth' : 'pension', 'documents', issued]);
          for (let step = 0; step < i % 3; step++) {
            db.run(`INSERT INTO life_steps (ticket_id, step, day, hour, direction, staff_id, waited_from, called_at, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
              [id, step, day, i % 23 === 0 ? null : 9 + (n % 8), DIRECTIONS[(i + step) % 3], step % 2 ? null : `staff${i % 4}`, issued, step === 1 ? null : issued + 60_000, issued + 90_000, issued + 600_000 * (step + 1)]);
          }
        }
      }
    });
  });
  return ids;
}

function card(i: number, ticketId: string | null, day: string): Appeal {
  const at = Date.parse(`${day}T02:00:00Z`) + i * 60_000;
  return {
    id: `J-${day.replaceAll('-', '')}-${String(i).padStart(4, '0')}`, at, day, ticketId, ticketLabel: null, directionId: i % 9 === 0 ? null : DIRECTIONS[i % 3]!,
    staffId: `staff${i % 4}`, booth: 1 + (i % 3), citizen: { fullName: `Гражданин ${i % 40} Петрович`, address: 'ул. Ленина, 1', passport: `81 04 ${100000 + (i % 40)}` },
    category: CATEGORIES[i % CATEGORIES.length]!, appealType: APPEAL_TYPES[i % APPEAL_TYPES.length]!, reason: ['benefits', 'subsidy', 'burial', 'other'][i % 4]!,
    result: RESULTS[i % RESULTS.length]!, documents: [], missingDocuments: [], notes: 'заметка', dueAt: null, closedAt: null,
    repeatOf: i % 6 === 0 ? ['J-20250101-0001'] : [], createdAt: at, updatedAt: at, erasedAt: null,
  };
}

/** Writes the journal's cards and entries the way the daemon does, then edits, erases and deletes some of them. */
function writeJournal(queue: QueueStore, journal: JournalStore, tickets: string[]): void {
  const feedback = new FeedbackStore(queue.db);
  const hour = (a: Appeal) => 9 + (a.at % 7);
  const cards: Appeal[] = [];
  journal.write(() => {
    for (let i = 0; i < 260; i++) {
      // Most cards belong to a ticket (some tickets get two, a life situation's steps), some to none, some to a ticket not kept.
      const ticket = i % 10 === 0 ? null : i % 29 === 0 ? '2025-12-01/documents/999' : tickets[(i * 7) % tickets.length]!;
      const a = card(i, ticket, ticket?.slice(0, 10) ?? DAYS[i % DAYS.length]!);
      journal.putAppeal(a, hour(a));
      cards.push(a);
    }
    // Entries of the book of feedback: cards of nobody's visit; one is written before its card.
    for (let i = 0; i < 8; i++) {
      const a: Appeal = { ...card(300 + i, null, DAYS[i]!), staffId: '', feedback: { kind: 'complaint', text: 'жалоба', contactName: '', contactPhone: '', kiosk: 'hall', answer: '', answeredBy: null } };
      if (i === 3) feedback.putEntry(a);
      journal.putAppeal(a, hour(a));
      feedback.putEntry(a);
      cards.push(a);
    }
  });
  journal.write(() => {
    // Edits: another result, reason, type, repeat; moved to another ticket or taken off one.
    for (let i = 0; i < cards.length; i += 4) {
      const a = cards[i]!;
      const edited: Appeal = { ...a, result: RESULTS[(i + 3) % RESULTS.length]!, reason: 'material-aid', appealType: APPEAL_TYPES[(i + 1) % APPEAL_TYPES.length]!,
        repeatOf: a.repeatOf.length ? [] : ['J-20250101-0002'], ticketId: i % 8 === 0 ? tickets[(i * 3 + 1) % tickets.length]! : i % 12 === 0 ? null : a.ticketId, updatedAt: a.updatedAt + 1 };
      journal.putAppeal(a.feedback ? { ...edited, closedAt: edited.at + 1, ticketId: null } : edited, hour(a));
      if (a.feedback) feedback.putEntry({ ...edited, closedAt: edited.at + 1 });
      cards[i] = edited;
    }
    // Retention erases the personal data of the older cards; the statistics keep counting them.
    for (const a of cards.filter((c) => c.day < '2025-12-15')) journal.putAppeal(erase(a, Date.parse('2026-03-03T00:00:00Z')), hour(a));
  });
  queue.db.transaction(() => {
    // The queue moves on: waiting tickets served, a specialist corrected, tickets that had no hour get one.
    queue.db.run("UPDATE tickets SET state = 'done', called_at = issued_at + 60000, started_at = issued_at + 90000, finished_at = issued_at + 600000, staff_id = 'staff9', result = 'accepted' WHERE state = 'waiting' AND number % 2 = 0");
    queue.db.run("UPDATE tickets SET state = 'no-show' WHERE state = 'done' AND number % 13 = 0");
    queue.db.run("UPDATE tickets SET staff_id = 'staff2' WHERE staff_id = 'staff1' AND number % 3 = 0");
    // Life situations go on: a step done again (as the queue writes it), situations completed or broken off, a step taken back.
    queue.db.run(`INSERT INTO life_steps (ticket_id, step, day, hour, direction, staff_id, waited_from, called_at, started_at, finished_at)
      SELECT ticket_id, step, day, 15, 'consultation', 'staff7', waited_from, waited_from + 1000, waited_from + 2000, waited_from + 900000 FROM life_steps WHERE step = 0 AND ticket_id LIKE '%/1_5'
      ON CONFLICT (ticket_id, step) DO UPDATE SET day = excluded.day, hour = excluded.hour, direction = excluded.direction, staff_id = excluded.staff_id,
        waited_from = excluded.waited_from, called_at = excluded.called_at, started_at = excluded.started_at, finished_at = excluded.finished_at`);
    queue.db.run("UPDATE life_situations SET step = 2, outcome = 'completed', ended_at = issued_at + 3600000 WHERE ticket_id LIKE '%/1_0' AND ticket_id NOT LIKE '%/120'");
    queue.db.run("UPDATE life_situations SET step = 1, direction = 'certificates', outcome = 'broken', ended_at = NULL WHERE ticket_id LIKE '%/105'");
    // A step whose direction the migration could not find (a ticket's body without its bundle) stays without one.
    queue.db.run("UPDATE life_situations SET step = 1, direction = NULL, outcome = 'broken', ended_at = NULL WHERE ticket_id LIKE '%/115'");
    queue.db.run("DELETE FROM life_steps WHERE step = 1 AND ticket_id LIKE '%/10_'");
    // Deleted rows: a mistaken card, a ticket whose cards stay.
    queue.db.run("DELETE FROM appeals WHERE id IN (SELECT id FROM appeals WHERE ticket_id IS NOT NULL ORDER BY id LIMIT 5)");
    queue.db.run("DELETE FROM tickets WHERE id IN (SELECT ticket_id FROM appeals WHERE ticket_id IS NOT NULL ORDER BY id DESC LIMIT 3)");
    queue.db.run("DELETE FROM feedback_entries WHERE appeal_id = (SELECT min(appeal_id) FROM feedback_entries)");
  });
  journal.fillTicketHours('Asia/Irkutsk');
}

/** Rows in one order, whatever order a read gave them in. */
const canonical = (rows: Partial<StatsRows>) => Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, (v as unknown[]).map((r) => JSON.stringify(r)).sort()]));

function assertSummaryAgrees(db: SqliteDb, label: string): void {
  for (const [from, to] of RANGES) {
    const summary = readStatsRows(db, from, to), raw = readRawStatsRows(db, from, to);
    assert.equal(canonical(summary), canonical(raw), `${label}: the rows of ${from}..${to} from the summary are those of the raw rows`);
    assert.equal(buildReport(from, to, summary as StatsRows), buildReport(from, to, raw as StatsRows), `${label}: the report of ${from}..${to}`);
  }
}

/** Every row of the summary, to compare a kept one with a rebuilt one. */
const summaryOf = (db: SqliteDb) => Object.fromEntries(STATS_SUMMARY_TABLES.map((t) => [t,
  db.all(`SELECT * FROM ${t} WHERE ${STATS_SUMMARY_COUNTED[t]} <> 0`).map((r) => JSON.stringify(r)).sort()]));

test('the report from the summary equals the report from the raw rows, and the summary rebuilt from the rows equals the one kept', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-summary-'));
  const queue = QueueStore.open(join(dir, 'queue.sqlite'));
  const journal = new JournalStore(queue.db);
  try {
    writeJournal(queue, journal, writeTickets(queue.db, 30));
    const counted = readRawStatsRows(queue.db, '2020-01-01', '2030-12-31') as StatsRows;
    assert.ok(counted.ticketsByDay.reduce((n, r) => n + r.tickets, 0) > 300 && counted.appealsByDay.reduce((n, r) => n + r.appeals, 0) > 250, 'a few hundred visits');
    assert.ok(counted.visitResults.some((r) => r.ticketResult === null) && counted.visitResults.some((r) => r.cards === 0), 'cards of no ticket and tickets with no card');
    assert.ok(counted.lifeSituations.length > 3 && counted.lifeSteps.length > 3, 'life situations and their steps');
    const broken = new Set(counted.lifeSituations.filter((r) => r.outcome === 'broken').map((r) => r.direction ?? null));
    assert.ok(broken.has('certificates') && broken.has(null), 'broken-off steps with a direction and without one');
    assertSummaryAgrees(queue.db, 'kept by the triggers');
    const kept = summaryOf(queue.db);
    for (const t of STATS_SUMMARY_TABLES) assert.ok(kept[t]!.length > 0, `${t} holds counts`);
    queue.db.transaction(() => queue.db.exec(STATS_SUMMARY_FILL));
    assert.equal(summaryOf(queue.db), kept, 'the summary rebuilt from the rows is the one the triggers kept');
    assertSummaryAgrees(queue.db, 'rebuilt');
  } finally {
    await journal.close();
    queue.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the whole years and months of a range come from the summary and the days outside them from the rows', () => {
  const pick = (from: string, to: string) => {
    const s = spanOf(from, to);
    return [s.firstYear, s.lastYear, s.firstMonth, s.monthsBefore, s.monthsAfter, s.lastMonth, s.before, s.after];
  };
  assert.equal(pick('2025-11-28', '2026-02-02'), ['9999', '0000', '2025-12', '2026-01', '9999-99', '2026-01', '2025-12-00', '2026-01-99'], 'whole months, no whole year');
  assert.equal(pick('2025-12-01', '2027-01-31'), ['2026', '2026', '2025-12', '2026-00', '2026-99', '2027-01', '2025-12-00', '2027-01-99'], 'a whole year between whole months');
  assert.equal(pick('2016-11-28', '2026-10-30'), ['2017', '2025', '2016-12', '2017-00', '2025-99', '2026-09', '2016-12-00', '2026-09-99'], 'ten years');
  assert.equal(pick('2024-02-01', '2024-02-29').slice(2, 6), ['2024-02', '2024-02', '9999-99', '2024-02'], 'a leap February is whole');
  assert.equal(spanOf('2025-02-01', '2025-02-28').lastMonth, '2025-02');
  const late = spanOf('2025-12-02', '2025-12-31');
  assert.ok(late.firstMonth > late.lastMonth && late.firstYear > late.lastYear && late.before === '2025-12-31', 'a month begun late is not whole: every day from the rows');
});

test('a file from before the summary gets it filled by its migration', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-summary-'));
  const file = join(dir, 'queue.sqlite');
  try {
    // Written with today's schema, then taken back to the one before the summary (its tables and triggers dropped).
    const queue = QueueStore.open(file);
    const journal = new JournalStore(queue.db);
    writeJournal(queue, journal, writeTickets(queue.db, 12));
    await journal.close();
    const expected = summaryOf(queue.db);
    const before = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE stats_ticket_days'));
    assert.ok(before > 0, 'the summary has its migration');
    queue.db.transaction(() => {
      for (const t of queue.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'stats_%'")) queue.db.exec(`DROP TRIGGER ${t.name}`);
      for (const t of STATS_SUMMARY_TABLES) queue.db.exec(`DROP TABLE ${t}`);
      queue.db.exec(`PRAGMA user_version = ${before}`);
    });
    queue.close();
    const db = SqliteDb.open(file);
    try {
      assert.is(migrate(db), MIGRATIONS.length);
      assert.equal(summaryOf(db), expected, 'the migration filled the summary from the rows kept');
      assertSummaryAgrees(db, 'migrated');
    } finally {
      db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
