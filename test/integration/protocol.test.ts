// The /ws protocol against the real daemon: roles, pushes with sequence numbers, and what happens to a
// client that sends what it should not.
import { suite } from 'uvu';
import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import * as assert from 'uvu/assert';
import { ClientError } from '../../queue-core/src/protocol/index.ts';
import { RawPeer, client, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const test = suite<{ d: TestDaemon }>('protocol');
test.before.each(async (ctx) => {
  ctx.d = await testDaemon();
});
test.after.each(async (ctx) => {
  await ctx.d.stop();
});

test('a kiosk issues a ticket and every display hears of it with the next sequence number', async ({ d }) => {
  const hall = await ready(client(d, { role: 'display' }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const seq = hall.seq;
  const issued = await kiosk.request('issue', { directionId: 'documents' });
  assert.is(issued.ticket.label, 'Д100');
  assert.is(issued.ahead, 0);
  await until(() => hall.view!.tickets.some((t) => t.label === 'Д100'));
  assert.is(hall.seq, seq + 1);
  assert.is(hall.summary!.directions.find((x) => x.id === 'documents')!.waiting, 1);
  hall.close();
  kiosk.close();
});

test('the demo\'s simulated printer shows each ticket in the daemon\'s output, as the paper reads', async () => {
  const lines: string[] = [];
  const d = await testDaemon({ log: (line) => lines.push(line) });
  try {
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    await kiosk.request('issue', { directionId: 'documents' });
    const paper = await until(() => lines.find((l) => l.startsWith('simulated printer: ticket Д100')));
    const text = paper.split('\n').slice(1).map((l) => l.replace(/^ {2}\| ?/, '').trim());
    assert.ok(text.includes('Д 1 0 0'), paper);
    assert.ok(text.includes('Сдача документов'), paper);
    assert.ok(text.some((l) => l.startsWith('Перед вами:')), paper);
    kiosk.close();
  } finally {
    await d.stop();
  }
});

test('an operator logs in with a PIN, opens the booth and calls; displays see the call without staff details', async ({ d }) => {
  const hall = await ready(client(d, { role: 'display' }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  assert.is(op.session!.staff!.name, 'Петрова Анна Сергеевна');
  assert.is(op.view!.booths.find((b) => b.number === 2)!.status, 'open');
  await kiosk.request('issue', { directionId: 'certificates' });
  const called = await op.request('callNext', {});
  assert.is(called.ticket.label, 'С100');
  assert.is(called.ticket.staffId, 'petrova');
  const seen = await until(() => hall.view!.tickets.find((t) => t.label === 'С100' && t.state === 'called'));
  assert.is(seen.booth, 2);
  assert.not.ok('staffId' in seen, 'public tickets carry no staff id');
  assert.not.ok('history' in seen);
  const booth = hall.view!.booths.find((b) => b.number === 2)!;
  assert.is(booth.staffName, 'Петрова Анна Сергеевна', 'the name plate of the booth is public');
  assert.not.ok('staffId' in booth);
  for (const c of [hall, kiosk, op]) c.close();
});

test('a wrong PIN is refused, and repeated wrong PINs lock the login for a while', async ({ d }) => {
  const bad = client(d, { role: 'operator', staffId: 'ivanova', pin: '0000', booth: 1 });
  await until(() => bad.status === 'refused');
  assert.is(bad.refusal!.code, 'LOGIN_FAILED');
  for (let i = 0; i < 5; i++) {
    const peer = await RawPeer.open(d.ws);
    peer.send({ id: 1, type: 'hello', protocol: 1, role: 'operator', staffId: 'sidorov', pin: '1234', booth: 3 });
    const a = await peer.answer(1);
    assert.is(a.type === 'error' && a.error.code, i < 5 ? 'LOGIN_FAILED' : 'LOGIN_LOCKED');
    peer.close();
  }
  const locked = client(d, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 });
  await until(() => locked.status === 'refused');
  assert.is(locked.refusal!.code, 'LOGIN_LOCKED', 'even the right PIN waits out the lock');
  assert.ok((locked.refusal!.details?.retryAfterMs as number) > 0);
  const other = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  assert.is(other.status, 'online', 'another specialist is not locked out');
  other.close();
});

test('each role may do only its own work', async ({ d }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const hall = await ready(client(d, { role: 'display' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const refused = async (p: Promise<unknown>, code: string) => {
    try {
      await p;
    } catch (e) {
      assert.instance(e, ClientError);
      assert.is((e as ClientError).code, code);
      return;
    }
    assert.unreachable(`expected ${code}`);
  };
  await refused(kiosk.request('callNext', { booth: 1 }), 'ROLE_FORBIDDEN');
  await refused(hall.request('issue', { directionId: 'documents' }), 'ROLE_FORBIDDEN');
  await refused(op.request('issue', { directionId: 'documents' }), 'ROLE_FORBIDDEN');
  await refused(op.request('callNext', { booth: 2 }), 'ROLE_FORBIDDEN');
  await refused(op.request('book', { directionId: 'documents', at: Date.now() + 86_400_000, citizenName: 'X', phone: '1' }), 'ROLE_FORBIDDEN');
  await refused(op.request('callNext', {}), 'QUEUE_EMPTY');
  for (const c of [kiosk, hall, op]) c.close();
});

test('bad frames get structured errors and the connection stays usable', async ({ d }) => {
  const peer = await RawPeer.open(d.ws);
  peer.send('{"id": 1, "type": "hello", ');
  assert.is((await peer.anonymousError(1) as any).error.code, 'BAD_REQUEST');
  peer.send('[1,2,3]');
  assert.is((await peer.anonymousError(2) as any).error.code, 'BAD_REQUEST');
  peer.send(Buffer.from([0xde, 0xad]));
  assert.is((await peer.anonymousError(3) as any).error.code, 'BAD_REQUEST');
  peer.send({ id: 2, type: 'issue', directionId: 'documents' });
  assert.is((await peer.answer(2) as any).error.code, 'NOT_AUTHENTICATED');
  peer.send({ id: 3, type: 'hello', protocol: 99, role: 'kiosk' });
  assert.is((await peer.answer(3) as any).error.code, 'PROTOCOL_VERSION');
  peer.send({ id: 4, type: 'hello', protocol: 1, role: 'kiosk' });
  assert.is((await peer.answer(4)).type, 'result');
  peer.send({ id: 5, type: 'launchRocket' });
  assert.is((await peer.answer(5) as any).error.code, 'UNKNOWN_TYPE');
  peer.send({ id: 6, type: 'issue', directionId: 42 });
  const wrongType = (await peer.answer(6)) as any;
  assert.is(wrongType.error.code, 'BAD_REQUEST');
  assert.match(wrongType.error.message, /^directionId: expected string/);
  peer.send({ id: 7, type: 'issue', directionId: 'documents', extra: true });
  const unknownField = (await peer.answer(7)) as any;
  assert.is(unknownField.error.code, 'BAD_REQUEST', 'unknown fields are refused, not ignored');
  assert.equal(unknownField.error.details.problems, ['(root): unknown field "extra"']);
  peer.send({ id: 71, type: 'issue' });
  assert.equal(((await peer.answer(71)) as any).error.details.problems, ['directionId: required (expected string)']);
  peer.send({ id: 8, type: 'issue', directionId: 'x'.repeat(70_000) });
  assert.is((await peer.anonymousError(4) as any).error.code, 'FRAME_TOO_LARGE');
  peer.send({ id: 9, type: 'issue', directionId: 'documents' });
  const ok = (await peer.answer(9)) as any;
  assert.is(ok.type, 'result', 'after all that the kiosk still works');
  assert.is(ok.data.ticket.label, 'Д100', 'and no number was used by the bad frames');
  assert.not.ok(peer.closed);
  peer.close();
});

test('a frame far beyond the limit closes that socket only; the daemon keeps serving', async ({ d }) => {
  const peer = await RawPeer.open(d.ws);
  peer.send('x'.repeat(1024 * 1024));
  await until(() => peer.closed);
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  assert.is((await kiosk.request('issue', { directionId: 'consultation' })).ticket.label, 'К100');
  kiosk.close();
});

test('a client still sending a frame far beyond the limit is cut off at once, told 1009, not read on for half a minute', async ({ d }) => {
  const { port } = new URL(d.ws);
  const socket = connect(Number(port), '127.0.0.1');
  let received = Buffer.alloc(0);
  socket.on('data', (b) => (received = Buffer.concat([received, b])));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n\r\n`);
  await until(() => received.includes('\r\n\r\n'));
  assert.match(received.toString('latin1'), /^HTTP\/1\.1 101/);
  received = received.subarray(received.indexOf('\r\n\r\n') + 4);
  // A text frame that says it carries 50 MiB, then its bytes 64 KiB every 10 ms, as a slow flood would.
  const header = Buffer.alloc(14);
  header[0] = 0x81;
  header[1] = 0x80 | 127;
  header.writeBigUInt64BE(50n * 1024n * 1024n, 2);
  socket.write(header);
  const started = Date.now();
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x78);
  const pump = setInterval(() => {
    if (!socket.destroyed) (socket.write(chunk), (sent += chunk.length));
  }, 10);
  await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
  clearInterval(pump);
  const tookMs = Date.now() - started;
  socket.destroy();
  assert.ok(tookMs < 5_000, `the daemon closed the connection after ${tookMs} ms`);
  assert.ok(sent < 50 * 1024 * 1024, 'it did not wait for the whole frame');
  assert.is(received[0], 0x88, 'a close frame came first');
  assert.is(received.readUInt16BE(2), 1009, 'with code 1009 (message too big)');
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  assert.is((await kiosk.request('issue', { directionId: 'consultation' })).ticket.label.startsWith('К'), true, 'the daemon keeps serving');
  kiosk.close();
});

test('a page from another origin is refused; the daemon\'s own origin is accepted', async ({ d }) => {
  await RawPeer.open(d.ws, { origin: 'http://evil.example' }).then(
    () => assert.unreachable('a foreign origin was accepted'),
    (e: Error) => assert.match(e.message, /403/),
  );
  const own = await RawPeer.open(d.ws, { origin: d.url });
  own.close();
});

test('a client that reconnects with its last number gets exactly what it missed', async ({ d }) => {
  // The reconnect waits long enough for the two tickets below to be issued while it is away.
  const hall = await ready(client(d, { role: 'display' }, { retryMs: [500, 500] }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  await until(() => hall.view!.tickets.length === 1);
  const frames: string[] = [];
  const off = hall.onChange(() => frames.push(hall.status));
  hall.drop();
  await until(() => hall.status !== 'online');
  await kiosk.request('issue', { directionId: 'documents' });
  await kiosk.request('issue', { directionId: 'certificates' });
  await until(() => hall.status === 'online' && hall.view!.tickets.length === 3);
  assert.is(hall.session!.sync, 'events');
  assert.equal(hall.view!.tickets.map((t) => t.label), ['Д100', 'Д101', 'С100']);
  assert.is(hall.seq, d.service.store.lastSeq);
  off();
  hall.close();
  kiosk.close();
});

test('a client too far behind gets a fresh snapshot', async () => {
  const d = await testDaemon();
  const hall = await ready(client(d, { role: 'display' }));
  hall.close();
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  // Ask as a client that last saw a number the daemon no longer holds in memory.
  const peer = await RawPeer.open(d.ws);
  (d.gateway as any).ring.events.splice(0, 1);
  peer.send({ id: 1, type: 'hello', protocol: 1, role: 'display', lastSeq: 0 });
  assert.is((await peer.answer(1) as any).data.sync, 'snapshot');
  const snap = await until(() => peer.messages.find((m) => m.type === 'snapshot'));
  assert.is(snap.type === 'snapshot' && snap.snapshot.tickets.length, 1);
  peer.close();
  kiosk.close();
  await d.stop();
});

test('a request repeated with the same key is answered once: no second ticket', async ({ d }) => {
  const peer = await RawPeer.open(d.ws);
  peer.send({ id: 1, type: 'hello', protocol: 1, role: 'kiosk' });
  await peer.answer(1);
  peer.send({ id: 2, type: 'issue', directionId: 'documents', key: 'tap-0001-abcdef' });
  peer.send({ id: 3, type: 'issue', directionId: 'documents', key: 'tap-0001-abcdef' });
  const a = (await peer.answer(2)) as any, b = (await peer.answer(3)) as any;
  assert.is(a.data.ticket.label, 'Д100');
  assert.is(b.data.ticket.label, 'Д100');
  peer.send({ id: 4, type: 'issue', directionId: 'documents', key: 'tap-0002-abcdef' });
  assert.is(((await peer.answer(4)) as any).data.ticket.label, 'Д101');
  peer.close();
});

test('displays and kiosks never receive bookings, booth specialists only their times: no citizens\' names', async () => {
  // A Tuesday morning, whatever the hour of the run: by evening today's booking slots are all past.
  const d = await testDaemon({ now: () => at('2026-11-24', '09:00') });
  try {
    const hall = await RawPeer.open(d.ws);
    hall.send({ id: 1, type: 'hello', protocol: 1, role: 'display' });
    await hall.answer(1);
    // A specialist at a booth works the queue; the day's bookings (names, phones, codes) are not hers to see.
    const booth = await RawPeer.open(d.ws);
    booth.send({ id: 1, type: 'hello', protocol: 1, role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
    await booth.answer(1);
    const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const slots = await consultant.request('slots', { directionId: 'documents', day: '2026-11-24' });
    const later = slots.slots.find((s) => s.free > 0 && s.at >= at('2026-11-24', '10:00'));
    assert.ok(later, `a free slot from 10:00 on: ${JSON.stringify(slots.slots)}`);
    const { booking } = await consultant.request('book', { directionId: 'documents', at: later.at, citizenName: 'Очирова Сэсэг Бадмаевна', phone: '+7 914 123-45-67' });
    await until(() => consultant.view!.bookings!.some((b) => b.id === booking.id));
    await consultant.request('issue', { directionId: 'consultation', priority: 'veteran' });
    await until(() => hall.frames.some((f) => f.includes('К100')));
    assert.not.ok(hall.frames.some((f) => f.includes('Очирова') || f.includes('123-45-67') || f.includes('"booking"')));
    await until(() => booth.frames.some((f) => f.includes('К100')));
    assert.not.ok(booth.frames.some((f) => f.includes('Очирова') || f.includes('123-45-67') || f.includes(booking.code)), 'the booth gets no citizen and no code');
    assert.ok(booth.frames.some((f) => f.includes('"booking"') && f.includes(booking.id)), 'but the booking\'s time, which puts it first in her line when due');
    booth.close();
    const staffSnap = consultant.view!;
    assert.ok(staffSnap.bookings!.some((b) => b.citizenName === 'Очирова Сэсэг Бадмаевна'), 'staff do see them');
    consultant.close();
    hall.close();
  } finally {
    await d.stop();
  }
});

test('an integration connects with its token and hears calls with full details', async ({ d }) => {
  const wrong = client(d, { role: 'integration', token: 'not-the-token-at-all' });
  await until(() => wrong.status === 'refused');
  const intake = await ready(client(d, { role: 'integration', token: 'demo-intake-token-0123456789' }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  await kiosk.request('issue', { directionId: 'documents' });
  await op.request('callNext', {});
  const t = await until(() => intake.view!.tickets.find((x) => x.state === 'called'));
  assert.is((t as any).staffId, 'ivanova');
  for (const c of [intake, kiosk, op]) c.close();
});

test('a peer that stops answering pings is dropped', async () => {
  const d = await testDaemon({ heartbeatMs: 50 });
  const peer = await RawPeer.open(d.ws, { autoPong: false } as never);
  peer.send({ id: 1, type: 'hello', protocol: 1, role: 'display' });
  await peer.answer(1);
  await until(() => peer.closed, 2000);
  const live = await ready(client(d, { role: 'display' }));
  await new Promise((r) => setTimeout(r, 200));
  assert.is(live.status, 'online', 'a client that answers pings stays');
  live.close();
  await d.stop();
});

test('the health report names the database, devices, uptime and version', async ({ d }) => {
  const res = await fetch(`${d.url}/healthz`);
  const h = (await res.json()) as any;
  assert.is(res.status, 200);
  assert.is(h.database.state, 'ok');
  assert.is(h.version, '0.1.0');
  assert.type(h.uptimeSeconds, 'number');
  assert.ok('printer' in h && 'voice' in h);
});

test.run();
