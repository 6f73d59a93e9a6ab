// Kiosks on an open office network: only an enrolled kiosk may say hello, it issues no faster than a line
// of people, many priority tickets from one kiosk reach the head as an alert, and booking codes cannot be
// found by trying them — wrong codes are limited per connection, per address and overall, and a code that
// exists but is not due yet reads exactly as a wrong one. All against the real daemon; clients bind to
// loopback addresses 127.0.0.x of their own. The clock is the test's own, so no limit refills unasked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ClientError } from '../../queue-core/src/protocol/index.ts';
import { RawPeer, client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const PROTOCOL = 1;
const TOKEN = 'hall-kiosk-token-7f3a9c21e8';

/** A raw kiosk connection from a loopback address of its own; answers the hello's reply. */
async function kioskFrom(d: TestDaemon, localAddress = '127.0.0.1', token?: string) {
  const peer = await RawPeer.open(d.ws, { localAddress });
  peer.send({ id: 'hello', type: 'hello', protocol: PROTOCOL, role: 'kiosk', ...(token ? { token } : {}) });
  return { peer, hello: (await peer.answer('hello')) as any };
}

let tries = 0;
/** Sends one check-in and returns the daemon's error (or the result). */
async function tryCode(peer: RawPeer, code: string) {
  const id = `c${tries++}`;
  peer.send({ id, type: 'checkIn', code });
  return (await peer.answer(id)) as any;
}

const wrong = (n: number) => String(100_000_000 + n * 7919);

test('a client that is not enrolled is refused as a kiosk, by address and by token, with words to show', async () => {
  const d = await testDaemon({ config: demo((c) => {
    c.server = { kioskAddresses: ['127.0.0.2', '10.20.0.0/16'], kiosks: [{ name: 'hall', token: TOKEN }] };
  }) });
  try {
    const stranger = await kioskFrom(d, '127.0.0.1');
    assert.is(stranger.hello.type, 'error');
    assert.is(stranger.hello.error.code, 'KIOSK_NOT_ENROLLED');
    assert.match(stranger.hello.error.message, /127\.0\.0\.1/);
    stranger.peer.send({ id: 'x', type: 'issue', directionId: 'documents' });
    assert.is(((await stranger.peer.answer('x')) as any).error.code, 'NOT_AUTHENTICATED', 'a refused kiosk issues nothing');

    const listed = await kioskFrom(d, '127.0.0.2');
    assert.is(listed.hello.type, 'result', 'an address in server.kioskAddresses is a kiosk');
    const withToken = await kioskFrom(d, '127.0.0.3', TOKEN);
    assert.is(withToken.hello.type, 'result', 'a kiosk with its token is a kiosk from any address');
    const badToken = await kioskFrom(d, '127.0.0.2', TOKEN.replace('7f', '7e'));
    assert.is(badToken.hello.error.code, 'KIOSK_NOT_ENROLLED', 'a wrong token is refused even from a listed address');

    // The protocol client the kiosk page uses reports the refusal, and stops retrying.
    const page = client(d, { role: 'kiosk' });
    await until(() => page.status === 'refused');
    assert.is(page.refusal!.code, 'KIOSK_NOT_ENROLLED');
    page.close();
    for (const k of [stranger, listed, withToken, badToken]) k.peer.close();
    assert.is(d.service.state.tickets.size, 0);
  } finally {
    await d.stop();
  }
});

test('wrong kiosk tokens are limited per address like integration tokens', async () => {
  const d = await testDaemon({ config: demo((c) => { c.server = { kiosks: [{ name: 'hall', token: TOKEN }] }; }) });
  try {
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { peer, hello } = await kioskFrom(d, '127.0.0.9', `wrong-kiosk-token-${i}-abcdef`);
      codes.push(hello.error.code);
      peer.close();
    }
    assert.equal(codes, ['KIOSK_NOT_ENROLLED', 'KIOSK_NOT_ENROLLED', 'KIOSK_NOT_ENROLLED', 'KIOSK_NOT_ENROLLED', 'KIOSK_NOT_ENROLLED', 'LOGIN_LOCKED']);
    const { peer, hello } = await kioskFrom(d, '127.0.0.9', TOKEN);
    assert.is(hello.error.code, 'LOGIN_LOCKED', 'even the right token waits out the lock from that address');
    peer.close();
    const other = await kioskFrom(d, '127.0.0.10', TOKEN);
    assert.is(other.hello.type, 'result', 'another address is not locked');
    other.peer.close();
  } finally {
    await d.stop();
  }
});

test('200 priority tickets in a burst from one kiosk: most are refused with a wait, and the head is alerted', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ config: demo((c) => { c.hardware.voice.enabled = false; }), now: () => clock.t, alertCheckMs: 20 });
  try {
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    const { peer } = await kioskFrom(d);
    for (let i = 0; i < 200; i++) peer.send({ id: `p${i}`, type: 'issue', directionId: 'documents', priority: 'veteran' });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => peer.answer(`p${i}`) as Promise<any>));
    const issued = answers.filter((a) => a.type === 'result');
    const refused = answers.filter((a) => a.type === 'error');
    assert.is(issued.length, 5, 'a burst of five, as a family at the kiosk might need');
    assert.is(refused.length, 195);
    assert.ok(refused.every((a) => a.error.code === 'ISSUING_TOO_FAST' && a.error.details.retryAfterMs === 5_000), 'each refusal says how long to wait');
    assert.is(d.devices.printer.printed.length <= 5, true, 'nothing refused was printed');

    const alert = await until(() => head.view!.alerts!.find((a) => a.kind === 'priority-issuing'));
    assert.is(alert.subject, '127.0.0.1');
    assert.is(alert.severity, 'warning');
    assert.match(alert.message, /^Киоск 127\.0\.0\.1: более 10 льготных талонов за 10 мин/);

    // After the wait the kiosk issues again: one more ticket, and the next is refused once more.
    clock.t += 5_000;
    peer.send({ id: 'later', type: 'issue', directionId: 'documents' });
    assert.is(((await peer.answer('later')) as any).type, 'result');
    peer.send({ id: 'later2', type: 'issue', directionId: 'documents' });
    assert.is(((await peer.answer('later2')) as any).error.code, 'ISSUING_TOO_FAST');

    // The tap whose answer was lost, sent again with its key from a new connection: no new tap, so no wait —
    // the kiosk gets the ticket that tap made, even while the limit refuses new ones.
    peer.send({ id: 'tap', type: 'issue', key: 'tap-after-wait-0001', directionId: 'documents' });
    const refusedTap = (await peer.answer('tap')) as any;
    assert.is(refusedTap.error.code, 'ISSUING_TOO_FAST');
    clock.t += 5_000;
    peer.send({ id: 'tap2', type: 'issue', key: 'tap-after-wait-0002', directionId: 'documents' });
    const made = (await peer.answer('tap2')) as any;
    assert.is(made.type, 'result');
    const { peer: again } = await kioskFrom(d);
    again.send({ id: 'retry', type: 'issue', key: 'tap-after-wait-0002', directionId: 'documents' });
    const retried = (await again.answer('retry')) as any;
    assert.is(retried.type, 'result', 'a keyed retry is answered, not told to wait');
    assert.is(retried.data.ticket.id, made.data.ticket.id, 'with the ticket the first tap made');
    again.close();

    // Staff issuing is not a kiosk's: the consultant's walk-in tickets are not limited here.
    const desk = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    for (let i = 0; i < 8; i++) await desk.request('issue', { directionId: 'certificates', priority: 'disabled' });

    // Ten minutes of quiet and the condition has passed.
    clock.t += 11 * 60_000;
    await until(() => !d.alerts.open().some((a) => a.kind === 'priority-issuing'));
    peer.close();
  } finally {
    await d.stop();
  }
});

test('kiosks spread over many addresses of a trusted range get no more tickets than all kiosks together may issue', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const log: string[] = [];
  // The demo trusts all of 127.0.0.0/8: every address is a kiosk of its own, each with a burst of five.
  const d = await testDaemon({ config: demo((c) => { c.hardware.voice.enabled = false; }), now: () => clock.t, log: (line: string) => log.push(line) });
  try {
    const kiosks = await Promise.all(Array.from({ length: 40 }, (_, i) => kioskFrom(d, `127.0.0.${10 + i}`)));
    const answers: any[] = [];
    for (const [k, { peer }] of kiosks.entries()) {
      for (let i = 0; i < 5; i++) peer.send({ id: `k${k}-${i}`, type: 'issue', directionId: 'documents' });
      for (let i = 0; i < 5; i++) answers.push(await peer.answer(`k${k}-${i}`));
    }
    const issued = answers.filter((a) => a.type === 'result');
    const refused = answers.filter((a) => a.type === 'error');
    assert.is(issued.length, 20, 'all kiosks together: a burst of twenty (server.kioskIssuing.allKiosks)');
    assert.is(refused.length, 180);
    assert.ok(refused.every((a) => a.error.code === 'ISSUING_TOO_FAST' && a.error.details.retryAfterMs === 2_000), 'each refusal says how long to wait');
    assert.is(log.filter((l) => /all kiosks together have reached their issuing limit/.test(l)).length, 1, 'the log says so once, not once a refusal');

    // Two seconds later one more ticket, from any of them, and the next waits again.
    clock.t += 2_000;
    kiosks[39]!.peer.send({ id: 'next', type: 'issue', directionId: 'documents' });
    assert.is(((await kiosks[39]!.peer.answer('next')) as any).type, 'result');
    kiosks[0]!.peer.send({ id: 'next2', type: 'issue', directionId: 'documents' });
    assert.is(((await kiosks[0]!.peer.answer('next2')) as any).error.code, 'ISSUING_TOO_FAST');
    for (const { peer } of kiosks) peer.close();
  } finally {
    await d.stop();
  }
});

test('wrong codes are limited per connection, per address and overall, each refusal with its wait', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    // Per connection: three tries, then a wait of ten seconds.
    const first = (await kioskFrom(d, '127.0.0.11')).peer;
    for (let i = 0; i < 3; i++) assert.is((await tryCode(first, wrong(i))).error.code, 'BOOKING_NOT_FOUND');
    const blocked = await tryCode(first, wrong(3));
    assert.is(blocked.error.code, 'TOO_MANY_CODES');
    assert.is(blocked.error.details.retryAfterMs, 10_000);

    // Per address: a new connection from the same address gets the address's remaining three, no more.
    const second = (await kioskFrom(d, '127.0.0.11')).peer;
    for (let i = 0; i < 3; i++) assert.is((await tryCode(second, wrong(10 + i))).error.code, 'BOOKING_NOT_FOUND');
    const third = (await kioskFrom(d, '127.0.0.11')).peer;
    const addressBlocked = await tryCode(third, wrong(20));
    assert.is(addressBlocked.error.code, 'TOO_MANY_CODES', 'a fresh connection does not reset the address');
    assert.is(addressBlocked.error.details.retryAfterMs, 20_000);
    const otherAddress = (await kioskFrom(d, '127.0.0.12')).peer;
    assert.is((await tryCode(otherAddress, wrong(21))).error.code, 'BOOKING_NOT_FOUND', 'another address has its own limit');

    // Overall: 20 tries in all (6 from .11, 1 from .12 so far); many addresses together reach it.
    let overall = 7;
    for (let host = 13; overall < 20; host++) {
      const peer = (await kioskFrom(d, `127.0.0.${host}`)).peer;
      for (let i = 0; i < 3 && overall < 20; i++, overall++) assert.is((await tryCode(peer, wrong(100 + overall))).error.code, 'BOOKING_NOT_FOUND');
    }
    const fresh = (await kioskFrom(d, '127.0.0.99')).peer;
    const overallBlocked = await tryCode(fresh, wrong(500));
    assert.is(overallBlocked.error.code, 'TOO_MANY_CODES', 'a fresh address on a fresh connection waits for the overall limit');
    assert.is(overallBlocked.error.details.retryAfterMs, 6_000);

    // Waiting what was said lets exactly one more try through.
    clock.t += 6_000;
    assert.is((await tryCode(fresh, wrong(501))).error.code, 'BOOKING_NOT_FOUND');
    assert.is((await tryCode(fresh, wrong(502))).error.code, 'TOO_MANY_CODES');

    // A right code is not held against anyone, and staff at the desk are not limited.
    const desk = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    for (let i = 0; i < 10; i++) {
      const e = await desk.request('checkIn', { code: wrong(600 + i) }).catch((x: ClientError) => x);
      assert.is((e as ClientError).code, 'BOOKING_NOT_FOUND');
    }
  } finally {
    await d.stop();
  }
});

test('for a kiosk, a code due only hours from now reads exactly as a wrong one; one due soon says when check-in opens', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    const desk = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const { booking: afternoon } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '15:10'), citizenName: 'Доржиев Баир', phone: '8914' });
    const { booking: soon } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '12:10'), citizenName: 'Намжилова Сэсэг', phone: '8915' });
    assert.match(afternoon.code, /^\d{9}$/);

    // Check-in for 15:10 opens at 14:10, four hours away: the kiosk learns nothing about the code.
    const a = (await kioskFrom(d, '127.0.0.21')).peer;
    const b = (await kioskFrom(d, '127.0.0.22')).peer;
    const real = await tryCode(a, afternoon.code);
    const fake = await tryCode(b, afternoon.code === '999999999' ? '999999998' : '999999999');
    assert.is(real.type, 'error');
    const strip = (m: any) => JSON.stringify({ ...m, id: null });
    assert.is(strip(real), strip(fake), 'the same frame, word for word');
    assert.is(real.error.code, 'BOOKING_NOT_FOUND');
    assert.not.ok(JSON.stringify(real).includes(afternoon.code), 'the answer does not repeat the code');

    // Check-in for 12:10 opens at 11:10, within two hours: the citizen who came early is told when,
    // and nothing else about the booking.
    const early = await tryCode(a, soon.code);
    assert.is(early.error.code, 'CHECK_IN_TOO_EARLY');
    assert.equal(early.error.details, { opensAt: at('2026-11-24', '11:10') });
    assert.not.ok(JSON.stringify(early).includes('Намжилова'), 'no name');

    const e = (await desk.request('checkIn', { code: afternoon.code }).catch((x: ClientError) => x)) as ClientError;
    assert.is(e.code, 'CHECK_IN_TOO_EARLY');
    assert.is(e.details!.at, at('2026-11-24', '15:10'), 'the desk learns from when');

    // Once due, the same codes check in at the kiosk, and the tries are not counted against them.
    clock.t = at('2026-11-24', '11:30');
    const ok = await tryCode(a, soon.code);
    assert.is(ok.type, 'result');
    assert.is(ok.data.ticket.label, 'Д100');
    clock.t = at('2026-11-24', '14:30');
    assert.is((await tryCode(a, afternoon.code)).data.ticket.label, 'Д101');
  } finally {
    await d.stop();
  }
});

test('a code already used today names its ticket at the kiosk; a wrong code still tells nothing', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    const desk = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const { booking } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '10:30'), citizenName: 'Бадмаева Д. Ц.', phone: '8914' });
    const { peer } = await kioskFrom(d, '127.0.0.31');
    const first = await tryCode(peer, booking.code);
    assert.is(first.data.ticket.label, 'Д100');
    const again = await tryCode(peer, booking.code);
    assert.is(again.error.code, 'BOOKING_CHECKED_IN');
    assert.equal(again.error.details, { ticketLabel: 'Д100' }, 'the number the citizen lost, and nothing about the booking');
    assert.is(d.service.state.tickets.size, 1, 'one booking, one ticket');
    const wrongOne = await tryCode(peer, booking.code === '999999999' ? '999999998' : '999999999');
    assert.equal([wrongOne.error.code, wrongOne.error.details], ['BOOKING_NOT_FOUND', undefined]);
    peer.close();
    desk.close();
  } finally {
    await d.stop();
  }
});

test('a six-digit code given before the upgrade still checks in at the kiosk', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-legacy-code-'));
  const clock = { t: at('2026-11-24', '10:00') };
  try {
    let d = await testDaemon({ now: () => clock.t }, dir);
    const desk = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const { booking } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '10:30'), citizenName: 'Очирова Сэсэг', phone: '8914' });
    await d.stop();
    // As the daemon before this change wrote it: the same booking with a six-digit code.
    const db = new Database(join(dir, 'queue.sqlite'));
    const body = JSON.parse((db.prepare('SELECT body FROM bookings WHERE id = ?').get(booking.id) as { body: string }).body);
    db.prepare('UPDATE bookings SET code = ?, body = ? WHERE id = ?').run('482915', JSON.stringify({ ...body, code: '482915' }), booking.id);
    db.close();

    d = await testDaemon({ now: () => clock.t }, dir);
    const { peer } = await kioskFrom(d);
    assert.is((await tryCode(peer, '482916')).error.code, 'BOOKING_NOT_FOUND');
    const ok = await tryCode(peer, '482915');
    assert.is(ok.type, 'result');
    assert.is(d.service.state.bookings[booking.id]!.state, 'checked-in');
    await d.stop();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
