// Personal case files over ten years of a busy office: 10,000 files a year (100,000 over ten years), each
// formed, checked (2.5 % returned for completion once, with one or two reasons, then completed), accepted,
// bundled, handed to payments, closed and shelved; the last 400 still on their route, some of them
// overdue. Written as the case-file log (about 740,000 events) and its projections, generated inside
// SQLite. Then: where a file is (the file and its route), the files at one step, the overdue files, the
// search by name, the archive's book of a year, the returned-for-completion analysis over the ten years,
// and the projections rebuilt from the log. Target: every report ≤ 1 s.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { QueueStore } from '../queue-core/src/store/queue-store.ts';
import { CaseFileStore } from '../queue-core/src/store/case-file-store.ts';
import { DEFAULT_OVERDUE_TERMS, isOverdue, type OverdueTerms } from '../queue-core/src/journal/case-file-rules.ts';
import { overdueBound } from '../queue-core/src/server/journal-case-files.ts';
import { intlZone, officeDay } from '../queue-core/src/domain/office-time.ts';
import { median, ms, row, verdict } from './stats.ts';

const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const PER_YEAR = Number(process.env.BENCH_CASE_FILES ?? 10_000);
const FIRST_YEAR = 2017;
const FILES = YEARS * PER_YEAR;
const OPEN = 400;
/** How many times the projections are rebuilt for the median (BENCH_REBUILDS). */
const REBUILDS = Number(process.env.BENCH_REBUILDS ?? 3);
const TZ = intlZone('Asia/Irkutsk');
const SURNAMES = ['Иванов', 'Петров', 'Сидоров', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев',
  'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев',
  'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Базаров', 'Цыренов', 'Дашиев', 'Балданов', 'Очиров'];
const NAMES = ['Пётр', 'Анна', 'Иван', 'Мария', 'Сергей', 'Ольга', 'Баир', 'Туяна', 'Алексей', 'Елена', 'Дмитрий', 'Наталья'];
const PAYMENTS = ['benefits', 'subsidy', 'child-allowance', 'burial', 'material-aid', 'other'];
const STAFF = ['ivanova', 'petrova', 'sidorov', 'bazarova'];
const OPEN_STATES = ['formed', 'accepted', 'bundled', 'at-payments', 'closed'];
const MOVES = ['accept', 'bundle', 'hand', 'close', 'shelve'] as const;
/** Days after forming at which each move happens, for a file on time. */
const AFTER = { accept: 0, bundle: 1, hand: 2, close: 9, shelve: 12 };

const arr = (xs: string[]) => `'${JSON.stringify(xs)}'`;

function generate(db: QueueStore['db']): void {
  db.exec('PRAGMA synchronous = OFF');
  db.transaction(() => {
    // f: the file; its day spread over the working year; open files are the last OPEN, in the weeks before the bench's "today".
    db.exec(`CREATE TEMP TABLE g AS WITH RECURSIVE n(f) AS (SELECT 0 UNION ALL SELECT f + 1 FROM n WHERE f < ${FILES - 1})
      SELECT f, date('${FIRST_YEAR}-01-09', '+' || ((f / ${PER_YEAR}) * 365 + (f % ${PER_YEAR}) * 350 / ${PER_YEAR}) || ' days') AS day,
        json_extract(${arr(SURNAMES)}, '$[' || (f % ${SURNAMES.length}) || ']') || (CASE WHEN (f / ${SURNAMES.length}) % 2 = 0 THEN '' ELSE 'а' END) || ' '
          || json_extract(${arr(NAMES)}, '$[' || ((f / 7) % ${NAMES.length}) || ']') || ' ' || f AS name,
        json_extract(${arr(PAYMENTS)}, '$[' || (f % ${PAYMENTS.length}) || ']') AS payment,
        json_extract(${arr(STAFF)}, '$[' || ((f / 3) % ${STAFF.length}) || ']') AS staff,
        (f % 40 = 0) AS returned,
        CASE WHEN f >= ${FILES - OPEN} THEN json_extract(${arr(OPEN_STATES)}, '$[' || (f % ${OPEN_STATES.length}) || ']') ELSE 'archived' END AS state
      FROM n`);
    db.exec(`UPDATE g SET day = date('${FIRST_YEAR + YEARS - 1}-12-01', '+' || ((f - ${FILES - OPEN}) * 20 / ${OPEN}) || ' days') WHERE f >= ${FILES - OPEN}`);
    const at = (dayExpr: string, plusDays: number | string) => `CAST((julianday(${dayExpr}, '+' || (${plusDays}) || ' days') - 2440587.5) * 86400000 AS INTEGER) + 3600000`;
    const id = `'LD-' || substr(day, 1, 4) || '-' || printf('%05d', f % ${PER_YEAR} + 1)`;
    // The log: formed; for the returned, a return and its completion; then each move the file has made.
    db.exec(`INSERT INTO case_file_events (at, type, file_id, body)
      SELECT ${at('day', 0)}, 'case-formed', ${id}, json_object('type', 'case-formed', 'at', ${at('day', 0)}, 'by', staff,
        'file', json_object('id', ${id}, 'appealId', 'J-' || replace(day, '-', '') || '-' || f, 'paymentType', payment, 'fullName', name)) FROM g ORDER BY f`);
    db.exec(`INSERT INTO case_file_events (at, type, file_id, body)
      SELECT ${at('day', 0)} + 1000, 'case-moved', ${id}, json_object('type', 'case-moved', 'at', ${at('day', 0)} + 1000, 'by', 'head', 'fileId', ${id},
        'move', json_object('kind', 'return', 'reasons', CASE WHEN f % 80 = 0 THEN json_array('no-document', 'no-signature') ELSE json_array('application-error') END)) FROM g WHERE returned AND state != 'formed'`);
    db.exec(`INSERT INTO case_file_events (at, type, file_id, body)
      SELECT ${at('day', 0)} + 2000, 'case-moved', ${id}, json_object('type', 'case-moved', 'at', ${at('day', 0)} + 2000, 'by', staff, 'fileId', ${id}, 'move', json_object('kind', 'complete'))
      FROM g WHERE returned AND state != 'formed'`);
    MOVES.forEach((kind, i) => {
      const reached = OPEN_STATES.slice(i + 1).concat('archived').map((s) => `'${s}'`).join(', ');
      const move = kind === 'bundle' ? `json_object('kind', 'bundle', 'bundle', substr(day, 1, 7) || '-' || (f / 25))`
        : kind === 'hand' ? `json_object('kind', 'hand', 'receivedBy', 'Осипова Т. В.')`
          : kind === 'shelve' ? `json_object('kind', 'shelve', 'year', CAST(substr(day, 1, 4) AS INTEGER), 'place', 'стеллаж ' || (f % 30 + 1) || ', полка ' || (f % 6 + 1), 'sheets', 5 + f % 40)`
            : `json_object('kind', '${kind}')`;
      const by = kind === 'close' || kind === 'shelve' ? `'arkhipova'` : `'head'`;
      const when = `${at('day', AFTER[kind])} + 3000 + ${i}`;
      db.exec(`INSERT INTO case_file_events (at, type, file_id, body)
        SELECT ${when}, 'case-moved', ${id}, json_object('type', 'case-moved', 'at', ${when}, 'by', ${by}, 'fileId', ${id}, 'move', json(${move}))
        FROM g WHERE state IN (${reached}) ORDER BY f`);
    });
    db.exec('DROP TABLE g');
  });
  db.exec('PRAGMA synchronous = FULL');
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = work();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

/** The overdue files as the daemon finds them (journal-case-files.ts): per step, the files lying since the bound, then the rule. */
function overdue(store: CaseFileStore, today: string, terms: OverdueTerms) {
  const found = [];
  for (const state of Object.keys(terms) as (keyof OverdueTerms)[]) {
    for (const f of store.lyingSince(state, overdueBound(today, terms[state]), 500)) if (isOverdue(state, store.dayOf(f.since), today, terms)) found.push(f);
  }
  return found;
}

export async function caseFileFigures() {
  console.log(`\ncase files — ${YEARS} years × ${PER_YEAR.toLocaleString('en')} files (${FILES.toLocaleString('en')} files, each move an event of the log)`);
  const dir = await mkdtemp(join(tmpdir(), 'queue-bench-case-files-'));
  try {
    const queue = QueueStore.open(join(dir, 'queue.sqlite'));
    const store = new CaseFileStore(queue.db, (t) => officeDay(t, TZ));
    const t0 = performance.now();
    generate(queue.db);
    row('log generated inside SQLite', `${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // The projections are made the way the daemon makes them: the log replayed.
    const events = store.rebuild();
    queue.db.exec('ANALYZE');
    const size = (await stat(join(dir, 'queue.sqlite'))).size;
    row('log generated in SQLite, projections replayed from it', `${((performance.now() - t0) / 1000).toFixed(1)} s`, `${events.toLocaleString('en')} events, ${(size / 1048576).toFixed(0)} MB`);
    const last = FIRST_YEAR + YEARS - 1;
    const someone = `LD-${last - Math.min(4, YEARS - 1)}-${String(Math.min(4321, PER_YEAR - OPEN - 1)).padStart(5, '0')}`;
    const where = time(5, () => ({ file: store.file(someone), history: store.history(someone) }));
    if (where.result.file?.state !== 'archived' || where.result.history.length < 6) throw new Error(`${someone} is not where the data put it`);
    row('where is it: a file and its route, median of 5 (target ≤ 1000 ms)', ms(where.ms), `${where.result.history.length} moves ${verdict(where.ms <= 1000)}`);
    const step = time(5, () => store.inState('at-payments', 500));
    row('the files at the payments department, median of 5 (target ≤ 1000 ms)', ms(step.ms), `${step.result.length} files ${verdict(step.ms <= 1000)}`);
    const late = time(5, () => overdue(store, `${last + 1}-01-12`, DEFAULT_OVERDUE_TERMS));
    row('overdue files, median of 5 (target ≤ 1000 ms)', ms(late.ms), `${late.result.length} files ${verdict(late.ms <= 1000)}`);
    const search = time(5, () => store.byName('иванова', 500));
    if (search.result.length === 0) throw new Error('the search by name found nobody');
    row('search by name "иванова", median of 5 (target ≤ 1000 ms)', ms(search.ms), `${search.result.length} files ${verdict(search.ms <= 1000)}`);
    const book = time(5, () => store.book(last - 1, 2000));
    row(`the archive's book of ${last - 1}, first 2000, median of 5 (target ≤ 1000 ms)`, ms(book.ms), `${book.result.length} files ${verdict(book.ms <= 1000)}`);
    const returns = time(5, () => store.returnGroups(FIRST_YEAR, last));
    const checked = returns.result.byYear.reduce((n, g) => n + g.checked, 0);
    const returned = returns.result.byYear.reduce((n, g) => n + g.returned, 0);
    row(`returned-for-completion analysis, ${YEARS} years, median of 5 (target ≤ 1000 ms)`, ms(returns.ms), `${returned.toLocaleString('en')} of ${checked.toLocaleString('en')} returned ${verdict(returns.ms <= 1000)}`);
    const rebuilt = time(REBUILDS, () => store.rebuild());
    row(`projections rebuilt from the case-file log, median of ${REBUILDS} (target ≤ 30 s)`, `${(rebuilt.ms / 1000).toFixed(1)} s`,
      `${rebuilt.result.toLocaleString('en')} events, ${Math.round(rebuilt.result / (rebuilt.ms / 1000)).toLocaleString('en')} events/s ${verdict(rebuilt.ms <= 30_000)}`);
    if (JSON.stringify(store.returnGroups(FIRST_YEAR, last)) !== JSON.stringify(returns.result)) throw new Error('the rebuilt projections give another analysis');
    queue.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await caseFileFigures();
