// Personal case files through the real daemon and its SQLite file: an operator forms a file from an
// accepted appeal, the head checks it (returns it with a reason, accepts it), bundles it and hands it to
// the payments department, the archivist takes it back, shelves it, issues it and takes it back; each
// wrong role and each move out of order refused in words; where it is, overdue, search by name, the book,
// the destruction act that erases the names (from the log too), retention, the returned analysis, and the
// projections rebuilt from the log.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { client, demo, ready, testDaemon, refusal, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';
import { CaseFileStore } from '../../queue-core/src/store/case-file-store.ts';
import { officeDay } from '../../queue-core/src/domain/index.ts';

const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };
const HEAD = { role: 'supervisor' as const, staffId: 'head', pin: '9999' };
const ARCHIVIST = { role: 'archivist' as const, staffId: 'arkhipova', pin: '7777' };

interface Ctx { d: TestDaemon; clock: { t: number }; op: QueueClient; head: QueueClient; arch: QueueClient; kiosk: QueueClient }
const C = suite<Ctx>('personal case files');

const card = (fullName: string, over: Partial<AppealInput> = {}): AppealInput => ({
  citizen: { fullName, address: 'г. Иркутск, ул. Ленина, 5', passport: '2510 123456' }, category: 'pensioner', appealType: 'documents', reason: 'subsidy', result: 'accepted',
  documents: ['Заявление', 'Паспорт'], ...over,
});

const config = (journal: Record<string, unknown> = {}, holidays?: string[]) => demo((c) => {
  c.staff.push({ id: 'arkhipova', name: 'Архипова Галина Семёновна', role: 'archivist', pin: '7777' });
  c.journal = journal;
  if (holidays) c.schedule.holidays = holidays;
});

async function start(ctx: Ctx, journal: Record<string, unknown> = {}, office: { day?: string; holidays?: string[] } = {}) {
  ctx.clock = { t: at(office.day ?? '2026-03-06', '09:00') }; // a Friday unless told
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: config(journal, office.holidays) });
  ctx.op = await ready(client(ctx.d, OPERATOR));
  ctx.head = await ready(client(ctx.d, HEAD));
  ctx.arch = await ready(client(ctx.d, ARCHIVIST));
  ctx.kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
}

C.before.each(async (ctx) => start(ctx));
C.after.each(async (ctx) => {
  for (const c of [ctx.op, ctx.head, ctx.arch, ctx.kiosk]) c.close();
  await ctx.d.stop();
});

const formed = async (ctx: Ctx, name: string, over: Partial<AppealInput> = {}) => {
  const { appeal } = await ctx.op.request('journalSave', { appeal: card(name, over) });
  return (await ctx.op.request('caseFileForm', { appealId: appeal.id })).file;
};

C('the whole route by the operator, the head and the archivist, each move by whom and when', async (ctx) => {
  const file = await formed(ctx, 'Петров Пётр Петрович');
  assert.equal([file.id, file.state, file.paymentType, file.fullName, file.formedBy, file.holder], ['LD-2026-00001', 'formed', 'subsidy', 'Петров Пётр Петрович', 'ivanova', 'ivanova']);
  const move = (c: QueueClient, m: Record<string, unknown>) => c.request('caseFileMove', { fileId: file.id, move: m as never });
  ctx.clock.t += 3600_000;
  assert.is((await move(ctx.head, { kind: 'return', reasons: ['no-signature'], note: 'нет подписи на заявлении' })).file.state, 'returned');
  assert.is((await move(ctx.op, { kind: 'complete' })).file.state, 'formed');
  assert.is((await move(ctx.head, { kind: 'accept' })).file.state, 'accepted');
  assert.is((await move(ctx.head, { kind: 'bundle', bundle: '14' })).file.bundle, '14');
  const handed = (await move(ctx.head, { kind: 'hand', receivedBy: 'Осипова Т. В.' })).file;
  assert.equal([handed.state, handed.holder], ['at-payments', 'payments:Осипова Т. В.']);
  ctx.clock.t = at('2026-03-16', '11:00');
  assert.is((await move(ctx.arch, { kind: 'close' })).file.state, 'closed');
  const shelved = (await move(ctx.arch, { kind: 'shelve', year: 2026, place: 'стеллаж 3, полка 2, короб 7', sheets: 12 })).file;
  assert.equal([shelved.state, shelved.holder, shelved.archive], ['archived', null, { year: 2026, place: 'стеллаж 3, полка 2, короб 7', sheets: 12 }]);
  assert.is((await move(ctx.arch, { kind: 'issue', to: 'petrova' })).file.holder, 'petrova');
  assert.is((await move(ctx.arch, { kind: 'take-back' })).file.state, 'archived');

  const { history } = await ctx.head.request('caseFileGet', { fileId: file.id });
  assert.equal(history.map((h) => [h.kind, h.by, h.detail]), [
    ['formed', 'ivanova', file.appealId], ['return', 'head', 'no-signature — нет подписи на заявлении'], ['complete', 'ivanova', ''], ['accept', 'head', ''],
    ['bundle', 'head', '14'], ['hand', 'head', 'Осипова Т. В.'], ['close', 'arkhipova', ''], ['shelve', 'arkhipova', '2026, стеллаж 3, полка 2, короб 7, 12'],
    ['issue', 'arkhipova', 'petrova'], ['take-back', 'arkhipova', ''],
  ]);
  assert.is(officeDay(history[6]!.at, 'Asia/Irkutsk'), '2026-03-16');
  // Where it is: in the archive's book for 2026, found by the beginning of the name however typed.
  assert.equal((await ctx.arch.request('caseFileBook', { year: 2026 })).files.map((f) => f.id), [file.id]);
  assert.equal((await ctx.arch.request('caseFileSearch', { name: '  петров пЁ' })).files.map((f) => [f.id, f.state]), [[file.id, 'archived']]);
  assert.equal((await ctx.op.request('caseFiles', {})).files.map((f) => f.id), [file.id]);
  // Every read and move of the file is in the audit trail.
  const trail = (await ctx.head.request('auditLog', { from: '2026-03-06', to: '2026-03-16' })).entries.map((e) => `${e.actor} ${e.action} ${e.record}`);
  for (const line of [`ivanova case-save ${file.id} formed from ${file.appealId}`, `head case-save ${file.id} accept`, `arkhipova case-save ${file.id} shelve`, `head case-read ${file.id}`, `arkhipova case-read ${file.id}`]) {
    assert.ok(trail.includes(line), `${line} in\n${trail.join('\n')}`);
  }
  // The projections are what the log says: rebuilt from it alone, they read the same.
  const store = new CaseFileStore(ctx.d.journal.store.db, (t) => officeDay(t, 'Asia/Irkutsk'));
  const before = JSON.stringify([store.file(file.id), store.returnGroups(2026, 2026), store.book(null, 10)]);
  assert.is(store.rebuild(), 10);
  assert.is(JSON.stringify([store.file(file.id), store.returnGroups(2026, 2026), store.book(null, 10)]), before);
});

C('a wrong role and a move out of order are refused in words, and nothing moves', async (ctx) => {
  const file = await formed(ctx, 'Сидорова Ольга Ивановна');
  const move = (c: QueueClient, m: Record<string, unknown>) => c.request('caseFileMove', { fileId: file.id, move: m as never });
  const byOperator = await refusal(move(ctx.op, { kind: 'accept' }));
  assert.equal([byOperator.code, byOperator.details?.text], ['ROLE_FORBIDDEN', '«принять» делает руководитель службы']);
  assert.is((await refusal(move(ctx.arch, { kind: 'return', reasons: ['no-document'] }))).code, 'ROLE_FORBIDDEN');
  const early = await refusal(move(ctx.head, { kind: 'hand', receivedBy: 'Осипова' }));
  assert.equal([early.code, early.details?.text], ['CASE_FILE_REFUSED', `Дело ${file.id} сейчас «сформировано, ждёт проверки»; «передать в отдел выплат» можно только из состояния «в пачке»`]);
  const noReason = await refusal(move(ctx.head, { kind: 'return', reasons: ['lost-in-the-mail'] }));
  assert.equal([noReason.code, noReason.details?.text], ['CASE_FILE_REFUSED', 'Нет такой причины возврата: «lost-in-the-mail»']);
  await move(ctx.head, { kind: 'accept' });
  assert.is((await refusal(move(ctx.head, { kind: 'accept' }))).code, 'CASE_FILE_REFUSED');
  assert.is((await refusal(move(ctx.arch, { kind: 'shelve', year: 2026, place: 'A', sheets: 3 }))).code, 'CASE_FILE_REFUSED');
  // Bad input and unknown things: refused by the protocol or in words.
  assert.is((await refusal(move(ctx.head, { kind: 'bundle', bundle: '   ' }))).code, 'BAD_REQUEST');
  assert.is((await refusal(move(ctx.head, { kind: 'fly' }))).code, 'BAD_REQUEST');
  assert.is((await refusal(ctx.head.request('caseFileMove', { fileId: 'LD-1999-00001', move: { kind: 'accept' } }))).code, 'CASE_FILE_NOT_FOUND');
  // Who may form, and from what: only a documents appeal accepted, once; the archivist and the kiosk never.
  const { appeal: consult } = await ctx.op.request('journalSave', { appeal: card('Кузнецов Иван', { appealType: 'consultation', result: 'explained' }) });
  const notAccepted = await refusal(ctx.op.request('caseFileForm', { appealId: consult.id }));
  assert.equal([notAccepted.code, notAccepted.details?.text], ['CASE_FILE_REFUSED', 'Личное дело формируется из обращения «приём документов» с результатом «документы приняты»']);
  assert.is((await refusal(ctx.op.request('caseFileForm', { appealId: file.appealId }))).code, 'CASE_FILE_EXISTS');
  assert.is((await refusal(ctx.arch.request('caseFileForm', { appealId: file.appealId }))).code, 'ROLE_FORBIDDEN');
  // Another specialist's appeal: refused as an appeal ("Обращение …"), not as a file that does not exist yet.
  const { appeal: hers } = await ctx.op.request('journalSave', { appeal: card('Орлова Мария Ивановна') });
  const petrova = await ready(client(ctx.d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2, directions: ['documents'] }));
  const notHers = await refusal(petrova.request('caseFileForm', { appealId: hers.id }));
  petrova.close();
  assert.equal([notHers.code, notHers.details?.text], ['CASE_FILE_REFUSED', `Обращение ${hers.id} принял другой специалист; личное дело по нему формирует он или руководитель службы`]);
  // Nor is a file formed from it by the refusal: its own specialist still may.
  assert.is((await ctx.op.request('caseFileForm', { appealId: hers.id })).file.appealId, hers.id);
  assert.is((await refusal(ctx.kiosk.request('caseFileSearch', { name: 'Сидорова' }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.kiosk.request('caseFiles', {}))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.op.request('caseFileOverdue', {}))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.arch.request('caseFileReturns', { fromYear: 2026, toYear: 2026 }))).code, 'ROLE_FORBIDDEN');
  // Nothing was lost: the file is where the last allowed move put it.
  assert.is((await ctx.head.request('caseFileGet', { fileId: file.id })).file.state, 'accepted');
});

C('a bundle number handed to payments this year is not used again: refused in words, nothing moves; an open bundle takes more files', async (ctx) => {
  const [a, b, c] = [await formed(ctx, 'Петров Пётр Петрович'), await formed(ctx, 'Иванова Анна Сергеевна'), await formed(ctx, 'Сидоров Олег Ильич')];
  const move = (id: string, m: Record<string, unknown>) => ctx.head.request('caseFileMove', { fileId: id, move: m as never });
  for (const f of [a, b, c]) await move(f.id, { kind: 'accept' });
  await move(a.id, { kind: 'bundle', bundle: '12' });
  // Bundle 12 not yet handed on: another file joins it.
  assert.is((await move(b.id, { kind: 'bundle', bundle: '12' })).file.bundle, '12');
  await move(a.id, { kind: 'hand', receivedBy: 'Осипова Т. В.' });
  await move(b.id, { kind: 'hand', receivedBy: 'Осипова Т. В.' });
  const e = await refusal(move(c.id, { kind: 'bundle', bundle: '12' }));
  assert.is(e.code, 'CASE_FILE_REFUSED');
  assert.is(e.details?.code, 'bundle-handed');
  assert.is(e.details?.text, 'Пачка № 12 в 2026 году уже передана в отдел выплат; укажите другой номер пачки');
  assert.is((await ctx.head.request('caseFileGet', { fileId: c.id })).file.state, 'accepted');
  assert.is((await move(c.id, { kind: 'bundle', bundle: '13' })).file.bundle, '13');
});

C('the head sees the files overdue at their step, counted in working days over the weekend', async (ctx) => {
  const friday = await formed(ctx, 'Базаров Баир');
  ctx.clock.t = at('2026-03-09', '09:00'); // Monday: one working day, in time
  const second = await formed(ctx, 'Алексеева Ирина');
  assert.equal((await ctx.head.request('caseFileOverdue', {})).overdue, []);
  ctx.clock.t = at('2026-03-10', '09:00'); // Tuesday: the Friday file is overdue, Monday's not yet
  const { overdue } = await ctx.head.request('caseFileOverdue', {});
  assert.equal(overdue.map((o) => [o.file.id, o.file.state, o.lastDay, o.workingDays]), [[friday.id, 'formed', '2026-03-09', 2]]);
  await ctx.head.request('caseFileMove', { fileId: friday.id, move: { kind: 'accept' } });
  ctx.clock.t = at('2026-03-13', '09:00'); // Friday: accepted on Tuesday, 3 working days unbundled; Monday's unchecked
  assert.equal((await ctx.arch.request('caseFileOverdue', {})).overdue.map((o) => [o.file.id, o.file.state]), [[second.id, 'formed'], [friday.id, 'accepted']]);
});

C('the last day of a term is a working day: a term ending over the weekend ends on Friday', async (ctx) => {
  // Restarted on a Thursday: formed on Thursday with a term of 1 working day, the last day is Friday, not Sunday.
  for (const c of [ctx.op, ctx.head, ctx.arch, ctx.kiosk]) c.close();
  await ctx.d.stop();
  await start(ctx, {}, { day: '2026-03-05' });
  const thursday = await formed(ctx, 'Дашиев Баир');
  ctx.clock.t = at('2026-03-08', '12:00'); // Sunday: nothing overdue yet
  assert.equal((await ctx.head.request('caseFileOverdue', {})).overdue, []);
  ctx.clock.t = at('2026-03-09', '09:00'); // Monday: overdue, and its last day was Friday
  const { overdue } = await ctx.head.request('caseFileOverdue', {});
  assert.equal(overdue.map((o) => [o.file.id, o.lastDay, o.workingDays]), [[thursday.id, '2026-03-06', 2]]);
});

C('a holiday of the office calendar is not a working day of a term', async (ctx) => {
  // Monday 9 March 2026 is the day off for 8 March: a file formed on Friday is checked in time on Tuesday.
  for (const c of [ctx.op, ctx.head, ctx.arch, ctx.kiosk]) c.close();
  await ctx.d.stop();
  await start(ctx, {}, { holidays: ['2026-03-09'] });
  const friday = await formed(ctx, 'Базаров Баир');
  ctx.clock.t = at('2026-03-10', '09:00');
  assert.equal((await ctx.head.request('caseFileOverdue', {})).overdue, []);
  ctx.clock.t = at('2026-03-11', '09:00');
  const { overdue } = await ctx.head.request('caseFileOverdue', {});
  assert.equal(overdue.map((o) => [o.file.id, o.lastDay, o.workingDays]), [[friday.id, '2026-03-10', 2]]);
});

C('the returned-for-completion analysis: share by year, quarter, reason, specialist and payment type', async (ctx) => {
  const a = await formed(ctx, 'Первый Гражданин');
  const b = await formed(ctx, 'Второй Гражданин', { reason: 'child-allowance' });
  ctx.clock.t = at('2026-04-02', '10:00');
  const c = await formed(ctx, 'Третий Гражданин');
  const move = (id: string, m: Record<string, unknown>) => ctx.head.request('caseFileMove', { fileId: id, move: m as never });
  await move(a.id, { kind: 'return', reasons: ['no-signature'] });
  await ctx.op.request('caseFileMove', { fileId: a.id, move: { kind: 'complete' } });
  await move(a.id, { kind: 'accept' });
  await move(b.id, { kind: 'accept' });
  await move(c.id, { kind: 'return', reasons: ['no-document', 'no-signature'] });
  const { analysis } = await ctx.head.request('caseFileReturns', { fromYear: 2026, toYear: 2026 });
  assert.equal(analysis.byYear, [{ key: '2026', checked: 3, returned: 2 }]);
  assert.equal(analysis.byQuarter, [{ key: '2026-Q2', checked: 3, returned: 2 }]);
  assert.equal(analysis.byPaymentType, [{ key: 'child-allowance', checked: 1, returned: 0 }, { key: 'subsidy', checked: 2, returned: 2 }]);
  assert.equal(analysis.bySpecialist, [{ key: 'ivanova', checked: 3, returned: 2 }]);
  assert.equal(analysis.byReason, [{ key: 'no-signature', checked: 3, returned: 2 }, { key: 'no-document', checked: 3, returned: 1 }]);
  assert.equal((await ctx.head.request('caseFileReturns', { fromYear: 2025, toYear: 2025 })).analysis.byYear, []);
});

C.run();

const D = suite<Ctx>('destruction and retention of case files');
D.after.each(async (ctx) => {
  for (const c of [ctx.op, ctx.head, ctx.arch, ctx.kiosk]) c.close();
  await ctx.d.stop();
});

const toShelf = async (ctx: Ctx, name: string, sheets: number) => {
  const f = await formed(ctx, name);
  const m = (c: QueueClient, move: Record<string, unknown>) => c.request('caseFileMove', { fileId: f.id, move: move as never });
  await m(ctx.head, { kind: 'accept' });
  await m(ctx.head, { kind: 'bundle', bundle: f.id.slice(-5) }); // each its own bundle: a bundle handed on is not reused in its year
  await m(ctx.head, { kind: 'hand', receivedBy: 'Осипова' });
  await m(ctx.arch, { kind: 'close' });
  await m(ctx.arch, { kind: 'shelve', year: 2026, place: 'стеллаж 1', sheets });
  return f;
};

D('a destruction act lists the files whose term has ended, erases their names from the files and the log, and prints in the form of order No. 179', async (ctx) => {
  await start(ctx, { caseFiles: { storageYears: 1 } });
  const a = await toShelf(ctx, 'Петров Пётр Петрович', 12);
  const b = await toShelf(ctx, 'Иванова Анна Сергеевна', 7);
  const open = await formed(ctx, 'Кузнецов Иван Иванович');
  const commission = [{ name: 'Цыренова Е. Б.', position: 'руководитель клиентской службы' }, { name: 'Архипова Г. С.', position: 'архивариус' }];
  // Closed in 2026 and kept one year: due from 1 January 2028, not before.
  ctx.clock.t = at('2027-12-30', '10:00');
  assert.equal((await ctx.arch.request('caseFileDestroyable', {})).files, []);
  const early = await refusal(ctx.arch.request('caseFileDestroy', { fileIds: [a.id], method: 'измельчение в шредере', commission }));
  assert.equal([early.code, early.details?.text], ['CASE_FILE_REFUSED', `Срок хранения дела ${a.id} истекает 01.01.2028`]);
  ctx.clock.t = at('2028-01-10', '10:00');
  const due = (await ctx.arch.request('caseFileDestroyable', {})).files;
  assert.equal(due.map((d) => [d.file.id, d.storageEnded]), [[a.id, '2028-01-01'], [b.id, '2028-01-01']]);
  // A file still on its route refuses the whole act, and nothing is destroyed.
  const mixed = await refusal(ctx.arch.request('caseFileDestroy', { fileIds: [a.id, open.id], method: 'измельчение в шредере', commission }));
  assert.equal([mixed.code, mixed.details?.text], ['CASE_FILE_REFUSED', `Дело ${open.id} не стоит на хранении в архиве`]);
  assert.is((await ctx.arch.request('caseFileGet', { fileId: a.id })).file.fullName, 'Петров Пётр Петрович');
  assert.is((await refusal(ctx.op.request('caseFileDestroy', { fileIds: [a.id], method: 'x', commission }))).code, 'ROLE_FORBIDDEN');

  const { act } = await ctx.arch.request('caseFileDestroy', { fileIds: [a.id, b.id], method: 'измельчение в шредере', commission });
  assert.equal([act.id, act.files.map((f) => [f.id, f.fullName, f.sheets])], ['1/2028', [[a.id, 'Петров Пётр Петрович', 12], [b.id, 'Иванова Анна Сергеевна', 7]]]);
  const gone = (await ctx.arch.request('caseFileGet', { fileId: a.id })).file;
  assert.equal([gone.state, gone.act, gone.fullName], ['destroyed', '1/2028', '']);
  assert.equal((await ctx.arch.request('caseFileSearch', { name: 'Петров' })).files, []);
  assert.equal((await ctx.arch.request('caseFileBook', {})).files, []);
  // The log keeps that the files were destroyed by act 1/2028, not who they were; rebuilt, still so.
  const db = ctx.d.journal.store.db;
  const log = JSON.stringify(db.all('SELECT body FROM case_file_events')) + JSON.stringify(db.all('SELECT body FROM case_files'));
  assert.not.match(log, /Петров|Иванова Анна/);
  assert.match(log, /1\/2028/);
  new CaseFileStore(db, (t) => officeDay(t, 'Asia/Irkutsk')).rebuild();
  assert.equal((await ctx.arch.request('caseFileGet', { fileId: b.id })).file.fullName, '');
  // The act, numbered, with what order No. 179 asks of it.
  const { html } = await ctx.head.request('caseFileAct', { actId: '1/2028' });
  for (const part of ['АКТ об уничтожении персональных данных № 1/2028', 'Оператор персональных данных (наименование, адрес)', 'Петров Пётр Петрович', 'Иванова Анна Сергеевна',
    'Категории уничтоженных персональных данных', 'Способ уничтожения', 'измельчение в шредере', 'Причина уничтожения', 'Дата уничтожения', '10.01.2028',
    'Цыренова Е. Б.', 'руководитель клиентской службы', 'Архипова Г. С.', 'Субсидии', 'листов: <b>19</b>', 'size: A4 portrait']) {
    assert.ok(html.includes(part), part);
  }
  // Its log extract: each move of each file with its date and time, by whom, ending with the erasure by the act.
  const extract = html.slice(html.indexOf('Выгрузка из журнала событий'));
  const lines = [...extract.matchAll(/<tr><td class="when">([^<]*)<\/td><td class="id">([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => m.slice(1));
  assert.equal(lines.filter((l) => l[1] === a.id), [
    ['06.03.2026 09:00', a.id, 'Сформировано', 'Иванова Мария Петровна'],
    ['06.03.2026 09:00', a.id, 'Принято руководителем', 'Цыренова Елена Баировна'],
    ['06.03.2026 09:00', a.id, 'Вложено в пачку', 'Цыренова Елена Баировна'],
    ['06.03.2026 09:00', a.id, 'Передано в отдел выплат', 'Цыренова Елена Баировна'],
    ['06.03.2026 09:00', a.id, 'Принято из отдела выплат (закрыто)', 'Архипова Галина Семёновна'],
    ['06.03.2026 09:00', a.id, 'Поставлено на хранение', 'Архипова Галина Семёновна'],
    ['10.01.2028 10:00', a.id, 'Уничтожено по акту № 1/2028. Персональные данные удалены из информационной системы', 'Архипова Галина Семёновна'],
  ]);
  assert.is(lines.filter((l) => l[1] === b.id).length, 7);
  assert.not.match(extract, /Петров Пётр|Иванова Анна/);
  const uk = (await ctx.head.request('caseFileAct', { actId: '1/2028', lang: 'uk' })).html;
  assert.ok(uk.includes('АКТ про знищення персональних даних № 1/2028') && uk.includes('Субсидії'));
  assert.is((await refusal(ctx.head.request('caseFileAct', { actId: '9/2028' }))).code, 'ACT_NOT_FOUND');
  // Destroyed files are not destroyed twice: a second act listing one is refused.
  const twice = await refusal(ctx.arch.request('caseFileDestroy', { fileIds: [a.id], method: 'измельчение в шредере', commission }));
  assert.equal([twice.code, twice.details?.text], ['CASE_FILE_REFUSED', `Дело ${a.id} не стоит на хранении в архиве`]);
});

D('the retention rule erases the names of files not in the archive, from the log too; shelved ones wait for their act', async (ctx) => {
  await start(ctx, { retentionDays: 60 });
  const shelved = await toShelf(ctx, 'Хранимов Архип', 3);
  const stuck = await formed(ctx, 'Забытов Семён');
  await ctx.head.request('caseFileMove', { fileId: stuck.id, move: { kind: 'accept' } });
  ctx.clock.t = at('2026-05-12', '08:00'); // past 60 days: erased on the day roll
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  const erased = await until(async () => { const r = await ctx.head.request('caseFileGet', { fileId: stuck.id }); return r.file.erasedAt ? r : null; });
  assert.equal([erased!.file.fullName, erased!.file.state], ['', 'accepted']);
  assert.is(erased!.history.at(-1)!.kind, 'erased');
  assert.is((await ctx.head.request('caseFileGet', { fileId: shelved.id })).file.fullName, 'Хранимов Архип');
  const db = ctx.d.journal.store.db;
  assert.not.match(JSON.stringify(db.all('SELECT body FROM case_file_events')), /Забытов/);
});

D.run();
