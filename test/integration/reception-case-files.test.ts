// The reception's materials link real personal case files, through the real daemon and its SQLite file:
// the consultant books a citizen with her case file; a number that names no file is refused in words and
// nothing is lost; the day's materials (screen and A4 page) show the file's number, payment type and
// where it is, read from the case-file projection at that moment (audited as case-read); once the file
// moves, the materials show its new place.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { client, demo, ready, testDaemon, refusal, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';

const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };
const CONSULTANT = { role: 'consultant' as const, staffId: 'consultant', pin: '5555' };
const HEAD = { role: 'supervisor' as const, staffId: 'head', pin: '9999' };
const WHO = { ru: 'Начальник управления Иванова И. И.', uk: 'Начальник управління Іванова І. І.' };

interface Ctx { d: TestDaemon; clock: { t: number }; op: QueueClient; cons: QueueClient; head: QueueClient }
const L = suite<Ctx>('reception materials link case files');

const card = (fullName: string, over: Partial<AppealInput> = {}): AppealInput => ({
  citizen: { fullName, address: 'г. Улан-Удэ, ул. Ленина, 1', passport: '8104 123456' }, category: 'pensioner', appealType: 'complaint', reason: 'subsidy', result: 'review', ...over,
});
const booking = (appealIds: string[], caseFiles: string[], time = '10:00') => ({
  day: '2026-12-08', session: 0, time, citizen: { fullName: 'Петров Пётр Петрович', phone: '+7 914 123-45-67' }, question: 'Отказ в субсидии на оплату ЖКУ', appealIds, caseFiles,
});

L.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-12-02', '09:00') };
  ctx.d = await testDaemon({
    now: () => ctx.clock.t,
    config: demo((c) => {
      c.journal = {};
      c.staff.push({ id: 'arkhipova', name: 'Архипова Галина Семёновна', role: 'archivist', pin: '7777' });
      c.reception = { hours: [{ who: WHO, weekday: 'tue', weeks: [2], hours: '10:00-12:00', slotMinutes: 15 }] };
    }),
  });
  ctx.op = await ready(client(ctx.d, OPERATOR));
  ctx.cons = await ready(client(ctx.d, CONSULTANT));
  ctx.head = await ready(client(ctx.d, HEAD));
});

L.after.each(async (ctx) => {
  for (const c of [ctx.op, ctx.cons, ctx.head]) c.close();
  await ctx.d.stop();
});

/** The citizen's case file, formed from her accepted documents, and the complaint the service considered. */
async function citizen(ctx: Ctx) {
  const docs = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович', { appealType: 'documents', result: 'accepted', documents: ['Заявление', 'Паспорт'] }) })).appeal;
  const file = (await ctx.op.request('caseFileForm', { appealId: docs.id })).file;
  const considered = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович') })).appeal;
  return { file, considered };
}

L('booked with a real case file, the materials show where it is; an unknown number is refused in words; a moved file shows its new place', async (ctx) => {
  const { file, considered } = await citizen(ctx);
  // The booking form offers the citizen's files found by name.
  const found = (await ctx.cons.request('caseFileSearch', { name: 'Петров Пётр' })).files.map((f) => f.id);
  assert.equal(found, [file.id]);
  const unknown = await refusal(ctx.cons.request('receptionBook', { booking: booking([considered.id], ['ЛД-1234']) }));
  assert.is(unknown.code, 'CASE_FILE_NOT_FOUND');
  assert.match(unknown.message, 'no case file ЛД-1234');
  assert.is((await ctx.cons.request('receptionSchedule', { from: '2026-12-08', to: '2026-12-08' })).bookings.length, 0, 'nothing booked by the refusal');
  const b = (await ctx.cons.request('receptionBook', { booking: booking([considered.id], [file.id]) })).booking;
  assert.equal(b.caseFiles, [file.id]);
  let m = await ctx.head.request('receptionMaterials', { day: '2026-12-08' });
  assert.equal(m.caseFiles, [{ id: file.id, paymentType: 'subsidy', state: 'formed', holder: 'ivanova', since: file.since, place: null }]);
  let paper = (await ctx.head.request('receptionPrint', { day: '2026-12-08', lang: 'ru' })).html;
  assert.match(paper, new RegExp(`<td>${file.id}</td><td>Субсидии</td><td>сформировано, ждёт проверки, с 02\\.12\\.2026</td><td>Иванова Мария Петровна</td>`));
  // Reading where the file is for the materials is a case-read line of the audit trail.
  const trail = () => ctx.head.request('auditLog', { from: '2026-12-02', to: '2026-12-09' }).then((r) => r.entries.map((e) => `${e.actor} ${e.action} ${e.record}`));
  assert.ok((await trail()).includes(`head case-read ${file.id}`));
  assert.ok((await trail()).includes('head case-read reception materials 2026-12-08 → 1'));
  // The file goes its route: accepted, bundled, handed to payments, closed and shelved by the archivist.
  ctx.clock.t = at('2026-12-03', '10:00');
  const move = (c: QueueClient, mv: Record<string, unknown>) => c.request('caseFileMove', { fileId: file.id, move: mv as never });
  await move(ctx.head, { kind: 'accept' });
  await move(ctx.head, { kind: 'bundle', bundle: '2026-12-1' });
  await move(ctx.head, { kind: 'hand', receivedBy: 'Осипова Т. В.' });
  m = await ctx.cons.request('receptionMaterials', { day: '2026-12-08' });
  assert.equal([m.caseFiles[0]!.state, m.caseFiles[0]!.holder, m.caseFiles[0]!.since], ['at-payments', 'payments:Осипова Т. В.', at('2026-12-03', '10:00')]);
  paper = (await ctx.head.request('receptionPrint', { day: '2026-12-08', lang: 'uk' })).html;
  assert.match(paper, new RegExp(`<td>${file.id}</td><td>[^<]+</td><td>у відділі виплат, з 03\\.12\\.2026</td><td>Осипова Т\\. В\\.</td>`));
  // Preparing the materials again: an unknown number is refused and the linked file stays.
  assert.is((await refusal(ctx.cons.request('receptionPrepare', { bookingId: b.id, appealIds: [considered.id], caseFiles: [file.id, 'LD-2026-09999'] }))).code, 'CASE_FILE_NOT_FOUND');
  assert.equal((await ctx.cons.request('receptionMaterials', { day: '2026-12-08' })).bookings[0]!.caseFiles, [file.id]);
});

L('the materials read the projection at the moment they are made: shelved in the archive, the place is printed', async (ctx) => {
  const { file, considered } = await citizen(ctx);
  const b = (await ctx.cons.request('receptionBook', { booking: booking([considered.id], []) })).booking;
  assert.equal((await ctx.head.request('receptionMaterials', { day: '2026-12-08' })).caseFiles, []);
  await ctx.cons.request('receptionPrepare', { bookingId: b.id, appealIds: [considered.id], caseFiles: [` ${file.id} `] });
  const arch = await ready(client(ctx.d, { role: 'archivist' as const, staffId: 'arkhipova', pin: '7777' }));
  for (const mv of [{ kind: 'accept' }, { kind: 'bundle', bundle: 'p-1' }, { kind: 'hand', receivedBy: 'Осипова Т. В.' }, { kind: 'close' }]) {
    await ctx.head.request('caseFileMove', { fileId: file.id, move: mv as never });
  }
  await arch.request('caseFileMove', { fileId: file.id, move: { kind: 'shelve', year: 2026, place: 'стеллаж 3, полка 2', sheets: 12 } });
  arch.close();
  const m = await ctx.head.request('receptionMaterials', { day: '2026-12-08' });
  assert.equal([m.caseFiles[0]!.state, m.caseFiles[0]!.place], ['archived', 'стеллаж 3, полка 2']);
  const paper = (await ctx.head.request('receptionPrint', { day: '2026-12-08', lang: 'en' })).html;
  assert.match(paper, /in the archive, since 02\/12\/2026<\/td><td>стеллаж 3, полка 2<\/td>/);
});

L("another citizen's appeal or case file is refused in words naming it, not whose it is; the citizen's own, however the name is typed, is taken", async (ctx) => {
  const { file, considered } = await citizen(ctx);
  const ivanov = (await ctx.op.request('journalSave', { appeal: card('Иванов Иван Иванович') })).appeal;
  const forIvanov = (appealIds: string[], caseFiles: string[]) => ({ ...booking(appealIds, caseFiles), citizen: { fullName: 'Иванов Иван Иванович', phone: '' } });
  // Petrov's appeal for Ivanov: refused, the words name the appeal and never Petrov.
  const appeal = await refusal(ctx.cons.request('receptionBook', { booking: forIvanov([considered.id], []) }));
  assert.is(appeal.code, 'NOT_THE_CITIZENS');
  assert.is(appeal.details?.text, `Обращение ${considered.id} — не этого гражданина: ФИО в журнале другое. Укажите обращение записываемого гражданина.`);
  assert.not.match(`${appeal.message} ${String(appeal.details?.text)}`, /Петров/);
  // Petrov's case file for Ivanov, with Ivanov's own appeal: refused, naming the file.
  const other = await refusal(ctx.cons.request('receptionBook', { booking: forIvanov([ivanov.id], [file.id]) }));
  assert.is(other.code, 'NOT_THE_CITIZENS');
  assert.match(String(other.details?.text), `Личное дело ${file.id} — не этого гражданина`);
  assert.not.match(`${other.message} ${String(other.details?.text)}`, /Петров/);
  assert.is((await ctx.cons.request('receptionSchedule', { from: '2026-12-08', to: '2026-12-08' })).bookings.length, 0, 'nothing booked by the refusals');
  // The citizen's own, the name typed in another case, with е for ё and extra spaces: taken.
  const own = (await ctx.cons.request('receptionBook', { booking: { ...booking([considered.id], [file.id]), citizen: { fullName: '  петров  Петр петрович ', phone: '' } } })).booking;
  assert.equal([own.appealIds, own.caseFiles], [[considered.id], [file.id]]);
  // Preparing the materials again with another citizen's appeal: refused, the booking keeps its own.
  assert.is((await refusal(ctx.cons.request('receptionPrepare', { bookingId: own.id, appealIds: [considered.id, ivanov.id], caseFiles: [file.id] }))).code, 'NOT_THE_CITIZENS');
  assert.equal((await ctx.head.request('receptionMaterials', { day: '2026-12-08' })).bookings[0]!.appealIds, [considered.id]);
});

L("the holder of a decision's case file sees it among their own on control, with the file they hold; the responsible sees it too", async (ctx) => {
  const { file, considered } = await citizen(ctx);
  const b = (await ctx.cons.request('receptionBook', { booking: booking([considered.id], [file.id]) })).booking;
  ctx.clock.t = at('2026-12-08', '11:00');
  await ctx.head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать субсидию', control: { deadline: '2026-12-20', responsible: 'consultant' } });
  // Ivanova formed the file and holds it: the decision is hers to see; the consultant answers for it.
  const held = (await ctx.op.request('receptionMine', {})).items;
  assert.equal(held.map((i) => [i.id, i.because, i.heldFiles, i.control]), [[b.id, ['holder'], [file.id], 'on-control']]);
  assert.equal((await ctx.cons.request('receptionMine', {})).items.map((i) => [i.id, i.because, i.heldFiles]), [[b.id, ['responsible'], []]]);
  // The file goes on to the head's check: no longer with Ivanova, no longer in her list.
  await ctx.head.request('caseFileMove', { fileId: file.id, move: { kind: 'accept' } });
  const after = (await ctx.head.request('receptionMaterials', { day: '2026-12-08' })).caseFiles[0]!.holder;
  if (after === 'ivanova') throw new Error('the accepted file should have left ivanova');
  assert.equal((await ctx.op.request('receptionMine', {})).items, []);
});

L('on the reception day a slot whose time has come is shown as passed and refused; a later one is booked', async (ctx) => {
  const { considered } = await citizen(ctx);
  ctx.clock.t = at('2026-12-08', '11:55');
  const day = (await ctx.cons.request('receptionSchedule', { from: '2026-12-08', to: '2026-12-08' })).sessions[0]!;
  assert.equal(day.slots.filter((s) => !s.passed).map((s) => s.time), []);
  ctx.clock.t = at('2026-12-08', '10:50');
  const slots = (await ctx.cons.request('receptionSchedule', { from: '2026-12-08', to: '2026-12-08' })).sessions[0]!.slots;
  assert.equal(slots.map((s) => `${s.time} ${s.passed}`), ['10:00 true', '10:15 true', '10:30 true', '10:45 true', '11:00 false', '11:15 false', '11:30 false', '11:45 false']);
  const past = await refusal(ctx.cons.request('receptionBook', { booking: booking([considered.id], [], '10:00') }));
  assert.is(past.code, 'RECEPTION_PAST');
  assert.match(past.message, '2026-12-08 10:00 has passed');
  assert.is((await ctx.cons.request('receptionBook', { booking: booking([considered.id], [], '11:00') })).booking.time, '11:00');
  assert.is((await refusal(ctx.cons.request('receptionMove', { bookingId: 'R-20261208-1', day: '2026-12-08', session: 0, time: '10:45' }))).code, 'RECEPTION_PAST');
});

L.run();
