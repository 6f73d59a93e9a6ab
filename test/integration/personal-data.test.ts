// Personal data through the real daemon: every record a list showed is named in the audit, a repeated
// save is audited as a read, bookings (a citizen's name and phone) are audited and erased by retention
// like visits, a phone call's free text goes with its caller, a key reused for another request is refused,
// and ids such as `__proto__` never find anything.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RawPeer, client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { ClientError, type QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { AppealInput, AuditEntry } from '../../queue-core/src/journal/types.ts';

const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };
const HEAD = { role: 'supervisor' as const, staffId: 'head', pin: '9999' };
const CONSULTANT = { role: 'consultant' as const, staffId: 'consultant', pin: '5555' };
const DAY = '2026-11-24';

interface Ctx { d: TestDaemon; clock: { t: number }; op: QueueClient; head: QueueClient }
const P = suite<Ctx>('personal data');

const card = (fullName: string, over: Partial<AppealInput> = {}): AppealInput => ({
  citizen: { fullName, address: 'Иркутск, ул. Ленина, 1', passport: '' }, category: 'pensioner', appealType: 'statement', reason: 'subsidy', result: 'accepted', ...over,
});

async function code(p: Promise<unknown>): Promise<string> {
  return p.then(() => 'ok', (e) => {
    if (e instanceof ClientError) return e.code;
    throw e;
  });
}

async function trail(ctx: Ctx, day = DAY): Promise<AuditEntry[]> {
  return (await ctx.head.request('auditLog', { from: day, to: day, limit: 1000 })).entries.reverse();
}

/** A raw session, for frames with a key of our choosing. */
async function rawSession(d: TestDaemon, hello: object): Promise<RawPeer & { ask(id: number, frame: object): Promise<any> }> {
  const peer = await RawPeer.open(d.ws);
  peer.send({ id: 0, type: 'hello', protocol: 1, ...hello });
  const a = await peer.answer(0);
  assert.is(a.type, 'result', JSON.stringify(a));
  return Object.assign(peer, {
    async ask(id: number, frame: object) {
      peer.send({ id, ...frame });
      return peer.answer(id);
    },
  });
}

P.before.each(async (ctx) => {
  ctx.clock = { t: at(DAY, '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => (c.journal = { retentionDays: 60 })) });
  ctx.op = await ready(client(ctx.d, OPERATOR));
  ctx.head = await ready(client(ctx.d, HEAD));
});

P.after.each(async (ctx) => {
  for (const c of [ctx.op, ctx.head]) c.close();
  await ctx.d.stop();
});

P('a search that shows 200 records names every one of them in the audit', async (ctx) => {
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) ids.push((await ctx.op.request('journalSave', { appeal: card(`Петров Пётр ${i}`) })).appeal.id);
  const { appeals } = await ctx.head.request('journalSearch', { text: 'Петров', limit: 200 });
  assert.is(appeals.length, 200);
  const searched = (await trail(ctx)).filter((e) => e.action === 'search' && e.actor === 'head');
  assert.is(searched[0]!.record, '"Петров" .. → 200', 'one line says what was asked');
  assert.equal(searched.slice(1).map((e) => e.record).sort(), [...ids].sort(), 'then one line per record shown');
});

P('deadline and phone lists name each record shown, not a count', async (ctx) => {
  const due = (await ctx.op.request('journalSave', { appeal: card('Сидорова Анна', { appealType: 'certificate' }) })).appeal; // due in a day
  const phone = (await ctx.op.request('phoneSave', { consultation: { topic: 'Субсидия', result: 'Разъяснено', caller: 'Смирнова' } })).consultation;
  const list = await ctx.head.request('journalDue', {});
  assert.equal(list.dueSoon.map((a) => a.id), [due.id]);
  await ctx.head.request('phoneList', { from: DAY, to: DAY });
  const lines = (await trail(ctx)).filter((e) => e.actor === 'head').map((e) => `${e.action} ${e.record}`);
  assert.equal(lines, ['search deadlines → 1', `search ${due.id}`, `phone-read ${DAY}..${DAY} → 1`, `phone-read ${phone.id}`]);
});

P('a journalSave repeated with the same key is audited as a read of the record it returns', async (ctx) => {
  const peer = await rawSession(ctx.d, OPERATOR);
  const frame = { type: 'journalSave', key: 'card-key-0001', appeal: card('Орлова Нина') };
  const first = await peer.ask(1, frame);
  ctx.clock.t += 60_000;
  const again = await peer.ask(2, frame);
  assert.equal(again.data, first.data, 'the first answer');
  const id = first.data.appeal.id;
  const lines = (await trail(ctx)).filter((e) => e.record === id).map((e) => `${e.actor} ${e.action} ${e.at - at(DAY, '09:00')}`);
  assert.equal(lines, ['ivanova save 0', 'ivanova read 60000']);
  peer.close();
});

P('a key reused with another body is refused with KEY_REUSED, for queue commands and journal saves alike', async (ctx) => {
  const kiosk = await rawSession(ctx.d, { role: 'kiosk' });
  const issued = await kiosk.ask(1, { type: 'issue', key: 'tap-key-0001', directionId: 'documents' });
  assert.is(issued.data.ticket.label, 'Д100');
  assert.equal((await kiosk.ask(2, { type: 'issue', key: 'tap-key-0001', directionId: 'documents' })).data, issued.data, 'a retry gets the first answer');
  const other = await kiosk.ask(3, { type: 'issue', key: 'tap-key-0001', directionId: 'certificates' });
  assert.is(other.type === 'error' && other.error.code, 'KEY_REUSED');
  assert.equal([...ctx.d.service.state.tickets.values()].map((t) => t.label), ['Д100'], 'nothing was issued for it');

  const op = await rawSession(ctx.d, { ...OPERATOR, booth: 2 });
  const first = await op.ask(1, { type: 'journalSave', key: 'card-key-0002', appeal: card('Белова Ирина') });
  const second = await op.ask(2, { type: 'journalSave', key: 'card-key-0002', appeal: card('Ким Виктор') });
  assert.is(second.type === 'error' && second.error.code, 'KEY_REUSED');
  const { appeals } = await ctx.head.request('journalSearch', { text: 'Ким' });
  assert.is(appeals.length, 0, 'the second card was not taken for the first');
  assert.is((await ctx.head.request('journalGet', { appealId: first.data.appeal.id })).appeal.citizen!.fullName, 'Белова Ирина');
  kiosk.close();
  op.close();
});

P('bookings shown to staff and changed by them are audited; retention erases their names and phones', async (ctx) => {
  const consultant = await ready(client(ctx.d, CONSULTANT));
  const { slots } = await consultant.request('slots', { directionId: 'documents', day: DAY });
  const free = slots.filter((s) => s.free > 0 && s.at >= at(DAY, '10:00'));
  const { booking } = await consultant.request('book', { directionId: 'documents', at: free[0]!.at, citizenName: 'Очирова Сэсэг', phone: '+7 914 123-45-67' });
  await consultant.request('moveBooking', { bookingId: booking.id, at: free[1]!.at });
  // A specialist at a booth is shown when bookings are, not whose (nothing to audit); the head's new session
  // is shown the citizens, and that is audited.
  const booth = await ready(client(ctx.d, { ...OPERATOR, staffId: 'petrova', pin: '2222', booth: 2 }));
  const seen = booth.view!.bookings!.find((b) => b.id === booking.id)!;
  assert.equal([seen.at, seen.citizenName, seen.phone, seen.code], [free[1]!.at, '', '', ''], 'a booth specialist sees the time only');
  const later = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  assert.ok(later.view!.bookings!.some((b) => b.id === booking.id), 'the new session was shown the booking');
  const lines = (await trail(ctx)).filter((e) => e.record === booking.id).map((e) => `${e.actor} ${e.action}`);
  assert.equal(lines, ['consultant booking-save', 'consultant booking-save', 'head booking-read']);

  // 61 days on, the new office day's retention erases the booking's citizen, as it does a visit's.
  ctx.clock.t = at('2027-01-24', '08:00');
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  await ctx.d.journal.eraseExpired();
  const row = ctx.d.service.store.db.get<{ body: string; erased_at: number | null }>('SELECT body, erased_at FROM bookings WHERE id = ?', [booking.id])!;
  const kept = JSON.parse(row.body);
  assert.equal([kept.citizenName, kept.phone, kept.directionId, row.erased_at], ['', '', 'documents', ctx.clock.t]);
  for (const c of [consultant, booth, later]) c.close();
});

P("a phone consultation's topic, result, caller and notes are erased by retention", async (ctx) => {
  await ctx.op.request('phoneSave', { consultation: { topic: 'Субсидия Смирновой на ул. Ленина', result: 'Перезвонить ей 25-го', caller: 'Смирнова', notes: 'муж инвалид' } });
  ctx.clock.t = at('2027-01-24', '08:00');
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  await ctx.d.journal.eraseExpired();
  const [c] = (await ctx.head.request('phoneList', { from: DAY, to: DAY })).consultations;
  assert.equal([c!.topic, c!.result, c!.caller, c!.notes], ['', '', '', '']);
  assert.ok(c!.erasedAt);
});

P('ids such as __proto__ or constructor find nothing, in every request that takes an id', async (ctx) => {
  const consultant = await ready(client(ctx.d, CONSULTANT));
  const kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    const asked: Array<[string, () => Promise<unknown>, string[]]> = [
      ['callTicket', () => ctx.op.request('callTicket', { ticketId: id }), ['TICKET_NOT_FOUND']],
      ['reprint', () => ctx.head.request('reprint', { ticketId: id }), ['TICKET_NOT_FOUND']],
      ['moveBooking', () => consultant.request('moveBooking', { bookingId: id, at: at(DAY, '11:00') }), ['BOOKING_NOT_FOUND']],
      ['cancelBooking', () => consultant.request('cancelBooking', { bookingId: id }), ['BOOKING_NOT_FOUND']],
      ['issue', () => kiosk.request('issue', { directionId: id }), ['DIRECTION_NOT_FOUND']],
      ['issue priority', () => kiosk.request('issue', { directionId: 'documents', priority: id }), ['PRIORITY_NOT_FOUND']],
      ['slots', () => consultant.request('slots', { directionId: id, day: DAY }), ['DIRECTION_NOT_FOUND']],
      ['book', () => consultant.request('book', { directionId: id, at: at(DAY, '11:00'), citizenName: 'X', phone: '1' }), ['DIRECTION_NOT_FOUND']],
      ['transfer', () => ctx.op.request('transfer', { toDirection: id }), ['DIRECTION_NOT_FOUND', 'BOOTH_IDLE']],
      ['finish', () => ctx.op.request('finish', { result: id }), ['RESULT_NOT_FOUND', 'BOOTH_IDLE']],
      ['checkIn', () => kiosk.request('checkIn', { code: id }), ['BAD_REQUEST', 'BOOKING_NOT_FOUND']],
      ['journalGet', () => ctx.head.request('journalGet', { appealId: id }), ['APPEAL_NOT_FOUND']],
      ['journalClose', () => ctx.head.request('journalClose', { appealId: id }), ['APPEAL_NOT_FOUND']],
      ['journalDocument', () => ctx.head.request('journalDocument', { appealId: id, kind: 'receipt' }), ['APPEAL_NOT_FOUND']],
      ['journalSave ticketId', () => ctx.op.request('journalSave', { appeal: card('Петров', { ticketId: id }) }), ['TICKET_NOT_FOUND']],
      ['journalSave id', () => ctx.op.request('journalSave', { appeal: card('Петров', { id }) }), ['APPEAL_NOT_FOUND']],
      ['journalSave reason', () => ctx.op.request('journalSave', { appeal: card('Петров', { reason: id }) }), ['REASON_NOT_FOUND']],
      ['alertAck', () => ctx.head.request('alertAck', { alertId: id }), ['ALERT_NOT_FOUND']],
    ];
    for (const [what, p, expected] of asked) {
      const got = await code(p());
      assert.ok(expected.includes(got), `${what} with ${id}: expected ${expected.join(' or ')}, got ${got}`);
    }
    const staff = client(ctx.d, { role: 'operator', staffId: id, pin: '1111', booth: 3 });
    const refusal = await ready(staff).then(() => null, (e: { code: string }) => e);
    staff.close();
    assert.is(refusal?.code, 'LOGIN_FAILED', `hello as ${id} is refused`);
  }
  assert.is((await kiosk.request('issue', { directionId: 'documents' })).ticket.label, 'Д101', 'the daemon goes on');
  for (const c of [consultant, kiosk]) c.close();
});

P.run();
