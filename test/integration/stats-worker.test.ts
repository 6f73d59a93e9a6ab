// The statistics are counted off the daemon's main thread: a kiosk tap is answered while the head of the
// service's report over years of tickets is still being counted, and a statistics worker that dies
// answers with words saying so instead of taking the daemon down or leaving the report hanging.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { QueueStore } from '../../queue-core/src/store/queue-store.ts';
import { StatsReader } from '../../queue-core/src/store/stats-reader.ts';
import { client, ready, testDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

/** `count` finished tickets of earlier days, 160 a day back from 2026-11-20, written inside SQLite. */
function pastTickets(file: string, count: number): void {
  const store = QueueStore.open(file);
  store.db.exec('PRAGMA synchronous = OFF'); // the generator only; the daemon opens it with FULL again
  store.db.transaction(() => store.db.run(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
    INSERT INTO tickets (id, day, number_direction, number, label, direction, state, priority, booking_id, source, issued_at, called_at,
      started_at, finished_at, booth, staff_id, result, recalls, transfers, body, hour)
    SELECT day || '/documents/' || (100 + i % 160), day, 'documents', 100 + i % 160, 'Д' || (100 + i % 160),
      CASE i % 3 WHEN 0 THEN 'certificates' WHEN 1 THEN 'documents' ELSE 'consultation' END,
      CASE WHEN i % 20 = 0 THEN 'no-show' ELSE 'done' END, NULL, CASE WHEN i % 9 = 0 THEN 'b' || i END, 'kiosk',
      i * 1000, i * 1000 + 600000, i * 1000 + 630000, i * 1000 + 1200000, 1 + i % 4, 'staff' || (i % 4), 'accepted', 0, 0, '{}', 9 + i % 8
    FROM (SELECT i, date('2026-11-20', '-' || (i / 160) || ' days') AS day FROM n)`, [count - 1]));
  // The office day last worked, so the daemon starts by rolling on to today rather than reading those tickets.
  store.db.run('INSERT INTO meta (key, value) VALUES (?, ?)', ['day', JSON.stringify('2026-11-23')]);
  store.close();
}

test('a kiosk ticket is issued while a report over years of tickets is still being counted', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-stats-'));
  pastTickets(join(dir, 'queue.sqlite'), 100_000); // some 625 office days
  const d = await testDaemon({ now: () => at('2026-11-24', '09:00') }, dir);
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  try {
    const t0 = performance.now();
    const order: string[] = [];
    const report = head.request('stats', { from: '2020-01-01', to: '2026-11-23' }).then((r) => (order.push('report'), { r, ms: performance.now() - t0 }));
    // The tap comes once the report is under way. Daemon and clients share this process: were the report
    // counted on the main thread, this timer itself would fire only after it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sent = performance.now();
    const issue = kiosk.request('issue', { directionId: 'documents' }).then((r) => (order.push('issue'), { r, ms: performance.now() - sent }));
    const [counted, issued] = await Promise.all([report, issue]);
    assert.is(counted.r.report.totals.tickets, 100_000, 'the report counted every past ticket');
    assert.is(issued.r.ticket.label, 'Д100');
    assert.equal(order, ['issue', 'report'], `the issue waited for the report (issue ${issued.ms.toFixed(0)} ms, report ${counted.ms.toFixed(0)} ms)`);
    assert.ok(counted.ms > 100 + 3 * issued.ms, `the report (${counted.ms.toFixed(0)} ms) takes clearly longer than an issue (${issued.ms.toFixed(0)} ms)`);
  } finally {
    head.close();
    kiosk.close();
    await d.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a statistics worker that dies fails its report with words saying so, and the next report is counted', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-stats-'));
  const file = join(dir, 'queue.sqlite');
  pastTickets(file, 320);
  const keep = QueueStore.open(file); // the daemon's own connection, as when it runs
  const reader = new StatsReader(file, new URL('../helpers/crashing-stats-worker.ts', import.meta.url));
  try {
    const crashed = await reader.read('crash', 'crash').then(() => null, (e: Error) => e);
    assert.match(crashed?.message ?? '', /the statistics worker failed: the worker fell over/);
    const rows = await reader.read('2026-11-19', '2026-11-20');
    assert.equal(rows.ticketsByDay.map((r) => [r.k, r.tickets]), [['2026-11-19', 160], ['2026-11-20', 160]], 'a fresh worker answers');
    const closing = reader.read('2026-11-19', '2026-11-20').then(() => '', (e: Error) => e.message);
    await reader.close();
    assert.match(await closing, /closed/, 'a report waiting when the daemon stops is refused, not left hanging');
  } finally {
    await reader.close();
    keep.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
