// docs/protocol.md and the daemon agree: each place where an outside team, writing a client from the
// document alone, found the daemon doing something else.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { ClientError, type QueueClient } from '../../queue-core/src/protocol/index.ts';
import { RawPeer, client, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const TOKEN = 'demo-intake-token-0123456789';
const CARD = { category: 'pensioner', appealType: 'statement', reason: 'subsidy', result: 'accepted' } as const;

async function refusal(p: Promise<unknown>): Promise<ClientError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ClientError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const test = suite<{ d: TestDaemon; head: QueueClient }>('protocol: the document and the daemon agree');
test.before.each(async (ctx) => {
  ctx.d = await testDaemon({ now: () => at('2026-11-24', '09:00') });
  ctx.head = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
});
test.after.each(async (ctx) => {
  ctx.head.close();
  await ctx.d.stop();
});

test('a day that is not on the calendar (2026-02-30) is refused wherever a day is accepted', async ({ d, head }) => {
  for (const [type, body] of [
    ['stats', { from: '2026-02-01', to: '2026-02-30' }],
    ['auditLog', { from: '2026-02-30', to: '2026-03-01' }],
    ['phoneList', { from: '2026-01-01', to: '2026-13-01' }],
    ['journalSearch', { from: '2026-04-31' }],
    ['slots', { directionId: 'documents', day: '2026-02-29' }],
  ] as const) {
    const e = await refusal(head.request(type as 'stats', body as never));
    assert.is(e.code, 'BAD_REQUEST', type);
    assert.match(String((e.details!.problems as string[])[0]), /: expected a date that exists on the calendar$/, type);
  }
  // A real leap day passes.
  const report = await head.request('stats', { from: '2028-02-29', to: '2028-02-29' });
  assert.is(report.report.from, '2028-02-29');
  void d;
});

test('a visitor card needs only the full name: address and passport may be left out or null', async ({ d }) => {
  const intake = await ready(client(d, { role: 'integration', token: TOKEN }));
  const bare = await intake.request('journalSave', { appeal: { ...CARD, staffId: 'ivanova', citizen: { fullName: 'Петров Пётр Петрович' } } });
  assert.equal(bare.appeal.citizen, { fullName: 'Петров Пётр Петрович', address: '', passport: '' });
  const nulls = await intake.request('journalSave', { appeal: { ...CARD, staffId: 'ivanova', citizen: { fullName: 'Сидорова Анна', address: null, passport: null } } });
  assert.equal(nulls.appeal.citizen, { fullName: 'Сидорова Анна', address: '', passport: '' });
  const e = await refusal(intake.request('journalSave', { appeal: { ...CARD, staffId: 'ivanova', citizen: {} as never } }));
  assert.equal(e.details!.problems, ['appeal.citizen.fullName: required (expected string)']);
  intake.close();
});

test("an operator's staffId naming someone else is refused, not silently replaced; their own is accepted", async ({ d }) => {
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const citizen = { fullName: 'Петров Пётр Петрович' };
  const e = await refusal(op.request('journalSave', { appeal: { ...CARD, citizen, staffId: 'petrova' } }));
  assert.is(e.code, 'BAD_REQUEST');
  assert.equal(e.details!.problems, ['appeal.staffId: only an integration names the specialist; you write as ivanova']);
  const own = await op.request('journalSave', { appeal: { ...CARD, citizen, staffId: 'ivanova' } });
  assert.is(own.appeal.staffId, 'ivanova');
  const phone = await refusal(op.request('phoneSave', { consultation: { topic: 'Субсидия', result: 'Разъяснено', staffId: 'petrova' } }));
  assert.equal(phone.details!.problems, ['consultation.staffId: only an integration names the specialist; you write as ivanova']);
  op.close();
});

test('every BAD_REQUEST carries details.problems', async ({ d, head }) => {
  const peer = await RawPeer.open(d.ws);
  peer.send(Buffer.from([1, 2, 3]));
  peer.send('not json');
  peer.send('[1]');
  await until(() => peer.messages.length >= 3);
  // An operator without a booth, then a second hello on the same connection.
  peer.send({ id: 1, type: 'hello', protocol: 1, role: 'operator', staffId: 'ivanova', pin: '1111' });
  await peer.answer(1);
  peer.send({ id: 2, type: 'hello', protocol: 1, role: 'kiosk' });
  await peer.answer(2);
  peer.send({ id: 3, type: 'hello', protocol: 1, role: 'kiosk' });
  await peer.answer(3);
  const errors = peer.messages.flatMap((m) => (m.type === 'error' ? [m.error] : []));
  assert.equal(errors.map((e) => e.code), ['BAD_REQUEST', 'BAD_REQUEST', 'BAD_REQUEST', 'BAD_REQUEST', 'BAD_REQUEST']);
  for (const e of errors) assert.ok(Array.isArray(e.details?.problems) && (e.details!.problems as string[]).length === 1, `"${e.message}" has details.problems`);
  assert.equal(errors[1]!.details, { problems: ['(root): The frame is not valid JSON'] });
  assert.equal(errors[3]!.details, { problems: ['booth: an operator works at a booth'] });
  assert.equal(errors[2]!.details, { problems: ['(root): Expected an object with a "type"'] }, 'a frame that is no object is a problem of the whole frame');
  peer.close();
  // A supervisor's booth action without a booth; days in the wrong order.
  for (const p of [
    head.request('callNext', {}),
    head.request('stats', { from: '2026-11-24', to: '2026-11-01' }),
  ]) {
    const e = await refusal(p);
    assert.is(e.code, 'BAD_REQUEST');
    assert.ok(Array.isArray(e.details?.problems) && (e.details!.problems as string[]).length === 1, e.message);
  }
  assert.equal((await refusal(head.request('callNext', {}))).details, { problems: ['booth: say which booth'] });
  // An integration must name the specialist; the problem names the field as the document does.
  const intake = await ready(client(d, { role: 'integration', token: TOKEN }));
  const card = { citizen: { fullName: 'Иванов Иван Иванович' }, category: 'pensioner', appealType: 'consultation', reason: 'subsidy', result: 'explained' } as const;
  assert.equal((await refusal(intake.request('journalSave', { appeal: card }))).details, { problems: ['appeal.staffId: say which specialist received the citizen'] });
  intake.close();
});

test('kiosks and displays see gaps in seq where bookings were made; a reconnect with lastSeq replays only what they may see', async ({ d }) => {
  const hall = await ready(client(d, { role: 'display' }));
  const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const start = hall.seq;
  const slots = await consultant.request('slots', { directionId: 'documents', day: '2026-11-24' });
  const slot = slots.slots.find((s) => s.free > 0 && s.at >= at('2026-11-24', '10:00'))!;
  await consultant.request('book', { directionId: 'documents', at: slot.at, citizenName: 'Очирова Сэсэг', phone: '+7 914 123-45-67' });
  await consultant.request('issue', { directionId: 'documents' });
  await until(() => hall.view!.tickets.length === 1);
  assert.is(hall.seq, start + 2, 'the booking took seq start+1, which the hall never receives');
  // A display that reconnects from before the booking gets one update holding only the ticket.
  const peer = await RawPeer.open(d.ws);
  peer.send({ id: 1, type: 'hello', protocol: 1, role: 'display', lastSeq: start });
  const hello = (await peer.answer(1)) as { data: { sync: string; seq: number } };
  assert.is(hello.data.sync, 'events');
  assert.is(hello.data.seq, start + 2);
  const update = await until(() => peer.messages.find((m) => m.type === 'update'));
  assert.equal(update.type === 'update' && update.events.map((e) => [e.seq, e.event.type]), [[start + 2, 'ticket']]);
  // Reconnecting right after the booking alone: an update with no events, and the same seq.
  const peer2 = await RawPeer.open(d.ws);
  peer2.send({ id: 1, type: 'hello', protocol: 1, role: 'display', lastSeq: start });
  await peer2.answer(1);
  const staffPeer = await RawPeer.open(d.ws);
  staffPeer.send({ id: 1, type: 'hello', protocol: 1, role: 'integration', token: TOKEN, lastSeq: start });
  await staffPeer.answer(1);
  const staffUpdate = await until(() => staffPeer.messages.find((m) => m.type === 'update'));
  assert.equal(staffUpdate.type === 'update' && staffUpdate.events.map((e) => e.event.type), ['booking', 'ticket'], 'staff see every number');
  for (const c of [peer, peer2, staffPeer]) c.close();
  hall.close();
  consultant.close();
});

test('the snapshot has the keys the document and the contract name, staff keys only for staff', async ({ d, head }) => {
  const contract = JSON.parse(readFileSync(new URL('../../docs/contract/contract.json', import.meta.url), 'utf8'));
  const schema = contract.definitions.snapshot as { properties: Record<string, unknown>; required: string[] };
  const hall = await ready(client(d, { role: 'display' }));
  const publicKeys = Object.keys(hall.view!).sort();
  const staffKeys = Object.keys(head.view!).sort();
  // `rating` is there when the office switched ratings on (the demo does), for every screen: its window and reasons.
  assert.ok(d.service.config.rating.enabled, 'the demo rates visits');
  // `reception` likewise when the office configured the management's reception hours (the demo does).
  assert.ok(d.service.config.reception.hours.length > 0, 'the demo publishes reception hours');
  const required = [...schema.required, 'rating', 'reception'];
  assert.equal(publicKeys, [...required].sort(), 'a public snapshot has exactly the required keys, the rating the office switched on and its reception days');
  // Every key but `hall`, which only a hall display's snapshot has (its hello named a hall).
  assert.equal(staffKeys, Object.keys(schema.properties).filter((k) => k !== 'hall').sort(), 'a staff snapshot has every key');
  const oneHall = await ready(client(d, { role: 'display', hall: 'main' }));
  assert.equal(Object.keys(oneHall.view!).sort(), [...required, 'hall'].sort(), 'a hall display\'s snapshot adds the hall it shows');
  oneHall.close();
  assert.ok(typeof head.view!.now === 'number');
  // The staff snapshot carries the daemon's own alerts (none yet in a fresh office) and what orders the line.
  assert.equal(head.view!.alerts, []);
  assert.equal(head.view!.routing?.order, ['booked', 'priority', 'wait']);
  const doc = readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8');
  for (const key of Object.keys(schema.properties)) assert.ok(doc.includes(`| \`${key}\` |`), `docs/protocol.md describes the snapshot's "${key}"`);
  hall.close();
});

test.run();
