// Which storage failures are the storage's, which of them is a full disk, and when the health report is
// degraded: pure, without a daemon.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isDiskFull, storageFault } from '../../queue-core/src/store/sqlite.ts';
import { healthReport } from '../../queue-core/src/server/health.ts';

test('full, read-only, I/O and locked are storage faults; a refused constraint or a thrown bug is not', () => {
  const fault = (code: string) => storageFault(Object.assign(new Error(code), { code }));
  assert.is(fault('SQLITE_FULL'), 'SQLITE_FULL');
  assert.is(fault('SQLITE_IOERR_WRITE'), 'SQLITE_IOERR_WRITE');
  assert.is(fault('SQLITE_READONLY'), 'SQLITE_READONLY');
  assert.is(fault('SQLITE_BUSY'), 'SQLITE_BUSY');
  assert.is(fault('ENOSPC'), 'ENOSPC');
  assert.is(fault('SQLITE_CONSTRAINT_PRIMARYKEY'), null);
  assert.is(storageFault(new TypeError('x is undefined')), null);
  assert.ok(isDiskFull('SQLITE_FULL') && isDiskFull('ENOSPC') && isDiskFull('EDQUOT'));
  assert.not.ok(isDiskFull('SQLITE_IOERR_WRITE'));
});

test('the top status is degraded, with the part named, as soon as any part fails', () => {
  const well = { database: { state: 'ok' }, disk: { state: 'ok' }, printer: { state: 'ok' }, voice: { state: 'simulated' }, buttons: [{ booth: 1, state: 'connected' }] };
  assert.is(healthReport({}, well).status, 'ok');
  const cases: [Partial<typeof well> & Record<string, unknown>, string][] = [
    [{ database: { state: 'failed', detail: 'disk full: /var/lib/queue' } as never }, 'database failed: disk full: /var/lib/queue'],
    [{ disk: { state: 'low', detail: 'low disk space: 90 MB free in /var/lib/queue' } as never }, 'disk low: low disk space: 90 MB free in /var/lib/queue'],
    [{ printer: { state: 'failed', detail: 'out of paper' } as never }, 'printer failed: out of paper'],
    [{ voice: { state: 'failed', detail: 'no sound card' } as never }, 'voice failed: no sound card'],
    [{ buttons: [{ booth: 2, state: 'missing' }] }, 'button of booth 2 missing'],
  ];
  for (const [change, problem] of cases) {
    const r = healthReport({ version: 'x' }, { ...well, ...change });
    assert.is(r.status, 'degraded');
    assert.equal(r.problems, [problem]);
  }
});

test.run();
