// What the head of the service reads comes in the office language, with the technical text beside it: a
// ticket the printer did not print, the printer's own alert, a configuration refused by its checks. And an
// alert she acknowledges stays on every staff screen marked as seen, until it resolves; when the condition
// comes back it is a new alert, not yet seen.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer } from 'node:net';
import type { Notice } from '../../queue-core/src/protocol/index.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { FakePrinter, PAPER_OUT } from '../helpers/fake-printer.ts';
import { at } from '../helpers/office.ts';

const withNetworkPrinter = (port: number, language = 'ru') => demo((c) => {
  c.office.language = language;
  c.hardware.printer = { transport: 'network', host: '127.0.0.1', port, timeoutMs: 1500 };
});

/** A port nobody listens on: the printer there answers ECONNREFUSED. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('a ticket not printed reads in the office language; the printer\'s own words are the detail', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: PAPER_OUT };
  const d = await testDaemon({ config: withNetworkPrinter(peer.port, 'uk') });
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const notices: Notice[] = [];
  head.onNotice((n) => notices.push(n));
  await (await ready(client(d, { role: 'kiosk' }))).request('issue', { directionId: 'certificates' });
  const notice = await until(() => notices.find((n) => n.kind === 'alert'));
  assert.ok(notice.kind === 'alert');
  assert.is(notice.message, 'Талон С100 не надруковано: закінчився папір');
  assert.is(notice.detail, 'paper has run out');
  head.close();
  await d.stop();
  await peer.close();
});

test('the printer alert is words; "127.0.0.1:<port>: ECONNREFUSED" is its detail', async () => {
  const port = await deadPort();
  const d = await testDaemon({ config: withNetworkPrinter(port) });
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  await (await ready(client(d, { role: 'kiosk' }))).request('issue', { directionId: 'certificates' });
  const alert = await until(() => head.view!.alerts!.find((a) => a.kind === 'printer'));
  assert.is(alert.message, 'Принтер талонов неисправен');
  assert.match(alert.detail ?? '', `127.0.0.1:${port}: ECONNREFUSED`);
  head.close();
  await d.stop();
});

test('a configuration refused by its checks: the problems in the office language, and as the checks say them', async () => {
  for (const [language, words] of [
    ['ru', 'Направление 1: префикс — должен состоять из 1–2 букв'],
    ['uk', 'Напрям 1: префікс — має складатися з 1–2 літер'],
    ['en', 'Direction 1: prefix — must be 1–2 letters'],
  ] as const) {
    const d = await testDaemon({ config: demo((c) => { c.office.language = language; }) });
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    const { config } = await head.request('getConfig', {});
    const broken = structuredClone(config) as any;
    broken.directions[0].prefix = '';
    const refused = await head.request('setConfig', { config: broken }).catch((e) => e);
    assert.is(refused.code, 'CONFIG_INVALID');
    assert.equal(refused.details.words, [words]);
    assert.equal(refused.details.problems, ['directions[0].prefix: expected 1–2 letters, got ""']);
    const noHead = structuredClone(config) as any;
    noHead.staff = noHead.staff.filter((s: { role: string }) => s.role !== 'supervisor');
    const locked = await head.request('setConfig', { config: noHead }).catch((e) => e);
    assert.match(locked.details.words[0], { ru: /руководител/, uk: /керівник/, en: /head of the service/ }[language]);
    head.close();
    await d.stop();
  }
});

test('an acknowledged alert stays on every staff screen as seen, by whom and when; the same wait later is new', async () => {
  const clock = { t: at('2026-11-24', '09:00') };
  const d = await testDaemon({ config: demo((c) => { c.hardware.voice.enabled = false; }), now: () => clock.t, alertCheckMs: 20 });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const other = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  clock.t = at('2026-11-24', '09:31');
  const raised = await until(() => other.view!.alerts!.find((a) => a.kind === 'long-wait'));
  clock.t = at('2026-11-24', '09:33');
  await head.request('alertAck', { alertId: raised.id });
  for (const screen of [other, op]) {
    const seen = await until(() => screen.view!.alerts!.find((a) => a.id === raised.id && a.acknowledgedAt !== null));
    assert.equal([seen.acknowledgedBy, seen.acknowledgedAt], ['head', at('2026-11-24', '09:33')]);
  }
  // A screen opened now is shown it as seen too.
  const later = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  assert.is(later.view!.alerts!.find((a) => a.id === raised.id)?.acknowledgedBy, 'head');
  const events = await d.service.store.alertEvents();
  assert.ok(events.some((e) => e.type === 'alert' && e.action === 'acknowledged' && e.alert.acknowledgedBy === 'head' && e.alert.acknowledgedAt === at('2026-11-24', '09:33')), 'who and when are in the event log');

  // The wait ends (the ticket is called), and the alert with it; a new long wait is a new, unseen alert.
  await op.request('callNext', {});
  await until(() => !other.view!.alerts!.some((a) => a.id === raised.id));
  await kiosk.request('issue', { directionId: 'documents' });
  clock.t = at('2026-11-24', '10:05');
  const again = await until(() => other.view!.alerts!.find((a) => a.kind === 'long-wait' && a.subject === 'documents'));
  assert.is.not(again.id, raised.id);
  assert.is(again.acknowledgedAt, null);
  for (const c of [kiosk, head, other, op, later]) c.close();
  await d.stop();
});

test.run();
