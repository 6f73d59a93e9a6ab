// Outreach visits changed from the staff panel in headless Chromium at 1366×768, in a Russian and in a
// Ukrainian office: a settlement's corrected list replaces the first after the panel asks "replace the
// list of N with M?", the visit is moved to another day with other specialists after a question, and
// cancelled with a reason after a question; a cancelled visit is shown as such and counted apart in the
// head's analysis. What the screen shows is checked against what the daemon stored.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { cp1251 } from '../helpers/cp1251.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('outreach visits changed on the panel');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

const FIRST = cp1251(['ФИО;Адрес;Телефон;Вопрос', 'Петров Пётр Петрович;с. Тарбагатай, ул. Ленина, 1;83014412345;субсидия', 'Иванова Анна Сергеевна;с. Тарбагатай, ул. Мира, 7;;пособие'].join('\r\n'));
const CORRECTED = cp1251([
  'ФИО;Адрес;Телефон;Вопрос',
  'Петров Пётр Петрович;с. Тарбагатай, ул. Ленина, 1;83014412399;субсидия',
  'Кузнецова Мария Ивановна;с. Тарбагатай, ул. Садовая, 3;;пенсия',
  'Орлов Николай;с. Тарбагатай;;справка',
].join('\r\n'));

const V = 'panel-app >> outreach-view';

async function signIn(browser: Browser, d: TestDaemon, role: string, staffId: string, pin: string, lang: 'ru' | 'uk'): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role, staffId, pin, locale: lang === 'uk' ? 'uk-UA' : 'ru-RU' });
  await page.waitForSelector('panel-app >> #logout');
  if (lang === 'uk') await page.selectOption('panel-app >> select[aria-label="Язык"]', 'uk');
  return page;
}

/** A visit planned with its first list, as the consultant did by the protocol before. */
async function plannedWithList(d: TestDaemon, settlement: string, day: string): Promise<string> {
  const cons = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const { visit } = await cons.request('outreachPlan', { visit: { settlement, day, specialists: ['ivanova'] } });
  await cons.request('outreachImport', { visitId: visit.id, file: FIRST.toString('base64') });
  cons.close();
  return visit.id;
}

const question = async (page: Page) => (await page.locator(`${V} >> #confirm >> p`).textContent())!.trim();

test('ru: the corrected list replaces the first after the question; the visit is moved, then cancelled, each after a question', async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t });
  const { browser, d } = ctx;
  const id = await plannedWithList(d, 'Тарбагатай', '2026-03-10');
  const page = await signIn(browser, d, 'consultant', 'consultant', '5555', 'ru');
  await page.click('panel-app >> #tab-outreach');
  await page.click(`${V} >> #visits >> tr[data-visit="${id}"] >> button.open`);

  // The corrected list: the panel asks before anything is replaced.
  await page.setInputFiles(`${V} >> #list-file`, { name: 'tarbagatay-2.csv', mimeType: 'text/csv', buffer: CORRECTED });
  await page.click(`${V} >> #import-button`);
  await page.waitForSelector(`${V} >> #confirm[data-ask="replace"]`);
  assert.is(await question(page), 'Заменить список из 2 человек новым из 3?');
  assert.is(await page.locator(`${V} >> #citizens >> tr`).count(), 3, 'the first list stays until the answer');
  await screenshot(page, 'outreach-replace-ask-ru-1366');
  await page.click(`${V} >> #confirm-yes`);
  await page.waitForSelector(`${V} >> #import-note >> text=Загружено граждан: 3`);
  assert.equal(await page.locator(`${V} >> #citizens >> tr >> td:nth-child(2)`).allTextContents(), ['Петров Пётр Петрович', 'Кузнецова Мария Ивановна', 'Орлов Николай']);
  assert.equal(d.journal.store.db.all<{ n: number }>("SELECT count(*) AS n FROM outreach_events WHERE visit_id = ? AND type = 'outreach-list'", [id]), [{ n: 2 }]);

  // Moved to the 12th with Петрова instead of Иванова.
  await page.click(`${V} >> #reschedule`);
  await page.fill(`${V} >> [name="new-day"]`, '2026-03-12');
  await page.uncheck(`${V} >> [name="new-specialist"][value="ivanova"]`);
  await page.check(`${V} >> [name="new-specialist"][value="petrova"]`);
  await page.click(`${V} >> #reschedule-ask`);
  await page.waitForSelector(`${V} >> #confirm[data-ask="reschedule"]`);
  assert.is(await question(page), 'Перенести выезд в «Тарбагатай» с 10.03.2026 на 12.03.2026?');
  await screenshot(page, 'outreach-reschedule-ask-ru-1366');
  await page.click(`${V} >> #confirm-yes`);
  await page.waitForSelector(`${V} >> #change-note >> text=Выезд перенесён`);
  assert.match((await page.locator(`${V} >> h2`).first().textContent())!, 'Тарбагатай, 12.03.2026');
  assert.is(await page.locator(`${V} >> #citizens >> tr`).count(), 4, 'the list stays with the visit');

  // Cancelled: "no" first changes nothing; then "yes".
  await page.click(`${V} >> #cancel-visit`);
  await page.fill(`${V} >> [name="reason"]`, 'Паводок, дорога закрыта');
  await page.click(`${V} >> #cancel-ask`);
  await page.waitForSelector(`${V} >> #confirm[data-ask="cancel"]`);
  assert.is(await question(page), 'Отменить выезд в «Тарбагатай» 12.03.2026? Список граждан будет удалён по сроку хранения.');
  await page.click(`${V} >> #confirm-no`);
  assert.is(d.journal.store.db.get<{ c: string | null }>('SELECT cancelled_day AS c FROM outreach_visits WHERE id = ?', [id])!.c, null);
  await page.click(`${V} >> #cancel-ask`);
  await screenshot(page, 'outreach-cancel-ask-ru-1366');
  await page.click(`${V} >> #confirm-yes`);
  await page.waitForSelector(`${V} >> #cancelled-note`);
  assert.is((await page.locator(`${V} >> #cancelled-note`).textContent())!.trim(), 'Выезд отменён 06.03.2026: Паводок, дорога закрыта');
  for (const gone of ['#reschedule', '#cancel-visit', '#list-file']) assert.is(await page.locator(`${V} >> ${gone}`).count(), 0, `${gone} is gone from a cancelled visit`);
  await screenshot(page, 'outreach-cancelled-ru-1366', { fullPage: true });
  await page.click(`${V} >> #back`);
  await page.waitForSelector(`${V} >> #visits >> tr[data-visit="${id}"] >> .pill`);
  assert.is((await page.locator(`${V} >> #visits >> tr[data-visit="${id}"] >> .pill`).textContent())!.trim(), 'Отменён');
  await screenshot(page, 'outreach-visits-cancelled-ru-1366');
  const stored = JSON.parse(d.journal.store.db.get<{ body: string }>('SELECT body FROM outreach_visits WHERE id = ?', [id])!.body);
  assert.equal([stored.day, stored.specialists, stored.listed, stored.cancelReason], ['2026-03-12', ['petrova'], 3, 'Паводок, дорога закрыта']);
});

test('uk: the head replaces a list, moves a visit and cancels another in Ukrainian; the analysis counts the cancelled apart', async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => (c.office.language = 'uk')) });
  const { browser, d } = ctx;
  const moved = await plannedWithList(d, 'Петрівка', '2026-03-10');
  const cancelled = await plannedWithList(d, 'Куйтун', '2026-03-11');
  const page = await signIn(browser, d, 'supervisor', 'head', '9999', 'uk');
  await page.click('panel-app >> #tab-outreach');
  await page.click(`${V} >> #visits >> tr[data-visit="${moved}"] >> button.open`);
  await page.setInputFiles(`${V} >> #list-file`, { name: 'petrivka.csv', mimeType: 'text/csv', buffer: CORRECTED });
  await page.click(`${V} >> #import-button`);
  await page.waitForSelector(`${V} >> #confirm[data-ask="replace"]`);
  assert.is(await question(page), 'Замінити список із 2 осіб новим із 3?');
  assert.is((await page.locator(`${V} >> #confirm-yes`).textContent())!.trim(), 'Замінити список');
  await screenshot(page, 'outreach-replace-ask-uk-1366');
  await page.click(`${V} >> #confirm-yes`);
  await page.waitForSelector(`${V} >> #import-note >> text=Завантажено громадян: 3`);

  await page.click(`${V} >> #reschedule`);
  await page.fill(`${V} >> [name="new-day"]`, '2026-03-17');
  await page.click(`${V} >> #reschedule-ask`);
  assert.is(await question(page), 'Перенести виїзд до «Петрівка» з 10.03.2026 на 17.03.2026?');
  await screenshot(page, 'outreach-reschedule-ask-uk-1366');
  await page.click(`${V} >> #confirm-yes`);
  await page.waitForSelector(`${V} >> #change-note >> text=Виїзд перенесено`);

  await page.click(`${V} >> #back`);
  await page.click(`${V} >> #visits >> tr[data-visit="${cancelled}"] >> button.open`);
  await page.click(`${V} >> #cancel-visit`);
  await page.fill(`${V} >> [name="reason"]`, 'Немає транспорту');
  await page.click(`${V} >> #cancel-ask`);
  assert.is(await question(page), 'Скасувати виїзд до «Куйтун» 11.03.2026? Список громадян буде видалено за строком зберігання.');
  await screenshot(page, 'outreach-cancel-ask-uk-1366');
  await page.click(`${V} >> #confirm-yes`);
  await page.waitForSelector(`${V} >> #cancelled-note`);
  assert.is((await page.locator(`${V} >> #cancelled-note`).textContent())!.trim(), 'Виїзд скасовано 06.03.2026: Немає транспорту');
  await page.click(`${V} >> #back`);
  await page.waitForSelector(`${V} >> #visits >> tr[data-visit="${cancelled}"] >> .pill`);
  assert.is((await page.locator(`${V} >> #visits >> tr[data-visit="${cancelled}"] >> .pill`).textContent())!.trim(), 'Скасовано');
  assert.equal(await page.locator(`${V} >> #visits >> tr >> td:first-child`).allTextContents(), ['11.03.2026', '17.03.2026']);

  // The analysis of this year: Петрівка planned, Куйтун cancelled (its two listed not counted as come to a visit).
  await page.click(`${V} >> #analysis >> button >> text=Показати`);
  await page.waitForSelector(`${V} >> #analysis-rows`);
  const rows = await page.locator(`${V} >> #analysis-rows >> tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
  assert.equal(rows[0], ['Сільське поселення', 'Рік', 'Виїздів', 'Скасовано', 'У списку', 'Прийнято звернень', 'Внесено із запізненням']);
  assert.equal(rows.slice(1, 3), [['Куйтун', '2026', '0', '1', '0', '0', '0'], ['Петрівка', '2026', '1', '0', '3', '0', '0']]);
  assert.equal(rows.at(-1), ['Усього', '2026', '1', '1', '3', '0', '0'], 'the year of the three shown (2024–2026) with the visits');
  await screenshot(page, 'outreach-visits-analysis-uk-1366', { fullPage: true });
});

test.run();
