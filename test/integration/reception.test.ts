// Reception by the management through the real daemon and its SQLite file: the consultant books citizens
// into the head's reception (refused without an appeal the service considered the question in, and a
// taken slot refused), moves and cancels; the day's materials are read and printed; the head's decision
// goes under control, turns overdue (an alert) and comes off control "to the file"; roles, the public
// screens' reception days without personal data, the audit trail, retention and the log rebuilt.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { client, demo, ready, testDaemon, refusal, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';
import { ReceptionStore } from '../../queue-core/src/store/reception-store.ts';

const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };
const CONSULTANT = { role: 'consultant' as const, staffId: 'consultant', pin: '5555' };
const HEAD = { role: 'supervisor' as const, staffId: 'head', pin: '9999' };
const WHO = { ru: 'Начальник управления Иванова И. И.', uk: 'Начальник управління Іванова І. І.' };

interface Ctx { d: TestDaemon; clock: { t: number }; op: QueueClient; cons: QueueClient; head: QueueClient; kiosk: QueueClient }
const R = suite<Ctx>('reception by the management');

const card = (fullName: string): AppealInput => ({
  citizen: { fullName, address: 'г. Улан-Удэ, ул. Ленина, 1', passport: '8104 123456' }, category: 'pensioner', appealType: 'complaint', reason: 'subsidy', result: 'review',
});
const booking = (appealIds: string[], time = '10:00', fullName = 'Петров Пётр Петрович') => ({
  day: '2026-12-08', session: 0, time, citizen: { fullName, phone: '+7 914 123-45-67' }, question: 'Отказ в субсидии на оплату ЖКУ', appealIds, caseFiles: [] as string[],
});

R.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-12-02', '09:00') };
  ctx.d = await testDaemon({
    now: () => ctx.clock.t,
    config: demo((c) => {
      c.journal = { retentionDays: 30 };
      c.reception = { hours: [{ who: WHO, weekday: 'tue', weeks: [2], hours: '10:00-12:00', slotMinutes: 15 }] };
    }),
  });
  ctx.op = await ready(client(ctx.d, OPERATOR));
  ctx.cons = await ready(client(ctx.d, CONSULTANT));
  ctx.head = await ready(client(ctx.d, HEAD));
  ctx.kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
});

R.after.each(async (ctx) => {
  for (const c of [ctx.op, ctx.cons, ctx.head, ctx.kiosk]) c.close();
  await ctx.d.stop();
});

R('a booking needs an appeal the service considered the question in; a taken slot is refused; cancel frees it, move keeps one citizen a slot', async (ctx) => {
  const considered = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович') })).appeal;
  const none = await refusal(ctx.cons.request('receptionBook', { booking: booking([]) }));
  assert.is(none.code, 'NOT_CONSIDERED');
  assert.match(none.message, 'considered');
  // The office's words, also by field, for the booking form to show next to the appeals field.
  const notConsidered = 'Укажите обращение из журнала, в котором вопрос рассмотрен: на приём к руководству записывают после того, как вопрос рассмотрела служба.';
  assert.is(none.details?.text, notConsidered);
  assert.equal(none.details?.fields, { 'booking.appealIds': notConsidered });
  const unknown = await refusal(ctx.cons.request('receptionBook', { booking: booking(['J-20990101-0001']) }));
  assert.is(unknown.code, 'APPEAL_NOT_FOUND', 'a number the journal does not have is not "no appeal given"');
  assert.is(unknown.details?.text, 'Обращения J-20990101-0001 нет в журнале. Проверьте номер (вида J-20261202-0001).');
  assert.equal(unknown.details?.fields, { 'booking.appealIds': 'Обращения J-20990101-0001 нет в журнале. Проверьте номер (вида J-20261202-0001).' });
  const first = (await ctx.cons.request('receptionBook', { booking: booking([considered.id]) })).booking;
  assert.equal([first.id, first.day, first.time, first.citizen, first.appealIds, first.caseFiles, first.state, first.bookedBy],
    ['R-20261208-1', '2026-12-08', '10:00', { fullName: 'Петров Пётр Петрович', phone: '+7 914 123-45-67' }, [considered.id], [], 'booked', 'consultant']);
  const other = (await ctx.op.request('journalSave', { appeal: card('Сидорова Ольга Викторовна') })).appeal;
  assert.is((await refusal(ctx.head.request('receptionBook', { booking: booking([other.id], '10:00', 'Сидорова Ольга Викторовна') }))).code, 'SLOT_TAKEN');
  assert.is((await refusal(ctx.cons.request('receptionBook', { booking: { ...booking([other.id]), day: '2026-12-09' } }))).code, 'NOT_A_RECEPTION_DAY');
  assert.is((await refusal(ctx.cons.request('receptionBook', { booking: booking([other.id], '10:05') }))).code, 'NOT_A_SLOT');
  const second = (await ctx.head.request('receptionBook', { booking: booking([other.id], '10:15', 'Сидорова Ольга Викторовна') })).booking;
  assert.is(second.id, 'R-20261208-2');
  // Moving into a taken slot is refused; into a free one it goes, and its old slot is free again.
  assert.is((await refusal(ctx.cons.request('receptionMove', { bookingId: second.id, day: '2026-12-08', session: 0, time: '10:00' }))).code, 'SLOT_TAKEN');
  assert.is((await ctx.cons.request('receptionMove', { bookingId: second.id, day: '2026-12-08', session: 0, time: '11:45' })).booking.time, '11:45');
  assert.is((await ctx.cons.request('receptionCancel', { bookingId: first.id })).booking.state, 'cancelled');
  const third = (await ctx.cons.request('receptionBook', { booking: booking([considered.id], '10:00', 'Петров Пётр Петрович') })).booking;
  assert.is(third.id, 'R-20261208-3', 'the freed slot is booked again, under a new number');
  const { sessions, bookings } = await ctx.cons.request('receptionSchedule', { from: '2026-12-01', to: '2026-12-31' });
  assert.equal(sessions.map((s) => [s.day, s.from, s.to, s.slots.length]), [['2026-12-08', '10:00', '12:00', 8]]);
  assert.equal(sessions[0]!.slots.filter((s) => s.bookingId).map((s) => [s.time, s.bookingId]), [['10:00', third.id], ['11:45', second.id]]);
  assert.equal(bookings.map((b) => [b.id, b.state]), [[first.id, 'cancelled'], [third.id, 'booked'], [second.id, 'booked']]);
  // The materials: the booked citizens with the appeals their questions were considered in.
  const m = await ctx.head.request('receptionMaterials', { day: '2026-12-08' });
  assert.equal(m.bookings.map((b) => b.id), [third.id, second.id]);
  assert.equal(m.appeals.map((a) => [a.id, a.appealType, a.result]).sort(), [[considered.id, 'complaint', 'review'], [other.id, 'complaint', 'review']].sort());
  const paper = (await ctx.head.request('receptionPrint', { day: '2026-12-08', lang: 'uk' })).html;
  assert.match(paper, 'Матеріали до особистого прийому громадян керівництвом');
  assert.match(paper, 'Начальник управління Іванова І. І.');
  assert.match(paper, /10:00 — Петров Пётр Петрович/);
  assert.match(paper, `${considered.id} — 02.12.2026, Скарга, Субсидії: Направлено на розгляд`);
  assert.match(paper, /size: A4/);
  assert.not.match(paper, /Петров Пётр Петрович[\s\S]*Петров Пётр Петрович[\s\S]*Петров/, 'the cancelled booking is not in the materials');
  const slip = (await ctx.cons.request('receptionPrint', { bookingId: second.id })).html;
  assert.match(slip, 'Приглашение на личный приём к руководству');
  assert.match(slip, '08.12.2026, 11:45');
  assert.match(slip, /size: A5/);
  assert.is((await refusal(ctx.cons.request('receptionPrint', {}))).code, 'BAD_REQUEST');
  // Every booking and every read of the names is in the audit trail.
  const trail = (await ctx.head.request('auditLog', { from: '2026-12-02', to: '2026-12-02' })).entries.map((e) => `${e.actor} ${e.action} ${e.record}`);
  for (const line of [`consultant reception-save ${first.id}`, `head reception-save ${second.id}`, `consultant reception-save ${second.id} moved`, `consultant reception-save ${first.id} cancelled`,
    `consultant reception-read ${third.id}`, `head reception-read reception materials 2026-12-08 → 2`, 'head document reception materials 2026-12-08', `consultant document ${second.id}`]) {
    assert.ok(trail.includes(line), `${line} in\n${trail.join('\n')}`);
  }
});

R('only the consultant and the head book; only the head decides; the kiosk sees the reception days and no name; bad input is refused in words', async (ctx) => {
  const considered = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович') })).appeal;
  assert.is((await refusal(ctx.op.request('receptionBook', { booking: booking([considered.id]) }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.kiosk.request('receptionSchedule', { from: '2026-12-01', to: '2026-12-31' }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.op.request('receptionControl', {}))).code, 'ROLE_FORBIDDEN');
  const b = (await ctx.cons.request('receptionBook', { booking: booking([considered.id]) })).booking;
  assert.is((await refusal(ctx.cons.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать' }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать' }))).code, 'RECEPTION_STATE', 'not before the reception day');
  assert.is((await refusal(ctx.cons.request('receptionBook', { booking: { ...booking([considered.id], '10:30'), citizen: { fullName: '   ' } } }))).code, 'BAD_REQUEST');
  assert.is((await refusal(ctx.cons.request('receptionBook', { booking: { ...booking([considered.id], '10:30'), day: '2026-02-30' } }))).code, 'BAD_REQUEST');
  assert.is((await refusal(ctx.cons.request('receptionCancel', { bookingId: 'R-20990101-1' }))).code, 'RECEPTION_NOT_FOUND');
  // The kiosk's snapshot publishes who receives and when, and nothing of the citizens booked.
  const published = ctx.kiosk.view!.reception!;
  assert.equal(published.map((s) => [s.day, s.from, s.to, s.who.ru]), [['2026-12-08', '10:00', '12:00', WHO.ru], ['2027-01-12', '10:00', '12:00', WHO.ru], ['2027-02-09', '10:00', '12:00', WHO.ru]]);
  const kioskSees = JSON.stringify(ctx.kiosk.view);
  assert.not.match(kioskSees, 'Петров Пётр');
  assert.not.match(kioskSees, 'субсиди');
  assert.not.match(kioskSees, b.id);
  // Nothing was lost: the booking is there.
  assert.is((await ctx.cons.request('receptionSchedule', { from: '2026-12-08', to: '2026-12-08' })).bookings.length, 1);
});

R('a decision under control turns overdue the day after its deadline (an alert for the head) and comes off control "to the file"', async (ctx) => {
  const considered = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович') })).appeal;
  const b = (await ctx.cons.request('receptionBook', { booking: booking([considered.id]) })).booking;
  const kuznetsov = (await ctx.op.request('journalSave', { appeal: card('Кузнецов Иван') })).appeal;
  const plain = (await ctx.cons.request('receptionBook', { booking: booking([kuznetsov.id], '10:15', 'Кузнецов Иван') })).booking;
  ctx.clock.t = at('2026-12-08', '11:00');
  assert.is((await refusal(ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать', control: { deadline: '2026-12-20', responsible: 'nobody' } }))).code, 'STAFF_NOT_FOUND');
  const decided = (await ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать субсидию с сентября', control: { deadline: '2026-12-20', responsible: 'petrova' } })).booking;
  assert.equal(decided.decision!.control, { deadline: '2026-12-20', responsible: 'petrova', doneAt: null, doneBy: null, note: '' });
  await ctx.head.request('receptionDecide', { bookingId: plain.id, decision: 'Разъяснено на приёме' });
  assert.is((await refusal(ctx.cons.request('receptionCancel', { bookingId: b.id }))).code, 'RECEPTION_STATE', 'a received citizen is not cancelled');
  let list = await ctx.head.request('receptionControl', { state: 'on-control' });
  assert.equal([list.items.map((i) => [i.id, i.control]), list.counts], [[[b.id, 'on-control']], { onControl: 1, overdue: 0, done: 0 }]);
  // On the deadline day it is still in time; the day after it is overdue, and the head is warned.
  ctx.clock.t = at('2026-12-20', '17:00');
  await ctx.d.alerts.check();
  assert.not.ok(ctx.head.view!.alerts!.some((a) => a.kind === 'reception-overdue'));
  ctx.clock.t = at('2026-12-21', '09:00');
  await ctx.d.alerts.check();
  const alert = await until(() => ctx.head.view!.alerts!.find((a) => a.kind === 'reception-overdue'));
  assert.equal([alert.subject, alert.since], [b.id, at('2026-12-21', '00:00')]);
  assert.is(alert.message, `Приём руководства: решение по записи ${b.id} не исполнено в срок (до 20.12.2026), ответственный — Петрова Анна Сергеевна`);
  list = await ctx.head.request('receptionControl', { state: 'overdue' });
  assert.equal([list.items.map((i) => [i.id, i.control]), list.counts], [[[b.id, 'overdue']], { onControl: 0, overdue: 1, done: 0 }]);
  // Done: off control "to the file", with the date and who; the alert ends.
  const filed = (await ctx.cons.request('receptionDone', { bookingId: b.id, note: 'Перерасчёт выполнен, ответ направлен' })).booking;
  assert.equal([filed.decision!.control!.doneAt, filed.decision!.control!.doneBy], [at('2026-12-21', '09:00'), 'consultant']);
  await until(() => !ctx.d.alerts.open().some((a) => a.kind === 'reception-overdue'));
  assert.is((await refusal(ctx.cons.request('receptionDone', { bookingId: b.id }))).code, 'RECEPTION_STATE');
  assert.is((await refusal(ctx.cons.request('receptionDone', { bookingId: plain.id }))).code, 'RECEPTION_STATE', 'a decision without control has nothing to take off');
  list = await ctx.head.request('receptionControl', { state: 'done' });
  assert.equal([list.items.map((i) => [i.id, i.control]), list.counts], [[[b.id, 'done']], { onControl: 0, overdue: 0, done: 1 }]);
});

R('a decision put under control without its deadline is refused naming the field, in the office\'s words; nothing is recorded', async (ctx) => {
  const considered = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович') })).appeal;
  const b = (await ctx.cons.request('receptionBook', { booking: booking([considered.id]) })).booking;
  ctx.clock.t = at('2026-12-08', '11:00');
  const noDeadline = await refusal(ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать субсидию', control: { responsible: 'petrova' } }));
  assert.is(noDeadline.code, 'BAD_REQUEST');
  assert.equal(noDeadline.details?.problems, ['control.deadline: required']);
  assert.match(String(noDeadline.details?.text), /срок исполнения/);
  assert.is(noDeadline.details?.text, 'Укажите срок исполнения: без него решение нельзя поставить на контроль.');
  assert.equal(noDeadline.details?.fields, { 'control.deadline': 'Укажите срок исполнения: без него решение нельзя поставить на контроль.' });
  // Neither given: both fields named, the deadline first.
  const neither = await refusal(ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать субсидию', control: {} }));
  assert.equal(neither.details?.problems, ['control.deadline: required', 'control.responsible: required']);
  assert.match(String(neither.details?.text), /^Укажите срок исполнения.*Укажите ответственного/);
  // A deadline before the reception day is named by the same field.
  const early = await refusal(ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать субсидию', control: { deadline: '2026-12-01', responsible: 'petrova' } }));
  assert.equal([early.code, early.details?.problems], ['BAD_REQUEST', ['control.deadline: 2026-12-01 is before the reception day 2026-12-08']]);
  assert.is(early.details?.text, 'Срок исполнения не может быть раньше дня приёма (08.12.2026).');
  assert.is((await ctx.head.request('receptionMaterials', { day: '2026-12-08' })).bookings[0]!.decision, null, 'nothing recorded by the refusals');
  assert.is((await ctx.head.request('receptionControl', {})).items.length, 0);
});

R('the person responsible sees their own decisions on control in their own list, with deadlines and overdue marks; nobody else\'s', async (ctx) => {
  const appeal = async (name: string) => (await ctx.op.request('journalSave', { appeal: card(name) })).appeal.id;
  const petrov = (await ctx.cons.request('receptionBook', { booking: booking([await appeal('Петров Пётр Петрович')]) })).booking;
  const kuz = (await ctx.cons.request('receptionBook', { booking: booking([await appeal('Кузнецов Иван')], '10:15', 'Кузнецов Иван') })).booking;
  const sid = (await ctx.cons.request('receptionBook', { booking: booking([await appeal('Сидорова Ольга')], '10:30', 'Сидорова Ольга') })).booking;
  const petrova = await ready(client(ctx.d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2, directions: ['certificates'] }));
  try {
    ctx.clock.t = at('2026-12-08', '11:00');
    await ctx.head.request('receptionDecide', { bookingId: petrov.id, decision: 'Пересчитать субсидию', control: { deadline: '2026-12-20', responsible: 'petrova' } });
    await ctx.head.request('receptionDecide', { bookingId: kuz.id, decision: 'Запросить справку', control: { deadline: '2026-12-10', responsible: 'petrova' } });
    await ctx.head.request('receptionDecide', { bookingId: sid.id, decision: 'Разъяснить письменно', control: { deadline: '2026-12-15', responsible: 'ivanova' } });
    let mine = await petrova.request('receptionMine', {});
    assert.equal(mine.items.map((i) => [i.id, i.control, i.decision!.control!.deadline, i.because]), [
      [kuz.id, 'on-control', '2026-12-10', ['responsible']], [petrov.id, 'on-control', '2026-12-20', ['responsible']],
    ]);
    assert.equal(mine.counts, { onControl: 2, overdue: 0 });
    assert.equal((await ctx.op.request('receptionMine', {})).items.map((i) => i.id), [sid.id], "ivanova's own only");
    assert.equal((await ctx.cons.request('receptionMine', {})).items, [], 'the consultant answers for none');
    // The day after a deadline it is marked overdue; once filed it leaves the list.
    ctx.clock.t = at('2026-12-11', '09:00');
    mine = await petrova.request('receptionMine', {});
    assert.equal([mine.items.map((i) => [i.id, i.control]), mine.counts], [[[kuz.id, 'overdue'], [petrov.id, 'on-control']], { onControl: 1, overdue: 1 }]);
    await ctx.cons.request('receptionDone', { bookingId: kuz.id, note: 'Справка получена' });
    assert.equal((await petrova.request('receptionMine', {})).items.map((i) => i.id), [petrov.id]);
    // The list carries names: reading it is in the audit trail.
    const trail = (await ctx.head.request('auditLog', { from: '2026-12-11', to: '2026-12-11' })).entries.map((e) => `${e.actor} ${e.action} ${e.record}`);
    assert.ok(trail.includes(`petrova reception-read ${petrov.id}`), trail.join('\n'));
    // A screen without a staff member has no list of its own.
    assert.is((await refusal(ctx.kiosk.request('receptionMine', {}))).code, 'ROLE_FORBIDDEN');
  } finally {
    petrova.close();
  }
});

R('retention erases the citizen, the question and the decision from the log and the projection; the log rebuilds the same table', async (ctx) => {
  const considered = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович') })).appeal;
  const b = (await ctx.cons.request('receptionBook', { booking: booking([considered.id]) })).booking;
  ctx.clock.t = at('2026-12-08', '11:00');
  await ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать субсидию Петрову', control: { deadline: '2026-12-20', responsible: 'petrova' } });
  const store = new ReceptionStore(ctx.d.service.store.db);
  const before = store.booking(b.id);
  assert.is(store.rebuild(), 2, 'booked, decided');
  assert.equal(store.booking(b.id), before, 'the projection is the log replayed');
  // Thirty days after the reception day, its personal data goes.
  ctx.clock.t = at('2027-01-09', '09:00');
  await ctx.d.journal.eraseExpired();
  const erased = store.booking(b.id)!;
  assert.equal([erased.citizen, erased.question, erased.decision!.text, erased.appealIds, erased.decision!.control!.deadline], [null, '', '', [considered.id], '2026-12-20']);
  const log = ctx.d.service.store.db.all<{ body: string }>('SELECT body FROM reception_events').map((r) => r.body).join('\n');
  assert.not.match(log, 'Петров');
  assert.not.match(log, 'субсиди');
  store.rebuild();
  assert.equal(store.booking(b.id), erased);
});

R.run();
