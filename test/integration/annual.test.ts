// The annual analysis through the real daemon and its SQLite file: visitor cards of two years written by
// the intake app and a ticket served at a booth, then the head asks for the year and a quarter over
// WebSocket and gets the figures the test put in, each beside last year's; the PDF comes through the same
// protocol, is an A4 document of several pages whose text (read back with pdf.js) names the period and
// the figures, in Ukrainian for a Ukrainian office; an operator is refused both.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDb } from '../../queue-core/src/store/sqlite.ts';
import { MIGRATIONS, migrate } from '../../queue-core/src/store/migrations.ts';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { client, ready, type TestDaemon } from '../helpers/daemon.ts';
import { ClientError } from '../../queue-core/src/protocol/index.ts';
import { officeWithTwoYears } from '../helpers/annual-office.ts';

const OPERATOR = { role: 'operator' as const, staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates', 'documents', 'consultation'] };
const HEAD = { role: 'supervisor' as const, staffId: 'head', pin: '9999' };
// The first report starts the statistics workers, which under the test runner compile their TypeScript on
// start: on a loaded 2-core machine that alone outlasted the client's usual 15 s (as in rating.test.ts).
const SLOW = { requestTimeoutMs: 120_000 };
const ARTIFACTS = new URL('../.artifacts/annual/', import.meta.url);

interface Ctx { d: TestDaemon; clock: { t: number } }
const A = suite<Ctx>('the annual analysis');

async function refusal(p: Promise<unknown>): Promise<ClientError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ClientError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** The pages of a PDF: each page's box and its text, read by pdf.js. */
async function readPdf(base64: string): Promise<{ boxes: number[][]; text: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), useSystemFonts: false, isEvalSupported: false }).promise;
  const boxes: number[][] = [], text: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    boxes.push(page.view.map((v) => Math.round(v * 100) / 100));
    const content = await page.getTextContent();
    text.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return { boxes, text };
}

A.after.each(async (ctx) => {
  await ctx.d?.stop();
});

A("the head's annual figures are what the office did, each beside last year's", async (ctx) => {
  await officeWithTwoYears(ctx, 'ru');
  const head = await ready(client(ctx.d, HEAD, SLOW));
  const { report } = await head.request('annualReport', { year: 2026 });
  const f = Object.fromEntries(report.figures.map((x) => [x.id, [x.now, x.before, x.change]]));
  assert.equal(report.period, { year: 2026, quarter: null, from: '2026-01-01', to: '2026-12-31' });
  assert.equal(report.previous, { year: 2025, quarter: null, from: '2025-01-01', to: '2025-12-31' });
  // Asked on 10 March 2026, the year is still in progress: its figures are as of that day; 2025 is whole.
  assert.is(report.asOf, '2026-03-10');
  assert.is((await head.request('annualReport', { year: 2025 })).report.asOf, null);
  // 15 cards without a ticket and the ticket served; 8 cards the year before.
  assert.equal(f.served, [16, 8, 100]);
  assert.equal(f.setsAccepted, [6, 5, 20]);
  assert.equal(f.consultationsOnDocuments, [3, 1, 200]);
  assert.equal(f.consultationsOnPayments, [1, 1, 0]);
  assert.equal(f.consultationShare, [50, 20, 30], '3 of 6 sets against 1 of 5: +30 points');
  assert.equal(f.registrationRequests, [1, 0, null]);
  assert.equal(f.certificatesIssued, [2, 1, 100]);
  assert.equal(f.returnedIncomplete, [2, 0, null]);
  assert.equal(report.setsByReason, [{ key: 'subsidy', now: 4, before: 3 }, { key: 'child-allowance', now: 1, before: 2 }, { key: 'benefits', now: 1, before: 0 }]);
  // "Справка о доходах" written twice in two ways is one document.
  assert.equal(report.missingDocuments, [{ document: 'Справка о доходах', appeals: 2, repeats: 0, before: 0 }, { document: 'Копия паспорта', appeals: 1, repeats: 0, before: 0 }]);
  assert.is(report.byMonth.length, 12);
  assert.equal(report.byMonth.find((b) => b.key === '03'), { key: '03', now: 1, before: 0 });
  assert.equal(report.byHour, [{ key: '11', now: 1, before: 0 }]);
  // A quarter is compared with the same quarter a year before; the second quarter holds nothing.
  const q1 = (await head.request('annualReport', { year: 2026, quarter: 1 })).report;
  assert.equal([q1.period.from, q1.period.to, q1.previous.from, q1.previous.to], ['2026-01-01', '2026-03-31', '2025-01-01', '2025-03-31']);
  assert.equal(q1.figures.find((x) => x.id === 'setsAccepted')!.now, 6);
  assert.is(q1.byMonth.length, 3);
  const q2 = (await head.request('annualReport', { year: 2026, quarter: 2 })).report;
  assert.equal(q2.figures.find((x) => x.id === 'served')!.now, 0);
  head.close();
});

A('the PDF is an A4 report of several pages in Russian with the period and the figures; an operator gets neither', async (ctx) => {
  await officeWithTwoYears(ctx, 'ru');
  const head = await ready(client(ctx.d, HEAD, SLOW));
  const answer = await head.request('annualReportPdf', { year: 2026 });
  assert.is(answer.fileName, 'annual-2026-ru.pdf');
  const bytes = Buffer.from(answer.pdf, 'base64');
  assert.is(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(new URL('annual-2026-ru.pdf', ARTIFACTS), bytes);
  const { boxes, text } = await readPdf(answer.pdf);
  assert.ok(boxes.length >= 2, `${boxes.length} pages`);
  assert.is(answer.pages, boxes.length);
  for (const b of boxes) assert.equal(b, [0, 0, 595.28, 841.89], 'every page is A4 portrait');
  const all = text.join('\n');
  assert.match(text[0]!, 'Анализ работы клиентской службы');
  assert.match(text[0]!, '2026 год, по состоянию на 10.03.2026');
  assert.match(text[0]!.replace(/\s+/g, ' '), 'Год ещё не закончился: показатели неполные, по 10.03.2026 включительно; прошлогодние — за весь год.');
  assert.match(text.at(-1)!, 'по состоянию на 10.03.2026');
  assert.match(text[0]!, 'Обслужено 16 человек, на 100 % больше, чем в 2025 году.');
  assert.match(all, 'Справка о доходах');
  assert.match(all, 'Субсидии');
  // The charts are titled for what they count (tickets), with a note on why they do not add up to those served.
  for (const title of ['Талоны по месяцам', 'Талоны по дням недели', 'Талоны по часам дня']) assert.match(all, title);
  assert.not.match(all, 'Посетители по');
  assert.match(all.replace(/\s+/g, ' '), 'Столбцы — взятые талоны, включая тех, кто не явился');
  // The missing documents' columns each name their period, this year's as last year's.
  assert.match(all.replace(/\s+/g, ' '), 'Документ Возвращено, 2026 год из них повторно, 2026 год Возвращено, 2025 год');
  // What "served" counts, and why the statistics' "served" (tickets) may differ.
  assert.match(all.replace(/\s+/g, ' '), 'Обслужено — люди, каждый гражданин один раз: по талону, в том числе прошедший лишь часть шагов жизненной ситуации');
  assert.match(all.replace(/\s+/g, ' '), 'талоны, завершённые обслуживанием');
  assert.match(text.at(-1)!, `Стр. ${boxes.length} из ${boxes.length}`);
  // Last year, over: no "по состоянию" anywhere.
  const whole = (await readPdf((await head.request('annualReportPdf', { year: 2025 })).pdf)).text.join('\n');
  assert.match(whole, '2025 год');
  assert.not.match(whole, 'по состоянию');
  assert.not.match(whole, 'не закончился');
  // The operator is refused the figures and the document alike.
  const op = await ready(client(ctx.d, OPERATOR));
  assert.is((await refusal(op.request('annualReport', { year: 2026 }))).code, 'ROLE_FORBIDDEN');
  assert.is((await refusal(op.request('annualReportPdf', { year: 2026 }))).code, 'ROLE_FORBIDDEN');
  // A quarter that does not exist is refused in words, and the daemon goes on answering.
  assert.is((await refusal(head.request('annualReport', { year: 2026, quarter: 5 } as never))).code, 'BAD_REQUEST');
  assert.is((await head.request('annualReport', { year: 2026, quarter: 1 })).report.period.quarter, 1);
  op.close();
  head.close();
});

A('a Ukrainian office gets its annual report in Ukrainian, ґ є ї і included', async (ctx) => {
  await officeWithTwoYears(ctx, 'uk');
  const head = await ready(client(ctx.d, HEAD, SLOW));
  const answer = await head.request('annualReportPdf', { year: 2026, quarter: 1 });
  assert.is(answer.fileName, 'annual-2026-Q1-uk.pdf');
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(new URL('annual-2026-Q1-uk.pdf', ARTIFACTS), Buffer.from(answer.pdf, 'base64'));
  const { text } = await readPdf(answer.pdf);
  const all = text.join('\n');
  assert.match(text[0]!, 'Аналіз роботи клієнтської служби');
  assert.match(text[0]!, 'I квартал 2026 року, станом на 10.03.2026');
  assert.match(text[0]!, 'Квартал ще не закінчився');
  assert.match(all, 'Обслуговано 16 осіб, на 100 % більше, ніж у I кварталі 2025 року.');
  assert.match(all, 'Талони за годинами дня');
  assert.match(all.replace(/\s+/g, ' '), 'Документ Повернуто, I квартал 2026 року з них повторно, I квартал 2026 року Повернуто, I квартал 2025 року');
  assert.match(all.replace(/\s+/g, ' '), 'Обслуговано — люди, кожен громадянин один раз');
  assert.match(all, 'Стор. 1 з');
  assert.not.match(all, 'Обслужено', 'no Russian left in a Ukrainian report');
  head.close();
});

A("a corrected card's missing documents count as corrected; a journal kept before the analysis gets its cards' documents at the upgrade", async (ctx) => {
  await officeWithTwoYears(ctx, 'ru');
  const head = await ready(client(ctx.d, HEAD, SLOW));
  const intake = await ready(client(ctx.d, { role: 'integration', token: 'demo-intake-token-0123456789' }));
  const returned = { staffId: 'ivanova', citizen: { fullName: 'Сидорова Ольга', address: '', passport: '' }, category: 'working' as const, appealType: 'documents' as const, reason: 'subsidy', result: 'returned' as const, missingDocuments: ['СНИЛС'] };
  const { appeal } = await intake.request('journalSave', { appeal: returned });
  const missing = async () => (await head.request('annualReport', { year: 2026 })).report.missingDocuments.map((m) => [m.document, m.appeals]);
  assert.equal(await missing(), [['Справка о доходах', 2], ['Копия паспорта', 1], ['СНИЛС', 1]]);
  // The citizen brought it the same day: the card is corrected to accepted, nothing missing.
  await intake.request('journalSave', { appeal: { ...returned, id: appeal.id, result: 'accepted', missingDocuments: [], documents: ['СНИЛС'] } });
  assert.equal(await missing(), [['Справка о доходах', 2], ['Копия паспорта', 1]]);
  intake.close();
  head.close();

  // A database of the schema before this one, holding a returned card, upgraded: the card's documents are there.
  const dir = await mkdtemp(join(tmpdir(), 'queue-annual-'));
  try {
    const db = SqliteDb.open(join(dir, 'queue.sqlite'));
    // The schema just before the analysis's migration (others may come after it).
    const before = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE appeal_missing_documents'));
    assert.ok(before > 0, 'the analysis has its migration');
    for (const m of MIGRATIONS.slice(0, before)) db.exec(m);
    db.exec(`PRAGMA user_version = ${before}`);
    db.run(`INSERT INTO appeals (id, at, day, hour, staff_id, category, appeal_type, reason, result, is_repeat, body) VALUES ('J-20250310-0001', 0, '2025-03-10', 10, 'ivanova', 'working', 'documents', 'subsidy', 'returned', 1, ?)`,
      [JSON.stringify({ missingDocuments: ['Трудовая книжка', ' '], documents: [] })]);
    migrate(db);
    assert.equal(db.all('SELECT appeal_id, day, result, is_repeat, document FROM appeal_missing_documents'), [{ appeal_id: 'J-20250310-0001', day: '2025-03-10', result: 'returned', is_repeat: 1, document: 'Трудовая книжка' }]);
    db.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

A.run();
