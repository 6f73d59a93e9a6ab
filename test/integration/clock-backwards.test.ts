// The office day never goes backwards. A Raspberry Pi has no battery clock: it boots with the last saved
// time until NTP answers, and an operator can step the clock; a supervisor can move the office's time zone
// west. None of these may take the queue back to an earlier day, issue its numbers again or overwrite a
// ticket already served; a clock that went back is logged and shown to the head. The clock is the test's own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueStore } from '../../queue-core/src/store/queue-store.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

// Without a voice, so that a missing synthesizer raises no alert of its own.
const quiet = () => demo((c) => { c.hardware.voice.enabled = false; });

async function storedTicket(dir: string, id: string) {
  const store = QueueStore.open(join(dir, 'queue.sqlite'));
  try {
    return store.ticket(id);
  } finally {
    store.close();
  }
}

/** A day's work at booth 1: two tickets issued, the first served. */
async function workDay(d: { ws: string }) {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const first = (await kiosk.request('issue', { directionId: 'documents' })).ticket;
  const second = (await kiosk.request('issue', { directionId: 'documents' })).ticket;
  await op.request('callNext', {});
  await op.request('start', {});
  await op.request('finish', { result: 'explained' });
  kiosk.close();
  op.close();
  return { first, second };
}

test('the clock steps back across midnight: the day stays, numbering goes on, the served ticket is kept, the head is alerted', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-clock-'));
  const clock = { t: at('2026-11-24', '10:00') };
  const lines: string[] = [];
  const d = await testDaemon({ config: quiet(), now: () => clock.t, alertCheckMs: 20, log: (l) => lines.push(l) }, dir);
  try {
    const monday = await workDay(d);
    clock.t = at('2026-11-25', '09:00');
    const tuesday = await workDay(d);
    assert.is(tuesday.first.id, '2026-11-25/documents/100');
    assert.equal(await until(() => d.alerts.open().length === 0 || null), true);

    // The clock is stepped back to Monday evening.
    clock.t = at('2026-11-24', '18:30');
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const issuedAfter = await kiosk.request('issue', { directionId: 'documents' });
    const after = issuedAfter.ticket;
    assert.is(after.id, '2026-11-25/documents/102', 'the office day did not go back and numbering continues after 101');
    assert.is(d.service.state.day, '2026-11-25');
    assert.is(issuedAfter.ahead, 1, 'a ticket issued while the clock is behind queues behind 101, it does not jump the line');
    assert.ok(after.issuedAt >= tuesday.second.issuedAt, 'the queue keeps its own time: the new ticket is not dated before 101');

    const served = await storedTicket(dir, monday.first.id);
    assert.is(served!.state, 'done', "Monday's served ticket is not overwritten");
    assert.is(served!.issuedAt, at('2026-11-24', '10:00'));
    assert.is((await storedTicket(dir, tuesday.first.id))!.state, 'done');

    const [alert] = await until(() => (d.alerts.open().some((a) => a.kind === 'clock') ? d.alerts.open().filter((a) => a.kind === 'clock') : null));
    assert.is(alert!.severity, 'critical');
    assert.match(alert!.message, 'Системные часы ушли назад');
    assert.match(alert!.message, '2026-11-25');
    assert.ok(lines.some((l) => /clock: .*went backwards.*2026-11-25/.test(l)), lines.join('\n'));
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    assert.ok(head.view!.alerts!.some((a) => a.kind === 'clock'), 'the head is shown the clock alert');

    // NTP answers: the clock is right again, the alert resolves.
    clock.t = at('2026-11-25', '09:40');
    await until(() => !d.alerts.open().some((a) => a.kind === 'clock'));
    assert.ok(lines.some((l) => /clock: .*caught up/.test(l)));
    const next = (await kiosk.request('issue', { directionId: 'documents' })).ticket;
    assert.is(next.id, '2026-11-25/documents/103');
    kiosk.close();
    head.close();
  } finally {
    await d.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a restart with the clock behind the stored day keeps the stored day and reports the clock', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-clock-'));
  const clock = { t: at('2026-11-24', '10:00') };
  const options = { config: quiet(), now: () => clock.t, alertCheckMs: 20 };
  let d = await testDaemon(options, dir);
  try {
    await workDay(d);
    clock.t = at('2026-11-25', '00:20');
    const tuesday = await workDay(d);
    await d.stop();

    // A power cut; the Pi boots with the time it saved last evening, before NTP answers.
    clock.t = at('2026-11-24', '23:45');
    const lines: string[] = [];
    d = await testDaemon({ ...options, log: (l) => lines.push(l) }, dir);
    assert.is(d.service.state.day, '2026-11-25', 'the stored day is kept');
    assert.equal([...d.service.state.tickets.values()].map((t) => t.id).sort(), [tuesday.first.id, tuesday.second.id].sort(), "Tuesday's tickets are still the day's");
    assert.ok(d.alerts.open().some((a) => a.kind === 'clock'), 'the head is alerted at start');
    assert.ok(lines.some((l) => /clock: .*went backwards/.test(l)), lines.join('\n'));
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const after = (await kiosk.request('issue', { directionId: 'documents' })).ticket;
    assert.is(after.id, '2026-11-25/documents/102');
    assert.is((await storedTicket(dir, '2026-11-24/documents/100'))!.state, 'done', "Monday's served ticket 100 is kept");
    kiosk.close();
  } finally {
    await d.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('events committed while the clock was behind keep the queue time, so a restart still sees the step', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-clock-'));
  const clock = { t: at('2026-11-25', '11:00') };
  const options = { config: quiet(), now: () => clock.t, alertCheckMs: 20 };
  let d = await testDaemon(options, dir);
  try {
    const tuesday = await workDay(d);
    // An operator steps the clock back a whole day; the office goes on working.
    clock.t = at('2026-11-24', '11:00');
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const during = await kiosk.request('issue', { directionId: 'documents' });
    assert.is(during.ticket.id, '2026-11-25/documents/102');
    assert.ok(during.ticket.issuedAt >= at('2026-11-25', '11:00'), 'stored with the queue time, not the stepped-back clock');
    kiosk.close();
    await d.stop();

    const lines: string[] = [];
    d = await testDaemon({ ...options, log: (l) => lines.push(l) }, dir);
    assert.is(d.service.state.day, '2026-11-25');
    assert.ok(lines.some((l) => /clock: .*went backwards/.test(l)), 'the restart still sees the clock behind: ' + lines.join('\n'));
    await until(() => d.alerts.open().some((a) => a.kind === 'clock'));
    const again = await ready(client(d, { role: 'kiosk' }));
    const next = await again.request('issue', { directionId: 'documents' });
    assert.is(next.ticket.id, '2026-11-25/documents/103');
    assert.is(next.ahead, 2, '101 and 102 are still ahead of it');
    assert.is(tuesday.second.id, '2026-11-25/documents/101');
    again.close();
  } finally {
    await d.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a time zone moved west through setConfig applies from the next office day, not by going back a day', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-clock-'));
  // Irkutsk is UTC+8; London is UTC+0 in November.
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ config: quiet(), now: () => clock.t, configFile: join(dir, 'office.json') }, dir);
  try {
    await workDay(d);
    clock.t = at('2026-11-25', '03:00'); // 2026-11-24 19:00 in London
    await workDay(d);
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    const { config } = await head.request('getConfig', {});
    const west = structuredClone(config) as any;
    west.office.timezone = 'Europe/London';
    await head.request('setConfig', { config: west });
    await until(() => d.service.config.office.timezone === 'Europe/London');

    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const after = (await kiosk.request('issue', { directionId: 'documents' })).ticket;
    assert.is(after.id, '2026-11-25/documents/102', 'the day and its numbering go on');
    assert.is((await storedTicket(dir, '2026-11-24/documents/100'))!.state, 'done', "Monday's served ticket 100 is kept");
    assert.ok(!d.alerts.open().some((a) => a.kind === 'clock'), 'a time zone change is not a clock fault');

    // Irkutsk's midnight is no longer the office's: the day turns at London's.
    clock.t = Date.UTC(2026, 10, 25, 17, 0); // 2026-11-26 01:00 in Irkutsk
    assert.is((await kiosk.request('issue', { directionId: 'documents' })).ticket.id, '2026-11-25/documents/103');
    clock.t = Date.UTC(2026, 10, 26, 0, 30);
    const nextDay = (await kiosk.request('issue', { directionId: 'documents' })).ticket;
    assert.is(nextDay.id, '2026-11-26/documents/100', 'the next office day starts at London midnight with fresh numbers');
    kiosk.close();
    head.close();
  } finally {
    await d.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
