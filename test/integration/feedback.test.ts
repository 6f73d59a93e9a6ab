// The book of feedback through the real daemon: off unless the head switches it on; an entry typed at a
// kiosk is a journal appeal of its kind with its deadline, under control until the head answers it;
// what the kiosk sends is checked and limited; the contact and the words go with the other personal data
// at the end of the retention period, and the statistics count the entries by kind and month.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RawPeer, client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { ClientError, type QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { ReportTable } from '../../queue-core/src/journal/stats.ts';
import { PROTOCOL_VERSION } from '../../queue-core/src/protocol/version.ts';

const DAY = 86_400_000;
const ON = { enabled: true, deadlineDays: { complaint: 10 }, maxLength: 120 };
interface Ctx { d: TestDaemon; clock: { t: number }; kiosk: QueueClient; head: QueueClient; op: QueueClient }

async function refusal(p: Promise<unknown>): Promise<ClientError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ClientError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

async function start(ctx: Ctx, feedback?: unknown) {
  ctx.clock = { t: at('2026-11-23', '10:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => { if (feedback) c.feedback = feedback; c.journal = { retentionDays: 60 }; }) });
  ctx.kiosk = await ready(client(ctx.d, { role: 'kiosk' }));
  ctx.head = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  ctx.op = await ready(client(ctx.d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates'] }));
}

const F = suite<Ctx>('the book of feedback');
F.after.each(async (ctx) => {
  for (const c of [ctx.kiosk, ctx.head, ctx.op]) c?.close();
  await ctx.d?.stop();
});

F('switched off by default: the kiosk is not offered it and an entry sent anyway is refused in words', async (ctx) => {
  await start(ctx);
  assert.equal(ctx.kiosk.view!.feedback, { enabled: false, maxLength: 1000 });
  const e = await refusal(ctx.kiosk.request('feedbackLeave', { kind: 'thanks', text: 'Спасибо' }));
  assert.is(e.code, 'FEEDBACK_OFF');
  assert.match(e.message, /feedback\.enabled/);
  assert.equal((await ctx.head.request('feedbackList', {})).open, []);
});

F('an entry is a journal appeal of its kind with its deadline; the head sees it, the kiosk learns only its number', async (ctx) => {
  await start(ctx, ON);
  assert.equal(ctx.kiosk.view!.feedback, { enabled: true, maxLength: 120 });
  const left = await ctx.kiosk.request('feedbackLeave', { kind: 'complaint', text: '  Долго   ждала\nв очереди, \u0007не работал кондиционер ', contactName: 'Анна', contactPhone: '+7 (914) 000-11-22' });
  assert.equal(left, { id: 'J-20261123-0001', dueAt: at('2026-11-23', '10:00') + 10 * DAY });
  ctx.clock.t += 60_000;
  const thanks = await ctx.kiosk.request('feedbackLeave', { kind: 'thanks', text: 'Спасибо Ивановой за помощь' });
  assert.is(thanks.dueAt, at('2026-11-23', '10:01') + 30 * DAY, 'thanks: the default 30 days');

  const list = await ctx.head.request('feedbackList', {});
  assert.is(list.count, 2);
  assert.equal(list.open.map((a) => a.id), ['J-20261123-0002', 'J-20261123-0001'], 'newest first');
  const complaint = list.open[1]!;
  assert.is(complaint.appealType, 'complaint');
  assert.is(complaint.result, 'review');
  assert.is(complaint.closedAt, null);
  assert.is(complaint.ticketId, null);
  assert.equal(complaint.feedback, { kind: 'complaint', text: 'Долго ждала\nв очереди, не работал кондиционер', contactName: 'Анна', contactPhone: '+7 (914) 000-11-22', kiosk: '127.0.0.1', answer: '', answeredBy: null });
  assert.is(complaint.citizen!.fullName, 'Анна');

  // Under control with the journal's other appeals: due within two days, it is in the deadline list.
  ctx.clock.t = at('2026-12-02', '10:00');
  const due = await ctx.head.request('journalDue', {});
  assert.equal(due.dueSoon.map((a) => a.id), ['J-20261123-0001']);
  assert.is(due.open, 2);

  // The kiosk and a display read nothing of it; an operator does not get the head's list.
  for (const [who, ask] of [
    [ctx.kiosk, () => ctx.kiosk.request('feedbackList', {})],
    [ctx.kiosk, () => ctx.kiosk.request('journalGet', { appealId: 'J-20261123-0001' })],
    [ctx.op, () => ctx.op.request('feedbackList', {})],
    [ctx.op, () => ctx.op.request('feedbackAnswer', { appealId: 'J-20261123-0001', answer: 'Сам отвечу' })],
  ] as const) {
    const e = await refusal(ask());
    assert.is(e.code, 'ROLE_FORBIDDEN', `${who === ctx.kiosk ? 'kiosk' : 'operator'}: ${ask}`);
  }
  // Every entry shown to the head is audited as a read of it.
  const audit = await ctx.head.request('auditLog', { from: '2026-11-23', to: '2026-12-02' });
  assert.ok(audit.entries.some((e) => e.actor === 'kiosk:127.0.0.1' && e.action === 'feedback-save' && e.record === 'J-20261123-0001'));
  assert.ok(audit.entries.some((e) => e.actor === 'head' && e.action === 'search' && e.record === 'J-20261123-0001'));
});

F('the head is alerted to each new entry, in the office language, until every entry is answered', async (ctx) => {
  await start(ctx, ON);
  assert.not.ok(ctx.head.view!.alerts!.some((a) => a.kind === 'feedback'));
  const first = await ctx.kiosk.request('feedbackLeave', { kind: 'complaint', text: 'Душно в зале' });
  const one = await until(() => ctx.head.view!.alerts!.find((a) => a.kind === 'feedback' && a.subject === first.id));
  assert.is(one.message, `Книга отзывов: новая запись — жалоба ${first.id}, ждёт ответа`, 'no count that would go stale as entries are answered');
  ctx.clock.t += 60_000;
  const second = await ctx.kiosk.request('feedbackLeave', { kind: 'thanks', text: 'Спасибо' });
  await until(() => ctx.head.view!.alerts!.find((a) => a.kind === 'feedback' && a.subject === second.id));
  assert.is(ctx.head.view!.alerts!.filter((a) => a.kind === 'feedback').length, 1, 'one alert: the newest entry');
  await ctx.head.request('feedbackAnswer', { appealId: second.id, answer: 'Передано специалисту' });
  await until(() => ctx.head.view!.alerts!.find((a) => a.kind === 'feedback' && a.subject === first.id));
  await ctx.head.request('feedbackAnswer', { appealId: first.id, answer: 'Кондиционер починили' });
  await until(() => !ctx.d.alerts.open().some((a) => a.kind === 'feedback'));
});

F('bad entries are refused in words and nothing is kept; the daemon goes on', async (ctx) => {
  await start(ctx, ON);
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ kind: 'proposal', text: '   \n ' }, 'FEEDBACK_EMPTY', /nothing was written/],
    [{ kind: 'proposal', text: 'я'.repeat(121) }, 'FEEDBACK_TOO_LONG', /at most 120 characters, got 121/],
    [{ kind: 'proposal', text: 'Хорошо', contactPhone: 'позвоните мне' }, 'BAD_REQUEST', /contactPhone/],
    [{ kind: 'praise', text: 'Хорошо' }, 'BAD_REQUEST', /kind/],
    [{ kind: 'proposal', text: 'я'.repeat(2001) }, 'BAD_REQUEST', /text/],
  ];
  for (const [body, code, words] of cases) {
    const e = await refusal(ctx.kiosk.request('feedbackLeave', body as never));
    assert.is(e.code, code, JSON.stringify(body).slice(0, 60));
    assert.match(e.message, words);
  }
  // A refused entry costs the kiosk nothing: two good ones still go at once.
  await ctx.kiosk.request('feedbackLeave', { kind: 'proposal', text: 'Поставьте кулер с водой' });
  await ctx.kiosk.request('feedbackLeave', { kind: 'thanks', text: 'Спасибо' });
  assert.is((await ctx.head.request('feedbackList', {})).count, 2);
  // A raw frame with a missing field is answered, and the connection and daemon stay.
  const raw = await RawPeer.open(ctx.d.ws);
  raw.send({ id: 'hello', type: 'hello', protocol: PROTOCOL_VERSION, role: 'kiosk' });
  await raw.answer('hello');
  raw.send({ id: 'f1', type: 'feedbackLeave', kind: 'thanks' });
  const answer = (await raw.answer('f1')) as { type: string; error?: { code: string; message: string } };
  assert.is(answer.type, 'error');
  assert.is(answer.error?.code, 'BAD_REQUEST');
  assert.match(answer.error!.message, /text/);
  raw.close();
  assert.ok((await ctx.head.request('ping', {})).now > 0);
});

F('a kiosk leaves a couple at once, then one a minute; a keyed retry is the same entry and costs nothing', async (ctx) => {
  await start(ctx, ON);
  // The same kiosk's raw connection sends one entry twice under one key, as a client does after a dropped link.
  const raw = await RawPeer.open(ctx.d.ws);
  raw.send({ id: 'hello', type: 'hello', protocol: PROTOCOL_VERSION, role: 'kiosk' });
  await raw.answer('hello');
  const frame = { type: 'feedbackLeave', key: 'retry-key-0001', kind: 'proposal', text: 'Нужна вторая скамейка' };
  raw.send({ id: 'a', ...frame });
  const first = (await raw.answer('a')) as { data?: { id: string } };
  raw.send({ id: 'b', ...frame });
  const again = (await raw.answer('b')) as { data?: { id: string } };
  raw.close();
  assert.ok(first.data?.id);
  assert.is(again.data?.id, first.data!.id, 'the retry is answered with the entry already kept');
  await ctx.kiosk.request('feedbackLeave', { kind: 'proposal', text: 'И табличку на двери' });
  const e = await refusal(ctx.kiosk.request('feedbackLeave', { kind: 'proposal', text: 'И ещё одно' }));
  assert.is(e.code, 'FEEDBACK_TOO_FAST');
  assert.ok((e.details?.retryAfterMs as number) > 50_000 && (e.details?.retryAfterMs as number) <= 60_000, `${e.details?.retryAfterMs}`);
  ctx.clock.t += 60_000;
  await ctx.kiosk.request('feedbackLeave', { kind: 'proposal', text: 'И ещё одно' });
  assert.is((await ctx.head.request('feedbackList', {})).count, 3);
});

F('the head answers an entry: off control, the answer kept; it cannot be answered twice or rewritten as a visit', async (ctx) => {
  await start(ctx, ON);
  const { id } = await ctx.kiosk.request('feedbackLeave', { kind: 'complaint', text: 'Грубость в кабине 2', contactName: 'Пётр', contactPhone: '89140001122' });
  ctx.clock.t += 3 * DAY;
  const { appeal } = await ctx.head.request('feedbackAnswer', { appealId: id, answer: 'Разговор со специалистом проведён, гражданину позвонили' });
  assert.is(appeal.closedAt, ctx.clock.t);
  assert.is(appeal.result, 'explained');
  assert.is(appeal.feedback!.answer, 'Разговор со специалистом проведён, гражданину позвонили');
  assert.is(appeal.feedback!.answeredBy, 'head');
  assert.equal((await ctx.head.request('feedbackList', {})).open, []);
  assert.is((await refusal(ctx.head.request('feedbackAnswer', { appealId: id, answer: 'ещё раз' }))).code, 'APPEAL_CLOSED');
  assert.is((await refusal(ctx.head.request('feedbackAnswer', { appealId: 'J-20991231-0001', answer: 'нет такой' }))).code, 'APPEAL_NOT_FOUND');
  const e = await refusal(ctx.op.request('journalSave', { appeal: { id, citizen: { fullName: 'Пётр' }, category: 'other', appealType: 'complaint', reason: 'other', result: 'explained' } }));
  assert.is(e.code, 'BAD_REQUEST');
  assert.match(e.message, /book of feedback/);
  // A visit of someone named like the contact is not a repeat of the entry.
  const visit = await ctx.head.request('journalSave', { appeal: { citizen: { fullName: 'Пётр' }, category: 'other', appealType: 'consultation', reason: 'other', result: 'explained' } });
  assert.equal(visit.earlier, []);
});

F('the words and the contact are erased with the other personal data; the entry still counts by kind and month', async (ctx) => {
  await start(ctx, ON);
  const left = async (kind: 'thanks' | 'proposal' | 'complaint', text: string, contactPhone?: string) => (await ctx.kiosk.request('feedbackLeave', { kind, text, contactPhone })).id;
  const c1 = await left('complaint', 'Очередь не двигалась', '89140000001');
  ctx.clock.t += 60_000;
  await left('complaint', 'Не было бланков');
  ctx.clock.t += 60_000;
  await left('thanks', 'Спасибо');
  ctx.clock.t = at('2026-11-25', '10:00');
  await ctx.head.request('feedbackAnswer', { appealId: c1, answer: 'Добавлена вторая кабина' }); // in time (10 days)
  ctx.clock.t = at('2026-12-01', '11:00');
  const p = await left('proposal', 'Сделайте навес у входа');
  ctx.clock.t = at('2027-01-05', '11:00');
  await ctx.head.request('feedbackAnswer', { appealId: p, answer: 'Навес заказан' }); // past its 30 days

  const { report } = await ctx.head.request('stats', { from: '2026-11-01', to: '2026-12-31' });
  const table = report.tables.find((t) => t.id === 'feedbackByMonth') as ReportTable;
  assert.equal(table.columns, ['month', 'feedback:thanks', 'feedback:proposal', 'feedback:complaint', 'entries', 'answered', 'answeredInTime', 'unanswered']);
  assert.equal(table.rows, [['2026-11', 1, 0, 2, 3, 1, 1, 2], ['2026-12', 0, 1, 0, 1, 1, 0, 0]]);
  // Entries are nobody's visit: no row of a specialist or of a matter from the list.
  assert.not.ok(report.tables.find((t) => t.id === 'byStaff')!.rows.some((r) => r[0] === ''));
  assert.not.ok(report.tables.find((t) => t.id === 'byReason')!.rows.some((r) => r[0] === ''));
  assert.equal(report.tables.find((t) => t.id === 'byType')!.rows.filter((r) => r[0] === 'complaint' || r[0] === 'thanks').map((r) => r.slice(0, 2)), [['complaint', 2], ['thanks', 1]]);

  // Sixty days of retention: November's entries lose their words and contact, keep their kind.
  ctx.clock.t = at('2027-01-24', '09:00');
  await ctx.d.journal!.eraseExpired();
  const { appeal } = await ctx.head.request('journalGet', { appealId: c1 });
  assert.ok(appeal.erasedAt);
  assert.equal(appeal.feedback, { kind: 'complaint', text: '', contactName: '', contactPhone: '', kiosk: '127.0.0.1', answer: '', answeredBy: 'head' });
  assert.is(appeal.citizen, null);
  const after = await ctx.head.request('stats', { from: '2026-11-01', to: '2026-12-31' });
  assert.equal(after.report.tables.find((t) => t.id === 'feedbackByMonth')!.rows, table.rows, 'the counts stay');
});

F.run();
