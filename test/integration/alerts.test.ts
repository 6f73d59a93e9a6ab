// The daemon raises alerts itself: with no panel open a long wait is noticed, written to the event log,
// kept across a restart, shown to a head of the service who signs in later, acknowledged by her, and
// resolved when the wait ends. Kiosks and displays never hear of it. The clock is the test's own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueStore } from '../../queue-core/src/store/queue-store.ts';
import { RawPeer, client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const PROTOCOL = 1;

test('a long wait with nobody watching: raised, stored, kept over a restart, acknowledged, resolved; never on public screens', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-alerts-'));
  const clock = { t: at('2026-11-24', '09:00') };
  // Without a voice, so that the only condition is the wait (a missing synthesizer would be an alert too).
  const options = { config: demo((c) => { c.hardware.voice.enabled = false; }), now: () => clock.t, alertCheckMs: 20 };
  let d = await testDaemon(options, dir);
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  kiosk.close();
  assert.equal(d.alerts.open(), []);

  // Nobody is signed in; only the daemon's own timer looks.
  clock.t = at('2026-11-24', '09:31');
  const [raised] = await until(() => (d.alerts.open().length ? d.alerts.open() : null));
  assert.is(raised!.kind, 'long-wait');
  assert.is(raised!.subject, 'documents');
  assert.is(raised!.since, at('2026-11-24', '09:15'), 'the norm is 15 minutes');
  assert.is(raised!.message, 'Направление «Сдача документов»: ожидание дольше нормы 15 мин (талон Д100). Причина: нет открытых кабин');
  await d.stop();

  const store = await QueueStore.open(join(dir, 'queue.sqlite'));
  const logged = await store.alertEvents();
  await store.close();
  assert.equal(logged.map((e) => e.type === 'alert' && [e.action, e.alert.id]), [['raised', raised!.id]], 'the raise is a committed event');

  d = await testDaemon(options, dir);
  assert.equal(d.alerts.open().map((a) => a.id), [raised!.id], 'the restart keeps the alert as it was raised');
  const display = await RawPeer.open(d.ws);
  display.send({ id: 1, type: 'hello', protocol: PROTOCOL, role: 'display' });
  const publicKiosk = await RawPeer.open(d.ws);
  publicKiosk.send({ id: 1, type: 'hello', protocol: PROTOCOL, role: 'kiosk' });
  await display.answer(1);
  await publicKiosk.answer(1);
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  assert.equal(head.view!.alerts!.map((a) => a.id), [raised!.id], 'a head who signs in later is shown it');

  const acked = await head.request('alertAck', { alertId: raised!.id });
  assert.is(acked.alert.acknowledgedBy, 'head');
  // Still shown, marked as seen: an acknowledged alert stays on the staff screens until it resolves.
  await until(() => head.view!.alerts!.length === 1 && head.view!.alerts![0]!.acknowledgedBy === 'head');
  assert.equal(d.alerts.open(), []);
  clock.t = at('2026-11-24', '09:40');
  await d.alerts.check();
  assert.equal(d.alerts.open(), [], 'acknowledged: not raised again while the wait lasts');

  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  await op.request('callNext', {});
  await until(async () => {
    const store = d.service.store;
    const events = await store.alertEvents();
    return events.some((e) => e.type === 'alert' && e.action === 'resolved' && e.alert.id === raised!.id);
  });
  const again = await head.request('alertAck', { alertId: raised!.id }).catch((e) => e);
  assert.is(again.code, 'ALERT_NOT_FOUND');

  // A second long wait while the head watches reaches her at once, as an update.
  await (await ready(client(d, { role: 'kiosk' }))).request('issue', { directionId: 'certificates' });
  clock.t = at('2026-11-24', '10:15');
  await until(() => head.view!.alerts!.find((a) => a.subject === 'certificates'));

  for (const peer of [display, publicKiosk]) {
    assert.ok(peer.frames.length > 0);
    assert.not.ok(peer.frames.some((f) => f.includes('"alert"') || f.includes('long-wait')), 'public screens never see an alert');
    assert.is((peer.messages.find((m) => m.type === 'snapshot') as any).snapshot.alerts, undefined);
  }
  const denied = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  const refusal = await denied.request('alertAck', { alertId: raised!.id }).catch((e) => e);
  assert.is(refusal.code, 'ROLE_FORBIDDEN');
  for (const c of [head, op, denied]) c.close();
  display.close();
  publicKiosk.close();
  await d.stop();
  await rm(dir, { recursive: true, force: true });
});

test('a reprinted veteran\'s ticket counts the people ahead as on issue', async () => {
  const clock = { t: at('2026-11-24', '09:00') };
  const d = await testDaemon({ now: () => clock.t });
  const printed: { ahead: number; reprint?: boolean }[] = [];
  const print = d.devices.print.bind(d.devices);
  d.devices.print = (ticket, issued) => {
    printed.push({ ahead: issued.ahead, reprint: issued.reprint });
    return print(ticket, issued);
  };
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  await kiosk.request('issue', { directionId: 'documents' });
  clock.t += 60_000;
  const veteran = await kiosk.request('issue', { directionId: 'documents', priority: 'veteran' });
  assert.is(veteran.ahead, 0);
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  clock.t += 60_000;
  await head.request('reprint', { ticketId: veteran.ticket.id });
  assert.equal(printed.at(-1), { ahead: 0, reprint: true });
  kiosk.close();
  head.close();
  await d.stop();
});

test.run();
