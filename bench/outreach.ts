// Outreach visits over ten years of a busy district: 40 settlements, 300 visits a year, 30 citizens on
// each list and 40 appeals taken on each visit (120,000 appeals linked over the ten years), written as the
// outreach log and its projections, generated inside SQLite. Then the head's analysis by settlement and
// year for all ten years (with next year's suggestion), one year's visits, one visit's list, and the
// projections rebuilt from the log. Target: every report ≤ 1 s, the rebuild ≤ 5 s.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { QueueStore } from '../queue-core/src/store/queue-store.ts';
import { OutreachStore } from '../queue-core/src/store/outreach-store.ts';
import { buildAnalysis, DEFAULT_OUTREACH_RULES } from '../queue-core/src/journal/outreach-rules.ts';
import { median, ms, row, verdict } from './stats.ts';

const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const VISITS_PER_YEAR = Number(process.env.BENCH_OUTREACH_VISITS ?? 300);
const SETTLEMENTS = 40;
const LISTED = 30;
const APPEALS = 40;
const FIRST_YEAR = 2017;
const VISITS = YEARS * VISITS_PER_YEAR;

/** Visit v: year FIRST_YEAR + v / VISITS_PER_YEAR, spread over the working year, settlement v % 40. */
const DAY_OF = `date('${FIRST_YEAR}-01-09', '+' || ((v / ${VISITS_PER_YEAR}) * 365 + (v % ${VISITS_PER_YEAR}) * 350 / ${VISITS_PER_YEAR}) || ' days')`;

function generate(db: QueueStore['db']): void {
  db.exec('PRAGMA synchronous = OFF');
  db.transaction(() => {
    db.run(`WITH RECURSIVE n(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM n WHERE v < ${VISITS - 1}),
      x AS (SELECT v, ${DAY_OF} AS day, 'Поселение ' || (v % ${SETTLEMENTS}) AS settlement FROM n)
      INSERT INTO outreach_visits (id, day, year, settlement, settlement_key, listed, erased_at, body)
      SELECT 'V-' || replace(day, '-', '') || '-' || (v % 3 + 1) || '-' || v, day, CAST(substr(day, 1, 4) AS INTEGER), settlement, lower(settlement), ${LISTED}, NULL,
        json_object('id', 'V-' || replace(day, '-', '') || '-' || (v % 3 + 1) || '-' || v, 'settlement', settlement, 'day', day, 'specialists', json_array('ivanova', 'petrova'),
          'listed', ${LISTED}, 'appeals', 0, 'late', 0, 'plannedAt', 0, 'plannedBy', 'consultant', 'listImportedAt', 0, 'erasedAt', NULL)
      FROM x`);
    // Each visit's list: 30 citizens with the four columns a settlement sends.
    db.run(`INSERT INTO outreach_lists (visit_id, body)
      SELECT id, (WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < ${LISTED})
        SELECT json_group_array(json_object('line', k + 1, 'fullName', 'Гражданин ' || k || ' ' || id, 'address', settlement || ', ул. Центральная, ' || k,
          'phone', '8301441' || printf('%04d', k), 'question', 'субсидия на оплату ЖКУ')) FROM c)
      FROM outreach_visits`);
    db.run(`INSERT INTO outreach_appeals (appeal_id, visit_id, year, settlement_key, late)
      SELECT 'J-' || v.id || '-' || k, v.id, v.year, v.settlement_key, (k % 11 = 0)
      FROM outreach_visits v, (WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < ${APPEALS}) SELECT k FROM c)`);
    // The log the projections come from: each visit planned, its list, its appeals linked.
    db.run(`INSERT INTO outreach_events (at, type, visit_id, body)
      SELECT 0, 'outreach-planned', id, json_object('type', 'outreach-planned', 'at', 0, 'by', 'consultant', 'visit', json_object('id', id, 'settlement', settlement, 'day', day, 'specialists', json_array('ivanova', 'petrova')))
      FROM outreach_visits ORDER BY day`);
    db.run(`INSERT INTO outreach_events (at, type, visit_id, body)
      SELECT 0, 'outreach-list', visit_id, json_object('type', 'outreach-list', 'at', 0, 'by', 'consultant', 'visitId', visit_id, 'citizens', json(body)) FROM outreach_lists`);
    db.run(`INSERT INTO outreach_events (at, type, visit_id, body)
      SELECT 0, 'outreach-appeal', visit_id, json_object('type', 'outreach-appeal', 'at', 0, 'by', 'ivanova', 'visitId', visit_id, 'appealId', appeal_id, 'recordedDay', '', 'late', json(CASE late WHEN 1 THEN 'true' ELSE 'false' END))
      FROM outreach_appeals`);
  });
  db.exec('PRAGMA synchronous = FULL; ANALYZE');
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

export async function outreachFigures() {
  console.log(`\noutreach visits — ${YEARS} years × ${VISITS_PER_YEAR} visits to ${SETTLEMENTS} settlements (${(VISITS * LISTED).toLocaleString('en')} citizens listed, ${(VISITS * APPEALS).toLocaleString('en')} appeals linked)`);
  const dir = await mkdtemp(join(tmpdir(), 'queue-bench-outreach-'));
  try {
    const queue = QueueStore.open(join(dir, 'queue.sqlite'));
    const t0 = performance.now();
    generate(queue.db);
    const size = (await stat(join(dir, 'queue.sqlite'))).size;
    row('data generated (inside SQLite)', `${((performance.now() - t0) / 1000).toFixed(1)} s`, `${(size / 1048576).toFixed(0)} MB database`);
    const store = new OutreachStore(queue.db);
    const last = FIRST_YEAR + YEARS - 1;
    const analyse = (from: number) => buildAnalysis(from, last, store.settlementYears(Math.min(from, last + 1 - DEFAULT_OUTREACH_RULES.historyYears), last), DEFAULT_OUTREACH_RULES);
    const all = time(5, () => analyse(FIRST_YEAR));
    const counted = all.result.totals.reduce((n, t) => n + t.appeals, 0);
    if (counted !== VISITS * APPEALS) throw new Error(`the analysis counted ${counted} appeals, expected ${VISITS * APPEALS}`);
    row(`analysis by settlement and year, all ${YEARS} years, median of 5 (target ≤ 1000 ms)`, ms(all.ms), verdict(all.ms <= 1000));
    row(`  with the suggestion for ${last + 1}`, `${all.result.suggestion.settlements.length} settlements`, `${all.result.suggestion.settlements.reduce((n, s) => n + s.suggestedVisits, 0)} visits suggested`);
    const year = time(5, () => store.visitsBetween(`${last}-01-01`, `${last}-12-31`));
    row(`one year's visits with their counts, median of 5 (target ≤ 1000 ms)`, ms(year.ms), `${year.result.length} visits ${verdict(year.ms <= 1000)}`);
    const one = year.result[Math.floor(year.result.length / 2)]!.id;
    const list = time(5, () => store.list(one));
    row(`one visit's list, median of 5`, ms(list.ms), `${list.result.length} citizens`);
    const rebuilt = time(3, () => store.rebuild());
    row('projections rebuilt from the outreach log, median of 3 (target ≤ 5000 ms)', ms(rebuilt.ms), `${rebuilt.result.toLocaleString('en')} events ${verdict(rebuilt.ms <= 5000)}`);
    const again = analyse(FIRST_YEAR);
    if (JSON.stringify(again) !== JSON.stringify(all.result)) throw new Error('the rebuilt projections give another analysis');
    queue.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await outreachFigures();
