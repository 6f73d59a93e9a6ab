// /healthz tells the truth: when the database stops saving (here SQLite itself refuses to grow the real file,
// the SQLITE_FULL a full disk gives), the report says degraded and names a full disk with its folder, and
// the head of the service is alerted although the alert cannot be saved either; when saving works again,
// both clear. A disk low on room and a failed printer make the report degraded too.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Notice } from '../../queue-core/src/protocol/index.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { FakePrinter, PAPER_OUT, READY } from '../helpers/fake-printer.ts';

/** The report, with the HTTP status it came with: 200 when all is well, 503 while degraded. */
const health = async (d: TestDaemon) => {
  const res = await fetch(`${d.url}/healthz`);
  const body = (await res.json()) as any;
  assert.is(res.status, body.status === 'ok' ? 200 : 503, `HTTP ${res.status} for status ${body.status}`);
  return body;
};
// Without a voice, so that nothing but what each test does is a problem (a missing synthesizer would be one).
const quiet = (change: (c: any) => void = () => {}) => demo((c) => { c.hardware.voice.enabled = false; change(c); });

test('while every write fails with a full disk: degraded, "disk full: <folder>", and the head is alerted; then it clears', async () => {
  const d = await testDaemon({ config: quiet(), alertCheckMs: 50 });
  try {
    const folder = resolve(d.dataDir);
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    const notices: Notice[] = [];
    head.onNotice((n) => notices.push(n));
    await kiosk.request('issue', { directionId: 'documents' });
    let h = await health(d);
    assert.is(h.status, 'ok');
    assert.equal(h.problems, []);
    assert.is(h.database.state, 'ok');
    assert.is(h.database.lastWrite.ok, true);
    assert.is(h.disk.state, 'ok');
    assert.is(h.disk.folder, folder);
    assert.ok(h.disk.freeMegabytes > 0);

    // The real file may grow no more: SQLite answers SQLITE_FULL, as it does when the disk is full.
    const db = d.service.store.db;
    const pages = db.get<{ page_count: number }>('PRAGMA page_count')!.page_count;
    db.exec(`PRAGMA max_page_count = ${pages}`);
    let refusal: any = null;
    // The head issues (a kiosk would be held to its issuing limit long before the file is full).
    for (let i = 0; i < 500 && !refusal; i++) refusal = await head.request('issue', { directionId: 'documents' }).then(() => null, (e) => e);
    assert.is(refusal?.code, 'STORAGE_FAILED');

    h = await health(d);
    assert.is(h.status, 'degraded');
    assert.is(h.database.state, 'failed');
    assert.is(h.database.lastWrite.ok, false);
    assert.is(h.database.lastWrite.code, 'SQLITE_FULL');
    assert.is(h.database.detail, `disk full: ${folder}`);
    assert.is(h.disk.state, 'full');
    assert.ok(h.problems.some((p: string) => p === `database failed: disk full: ${folder}`), JSON.stringify(h.problems));

    const [alert] = await until(() => d.alerts.open().filter((a) => a.kind === 'storage'));
    assert.is(alert!.subject, 'full');
    assert.is(alert!.severity, 'critical');
    assert.is(alert!.message, `Диск заполнен: ${folder} — изменения не сохраняются`);
    // It reaches the head's screen: as an event when its small write still fits in the file's free pages, or
    // as a notice when it could not be saved. A head who signs in later sees it either way.
    await until(() => head.view!.alerts!.some((a) => a.kind === 'storage' && a.subject === 'full') || notices.some((n) => n.kind === 'alert' && n.code === 'STORAGE_ALERT' && n.level === 'error' && n.message === alert!.message));
    // The alert's own write, if it fitted, is not taken for the office's writes working again.
    assert.is((await health(d)).status, 'degraded');
    head.close();
    const later = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    assert.ok(later.view!.alerts!.some((a) => a.kind === 'storage' && a.subject === 'full'));
    await d.alerts.check();
    assert.is(d.alerts.open().filter((a) => a.kind === 'storage').length, 1, 'raised once, not again on every check');

    // Room again: the next write succeeds, and the report and the alert follow.
    db.exec('PRAGMA max_page_count = 1073741823');
    await kiosk.request('issue', { directionId: 'documents' });
    h = await health(d);
    assert.is(h.status, 'ok');
    assert.is(h.database.state, 'ok');
    assert.is(h.disk.state, 'ok');
    await until(() => !d.alerts.open().some((a) => a.kind === 'storage'));
    await until(() => !later.view!.alerts!.some((a) => a.kind === 'storage'));
    kiosk.close();
    later.close();
  } finally {
    await d.stop();
  }
});

test('a disk low on room (below alerts.lowDiskMegabytes) is degraded and a warning for the head, with the free space and the folder', async () => {
  const s = await statfs(tmpdir());
  const freeMegabytes = Math.floor((s.bavail * s.bsize) / 1048576);
  const d = await testDaemon({ config: quiet((c) => { c.alerts = { ...c.alerts, lowDiskMegabytes: freeMegabytes + 10_000 }; c.office.language = 'en'; }), alertCheckMs: 50 });
  try {
    const folder = resolve(d.dataDir);
    const h = await health(d);
    assert.is(h.status, 'degraded');
    assert.is(h.disk.state, 'low');
    assert.match(h.disk.detail, new RegExp(`^low disk space: \\d+ MB free in ${folder}$`));
    assert.is(h.database.state, 'ok', 'the writes themselves still succeed');
    const alert = await until(() => d.alerts.open().find((a) => a.kind === 'storage'));
    assert.is(alert.subject, 'low');
    assert.is(alert.severity, 'warning');
    assert.match(alert.message, new RegExp(`^Low disk space: \\d+ MB free in ${folder}$`));
  } finally {
    await d.stop();
  }
});

test('a failed printer makes the whole report degraded, with the printer named; printing again makes it ok', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: PAPER_OUT };
  const d = await testDaemon({ config: quiet((c) => { c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: peer.port, timeoutMs: 1500 }; }) });
  try {
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    await kiosk.request('issue', { directionId: 'documents' });
    await until(() => d.devices.status().printer.state === 'failed');
    let h = await health(d);
    assert.is(h.status, 'degraded');
    assert.is(h.printer.state, 'failed');
    assert.is(h.database.state, 'ok');
    assert.ok(h.problems.length === 1 && h.problems[0].startsWith('printer failed: '), JSON.stringify(h.problems));
    peer.status = { answers: READY };
    await kiosk.request('issue', { directionId: 'documents' });
    await until(() => d.devices.status().printer.state === 'ok');
    h = await health(d);
    assert.is(h.status, 'ok');
    kiosk.close();
  } finally {
    await d.stop();
    await peer.close();
  }
});

test.run();
