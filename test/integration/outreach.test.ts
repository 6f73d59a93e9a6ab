// Outreach visits through the real daemon and its SQLite file: the consultant plans a visit and imports the
// settlement's list (a Windows-1251 file with bad rows), operators enter the appeals taken on the spot
// (late after two days), the head reads the analysis and next year's suggestion; roles, the audit trail,
// retention of the lists, and the projections rebuilt from the outreach log.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { ClientError, type QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';
import { OutreachStore } from '../../queue-core/src/store/outreach-store.ts';
import { cp1251 } from '../helpers/cp1251.ts';

const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };
const CONSULTANT = { role: 'consultant' as const, staffId: 'consultant', pin: '5555' };
const HEAD = { role: 'supervisor' as const, staffId: 'head', pin: '9999' };

interface Ctx { d: TestDaemon; clock: { t: number }; op: QueueClient; cons: QueueClient; head: QueueClient; kiosk: QueueClient }
const O = suite<Ctx>('outreach visits');

const LIST = cp1251([
  'ФИО;Адрес;Телефон;Вопрос',
  'Петров Пётр Петрович;с. Тарбагатай, ул. Ленина, 1;83014412345;субсидия',
  'Иванова Анна Сергеевна;с. Тарбагатай, ул. Мира, 7;;пособие на ребёнка',
  ';с. Тарбагатай;83014400000;пенсия',
  'Сидорова Ольга;с. Тарбагатай;позвонить соседке;справка',
].join('\r\n')).toString('base64');

const card = (fullName: string, outreachVisitId: string): AppealInput => ({
  citizen: { fullName, address: 'с. Тарбагатай', passport: '' }, category: 'pensioner', appealType: 'documents', reason: 'subsidy', result: 'accepted',
  documents: ['Заявление'], outreachVisitId,
});

async function refusal(p: Promise<unknown>): Promise<ClientError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ClientError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

O.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => (c.journal = { retentionDays: 60 })) });
  ctx.op = await ready(client(ctx.d, OPERATOR));
  ctx.cons = await ready(client(ctx.d, CONSULTANT));
  ctx.head = await ready(client(ctx.d, HEAD));
  ctx.kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
});

O.after.each(async (ctx) => {
  for (const c of [ctx.op, ctx.cons, ctx.head, ctx.kiosk]) c.close();
  await ctx.d.stop();
});

O('the consultant plans a visit and imports the list: good rows kept, each bad row named in Russian', async (ctx) => {
  const { visit } = await ctx.cons.request('outreachPlan', { visit: { settlement: ' Тарбагатай ', day: '2026-03-10', specialists: ['ivanova', 'petrova'] } });
  assert.equal([visit.id, visit.settlement, visit.day, visit.specialists, visit.listed], ['V-20260310-1', 'Тарбагатай', '2026-03-10', ['ivanova', 'petrova'], 0]);
  const r = await ctx.cons.request('outreachImport', { visitId: visit.id, file: LIST });
  assert.is(r.imported, 2);
  assert.is(r.visit.listed, 2);
  assert.equal(r.problems.map((p) => [p.line, p.code, p.text]), [
    [4, 'NAME_MISSING', 'Строка 4 (столбец «ФИО»): не указаны ФИО'],
    [5, 'PHONE_INVALID', 'Строка 5 (столбец «Телефон»): телефон не похож на номер (нужны цифры, от 5 до 15)'],
  ]);
  const list = await ctx.op.request('outreachList', { visitId: visit.id });
  assert.equal(list.citizens.map((c) => [c.line, c.fullName, c.address]), [[2, 'Петров Пётр Петрович', 'с. Тарбагатай, ул. Ленина, 1'], [3, 'Иванова Анна Сергеевна', 'с. Тарбагатай, ул. Мира, 7']]);
  // A broken file is refused whole, and the list stays as it was.
  const broken = await refusal(ctx.cons.request('outreachImport', { visitId: visit.id, file: Buffer.from('Петров;Тарбагатай\n').toString('base64') }));
  assert.is(broken.code, 'LIST_BROKEN');
  assert.equal((broken.details!.problems as { text: string }[]).map((p) => p.text), ['Строка 1: в первой строке нет столбца «ФИО» (ожидается заголовок вроде «ФИО;Адрес;Телефон;Вопрос»)']);
  assert.is((await ctx.op.request('outreachList', { visitId: visit.id })).citizens.length, 2);
  assert.is((await refusal(ctx.cons.request('outreachImport', { visitId: 'V-20990101-1', file: LIST }))).code, 'OUTREACH_NOT_FOUND');
  // The printed list carries the names, escaped, for A4.
  const { html } = await ctx.op.request('outreachPrint', { visitId: visit.id, lang: 'uk' });
  assert.match(html, /Список громадян на виїзний прийом/);
  assert.match(html, /Петров Пётр Петрович/);
  assert.match(html, /size: A4 landscape/);
  assert.match(html, /Иванова Мария Петровна, Петрова Анна Сергеевна/);
  // Every touch of the list is in the audit trail.
  const trail = (await ctx.head.request('auditLog', { from: '2026-03-06', to: '2026-03-06' })).entries.map((e) => `${e.actor} ${e.action} ${e.record}`);
  for (const line of ['consultant outreach-save V-20260310-1', 'consultant outreach-save V-20260310-1 list: 2 citizens, 2 lines refused', 'ivanova outreach-read V-20260310-1 list', 'ivanova document V-20260310-1 list']) {
    assert.ok(trail.includes(line), `${line} in\n${trail.join('\n')}`);
  }
});

O('only the consultant and the head plan; the kiosk and displays see no list; bad input is refused in words', async (ctx) => {
  assert.is((await refusal(ctx.op.request('outreachPlan', { visit: { settlement: 'Куйтун', day: '2026-03-10', specialists: ['ivanova'] } }))).code, 'ROLE_FORBIDDEN');
  const { visit } = await ctx.head.request('outreachPlan', { visit: { settlement: 'Куйтун', day: '2026-03-10', specialists: ['ivanova'] } });
  assert.is(visit.id, 'V-20260310-1');
  assert.is((await refusal(ctx.op.request('outreachImport', { visitId: visit.id, file: LIST }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.kiosk.request('outreachList', { visitId: visit.id }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.kiosk.request('outreachVisits', { from: '2026-01-01', to: '2026-12-31' }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.cons.request('outreachAnalysis', { fromYear: 2025, toYear: 2026 }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.cons.request('outreachPlan', { visit: { settlement: 'Куйтун', day: '2026-02-30', specialists: ['ivanova'] } }))).code, 'BAD_REQUEST');
  assert.is((await refusal(ctx.cons.request('outreachPlan', { visit: { settlement: 'Куйтун', day: '2026-03-11', specialists: ['nobody'] } }))).code, 'STAFF_NOT_FOUND');
  assert.is((await refusal(ctx.cons.request('outreachImport', { visitId: visit.id, file: 'не base64!' }))).code, 'BAD_REQUEST');
  // Nothing was lost: the daemon still answers and the visit is there.
  assert.is((await ctx.head.request('outreachVisits', { from: '2026-03-01', to: '2026-03-31' })).visits.length, 1);
});

O('appeals taken on the visit are linked to it; one entered on the third day after is flagged late; the analysis counts them', async (ctx) => {
  const planned = await ctx.cons.request('outreachPlan', { visit: { settlement: 'Тарбагатай', day: '2026-03-10', specialists: ['ivanova'] } });
  await ctx.cons.request('outreachImport', { visitId: planned.visit.id, file: LIST });
  const other = await ctx.cons.request('outreachPlan', { visit: { settlement: 'Нижний Саянтуй', day: '2026-03-11', specialists: ['petrova'] } });
  // Not before the visit is held.
  assert.is((await refusal(ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович', planned.visit.id) }))).code, 'BAD_REQUEST');
  ctx.clock.t = at('2026-03-12', '10:00'); // two days after: in time
  const inTime = (await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович', planned.visit.id) })).appeal;
  assert.equal([inTime.outreachVisitId, inTime.lateEntry, inTime.ticketId], [planned.visit.id, false, null]);
  ctx.clock.t = at('2026-03-13', '10:00'); // three days after: late
  const late = (await ctx.op.request('journalSave', { appeal: card('Иванова Анна Сергеевна', planned.visit.id) })).appeal;
  assert.is(late.lateEntry, true);
  // A correction later keeps the first entry's flag and does not count the appeal twice.
  ctx.clock.t = at('2026-03-20', '10:00');
  const corrected = (await ctx.op.request('journalSave', { appeal: { ...card('Петров Пётр Петрович', planned.visit.id), id: inTime.id, notes: 'уточнено' } })).appeal;
  assert.is(corrected.lateEntry, false);
  await ctx.op.request('journalSave', { appeal: card('Кузнецов Иван', other.visit.id) });
  assert.is((await refusal(ctx.op.request('journalSave', { appeal: card('Кузнецов Иван', 'V-20260101-9') }))).code, 'OUTREACH_NOT_FOUND');
  const visits = (await ctx.op.request('outreachVisits', { from: '2026-03-01', to: '2026-03-31' })).visits;
  assert.equal(visits.map((v) => [v.settlement, v.listed, v.appeals, v.late]), [['Тарбагатай', 2, 2, 1], ['Нижний Саянтуй', 0, 1, 1]]);
  const { analysis } = await ctx.head.request('outreachAnalysis', { fromYear: 2026, toYear: 2026 });
  assert.equal(analysis.rows.map((r) => [r.settlement, r.year, r.visits, r.listed, r.appeals, r.late]), [['Нижний Саянтуй', 2026, 1, 0, 1, 1], ['Тарбагатай', 2026, 1, 2, 2, 1]]);
  assert.equal(analysis.totals, [{ year: 2026, visits: 2, cancelled: 0, listed: 2, appeals: 3, late: 2 }]);
  // 2027 from 2024–2026: Тарбагатай (0+0+2)/3 → 1 expected, 1 visit; Саянтуй (0+0+1)/3 → 1, 1 visit.
  assert.equal(analysis.suggestion.settlements.map((s) => [s.settlement, s.pastAppeals, s.expectedAppeals, s.suggestedVisits]), [
    ['Нижний Саянтуй', [0, 0, 1], 1, 1], ['Тарбагатай', [0, 0, 2], 1, 1],
  ]);
  // The projections are what the outreach log says: rebuilt from it alone, they read the same.
  const store = new OutreachStore(ctx.d.journal.store.db);
  const before = JSON.stringify([store.visitsBetween('2026-01-01', '2026-12-31'), store.list(planned.visit.id), store.settlementYears(2026, 2026)]);
  assert.is(store.rebuild(), 6);
  assert.is(JSON.stringify([store.visitsBetween('2026-01-01', '2026-12-31'), store.list(planned.visit.id), store.settlementYears(2026, 2026)]), before);
});

O("the list's names go with the retention rule, from the log too; the counts stay for the analysis", async (ctx) => {
  const { visit } = await ctx.cons.request('outreachPlan', { visit: { settlement: 'Тарбагатай', day: '2026-03-10', specialists: ['ivanova'] } });
  await ctx.cons.request('outreachImport', { visitId: visit.id, file: LIST });
  ctx.clock.t = at('2026-03-10', '15:00');
  await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович', visit.id) });
  ctx.clock.t = at('2026-05-08', '08:00'); // 59 days after the visit: kept
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  await ctx.d.journal.eraseExpired();
  assert.is((await ctx.head.request('outreachList', { visitId: visit.id })).citizens.length, 2);
  ctx.clock.t = at('2026-05-12', '08:00'); // past 60 days: erased on the day roll
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  const gone = await until(async () => { const r = await ctx.head.request('outreachList', { visitId: visit.id }); return r.visit.erasedAt ? r : null; });
  assert.equal(gone!.citizens, []);
  assert.is(gone!.visit.listed, 2);
  const db = ctx.d.journal.store.db;
  const text = JSON.stringify([db.all('SELECT body FROM outreach_events'), db.all('SELECT body FROM outreach_lists'), db.all('SELECT body FROM outreach_visits')]);
  assert.not.match(text, /Петров|Иванова Анна|83014412345/);
  const { analysis } = await ctx.head.request('outreachAnalysis', { fromYear: 2026, toYear: 2026 });
  assert.equal(analysis.totals, [{ year: 2026, visits: 1, cancelled: 0, listed: 2, appeals: 1, late: 0 }]);
  // Rebuilt from the erased log, the list stays erased and the counts stay.
  new OutreachStore(db).rebuild();
  assert.is((await ctx.head.request('outreachVisits', { from: '2026-03-10', to: '2026-03-10' })).visits[0]!.listed, 2);
});

O.run();
