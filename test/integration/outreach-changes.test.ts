// Outreach visits changed after planning, through the real daemon and its SQLite file: a visit moved to
// another day or given other specialists (its list stays), cancelled with a reason (not counted as held,
// its list erased by retention from the day of cancelling), and a settlement's corrected list replacing
// the first only when the sender confirmed how many it replaces — each refused once the visit took place,
// each a committed event of the log with its audit line, and the projections rebuilt from the log.
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

interface Ctx { d: TestDaemon; clock: { t: number }; op: QueueClient; cons: QueueClient; head: QueueClient }
const C = suite<Ctx>('outreach visits changed');

const file = (lines: string[]) => cp1251(lines.join('\r\n')).toString('base64');
const FIRST = file(['ФИО;Адрес;Телефон;Вопрос', 'Петров Пётр Петрович;с. Тарбагатай, ул. Ленина, 1;83014412345;субсидия', 'Иванова Анна Сергеевна;с. Тарбагатай, ул. Мира, 7;;пособие']);
// The settlement's corrected list: Петров again (with his phone put right), Иванова dropped, two added, one bad line.
const CORRECTED = file([
  'ФИО;Адрес;Телефон;Вопрос',
  'Петров Пётр Петрович;с. Тарбагатай, ул. Ленина, 1;83014412399;субсидия',
  'Кузнецова Мария Ивановна;с. Тарбагатай, ул. Садовая, 3;;пенсия',
  'Орлов Николай;с. Тарбагатай;;справка',
  ';с. Тарбагатай;;без имени',
]);

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

const trail = async (ctx: Ctx, day: string) => (await ctx.head.request('auditLog', { from: day, to: day })).entries.map((e) => `${e.actor} ${e.action} ${e.record}`);
const snapshot = (store: OutreachStore) => JSON.stringify([store.visitsBetween('2026-01-01', '2026-12-31'), store.settlementYears(2026, 2026), store.visitsBetween('2026-01-01', '2026-12-31').map((v) => store.list(v.id))]);

C.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => (c.journal = { retentionDays: 60 })) });
  ctx.op = await ready(client(ctx.d, OPERATOR));
  ctx.cons = await ready(client(ctx.d, CONSULTANT));
  ctx.head = await ready(client(ctx.d, HEAD));
});

C.after.each(async (ctx) => {
  for (const c of [ctx.op, ctx.cons, ctx.head]) c.close();
  await ctx.d.stop();
});

C('a planned visit moves to another day with other specialists; its id and list stay; refused once past or with appeals', async (ctx) => {
  const { visit } = await ctx.cons.request('outreachPlan', { visit: { settlement: 'Тарбагатай', day: '2026-03-10', specialists: ['ivanova'] } });
  await ctx.cons.request('outreachImport', { visitId: visit.id, file: FIRST });
  const moved = (await ctx.head.request('outreachReschedule', { visitId: visit.id, day: '2026-03-12', specialists: ['petrova', 'sidorov'] })).visit;
  assert.equal([moved.id, moved.day, moved.specialists, moved.listed, moved.cancelledAt], [visit.id, '2026-03-12', ['petrova', 'sidorov'], 2, null]);
  assert.equal((await ctx.op.request('outreachList', { visitId: visit.id })).citizens.map((c) => c.fullName), ['Петров Пётр Петрович', 'Иванова Анна Сергеевна']);
  assert.equal((await ctx.op.request('outreachVisits', { from: '2026-03-10', to: '2026-03-10' })).visits, [], 'no longer on its first day');
  // Only the specialists change: the day stays.
  assert.is((await ctx.cons.request('outreachReschedule', { visitId: visit.id, specialists: ['petrova'] })).visit.day, '2026-03-12');
  // A new visit on the first day gets a number of its own, not the moved visit's id.
  assert.is((await ctx.cons.request('outreachPlan', { visit: { settlement: 'Куйтун', day: '2026-03-10', specialists: ['ivanova'] } })).visit.id, 'V-20260310-2');
  const lines = await trail(ctx, '2026-03-06');
  for (const line of ['head outreach-save V-20260310-1 rescheduled 2026-03-10 → 2026-03-12 specialists: petrova, sidorov', 'consultant outreach-save V-20260310-1 rescheduled specialists: petrova']) {
    assert.ok(lines.includes(line), `${line} in\n${lines.join('\n')}`);
  }
  // Bad requests are named and change nothing.
  assert.is((await refusal(ctx.op.request('outreachReschedule', { visitId: visit.id, day: '2026-03-13' }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(ctx.cons.request('outreachReschedule', { visitId: visit.id }))).code, 'BAD_REQUEST');
  assert.is((await refusal(ctx.cons.request('outreachReschedule', { visitId: visit.id, day: '2026-03-05' }))).code, 'BAD_REQUEST');
  assert.is((await refusal(ctx.cons.request('outreachReschedule', { visitId: visit.id, specialists: ['nobody'] }))).code, 'STAFF_NOT_FOUND');
  assert.is((await refusal(ctx.cons.request('outreachReschedule', { visitId: 'V-20990101-1', day: '2026-03-13' }))).code, 'OUTREACH_NOT_FOUND');
  // On its day an appeal is recorded: the visit took place and is no longer moved.
  ctx.clock.t = at('2026-03-12', '16:00');
  await ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович', visit.id) });
  const held = await refusal(ctx.cons.request('outreachReschedule', { visitId: visit.id, day: '2026-03-20' }));
  assert.is(held.code, 'OUTREACH_HELD');
  // The Куйтун visit of 10 March is in the past.
  assert.is((await refusal(ctx.cons.request('outreachReschedule', { visitId: 'V-20260310-2', day: '2026-03-20' }))).code, 'OUTREACH_HELD');
  assert.is((await ctx.op.request('outreachVisits', { from: '2026-03-12', to: '2026-03-12' })).visits[0]!.specialists.join(), 'petrova');
  const store = new OutreachStore(ctx.d.journal.store.db);
  const before = snapshot(store);
  store.rebuild();
  assert.is(snapshot(store), before, 'the log alone gives the same visits');
});

C('a cancelled visit keeps its reason, takes no list, appeal or move, is counted as cancelled; its list goes by retention from the cancelling', async (ctx) => {
  const far = (await ctx.cons.request('outreachPlan', { visit: { settlement: 'Тарбагатай', day: '2026-06-15', specialists: ['ivanova'] } })).visit;
  await ctx.cons.request('outreachImport', { visitId: far.id, file: FIRST });
  const held = (await ctx.cons.request('outreachPlan', { visit: { settlement: 'Тарбагатай', day: '2026-03-10', specialists: ['ivanova'] } })).visit;
  await ctx.cons.request('outreachImport', { visitId: held.id, file: CORRECTED });
  assert.is((await refusal(ctx.cons.request('outreachCancel', { visitId: far.id, reason: '   ' }))).code, 'BAD_REQUEST');
  assert.is((await refusal(ctx.op.request('outreachCancel', { visitId: far.id, reason: 'паводок' }))).code, 'ROLE_FORBIDDEN');
  const cancelled = (await ctx.cons.request('outreachCancel', { visitId: far.id, reason: ' Паводок,  дорога   закрыта ' })).visit;
  assert.equal([cancelled.cancelledAt, cancelled.cancelReason, cancelled.listed], [at('2026-03-06', '09:00'), 'Паводок, дорога закрыта', 2]);
  assert.ok((await trail(ctx, '2026-03-06')).includes(`consultant outreach-save ${far.id} cancelled: Паводок, дорога закрыта`));
  for (const p of [
    ctx.cons.request('outreachCancel', { visitId: far.id, reason: 'ещё раз' }),
    ctx.cons.request('outreachReschedule', { visitId: far.id, day: '2026-06-20' }),
    ctx.cons.request('outreachImport', { visitId: far.id, file: CORRECTED, replaces: 2 }),
  ]) assert.is((await refusal(p)).code, 'OUTREACH_CANCELLED');
  // On the day it would have been, nothing is recorded on it.
  ctx.clock.t = at('2026-06-15', '15:00');
  assert.is((await refusal(ctx.op.request('journalSave', { appeal: card('Петров Пётр Петрович', far.id) }))).code, 'OUTREACH_CANCELLED');
  await ctx.op.request('journalSave', { appeal: card('Орлов Николай', held.id) });
  // A visit with appeals recorded took place: it is not cancelled.
  assert.is((await refusal(ctx.cons.request('outreachCancel', { visitId: held.id, reason: 'ошибка' }))).code, 'OUTREACH_HELD');
  const { analysis } = await ctx.head.request('outreachAnalysis', { fromYear: 2026, toYear: 2026 });
  assert.equal(analysis.rows.map((r) => [r.settlement, r.visits, r.cancelled, r.listed, r.appeals]), [['Тарбагатай', 1, 1, 3, 1]]);
  assert.equal(analysis.totals, [{ year: 2026, visits: 1, cancelled: 1, listed: 3, appeals: 1, late: 1 }], 'entered in June for a visit of March: late');
  const store = new OutreachStore(ctx.d.journal.store.db);
  const before = snapshot(store);
  store.rebuild();
  assert.is(snapshot(store), before, 'the log alone gives the same visits, cancelled included');
});

C("a cancelled visit's list is erased 60 days after the cancelling, though its day was still ahead", async (ctx) => {
  const far = (await ctx.cons.request('outreachPlan', { visit: { settlement: 'Тарбагатай', day: '2026-09-15', specialists: ['ivanova'] } })).visit;
  await ctx.cons.request('outreachImport', { visitId: far.id, file: FIRST });
  const kept = (await ctx.cons.request('outreachPlan', { visit: { settlement: 'Куйтун', day: '2026-09-16', specialists: ['ivanova'] } })).visit;
  await ctx.cons.request('outreachImport', { visitId: kept.id, file: CORRECTED });
  await ctx.cons.request('outreachCancel', { visitId: far.id, reason: 'нет транспорта' });
  ctx.clock.t = at('2026-05-12', '08:00'); // 67 days after the cancelling, four months before the visit day
  await ctx.d.service.execute({ type: 'rollDay' }, { role: 'system' });
  const gone = await until(async () => { const r = await ctx.head.request('outreachList', { visitId: far.id }); return r.visit.erasedAt ? r : null; });
  assert.equal([gone!.citizens, gone!.visit.listed], [[], 2]);
  const db = ctx.d.journal.store.db;
  assert.not.match(JSON.stringify(db.all("SELECT body FROM outreach_events WHERE visit_id = ?", [far.id])), /Петров|Иванова Анна/);
  // The visit not cancelled keeps its list until its own day is past the retention period.
  assert.is((await ctx.head.request('outreachList', { visitId: kept.id })).citizens.length, 3);
});

C('a corrected list replaces the first when the sender confirms how many it replaces; no one twice; both imports in the log; refused once held', async (ctx) => {
  const { visit } = await ctx.cons.request('outreachPlan', { visit: { settlement: 'Тарбагатай', day: '2026-03-10', specialists: ['ivanova'] } });
  assert.is((await ctx.cons.request('outreachImport', { visitId: visit.id, file: FIRST })).imported, 2);
  // Unconfirmed: refused with both counts, for the panel's question; the list stays as it was.
  const unconfirmed = await refusal(ctx.cons.request('outreachImport', { visitId: visit.id, file: CORRECTED }));
  assert.is(unconfirmed.code, 'LIST_EXISTS');
  assert.equal([unconfirmed.details!.listed, unconfirmed.details!.incoming], [2, 3]);
  // Confirmed for another count (someone imported meanwhile): refused again.
  assert.is((await refusal(ctx.cons.request('outreachImport', { visitId: visit.id, file: CORRECTED, replaces: 5 }))).code, 'LIST_EXISTS');
  assert.is((await ctx.op.request('outreachList', { visitId: visit.id })).citizens.length, 2);
  const r = await ctx.head.request('outreachImport', { visitId: visit.id, file: CORRECTED, replaces: 2 });
  assert.equal([r.imported, r.visit.listed, r.problems.map((p) => p.code)], [3, 3, ['NAME_MISSING']]);
  const list = (await ctx.op.request('outreachList', { visitId: visit.id })).citizens;
  assert.equal(list.map((c) => [c.fullName, c.phone]), [['Петров Пётр Петрович', '83014412399'], ['Кузнецова Мария Ивановна', ''], ['Орлов Николай', '']]);
  const db = ctx.d.journal.store.db;
  const imports = db.all<{ body: string }>("SELECT body FROM outreach_events WHERE visit_id = ? AND type = 'outreach-list' ORDER BY seq", [visit.id])
    .map((e) => (JSON.parse(e.body) as { by: string; citizens: { fullName: string }[] }));
  assert.equal(imports.map((e) => [e.by, e.citizens.length]), [['consultant', 2], ['head', 3]]);
  assert.ok((await trail(ctx, '2026-03-06')).includes(`head outreach-save ${visit.id} list replaced: 2 → 3 citizens, 1 lines refused`));
  // Rebuilt from the log, the list is the corrected one.
  new OutreachStore(db).rebuild();
  assert.equal((await ctx.op.request('outreachList', { visitId: visit.id })).citizens.map((c) => c.fullName), ['Петров Пётр Петрович', 'Кузнецова Мария Ивановна', 'Орлов Николай']);
  // On its day, once an appeal is recorded, and after it: no list any more.
  ctx.clock.t = at('2026-03-10', '15:00');
  await ctx.op.request('journalSave', { appeal: card('Орлов Николай', visit.id) });
  assert.is((await refusal(ctx.cons.request('outreachImport', { visitId: visit.id, file: FIRST, replaces: 3 }))).code, 'OUTREACH_HELD');
  const other = (await ctx.cons.request('outreachPlan', { visit: { settlement: 'Куйтун', day: '2026-03-10', specialists: ['petrova'] } })).visit;
  ctx.clock.t = at('2026-03-11', '09:00');
  assert.is((await refusal(ctx.cons.request('outreachImport', { visitId: other.id, file: FIRST }))).code, 'OUTREACH_HELD');
  assert.is((await ctx.op.request('outreachList', { visitId: visit.id })).citizens.length, 3, 'nothing lost');
});

C.run();
