// The appeal journal through the real daemon: a visit card opened from the called ticket, repeat appeals,
// deadlines, search, the receipt and memo, phone consultations, the audit trail, retention, access by
// role, and the statistics checked against figures worked out by hand for a small office week.
import { spawn } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RawPeer, client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { ClientError, type QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { Appeal, AppealInput } from '../../queue-core/src/journal/types.ts';
import type { ReportTable } from '../../queue-core/src/journal/stats.ts';

const DAY = 86_400_000;
const TOKEN = 'demo-intake-token-0123456789';
const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };

interface Ctx { d: TestDaemon; clock: { t: number }; kiosk: QueueClient; op: QueueClient; head: QueueClient }
const J = suite<Ctx>('appeal journal');

const petrov = { fullName: 'Петров Пётр Петрович', address: 'Иркутск, ул. Ленина, 1, кв. 5', passport: '2504 123456' };
const card = (over: Partial<AppealInput> = {}): AppealInput => ({
  citizen: petrov, category: 'pensioner', appealType: 'statement', reason: 'subsidy', result: 'accepted', documents: ['Заявление', 'Паспорт'], ...over,
});

async function refused(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ClientError) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** Issues, calls, starts and finishes one ticket at booth 1 at the given local times; returns the ticket. */
async function visit(ctx: Ctx, day: string, dir: string, issued: string, called: string, started?: string, finished?: string) {
  ctx.clock.t = at(day, issued);
  const { ticket } = await ctx.kiosk.request('issue', { directionId: dir });
  if (ctx.d.service.state.booths[1]!.status === 'closed') {
    // A new office day closed the booths overnight: the specialist signs in again in the morning.
    ctx.op.close();
    ctx.op = await ready(client(ctx.d, OPERATOR));
  }
  ctx.clock.t = at(day, called);
  await ctx.op.request('callTicket', { ticketId: ticket.id });
  if (!started) {
    ctx.clock.t += 5 * 60_000;
    await ctx.op.request('noShow', {});
    return ticket;
  }
  ctx.clock.t = at(day, started);
  await ctx.op.request('start', {});
  ctx.clock.t = at(day, finished!);
  await ctx.op.request('finish', { result: 'accepted' });
  return ticket;
}

J.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-11-23', '08:45') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => (c.journal = { retentionDays: 60 })) });
  ctx.kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
  ctx.op = await ready(client(ctx.d, OPERATOR));
  // The head's first report starts the statistics workers, whose TypeScript the test runner compiles at
  // start: over 15 s on a loaded machine (as in annual.test.ts and rating.test.ts).
  ctx.head = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }, { requestTimeoutMs: 120_000 }));
});

J.after.each(async (ctx) => {
  for (const c of [ctx.kiosk, ctx.op, ctx.head]) c.close();
  await ctx.d.stop();
});

J('the visit card is opened from the called ticket and a second visit within the period is a repeat', async (ctx) => {
  const first = await visit(ctx, '2026-11-23', 'certificates', '09:00', '09:10', '09:12', '09:27');
  const saved = await ctx.op.request('journalSave', { appeal: card({ ticketId: first.id }) });
  const a = saved.appeal;
  assert.is(a.id, 'J-20261123-0001');
  assert.is(a.ticketLabel, first.label);
  assert.is(a.staffId, 'ivanova');
  assert.is(a.booth, 1);
  assert.is(a.directionId, 'certificates');
  assert.is(a.at, at('2026-11-23', '09:10'), 'the visit is dated by its call');
  assert.is(a.dueAt, a.at + 10 * DAY, 'a statement is answered in ten days');
  assert.is(a.closedAt, null);
  assert.equal(saved.earlier, []);

  // Saving again for the same ticket corrects the one record of the visit.
  const again = await ctx.op.request('journalSave', { appeal: card({ ticketId: first.id, notes: 'исправлено' }) });
  assert.is(again.appeal.id, a.id);
  assert.is((await ctx.op.request('journalSearch', { text: 'петров' })).appeals.length, 1);

  const second = await visit(ctx, '2026-11-24', 'documents', '10:00', '10:06', '10:07', '10:27');
  const rep = await ctx.op.request('journalSave', { appeal: card({ ticketId: second.id, citizen: { ...petrov, passport: '25 04 123456' }, appealType: 'complaint', result: 'control' }) });
  assert.is(rep.appeal.id, 'J-20261124-0001');
  assert.equal(rep.appeal.repeatOf, [a.id], 'the same passport written differently is the same citizen');
  assert.equal(rep.earlier.map((e) => e.id), [a.id]);
  const got = await ctx.op.request('journalGet', { appealId: rep.appeal.id });
  assert.equal(got.earlier.map((e) => e.id), [a.id]);
  assert.is(got.appeal.citizen?.address, petrov.address);

  // Forty days on the citizen is new again.
  const third = await visit(ctx, '2027-01-05', 'consultation', '09:00', '09:01', '09:02', '09:05');
  const fresh = await ctx.op.request('journalSave', { appeal: card({ ticketId: third.id, appealType: 'consultation', result: 'explained' }) });
  assert.equal(fresh.appeal.repeatOf, []);
  assert.is(fresh.appeal.dueAt, null);
  assert.ok(fresh.appeal.closedAt !== null, 'an explained consultation is settled at the visit');
});

J('deadlines: due soon, overdue, closed; search by name or passport', async (ctx) => {
  ctx.clock.t = at('2026-11-23', '09:00');
  const s = (await ctx.op.request('journalSave', { appeal: card() })).appeal;
  const c = (await ctx.op.request('journalSave', { appeal: card({ citizen: { fullName: 'Сидорова Анна', address: '', passport: '' }, appealType: 'complaint', result: 'control' }) })).appeal;
  await ctx.op.request('journalSave', { appeal: card({ citizen: { fullName: 'Кузнецов Иван', address: '', passport: '2510 777888' }, appealType: 'proposal', result: 'filed' }) });
  let due = await ctx.op.request('journalDue', {});
  assert.equal([due.overdue.length, due.dueSoon.length, due.open], [0, 0, 2]);

  ctx.clock.t = at('2026-12-01', '12:00');
  due = await ctx.op.request('journalDue', {});
  assert.equal(due.dueSoon.map((a) => a.id), [s.id], 'the statement falls due on 3 December');
  ctx.clock.t = at('2026-12-04', '12:00');
  due = await ctx.op.request('journalDue', {});
  assert.equal(due.overdue.map((a) => a.id), [s.id]);
  const closed = await ctx.op.request('journalClose', { appealId: s.id, result: 'filed' });
  assert.is(closed.appeal.result, 'filed');
  assert.is(await refused(ctx.op.request('journalClose', { appealId: s.id })), 'APPEAL_CLOSED');
  ctx.clock.t = at('2026-12-24', '12:00');
  due = await ctx.op.request('journalDue', {});
  assert.equal([due.overdue.map((a) => a.id), due.open], [[c.id], 1]);

  assert.equal((await ctx.op.request('journalSearch', { text: 'СИДОРОВА' })).appeals.map((a) => a.id), [c.id]);
  assert.equal((await ctx.op.request('journalSearch', { text: '777 888' })).appeals.map((a) => a.citizen?.fullName), ['Кузнецов Иван']);
  assert.equal((await ctx.op.request('journalSearch', { text: '%' })).appeals, [], 'LIKE wildcards are taken literally');
  assert.is((await ctx.op.request('journalSearch', { from: '2026-11-23', to: '2026-11-23' })).appeals.length, 3);
});

J('a save repeated with the same idempotency key is answered again and written once', async (ctx) => {
  const peer = await RawPeer.open(ctx.d.ws);
  peer.send({ id: 1, type: 'hello', protocol: 1, role: 'integration', token: TOKEN });
  await peer.answer(1);
  const frame = { type: 'journalSave', key: 'intake-retry-0001', appeal: card({ staffId: 'petrova' }) };
  peer.send({ id: 2, ...frame });
  const first = (await peer.answer(2)) as any;
  peer.send({ id: 3, ...frame });
  const again = (await peer.answer(3)) as any;
  assert.is(first.type, 'result');
  assert.equal(again.data, first.data);
  assert.is((await ctx.head.request('journalSearch', { text: 'Петров' })).appeals.length, 1);
  peer.send({ id: 4, ...frame, key: 'intake-retry-0002' });
  assert.is(((await peer.answer(4)) as any).data.appeal.id, 'J-20261123-0002', 'another key is another record');
  peer.close();
});

J('bad journal input is refused with the field named, and nothing is written', async (ctx) => {
  assert.is(await refused(ctx.op.request('journalSave', { appeal: card({ reason: 'lottery' }) })), 'REASON_NOT_FOUND');
  assert.is(await refused(ctx.op.request('journalSave', { appeal: card({ ticketId: '2026-11-23/certificates/999' }) })), 'TICKET_NOT_FOUND');
  assert.is(await refused(ctx.op.request('journalSave', { appeal: { ...card(), category: 'astronaut' } as never })), 'BAD_REQUEST');
  assert.is(await refused(ctx.op.request('journalSave', { appeal: card({ citizen: { ...petrov, fullName: '  ' } }) })), 'BAD_REQUEST');
  assert.is(await refused(ctx.op.request('journalSave', { appeal: card({ id: 'J-20991231-0001' }) })), 'APPEAL_NOT_FOUND');
  assert.is(await refused(ctx.op.request('journalSearch', { from: '2026-12-01', to: '2026-11-01' })), 'BAD_REQUEST');
  assert.is((await ctx.op.request('journalSearch', {})).appeals.length, 0);
  assert.is(ctx.d.service.state.day, '2026-11-23', 'the daemon is still working');
});

J('the receipt and the memo print from the record; a missing list is a clear refusal', async (ctx) => {
  ctx.clock.t = at('2026-11-23', '11:00');
  const a = (await ctx.op.request('journalSave', { appeal: card({ result: 'returned', documents: [], missingDocuments: ['Справка о составе семьи', 'Выписка из ЕГРН'] }) })).appeal;
  const memo = await ctx.op.request('journalDocument', { appealId: a.id, kind: 'memo' });
  assert.match(memo.html, 'Справка о составе семьи');
  assert.match(memo.html, 'Иванова Мария Петровна');
  assert.match(memo.html, 'Субсидии');
  assert.is(await refused(ctx.op.request('journalDocument', { appealId: a.id, kind: 'receipt' })), 'NOTHING_TO_PRINT');
  const en = await ctx.op.request('journalDocument', { appealId: a.id, kind: 'memo', lang: 'en' });
  assert.match(en.html, 'Housing subsidies');
});

J('phone consultations are logged with the specialist and listed by day', async (ctx) => {
  ctx.clock.t = at('2026-11-23', '10:15');
  const p = (await ctx.op.request('phoneSave', { consultation: { topic: 'Перерасчёт субсидии', result: 'Разъяснён порядок', caller: 'Смирнова' } })).consultation;
  assert.is(p.id, 'T-20261123-0001');
  assert.is(p.staffId, 'ivanova');
  assert.is(await refused(ctx.op.request('phoneSave', { consultation: { topic: ' ', result: '' } })), 'BAD_REQUEST');
  const list = await ctx.head.request('phoneList', { from: '2026-11-23', to: '2026-11-23' });
  assert.equal(list.consultations.map((x) => x.topic), ['Перерасчёт субсидии']);
});

J('every read and write of a record is audited with who, when and what', async (ctx) => {
  ctx.clock.t = at('2026-11-23', '09:30');
  const a = (await ctx.op.request('journalSave', { appeal: card() })).appeal;
  ctx.clock.t += 60_000;
  await ctx.head.request('journalGet', { appealId: a.id });
  await ctx.head.request('journalSearch', { text: 'Петров' });
  await ctx.op.request('journalDocument', { appealId: a.id, kind: 'receipt' });
  const log = (await ctx.head.request('auditLog', { from: '2026-11-23', to: '2026-11-23' })).entries;
  const lines = log.map((e) => `${e.actor} ${e.role} ${e.action} ${e.record?.split(' ')[0]}`).reverse();
  // A search is one line for what was asked, then one line per record it showed.
  assert.equal(lines, [`ivanova operator save ${a.id}`, `head supervisor read ${a.id}`, 'head supervisor search "Петров"', `head supervisor search ${a.id}`, `ivanova operator document ${a.id}`]);
  assert.is(log.find((e) => e.action === 'read')!.at, at('2026-11-23', '09:31'));
});

J('personal data is erased after the retention period; the counts stay', async (ctx) => {
  ctx.clock.t = at('2026-11-23', '09:30');
  const a = (await ctx.op.request('journalSave', { appeal: card({ notes: 'телефон 8-900-000-00-00' }) })).appeal;
  await ctx.op.request('phoneSave', { consultation: { topic: 'Пособие', result: 'Разъяснено', caller: 'Смирнова', notes: 'перезвонить' } });
  ctx.clock.t = at('2027-01-20', '08:00'); // 58 days: kept
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  await ctx.d.journal.eraseExpired();
  assert.is((await ctx.head.request('journalGet', { appealId: a.id })).appeal.citizen?.fullName, petrov.fullName);
  ctx.clock.t = at('2027-01-23', '08:00'); // 61 days: erased on the day roll
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  const erased = await until(async () => { const r = await ctx.head.request('journalGet', { appealId: a.id }); return r.appeal.erasedAt ? r.appeal : null; }) as Appeal;
  assert.is(erased.citizen, null);
  assert.is(erased.notes, '');
  assert.equal((await ctx.head.request('journalSearch', { text: 'Петров' })).appeals, []);
  assert.is((await ctx.head.request('phoneList', { from: '2026-11-23', to: '2026-11-23' })).consultations[0]!.caller, '');
  assert.is(await refused(ctx.head.request('journalSave', { appeal: card({ id: a.id }) })), 'APPEAL_ERASED');
  const { report } = await ctx.head.request('stats', { from: '2026-11-01', to: '2026-11-30' });
  assert.equal([report.totals.appeals, report.totals.phones], [1, 1]);
});

J('statistics for a small week match the figures worked out by hand', async (ctx) => {
  // Monday 23 November, step by step in time order (the queue's clock never goes back):
  // t1 certificates 09:00 → called 09:10, served 09:12–09:27 (wait 10, service 15);
  // t2 documents 09:05 → called 09:30, served 09:31–09:41 (wait 25, service 10);
  // t3 certificates 09:20 → called 09:45, no-show (wait 25).
  const monday = async <T>(time: string, step: () => Promise<T>) => { ctx.clock.t = at('2026-11-23', time); return step(); };
  const t1 = (await monday('09:00', () => ctx.kiosk.request('issue', { directionId: 'certificates' }))).ticket;
  const t2 = (await monday('09:05', () => ctx.kiosk.request('issue', { directionId: 'documents' }))).ticket;
  await monday('09:10', () => ctx.op.request('callTicket', { ticketId: t1.id }));
  await monday('09:12', () => ctx.op.request('start', {}));
  const t3 = (await monday('09:20', () => ctx.kiosk.request('issue', { directionId: 'certificates' }))).ticket;
  await monday('09:27', () => ctx.op.request('finish', { result: 'accepted' }));
  await monday('09:30', () => ctx.op.request('callTicket', { ticketId: t2.id }));
  await monday('09:31', () => ctx.op.request('start', {}));
  await monday('09:41', () => ctx.op.request('finish', { result: 'accepted' }));
  await monday('09:45', () => ctx.op.request('callTicket', { ticketId: t3.id }));
  await monday('09:50', () => ctx.op.request('noShow', {}));
  await ctx.op.request('journalSave', { appeal: card({ ticketId: t1.id }) });
  await ctx.op.request('journalSave', { appeal: card({ ticketId: t2.id, citizen: { fullName: 'Орлова Нина', address: '', passport: '2501 000111' }, category: 'working', appealType: 'consultation', reason: 'benefits', result: 'explained' }) });
  ctx.clock.t = at('2026-11-23', '10:00');
  await ctx.op.request('phoneSave', { consultation: { topic: 'Субсидия', result: 'Разъяснено' } });
  // Tuesday 24 November.
  const t4 = await visit(ctx, '2026-11-24', 'certificates', '10:00', '10:06', '10:07', '10:27'); //  wait 6, service 20
  await ctx.op.request('journalSave', { appeal: card({ ticketId: t4.id, appealType: 'complaint', result: 'control' }) });
  // Outside the range: not counted.
  await visit(ctx, '2026-12-01', 'certificates', '09:00', '09:01', '09:02', '09:03');

  const { report } = await ctx.head.request('stats', { from: '2026-11-23', to: '2026-11-24' });
  assert.equal(report.totals, {
    days: 2, tickets: 4, served: 3, noShows: 1, unserved: 0, booked: 0, walkIn: 4,
    avgWaitMin: 16.5, avgServiceMin: 15, appeals: 3, repeats: 1, phones: 1,
    // The 15-minute norm: of the three served (waits 10, 25, 6) two were within it; the no-show С101 (25) breached it too.
    servedWithinNorm: 2, withinNormPct: 66.7, normBreaches: 2,
    ratings: 0, satisfiedPct: null, // no visit of this week was rated (the rating came later, in issue 17)
  });
  const table = (id: string) => report.tables.find((x: ReportTable) => x.id === id)!;
  const rows = (id: string) => Object.fromEntries(table(id).rows.map((r) => [r[0], Object.fromEntries(table(id).columns.slice(1).map((c, i) => [c, r[i + 1]]))]));
  assert.equal(rows('byHour'), { 9: { tickets: 3, appeals: 2, phones: 0, avgWaitMin: 20 }, 10: { tickets: 1, appeals: 1, phones: 1, avgWaitMin: 6 } });
  assert.equal(rows('byWeekday'), {
    1: { days: 1, tickets: 3, ticketsPerDay: 3, appeals: 2, phones: 1, avgWaitMin: 20 },
    2: { days: 1, tickets: 1, ticketsPerDay: 1, appeals: 1, phones: 0, avgWaitMin: 6 },
  });
  assert.equal(rows('byMonth')['2026-11'], { tickets: 4, served: 3, noShows: 1, booked: 0, appeals: 3, repeats: 1, phones: 1, avgWaitMin: 16.5, avgServiceMin: 15 });
  assert.equal(rows('byDirection'), {
    certificates: { tickets: 3, served: 2, noShows: 1, booked: 0, walkIn: 3, avgWaitMin: 13.7, avgServiceMin: 17.5, appeals: 2 },
    documents: { tickets: 1, served: 1, noShows: 0, booked: 0, walkIn: 1, avgWaitMin: 25, avgServiceMin: 10, appeals: 1 },
  });
  assert.equal(rows('byStaff'), { ivanova: { served: 3, noShows: 1, avgServiceMin: 15, appeals: 3, repeats: 1, phones: 1 } });
  const q = rows('byQuarter')['2026-Q4']!;
  assert.equal([q.appeals, q.repeats, q['type:statement'], q['type:consultation'], q['type:complaint'], q['category:pensioner'], q['category:working'], q['result:accepted'], q['result:explained'], q['result:control']],
    [3, 1, 1, 1, 1, 2, 1, 1, 1, 1]);
  assert.equal(rows('normByDay'), {
    '2026-11-23': { served: 2, withinNorm: 1, withinNormPct: 50, 'norm:certificates': 100, 'norm:documents': 0 },
    '2026-11-24': { served: 1, withinNorm: 1, withinNormPct: 100, 'norm:certificates': 100, 'norm:documents': null },
  });
  assert.equal(rows('normByMonth'), { '2026-11': { served: 3, withinNorm: 2, withinNormPct: 66.7, 'norm:certificates': 100, 'norm:documents': 0 } });
  // Each breach at the moment the norm was passed (issue + 15 min), with the cause seen then: one booth open, busy.
  assert.equal(table('normBreaches').columns, ['day', 'time', 'ticket', 'direction', 'booked', 'normMin', 'cause', 'causeBooths', 'causeCount']);
  assert.equal(table('normBreaches').rows, [
    ['2026-11-23', '09:20', t2.label, 'documents', 0, 15, 'busy', '', 0],
    ['2026-11-23', '09:35', t3.label, 'certificates', 0, 15, 'busy', '', 0],
  ]);
  assert.equal(rows('byCategory'), { pensioner: { appeals: 2, repeats: 1, share: 66.7 }, working: { appeals: 1, repeats: 0, share: 33.3 } });
  assert.equal(rows('byReason'), { benefits: { appeals: 1, repeats: 0, share: 33.3 }, subsidy: { appeals: 2, repeats: 1, share: 66.7 } });
});

J('access: the kiosk and displays never reach the journal; operators do not read statistics', async (ctx) => {
  const display = await ready(client(ctx.d, { role: 'display' }));
  const consultant = await ready(client(ctx.d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const intake = await ready(client(ctx.d, { role: 'integration', token: TOKEN }));
  const requests = {
    journalSave: { appeal: card({ staffId: 'petrova' }) }, journalGet: { appealId: 'J-20261123-0001' }, journalSearch: { text: 'Петров' }, journalDue: {},
    journalClose: { appealId: 'J-20261123-0001' }, journalDocument: { appealId: 'J-20261123-0001', kind: 'receipt' }, phoneSave: { consultation: { topic: 'x', result: 'y', staffId: 'petrova' } },
    phoneList: { from: '2026-11-23', to: '2026-11-23' }, stats: { from: '2026-11-23', to: '2026-11-23' }, auditLog: { from: '2026-11-23', to: '2026-11-23' },
  } as const;
  const allowed: Record<string, string[]> = {
    kiosk: [], display: [],
    operator: ['journalSave', 'journalGet', 'journalSearch', 'journalDue', 'journalClose', 'journalDocument', 'phoneSave', 'phoneList'],
    consultant: ['journalSave', 'journalGet', 'journalSearch', 'journalDue', 'journalClose', 'journalDocument', 'phoneSave', 'phoneList'],
    integration: ['journalSave', 'journalGet', 'journalSearch', 'journalDue', 'journalClose', 'journalDocument', 'phoneSave', 'phoneList', 'stats'],
    supervisor: Object.keys(requests),
  };
  const clients: Record<string, QueueClient> = { kiosk: ctx.kiosk, display, operator: ctx.op, consultant, integration: intake, supervisor: ctx.head };
  ctx.clock.t = at('2026-11-23', '09:00');
  for (const [role, c] of Object.entries(clients)) {
    for (const [type, body] of Object.entries(requests)) {
      const outcome = await c.request(type as never, body as never).then(() => 'ok', (e: ClientError) => e.code);
      if (allowed[role]!.includes(type)) assert.is.not(outcome, 'ROLE_FORBIDDEN', `${role} may ${type}`);
      else assert.is(outcome, 'ROLE_FORBIDDEN', `${role} may not ${type}`);
    }
  }
  // The intake app writes for a named specialist, who must exist.
  const saved = await intake.request('journalSave', { appeal: card({ staffId: 'petrova', citizen: { fullName: 'Белова Ирина', address: '', passport: '' } }) });
  assert.is(saved.appeal.staffId, 'petrova');
  assert.is(await refused(intake.request('journalSave', { appeal: card() })), 'BAD_REQUEST');
  assert.is(await refused(intake.request('journalSave', { appeal: card({ staffId: 'nobody' }) })), 'STAFF_NOT_FOUND');
  const trail = (await ctx.head.request('auditLog', { from: '2026-11-23', to: '2026-11-23' })).entries;
  assert.ok(trail.some((e) => e.actor === 'integration:intake-demo' && e.action === 'save' && e.record === saved.appeal.id), 'the intake app is named in the audit');
  // Public snapshots carry no journal configuration; the display saw no journal data at all.
  assert.is((display.view as any).reasons, undefined);
  assert.ok(Array.isArray((ctx.op.view as any).reasons));
  for (const c of [display, consultant, intake]) c.close();
});

J('the intake app hears every call as it happens', async (ctx) => {
  const intake = await ready(client(ctx.d, { role: 'integration', token: TOKEN }));
  ctx.clock.t = at('2026-11-23', '09:00');
  const { ticket } = await ctx.kiosk.request('issue', { directionId: 'certificates' });
  await ctx.op.request('callTicket', { ticketId: ticket.id });
  const called = await until(() => intake.view?.tickets.find((t) => t.id === ticket.id && t.state === 'called'));
  assert.is(called.booth, 1);
  assert.is((called as any).staffId, 'ivanova', 'the intake app sees who called');
  intake.close();
});

J.run();

// The example intake app of docs/protocol.md, run as a separate process against a real daemon.
const example = suite<{ d: TestDaemon }>('intake example');
example.before(async (ctx) => {
  ctx.d = await testDaemon();
});
example.after(async (ctx) => ctx.d.stop());
example('the example intake client writes, reads and reports against the daemon', async ({ d }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, OPERATOR));
  const { ticket } = await kiosk.request('issue', { directionId: 'documents' });
  await op.request('callTicket', { ticketId: ticket.id });
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/intake-example.ts', '--url', d.ws, '--staff', 'sidorov', '--exit'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  const code = await new Promise((r) => child.on('exit', r));
  assert.is(code, 0, out);
  assert.match(out, 'signed in as integration');
  assert.match(out, new RegExp(`saved J-\\d{8}-0001 for ticket ${ticket.label}`));
  assert.match(out, 'read back: Иванов Иван Иванович');
  assert.match(out, /this month: 1 tickets, 1 journal records/);
  const saved = await d.journal.store.appealOfTicket(ticket.id);
  assert.is(saved?.staffId, 'sidorov');
  kiosk.close();
  op.close();
});
example.run();
