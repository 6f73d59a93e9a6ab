// The journal's screens in headless Debian Chromium: a specialist fills the visitor card for the called
// ticket and prints the memo; a repeat visit is flagged with the earlier one; the phone journal; the
// head of the service finds a record, takes an overdue appeal off control, and reads the statistics
// with their charts and a CSV download.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('journal screens');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close(); // absent when Chromium failed to start; launch() has printed why
});
test.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-11-24', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t });
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

async function signIn(browser: Browser, d: TestDaemon, role: string, staffId: string, pin: string, booth?: number): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role, staffId, pin, booth, locale: 'ru-RU' });
  await page.waitForSelector('panel-app >> #logout');
  return page;
}

async function fillCard(page: Page, fields: { name: string; passport: string; type?: string; result?: string; missing?: string; documents?: string }) {
  const card = 'panel-app >> visit-card';
  await page.fill(`${card} >> [name="fullName"]`, fields.name);
  await page.fill(`${card} >> [name="address"]`, 'Иркутск, ул. Карла Маркса, 10');
  await page.fill(`${card} >> [name="passport"]`, fields.passport);
  await page.selectOption(`${card} >> [name="category"]`, 'pensioner');
  await page.selectOption(`${card} >> [name="appealType"]`, fields.type ?? 'documents');
  await page.selectOption(`${card} >> [name="reason"]`, 'child-allowance');
  await page.selectOption(`${card} >> [name="result"]`, fields.result ?? 'accepted');
  await page.fill(`${card} >> [name="documents"]`, fields.documents ?? '');
  await page.fill(`${card} >> [name="missing"]`, fields.missing ?? '');
  await page.click(`${card} >> #save-card`);
  await page.waitForSelector(`${card} >> #saved-note`);
}

test('the visitor card for the called ticket, the memo, and a repeat visit flagged', async ({ browser, d, clock }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const page = await signIn(browser, d, 'operator', 'petrova', '2222', 2);
  await kiosk.request('issue', { directionId: 'documents' });
  await page.waitForSelector('panel-app >> operator-view >> .line >> text=Д100');
  await page.keyboard.press('Alt+N');
  await page.waitForSelector('panel-app >> visit-card >> text=Д100');
  await fillCard(page, { name: 'Смирнова Галина Ивановна', passport: '2505 654321', result: 'returned', missing: 'Свидетельство о рождении ребёнка\nСправка о доходах семьи' });
  const saved = await page.locator('panel-app >> visit-card >> #saved-note').textContent();
  assert.match(saved!, 'J-20261124-0001');
  const stored = (await d.journal.store.appeal('J-20261124-0001'))!;
  assert.is(stored.ticketLabel, 'Д100');
  assert.is(stored.staffId, 'petrova');
  assert.equal(stored.missingDocuments, ['Свидетельство о рождении ребёнка', 'Справка о доходах семьи']);
  await screenshot(page, 'panel-visit-card-1366', { fullPage: true });

  // The memo opens in its own tab, ready to print.
  const [memo] = await Promise.all([page.context().waitForEvent('page'), page.click('panel-app >> visit-card >> #print-memo')]);
  await memo.waitForSelector('text=Памятка: недостающие документы');
  assert.match((await memo.content()), 'Свидетельство о рождении ребёнка');
  await screenshot(memo, 'memo');
  await memo.close();

  // A week later the same citizen comes back with the missing papers.
  await page.click('panel-app >> operator-view >> #finish');
  clock.t = at('2026-12-01', '10:00');
  await d.service.execute({ type: 'rollDay' }, { role: 'system' });
  await page.reload();
  await page.waitForSelector('panel-app >> #login');
  await page.fill('panel-app >> #pin', '2222');
  await page.click('panel-app >> #login');
  await page.waitForSelector('panel-app >> #logout');
  await kiosk.request('issue', { directionId: 'documents' });
  await page.waitForSelector('panel-app >> operator-view >> .line >> text=Д100');
  await page.keyboard.press('Alt+N');
  await page.waitForSelector('panel-app >> visit-card >> text=Д100');
  await fillCard(page, { name: 'Смирнова Галина Ивановна', passport: '25 05 654321', documents: 'Свидетельство о рождении ребёнка\nСправка о доходах семьи' });
  await page.waitForSelector('panel-app >> visit-card >> .repeat >> text=Повторное обращение');
  assert.match(await page.locator('panel-app >> visit-card >> .repeat').textContent() ?? '', '24.11.2026');
  await screenshot(page, 'panel-visit-card-repeat-1366', { fullPage: true });
  kiosk.close();
  await page.close();
});

test('phone consultations are logged from the panel', async ({ browser, d }) => {
  const page = await signIn(browser, d, 'consultant', 'consultant', '5555');
  await page.click('panel-app >> consultant-view >> #tab-phone');
  await page.fill('panel-app >> phone-view >> [name="topic"]', 'Как оформить субсидию');
  await page.fill('panel-app >> phone-view >> [name="result"]', 'Разъяснён перечень документов');
  await page.click('panel-app >> phone-view >> #phone-save');
  await page.waitForSelector('panel-app >> phone-view >> #phone-list >> text=Как оформить субсидию');
  const list = await d.journal.store.phones('2026-11-24', '2026-11-24', 10);
  assert.equal(list.map((p) => [p.topic, p.staffId]), [['Как оформить субсидию', 'consultant']]);
  await screenshot(page, 'panel-phone-1366');
  await page.close();
});

test('the head finds a record, closes an overdue appeal, and reads the statistics with a CSV', async ({ browser, d, clock }) => {
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  clock.t = at('2026-11-02', '10:00');
  await op.request('journalSave', { appeal: { citizen: { fullName: 'Ковалёв Сергей Петрович', address: '', passport: '2507 111222' }, category: 'working', appealType: 'complaint', reason: 'subsidy', result: 'control' } });
  clock.t = at('2026-11-10', '11:00');
  await op.request('journalSave', { appeal: { citizen: { fullName: 'Лебедева Ольга', address: '', passport: '' }, category: 'student', appealType: 'certificate', reason: 'scholarship', result: 'explained' } });
  await op.request('phoneSave', { consultation: { topic: 'Стипендия', result: 'Разъяснено' } });
  op.close();
  clock.t = at('2026-12-04', '09:00');
  await d.service.execute({ type: 'rollDay' }, { role: 'system' });

  const page = await signIn(browser, d, 'supervisor', 'head', '9999');
  await page.click('panel-app >> supervisor-view >> #tab-journal');
  await page.waitForSelector('panel-app >> journal-view >> #overdue >> text=Ковалёв Сергей Петрович');
  await screenshot(page, 'panel-journal-deadlines-1366');
  await page.fill('panel-app >> journal-view >> #journal-q', 'лебедева');
  await page.click('panel-app >> journal-view >> #journal-find');
  await page.waitForSelector('panel-app >> journal-view >> #journal-results >> text=Лебедева Ольга');
  await page.click('panel-app >> journal-view >> #overdue >> text=Открыть');
  await page.waitForSelector('panel-app >> journal-view >> #close-control');
  await page.click('panel-app >> journal-view >> #close-control');
  await page.waitForSelector('panel-app >> journal-view >> text=снято с контроля');
  assert.ok((await d.journal.store.appeal('J-20261102-0001'))!.closedAt !== null);

  await page.click('panel-app >> supervisor-view >> #tab-stats');
  await page.fill('panel-app >> stats-view >> #stats-from', '2026-11-01');
  await page.fill('panel-app >> stats-view >> #stats-to', '2026-11-30');
  await page.click('panel-app >> stats-view >> #stats-show');
  await page.waitForSelector('panel-app >> stats-view >> [data-table="byCategory"] >> td >> text=Учащийся');
  assert.match(await page.locator('panel-app >> stats-view >> #stats-totals').textContent() ?? '', 'Обращений в журнале2');
  // The totals say what "served" counts (tickets), and why the annual analysis' "served" (people) may differ.
  const servedNote = await page.locator('panel-app >> stats-view >> #stats-served-note').textContent() ?? '';
  assert.match(servedNote, 'Обслужено — талоны, завершённые обслуживанием');
  assert.match(servedNote, 'каждого гражданина один раз, в том числе прошедшего часть шагов жизненной ситуации');
  assert.is(await page.locator('panel-app >> stats-view >> [data-table="byType"] >> svg.chart rect').count(), 2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('panel-app >> stats-view >> [data-table="byReason"] >> button.csv')]);
  assert.is(download.suggestedFilename(), 'byReason_2026-11-01_2026-11-30.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  assert.is(csv, '\ufeffВопрос;Обращений;Повторных;Доля, %\r\nСправка на социальную стипендию;1;0;50\r\nСубсидии;1;0;50\r\n');
  await page.setViewportSize(SIZES.panelLarge);
  await screenshot(page, 'panel-stats-1920', { fullPage: true });
  await screenshot(page.locator('panel-app >> stats-view >> [data-table="byStaff"]'), 'panel-stats-by-staff');
  await page.close();
});

test.run();
