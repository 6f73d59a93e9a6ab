// The head of the service's screens at 1366×768 in headless Debian Chromium, read as she reads them: a
// refused configuration in words with the checks' text under "Details", an acknowledged alert dimmed with
// who saw it, the information line edited in Russian without losing its Ukrainian and English, and the
// statistics with numbers written the office's way and every table inside the screen.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('head of the service: words');
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

async function signIn(browser: Browser, d: TestDaemon): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', locale: 'ru-RU' });
  await page.waitForSelector('panel-app >> #logout');
  return page;
}

const SV = 'panel-app >> supervisor-view';

async function openSettings(page: Page, section = 'office') {
  await page.click(`${SV} >> #settings-tab`);
  await page.waitForFunction(() => !!(document.querySelector('panel-app')?.shadowRoot?.querySelector('supervisor-view')?.shadowRoot?.querySelector('settings-view')?.shadowRoot?.querySelector('office-form')?.shadowRoot?.querySelector('#office-name') as HTMLInputElement | null)?.value);
  if (section !== 'office') await page.click(`${SV} >> button[data-section="${section}"]`);
}

test('a refused configuration reads in words; the checks\' own text is under "Подробности"', async ({ browser, d }) => {
  const page = await signIn(browser, d);
  await openSettings(page, 'advanced');
  const json = await page.locator(`${SV} >> #config-json`).inputValue();
  await page.fill(`${SV} >> #config-json`, json.replace('"prefix": "Д"', '"prefix": ""'));
  await page.click(`${SV} >> #save-config`);
  const problem = page.locator(`${SV} >> .problems li`);
  await problem.first().waitFor();
  assert.equal(await problem.allTextContents(), ['Направление 2: префикс — должен состоять из 1–2 букв']);
  const details = page.locator(`${SV} >> .problems details`);
  assert.is(await details.locator('code').isVisible(), false, 'the technical text waits for a click');
  await details.locator('summary').click();
  assert.match(await details.locator('code').textContent() ?? '', 'directions[1].prefix: expected 1–2 letters, got ""');
  await screenshot(page, 'panel-head-config-problems-1366');
  await page.close();
});

test('an acknowledged alert stays, dimmed, with who saw it', async ({ browser, d, clock }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'consultation' });
  const page = await signIn(browser, d);
  clock.t += 45 * 60_000;
  await d.alerts.check();
  const item = page.locator(`${SV} >> .alerts li[data-kind="long-wait"]`);
  await item.waitFor();
  await item.locator('button.ack').click();
  await page.waitForSelector(`${SV} >> .alerts li.acked[data-kind="long-wait"]`);
  assert.match(await item.textContent() ?? '', 'Принято к сведению: Цыренова');
  assert.is(await item.locator('button.ack').count(), 0);
  assert.is(Number(await item.evaluate((el) => getComputedStyle(el).opacity)) < 1, true, 'dimmed');
  assert.not.match(await page.locator(`${SV} >> tr[data-direction="consultation"] >> .pill`).getAttribute('class') ?? '', 'bad', 'seen: no longer red in the line');
  await screenshot(page, 'panel-head-alert-seen-1366');
  kiosk.close();
  await page.close();
});

test('editing the information line in Russian keeps its Ukrainian and English', async ({ browser, d }) => {
  const hall = await ready(client(d, { role: 'display' }));
  const before = hall.view!.display.infoLine;
  const page = await signIn(browser, d);
  await openSettings(page);
  const ru = page.locator(`${SV} >> textarea[data-lang="ru"]`);
  await ru.fill(`Приём документов на субсидии — в кабинах 1–3\n${before[1]!.ru}`);
  await ru.blur();
  const en = page.locator(`${SV} >> textarea[data-lang="en"]`);
  assert.is(await en.inputValue(), before.map((l) => l.en).join('\n'));
  await page.click(`${SV} >> #save-config`);
  await page.waitForSelector(`${SV} >> .pill.good`);
  await until(() => hall.view!.display.infoLine[0]?.ru === 'Приём документов на субсидии — в кабинах 1–3');
  assert.equal(hall.view!.display.infoLine.map((l) => [l.uk, l.en]), before.map((l) => [l.uk, l.en]));
  await screenshot(page, 'panel-head-info-line-1366');
  hall.close();
  await page.close();
});

test('statistics: 4,7 as the CSV writes it, and no table wider than the 1366 px screen', async ({ browser, d, clock }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  // Three visitors wait 4, 5 and 5 minutes on average 4,7.
  for (const wait of [4, 5, 5]) {
    await kiosk.request('issue', { directionId: 'documents' });
    clock.t += wait * 60_000;
    await op.request('callNext', {});
    await op.request('start', {});
    await op.request('finish', { result: 'accepted' });
  }
  const page = await signIn(browser, d);
  await page.click(`${SV} >> #tab-stats`);
  const byDirection = page.locator('panel-app >> stats-view >> [data-table="byDirection"]');
  await byDirection.locator('td >> text=Сдача документов').waitFor();
  const row = await byDirection.locator('tr', { hasText: 'Сдача документов' }).locator('td').allTextContents();
  assert.ok(row.includes('4,7'), `the average wait in the row: ${row.join(' | ')}`);
  assert.not.ok(row.some((c) => c.includes('4.7')));
  const [download] = await Promise.all([page.waitForEvent('download'), byDirection.locator('button.csv').click()]);
  assert.match(await readFile((await download.path())!, 'utf8'), 'Сдача документов;3;3;0;0;3;4,7;', 'the CSV writes it the same way');
  const overflow = await page.evaluate(() => {
    // Every element of the page and of the shadow roots inside it (a loop: the page gets no named functions).
    const out: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    while (roots.length) {
      for (const el of roots.pop()!.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (el.tagName !== 'TABLE' && !el.classList.contains('table-card')) continue;
        const r = el.getBoundingClientRect();
        // A table may be wider than its card only inside a box that scrolls.
        const box = el.tagName === 'TABLE' ? el.closest('.scroll') : null;
        const right = box ? Math.min(r.right, box.getBoundingClientRect().right) : r.right;
        if (right > window.innerWidth + 0.5) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`);
      }
    }
    return { out, page: document.documentElement.scrollWidth };
  });
  assert.equal(overflow.out, [], 'no table past the right edge');
  assert.ok(overflow.page <= 1366, `the page does not scroll sideways (${overflow.page} px)`);
  // The table by direction has every column in sight at 1366 px, none hidden behind a scroll.
  const cut = await byDirection.locator('table').evaluate((table) => {
    const card = table.closest('.table-card')!;
    return { table: Math.round(table.getBoundingClientRect().right), card: Math.round(card.getBoundingClientRect().right) };
  });
  assert.ok(cut.table <= cut.card, `the table by direction ends at ${cut.table} px, its card at ${cut.card} px`);
  await byDirection.scrollIntoViewIfNeeded();
  await screenshot(page, 'panel-head-stats-1366');
  for (const c of [kiosk, op]) c.close();
  await page.close();
});

test('the printer\'s alert reads in words; "ECONNREFUSED" is under "Подробности"', async ({ browser }) => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  const d = await testDaemon({ config: demo((c) => { c.hardware.printer = { transport: 'network', host: '127.0.0.1', port, timeoutMs: 1500 }; }) });
  const page = await signIn(browser, d);
  await (await ready(client(d, { role: 'kiosk' }))).request('issue', { directionId: 'documents' });
  const item = page.locator(`${SV} >> .alerts li[data-kind="printer"]`);
  await item.waitFor();
  assert.is((await item.locator('.message').textContent())?.trim(), 'Принтер талонов неисправен');
  const notice = page.locator(`${SV} >> .alerts li.notice`, { hasText: 'Талон Д100 не напечатан: нет связи с принтером' });
  await notice.waitFor();
  assert.is(await item.locator('details code').isVisible(), false);
  await item.locator('details summary').click();
  assert.match(await item.locator('details code').textContent() ?? '', `127.0.0.1:${port}: ECONNREFUSED`);
  await screenshot(page, 'panel-head-printer-alert-1366');
  await page.close();
  await d.stop();
});

test.run();
