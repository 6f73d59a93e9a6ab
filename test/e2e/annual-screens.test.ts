// The annual analysis in headless Chromium at the staff panel's 1366×768: the head of a Russian office
// picks 2026, reads the figures beside 2025 and the sentences, and downloads the PDF; a Ukrainian office's
// head reads the same in Ukrainian for the first quarter. Pictures of both go to test/.artifacts/screens/.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import type { TestDaemon } from '../helpers/daemon.ts';
import { officeWithTwoYears } from '../helpers/annual-office.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('annual analysis screens');
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

async function head(ctx: { browser: Browser; d: TestDaemon; clock: { t: number } }, lang: 'ru' | 'uk'): Promise<Page> {
  const page = await openPanel(ctx.browser, `${ctx.d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', locale: lang === 'uk' ? 'uk-UA' : 'ru-RU', clockAt: ctx.clock.t });
  await page.waitForSelector('panel-app >> #logout');
  return page;
}

const cellsOf = (page: Page, figure: string) => page.locator(`panel-app >> annual-view >> tr[data-figure="${figure}"] >> td`).allTextContents();

test('the head picks 2026, reads it beside 2025 and downloads the PDF', async (ctx) => {
  await officeWithTwoYears(ctx, 'ru');
  const page = await head(ctx, 'ru');
  await page.click('panel-app >> #tab-annual');
  // The last whole year comes first; the head picks this one.
  await page.waitForSelector('panel-app >> annual-view >> #annual-figures');
  assert.is(await page.locator('panel-app >> annual-view >> #annual-year').inputValue(), '2025');
  // 2025 is over: nothing says it is partial.
  await page.waitForSelector('panel-app >> annual-view >> #annual-summary >> text=2025 год');
  assert.is(await page.locator('panel-app >> annual-view >> #annual-as-of').count(), 0);
  assert.not.match((await page.locator('panel-app >> annual-view >> #annual-summary h3').textContent())!, 'по состоянию');
  await page.selectOption('panel-app >> annual-view >> #annual-year', '2026');
  await page.click('panel-app >> annual-view >> #annual-show');
  await page.waitForSelector('panel-app >> annual-view >> text=2026 год');
  // 2026 is still in progress on 10 March: the heading says as of when, and a note that the figures are partial.
  assert.is(await page.locator('panel-app >> annual-view >> #annual-summary h3').textContent(), 'Итоги: 2026 год, по состоянию на 10.03.2026');
  assert.is(await page.locator('panel-app >> annual-view >> #annual-as-of').textContent(), 'Год ещё не закончился: показатели неполные, по 10.03.2026 включительно; прошлогодние — за весь год.');
  assert.equal(await cellsOf(page, 'served'), ['Обслужено посетителей', '16', '8', '+100 %']);
  assert.equal(await cellsOf(page, 'consultationShare'), ['Доля консультаций по документам к принятым комплектам', '50 %', '20 %', '+30 п. п.']);
  const summary = (await page.locator('panel-app >> annual-view >> #annual-summary').textContent())!;
  assert.match(summary, 'Обслужено 16 человек, на 100 % больше, чем в 2025 году.');
  assert.match(summary, 'чаще всего не хватало документа «Справка о доходах» (2)');
  // The charts count tickets, not everyone served (16 served, 1 ticket): their titles and a note under each say so.
  assert.equal(await page.locator('panel-app >> annual-view >> .charts h3').allTextContents(), ['Талоны по месяцам', 'Талоны по дням недели', 'Талоны по часам дня']);
  const notes = await page.locator('panel-app >> annual-view >> .charts .note').allTextContents();
  assert.is(notes.length, 3);
  for (const n of notes) assert.match(n, 'Столбцы — взятые талоны, включая тех, кто не явился; посетители, принятые без талона, сюда не входят');
  // The missing documents' figures name their period, and the summary says what "served" counts and why the statistics' figure may differ.
  assert.equal(await page.locator('panel-app >> annual-view >> #annual-missing th').allTextContents(), ['Документ', 'Возвращено, 2026 год']);
  const served = (await page.locator('panel-app >> annual-view >> #annual-served-note').textContent())!;
  assert.match(served, 'каждый гражданин один раз');
  assert.match(served, 'в том числе прошедший лишь часть шагов жизненной ситуации');
  assert.match(served, 'талоны, завершённые обслуживанием');
  await screenshot(page, 'annual-ru-1366');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('panel-app >> annual-view >> #annual-pdf')]);
  assert.is(download.suggestedFilename(), 'annual-2026-ru.pdf');
  const bytes = await readFile((await download.path())!);
  assert.is(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  await page.close();
});

test('a Ukrainian office reads its first quarter in Ukrainian', async (ctx) => {
  await officeWithTwoYears(ctx, 'uk');
  const page = await head(ctx, 'uk');
  await page.click('panel-app >> #tab-annual');
  await page.waitForSelector('panel-app >> annual-view >> #annual-figures');
  await page.selectOption('panel-app >> annual-view >> #annual-year', '2026');
  await page.selectOption('panel-app >> annual-view >> #annual-quarter', '1');
  await page.click('panel-app >> annual-view >> #annual-show');
  await page.waitForSelector('panel-app >> annual-view >> text=I квартал 2026 року');
  assert.is(await page.locator('panel-app >> annual-view >> #annual-summary h3').textContent(), 'Підсумки: I квартал 2026 року, станом на 10.03.2026');
  assert.match((await page.locator('panel-app >> annual-view >> #annual-as-of').textContent())!, 'Квартал ще не закінчився');
  assert.match((await page.locator('panel-app >> #tab-annual').textContent())!, 'Річний аналіз');
  assert.equal(await cellsOf(page, 'setsAccepted'), ['Прийнято комплектів документів', '6', '5', '+20 %']);
  assert.match((await page.locator('panel-app >> annual-view >> #annual-summary').textContent())!, 'Обслуговано 16 осіб, на 100 % більше, ніж у I кварталі 2025 року.');
  assert.equal(await page.locator('panel-app >> annual-view >> #annual-missing th').allTextContents(), ['Документ', 'Повернуто, I квартал 2026 року']);
  assert.match((await page.locator('panel-app >> annual-view >> #annual-served-note').textContent())!, 'кожен громадянин один раз');
  await screenshot(page, 'annual-uk-1366');
  await page.close();
});

test.run();
