// The statistics on ten years of a busy office: ≈ 40,000 visits a year (tickets and journal records, with
// realistic JSON bodies), generated inside SQLite, then the head of the service's report for the whole
// ten years and for one year, a name search and the deadline list. Target: a report in ≤ 1 s.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { QueueStore } from '../queue-core/src/store/queue-store.ts';
import { JournalStore } from '../queue-core/src/store/journal-store.ts';
import { buildReport } from '../queue-core/src/journal/stats.ts';
import { median, ms, row, verdict } from './stats.ts';
import { annualBench } from './annual.ts';
import { FILL_MISSING_DOCUMENTS } from '../queue-core/src/store/annual-queries.ts';
import { readRawStatsRows } from '../queue-core/src/store/stats-queries.ts';
import { STATS_SUMMARY_FILL } from '../queue-core/src/store/stats-summary.ts';
import { isDeepStrictEqual } from 'node:util';
import type { StatsRows } from '../queue-core/src/journal/stats.ts';

const PER_YEAR = Number(process.env.BENCH_VISITS_PER_YEAR ?? 40_000);
const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const WORKING_DAYS = 250;
const PER_DAY = Math.round(PER_YEAR / WORKING_DAYS);
const TOTAL = PER_DAY * WORKING_DAYS * YEARS;
const FIRST_MONDAY = '2016-11-28';

/** Row i is visit (i % PER_DAY) of working day floor(i / PER_DAY); working days run Monday to Friday. */
const DAY_OF = `date('${FIRST_MONDAY}', '+' || ((i / ${PER_DAY}) / 5 * 7 + (i / ${PER_DAY}) % 5) || ' days')`;
const HOUR_OF = `(9 + (i % ${PER_DAY}) * 8 / ${PER_DAY})`;
/** 01:00 UTC is 09:00 in Irkutsk (UTC+8). */
const ISSUED_OF = `(CAST(strftime('%s', ${DAY_OF}) AS INTEGER) * 1000 + (${HOUR_OF} - 8) * 3600000 + (i % 20) * 150000)`;

function generate(store: QueueStore): void {
  const db = store.db;
  db.exec('PRAGMA synchronous = OFF'); // the generator only; the daemon keeps FULL
  db.transaction(() => {
    db.run(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${TOTAL - 1}),
      v AS (SELECT i, ${DAY_OF} AS day, ${HOUR_OF} AS hour, ${ISSUED_OF} AS issued,
              abs(random()) % 1800000 AS wait, 60000 + abs(random()) % 1200000 AS service, abs(random()) % 20 = 0 AS noshow FROM n)
      INSERT INTO tickets (id, day, number_direction, number, label, direction, state, priority, booking_id, source, issued_at, called_at,
        started_at, finished_at, booth, staff_id, result, recalls, transfers, body, hour)
      SELECT day || '/' || d || '/' || (100 + i % ${PER_DAY}), day, d, 100 + i % ${PER_DAY}, 'С' || (100 + i % ${PER_DAY}), d,
        CASE WHEN noshow THEN 'no-show' ELSE 'done' END, NULL, CASE WHEN i % 9 = 0 THEN 'b' || i END, 'kiosk', issued, issued + wait,
        CASE WHEN noshow THEN NULL ELSE issued + wait + 30000 END, CASE WHEN noshow THEN NULL ELSE issued + wait + 30000 + service END,
        1 + i % 4, 'staff' || (i % 4), 'done', 0, 0,
        json_object('id', day || '/' || d || '/' || i, 'label', 'С' || i, 'directionId', d, 'issuedAt', issued, 'state', 'done', 'history', json_array(json_object('action', 'issued', 'at', issued), json_object('action', 'called', 'at', issued + wait))),
        hour
      FROM (SELECT *, CASE i % 3 WHEN 0 THEN 'certificates' WHEN 1 THEN 'documents' ELSE 'consultation' END AS d FROM v)`);
    db.run(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${TOTAL - 1}),
      v AS (SELECT i, ${DAY_OF} AS day, ${HOUR_OF} AS hour, ${ISSUED_OF} AS at FROM n)
      INSERT INTO appeals (id, at, day, hour, staff_id, booth, direction, ticket_id, category, appeal_type, reason, result, due_at, closed_at,
        is_repeat, citizen_key, name_key, passport_key, erased_at, body)
      SELECT 'J-' || replace(day, '-', '') || '-' || printf('%04d', i % ${PER_DAY} + 1), at, day, hour, 'staff' || (i % 4), 1 + i % 4,
        CASE i % 3 WHEN 0 THEN 'certificates' WHEN 1 THEN 'documents' ELSE 'consultation' END, NULL,
        json_extract('["pensioner","working","unemployed","student","other"]', '$[' || (i % 5) || ']'),
        json_extract('["proposal","statement","complaint","consultation","documents","certificate"]', '$[' || (i % 6) || ']'),
        json_extract('["benefits","subsidy","child-allowance","burial","kindergarten","scholarship","labour-veteran","material-aid","registration","other"]', '$[' || (i % 10) || ']'),
        json_extract('["explained","review","control","filed","accepted","returned"]', '$[' || (i % 6) || ']'),
        CASE WHEN i % 6 IN (1, 2, 4) THEN at + 10 * 86400000 END, CASE WHEN i % 50 = 0 THEN NULL ELSE at + 86400000 END,
        i % 7 = 0, 'p:' || (250000000 + i % 150000), 'гражданин ' || (i % 150000), (250000000 + i % 150000), NULL,
        json_object('id', i, 'at', at, 'citizen', json_object('fullName', 'Гражданин ' || (i % 150000) || ' Иванович', 'address', 'Иркутск, ул. Ленина, д. ' || (i % 200) || ', кв. ' || (i % 90),
          'passport', '25' || (i % 100) || ' ' || (100000 + i % 150000)), 'notes', 'Разъяснён порядок назначения, выдан перечень документов', 'documents', json_array('Заявление', 'Паспорт', 'Справка о доходах'),
          -- The annual analysis reads these: a returned set's missing document, and half the consultations' memo of documents to bring.
          'missingDocuments', CASE WHEN i % 6 = 5 OR (i % 6 = 3 AND i % 12 < 6)
            THEN json_array(json_extract('["Справка о доходах","Трудовая книжка","Справка о составе семьи","Свидетельство о рождении","Справка с места учёбы","Выписка из лицевого счёта","СНИЛС","Копия паспорта"]', '$[' || (i % 8) || ']'))
            ELSE json_array() END)
      FROM v`);
    // The cards' missing documents, as the journal keeps them beside each card (store/annual-queries.ts).
    db.run(FILL_MISSING_DOCUMENTS);
    // Life situations (issue 18): every fifth ticket a three-step bundle — one completed in nine, one in
    // twenty broken off at a step — with the two steps it left for the next kept in life_steps.
    db.run(`INSERT INTO life_situations (ticket_id, day, situation, steps, step, direction, outcome, issued_at, ended_at)
      SELECT id, day, 'birth', 3, CASE WHEN number % 20 = 0 THEN 1 ELSE 2 END, CASE WHEN number % 20 = 0 THEN 'certificates' ELSE 'consultation' END,
        CASE WHEN number % 20 = 0 THEN 'broken' ELSE 'completed' END,
        issued_at, coalesce(finished_at, called_at) FROM tickets WHERE number % 5 = 0`);
    db.run(`INSERT INTO life_steps (ticket_id, step, day, hour, direction, staff_id, waited_from, called_at, started_at, finished_at)
      SELECT t.id, s.step, t.day, t.hour, CASE s.step WHEN 0 THEN 'documents' ELSE 'certificates' END, t.staff_id, t.issued_at,
        t.issued_at + 60000 * (1 + s.step), t.issued_at + 90000 * (1 + s.step), t.issued_at + 600000 * (1 + s.step)
      FROM tickets t, (SELECT 0 AS step UNION ALL SELECT 1) s WHERE t.number % 5 = 0`);
  });
  db.exec('PRAGMA synchronous = FULL; ANALYZE');
}

/** The time of one ticket's update and one card's save on the last day, in a transaction rolled back after. */
function writeCost(store: QueueStore, day: string): { ticket: number; card: number } {
  const db = store.db.raw;
  const ids = db.prepare('SELECT id FROM tickets WHERE day = ? LIMIT 200').pluck().all(day) as string[];
  const update = db.prepare("UPDATE tickets SET state = 'done', staff_id = 'staff9', result = 'accepted' WHERE id = ?");
  const save = db.prepare(`INSERT INTO appeals (id, at, day, hour, staff_id, booth, direction, ticket_id, category, appeal_type, reason, result, is_repeat, body)
    VALUES (?, 0, ?, 10, 'staff9', 1, 'documents', ?, 'working', 'statement', 'benefits', 'accepted', 0, '{}')
    ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, result = excluded.result`);
  const ticket: number[] = [], card: number[] = [];
  db.exec('BEGIN');
  try {
    ids.forEach((id, i) => {
      let t0 = performance.now();
      update.run(id);
      ticket.push(performance.now() - t0);
      t0 = performance.now();
      save.run(`J-BENCH-${i}`, day, id);
      card.push(performance.now() - t0);
    });
  } finally {
    db.exec('ROLLBACK');
  }
  return { ticket: median(ticket), card: median(card) };
}

async function time<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await work();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

export async function journalFigures() {
  console.log(`\njournal statistics — ${YEARS} years × ${PER_DAY * WORKING_DAYS} visits (${TOTAL.toLocaleString('en')} tickets + ${TOTAL.toLocaleString('en')} journal records)`);
  const dir = await mkdtemp(join(tmpdir(), 'queue-bench-journal-'));
  try {
    const store = QueueStore.open(join(dir, 'queue.sqlite'));
    const t0 = performance.now();
    generate(store);
    const size = (await stat(join(dir, 'queue.sqlite'))).size;
    row('data generated (inside SQLite)', `${((performance.now() - t0) / 1000).toFixed(1)} s`, `${(size / 1048576).toFixed(0)} MB database`);
    const journal = new JournalStore(store.db);
    const last = (store.db.get<{ day: string }>('SELECT max(day) AS day FROM tickets'))!.day;
    const first = (store.db.get<{ day: string }>('SELECT min(day) AS day FROM tickets'))!.day;
    const report = (from: string, to: string) => journal.statsRows(from, to).then((rows) => buildReport(from, to, rows));
    const all = await time(3, () => report(first, last));
    if (all.result.totals.tickets !== TOTAL || all.result.totals.appeals !== TOTAL) throw new Error(`the report counted ${all.result.totals.tickets} tickets, expected ${TOTAL}`);
    row(`report, all ${YEARS} years, median of 3 (target ≤ 1000 ms)`, ms(all.ms), verdict(all.ms <= 1000));
    const life = all.result.tables.find((t) => t.id === 'lifeSituations')?.rows[0];
    row('  with the life situations: started / completed / broken off', life ? `${life[1]} / ${life[2]} / ${life[3]}` : 'none counted', verdict(life?.[1] === TOTAL / 5));
    // The summary the triggers kept while the data was written, against the rows themselves: the same
    // report counted from the raw rows (as before the summary), then the summary filled again from the rows
    // as the migration of an older file fills it, and the report again.
    const r0 = performance.now();
    const raw = buildReport(first, last, readRawStatsRows(store.db, first, last) as StatsRows);
    const rawMs = performance.now() - r0;
    row('  the same report counted from the raw rows, one run', ms(rawMs), 'as before the summary');
    if (!isDeepStrictEqual(raw, all.result)) throw new Error('the report from the summary differs from the one counted from the raw rows');
    // What the summary's triggers add to a write on the ten years' file: a ticket changed and a card
    // saved (an upsert, as the journal saves one), each its own statement, rolled back after.
    const writes = writeCost(store, last);
    row('a ticket changed, with the summary kept, median of 200 (target ≤ 2 ms)', ms(writes.ticket), verdict(writes.ticket <= 2));
    row('a card saved, with the summary kept, median of 200 (target ≤ 2 ms)', ms(writes.card), verdict(writes.card <= 2));
    const f0 = performance.now();
    store.db.transaction(() => store.db.exec(STATS_SUMMARY_FILL));
    row('statistics summary filled from the rows (the migration)', `${((performance.now() - f0) / 1000).toFixed(1)} s`, 'then the same report');
    if (!isDeepStrictEqual(await report(first, last), all.result)) throw new Error('the summary filled from the rows gives another report');
    const yearFrom = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`;
    const year = await time(5, () => report(yearFrom, last));
    row('report, the last year, median of 5', ms(year.ms), `${year.result.totals.appeals.toLocaleString('en')} visits`);
    const quarter = await time(5, () => report(`${last.slice(0, 5)}${String(Math.max(1, Number(last.slice(5, 7)) - 2)).padStart(2, '0')}-01`, last));
    row('report, the last quarter, median of 5', ms(quarter.ms));
    const search = await time(5, async () => journal.search({ text: 'гражданин 12345', limit: 50 }));
    row('name search over all records, median of 5', ms(search.ms), `${search.result.length} found`);
    const passport = await time(5, async () => journal.search({ text: '250 012345', limit: 50 }));
    row('passport search, median of 5', ms(passport.ms), `${passport.result.length} found`);
    const due = await time(5, async () => journal.dueBefore(Date.parse(`${last}T00:00:00Z`)));
    row('deadline list (open appeals due), median of 5', ms(due.ms), `${due.result.length} listed`);
    await annualBench(journal, last);
    await journal.close();
    store.close();
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await journalFigures();
