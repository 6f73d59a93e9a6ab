// One result per visit, through the real daemon on a real SQLite file: a finish and the visit's card
// always carry the same result, whichever is chosen last and from wherever (the panel, the card, the
// booth's button), and the statistics count every visit under it, old tickets' results mapped.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SimulatedHid } from 'hardware';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { ClientError, type QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';
import type { ReportTable } from '../../queue-core/src/journal/stats.ts';

interface Ctx { d: TestDaemon; clock: { t: number }; kiosk: QueueClient; op: QueueClient; head: QueueClient; bus: SimulatedHid }
const V = suite<Ctx>('one result per visit');

const card = (over: Partial<AppealInput> = {}): AppealInput => ({
  citizen: { fullName: 'Петров Пётр Петрович', address: '', passport: '2504 123456' }, category: 'pensioner', appealType: 'statement', reason: 'subsidy', result: 'accepted', ...over,
});

V.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-11-24', '09:00') };
  ctx.bus = new SimulatedHid();
  ctx.bus.plug({ vendorId: 0x1209, productId: 0xb007, serialNumber: 'DEMO-1', path: '/dev/hidraw0' });
  ctx.d = await testDaemon({ now: () => ctx.clock.t, hid: ctx.bus, config: demo((c) => { c.hardware.buttonBus = 'hid'; }) });
  ctx.kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
  ctx.op = await ready(client(ctx.d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  ctx.head = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
});
V.after.each(async (ctx) => {
  for (const c of [ctx.kiosk, ctx.op, ctx.head]) c?.close();
  await ctx.d?.stop();
});

/** Issues a ticket and calls it to booth 1. */
async function called(ctx: Ctx, directionId = 'documents') {
  ctx.clock.t += 60_000;
  const { ticket } = await ctx.kiosk.request('issue', { directionId });
  ctx.clock.t += 60_000;
  await ctx.op.request('callTicket', { ticketId: ticket.id });
  return ticket;
}

const stored = (ctx: Ctx, id: string) => ctx.d.service.state.tickets.get(id)!;
const cardOf = (ctx: Ctx, id: string) => ctx.d.journal.store.appealOfTicket(id)!;

V('finishing with a saved card records the card\'s result; a different finish result corrects the card', async (ctx) => {
  const t1 = await called(ctx);
  await ctx.op.request('journalSave', { appeal: card({ ticketId: t1.id, result: 'control' }) });
  await ctx.op.request('finish', {});
  assert.is(stored(ctx, t1.id).result, 'control', 'no result asked: the card\'s');

  const t2 = await called(ctx);
  await ctx.op.request('journalSave', { appeal: card({ ticketId: t2.id, result: 'review' }) });
  await ctx.op.request('finish', { result: 'returned' });
  assert.is(stored(ctx, t2.id).result, 'returned');
  const followed = cardOf(ctx, t2.id);
  assert.is(followed.result, 'returned', 'the card follows the later choice');
  assert.is(followed.dueAt, null, 'returned as incomplete settles the matter: nothing left to control');
  assert.ok(followed.closedAt !== null);

  const t3 = await called(ctx);
  let refusal: ClientError | null = null;
  await ctx.op.request('finish', {}).catch((e: ClientError) => (refusal = e));
  assert.is(refusal!.code, 'RESULT_NOT_FOUND', 'neither a card nor a result: the finish asks for one');
  assert.is(stored(ctx, t3.id).state, 'called', 'and nothing changed');
  await ctx.op.request('finish', { result: 'done' }).catch((e: ClientError) => (refusal = e));
  assert.match(refusal!.message, 'expected one of explained, review, control');
});

V('a card saved or closed after the finish gives the ticket its result, and every screen hears it', async (ctx) => {
  const t = await called(ctx);
  await ctx.op.request('finish', { result: 'accepted' });
  const { appeal } = await ctx.op.request('journalSave', { appeal: card({ ticketId: t.id, result: 'review' }) });
  assert.is(stored(ctx, t.id).result, 'review');
  await until(() => ctx.head.view!.tickets.find((x) => x.id === t.id && (x as { result?: string }).result === 'review'));
  assert.equal(stored(ctx, t.id).history.at(-1)!.action, 'result-recorded');
  await ctx.op.request('journalClose', { appealId: appeal.id, result: 'filed' });
  assert.is(stored(ctx, t.id).result, 'filed');
  assert.is(ctx.d.service.store.ticket(t.id)!.result, 'filed', 'in the SQLite row too');
});

V('the booth\'s button finishes a visit with its card\'s result, and with finishResult only without a card', async (ctx) => {
  const t1 = await called(ctx);
  await ctx.op.request('journalSave', { appeal: card({ ticketId: t1.id, result: 'issued', appealType: 'certificate' }) });
  ctx.bus.tapKey('/dev/hidraw0', 'F3');
  await until(() => stored(ctx, t1.id).state === 'done');
  assert.is(stored(ctx, t1.id).result, 'issued');
  assert.is(cardOf(ctx, t1.id).result, 'issued');
  const t2 = await called(ctx);
  ctx.bus.tapKey('/dev/hidraw0', 'F3');
  await until(() => stored(ctx, t2.id).state === 'done');
  assert.is(stored(ctx, t2.id).result, 'explained');
});

V('the statistics count every visit once under its result, old tickets\' results mapped', async (ctx) => {
  const finish = async (result: string, cardResult?: AppealInput['result']) => {
    const t = await called(ctx);
    if (cardResult) await ctx.op.request('journalSave', { appeal: card({ ticketId: t.id, result: cardResult }) });
    await ctx.op.request('finish', { result });
    return t;
  };
  await finish('accepted');
  await finish('accepted');
  await finish('explained', 'explained');
  await finish('review');
  const old1 = await finish('accepted');
  const old2 = await finish('accepted');
  const old3 = await finish('accepted', 'accepted');
  // A card at the consultant's desk, with no ticket.
  await ctx.op.request('journalSave', { appeal: card({ result: 'explained' }) });
  // A visit that was no visit: not counted.
  await called(ctx);
  await ctx.op.request('noShow', {});
  // Rows as an earlier daemon left them: its own result ids, and a card that disagreed with its ticket.
  const db = ctx.d.service.store.db;
  db.run("UPDATE tickets SET result = 'incomplete' WHERE id = ?", [old1.id]);
  db.run("UPDATE tickets SET result = 'done' WHERE id = ?", [old2.id]);
  db.run("UPDATE appeals SET result = 'control' WHERE ticket_id = ?", [old3.id]);

  const { report } = await ctx.head.request('stats', { from: '2026-11-24', to: '2026-11-24' });
  const table = report.tables.find((x: ReportTable) => x.id === 'byResult')!;
  assert.equal(table.columns, ['result', 'visits', 'cards', 'share']);
  assert.equal(table.rows, [
    ['explained', 2, 2, 25],
    ['review', 1, 0, 12.5],
    ['control', 1, 1, 12.5],
    ['accepted', 2, 0, 25],
    ['returned', 1, 0, 12.5],
    ['unrecorded', 1, 0, 12.5],
  ]);
  assert.is(report.totals.served, 7);
});

V.run();
