// One result per visit in the staff panel, in headless Debian Chromium at 1366×768: the specialist picks
// the result once, in the visitor card beside the ticket, in the office's words (Russian, Ukrainian); the
// finish records it, a card saved afterwards gives the ticket its result; and the head's statistics show
// the visits by result in words, with the CSV carrying the same.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn } from '../helpers/browser.ts';
import { client, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('one result per visit in the panel');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-11-24', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t });
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

const view = 'panel-app >> operator-view';
/** Every list on the booth's screen that offers a visit's result (the old finish list offered "accepted" too). */
const resultPickers = (page: Page) => page.locator(`${view} >> select:has(option[value="accepted"])`);
const optionTexts = (page: Page) => page.locator(`${view} >> #result >> option:not([value=""])`).allTextContents();

test('the result is picked once, in the card, in Russian and Ukrainian; finish and card record the same', async ({ browser, d, clock }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'petrova', pin: '2222', booth: 2, locale: 'ru-RU' });
  const first = (await kiosk.request('issue', { directionId: 'certificates' })).ticket;
  await page.waitForSelector(`${view} >> .line >> text=${first.label}`);
  await page.keyboard.press('Alt+N');
  await page.waitForSelector(`panel-app >> visit-card >> text=${first.label}`);

  assert.is(await resultPickers(page).count(), 1, 'one picker for the visit');
  assert.ok(await page.locator('panel-app >> visit-card >> #result').isVisible(), 'and it is the card\'s');
  assert.is(await page.inputValue('panel-app >> visit-card >> #result'), '', 'nothing is picked for the specialist');
  assert.is((await page.locator('panel-app >> visit-card >> #result >> option[value=""]').textContent())?.trim(), '— выберите результат —');
  assert.equal(await optionTexts(page), ['Разъяснено', 'Направлено на рассмотрение', 'Взято на контроль', 'Списано в дело', 'Документы приняты', 'Возвращено: неполный пакет', 'Справка выдана']);
  assert.match(await page.locator(`${view} >> .finish`).textContent() ?? '', 'Результат приёма — в карточке посетителя');
  await screenshot(page, 'panel-visit-result-ru-1366');

  await page.selectOption('panel-app >> select[aria-label="Язык"]', 'uk');
  await page.waitForSelector(`${view} >> .finish >> text=Результат прийому — у картці відвідувача`);
  assert.equal(await optionTexts(page), ['Роз’яснено', 'Направлено на розгляд', 'Взято на контроль', 'Списано до справи', 'Документи прийнято', 'Повернуто: неповний пакет', 'Довідку видано']);
  assert.is(await resultPickers(page).count(), 1);
  await screenshot(page, 'panel-visit-result-uk-1366');

  // Nothing picked: the finish is refused in words, and the visit is not counted under a result nobody chose.
  await page.keyboard.press('Alt+F');
  await page.waitForSelector('panel-app >> text=Оберіть результат прийому.');
  assert.is(d.service.state.tickets.get(first.id)!.state, 'called');

  // Only the result picked, no card typed: the finish goes at once with it.
  await page.selectOption(`${view} >> #result`, 'issued');
  clock.t += 5 * 60_000;
  await page.keyboard.press('Alt+F');
  await until(() => d.service.state.tickets.get(first.id)!.state === 'done');
  assert.is(d.service.state.tickets.get(first.id)!.result, 'issued');

  // The card of the visit just finished, filled in afterwards with another result: the ticket follows.
  await page.fill('panel-app >> visit-card >> [name="fullName"]', 'Иванов Иван Иванович');
  await page.selectOption('panel-app >> visit-card >> #result', 'review');
  await page.click('panel-app >> visit-card >> #save-card');
  await page.waitForSelector('panel-app >> visit-card >> #saved-note');
  await until(() => d.service.state.tickets.get(first.id)!.result === 'review');
  assert.is(d.journal.store.appealOfTicket(first.id)!.result, 'review');
  await screenshot(page, 'panel-visit-result-saved-uk-1366');
  kiosk.close();
  await page.close();
});

test("the head's statistics show the visits by result in words, and the CSV the same", async ({ browser, d, clock }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  for (const result of ['accepted', 'accepted', 'issued', 'explained', 'control', 'filed', 'returned', 'review']) {
    await kiosk.request('issue', { directionId: 'documents' });
    clock.t += 60_000;
    await op.request('callNext', {});
    clock.t += 5 * 60_000;
    await op.request('finish', { result });
  }
  // A ticket finished by an earlier daemon with its default "done".
  const last = [...d.service.state.tickets.values()].at(-1)!;
  d.service.store.db.run("UPDATE tickets SET result = 'done' WHERE id = ?", [last.id]);
  const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', locale: 'uk-UA' });
  await page.waitForSelector('panel-app >> supervisor-view >> #tab-stats');
  await page.selectOption('panel-app >> select[aria-label="Язык"]', 'uk');
  await page.click('panel-app >> supervisor-view >> #tab-stats');
  const table = page.locator('panel-app >> stats-view >> [data-table="byResult"]');
  await page.locator('panel-app >> stats-view >> #stats-totals').waitFor();
  await table.locator('td >> text=Довідку видано').waitFor();
  const rows = [
    ['Роз’яснено', 1, 12.5], ['Взято на контроль', 1, 12.5], ['Списано до справи', 1, 12.5], ['Документи прийнято', 2, 25],
    ['Повернуто: неповний пакет', 1, 12.5], ['Довідку видано', 1, 12.5], ['Обслуговано, результат не вказано', 1, 12.5],
  ] as const;
  // Figures the office's way (a Russian office: a decimal comma).
  const share = (n: number) => String(n).replace('.', ',');
  assert.equal(await table.locator('tr').allInnerTexts(), ['Результат\tПрийомів\tЗ карткою\tЧастка, %', ...rows.map(([r, n, p]) => `${r}\t${n}\t0\t${share(p)}`)]);
  const [download] = await Promise.all([page.waitForEvent('download'), table.locator('button.csv').click()]);
  assert.is(await readFile((await download.path())!, 'utf8'),
    `\ufeffРезультат;Прийомів;З карткою;Частка, %\r\n${rows.map(([r, n, p]) => `${r};${n};0;${share(p)}\r\n`).join('')}`);
  // Seven bars side by side: each label stays under its own bar, long ones cut short, none over the next.
  const labels = await table.locator('svg.chart text[fill="#486581"]').evaluateAll((els) => els.map((e) => { const b = e.getBoundingClientRect(); return [b.left, b.right]; }));
  assert.is(labels.length, 7);
  for (let i = 1; i < labels.length; i++) assert.ok(labels[i - 1]![1]! <= labels[i]![0]!, `label ${i} overlaps label ${i + 1}`);
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, 'panel-stats-results-uk-1366');
  await screenshot(table, 'panel-stats-results-table-uk');
  for (const c of [kiosk, op]) c.close();
  await page.close();
});

test.run();
