// The head's case-file screens in headless Chromium at the staff panel's 1366×768: on the bundles screen
// the accepted files waiting for a bundle, with long names and long payment types, show every column
// inside the table's container — the date a file was accepted whole, on one line, and who holds it — with
// no sideways scrolling; on the overdue screen the last day of a term that would end over a weekend is
// the Friday before it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('case-file screens of the head');
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

const card = (fullName: string, reason: string): AppealInput => ({
  citizen: { fullName, address: 'г. Иркутск, ул. Ленина, 5', passport: '2510 123456' }, category: 'pensioner', appealType: 'documents', reason, result: 'accepted',
  documents: ['Заявление', 'Паспорт'],
});

async function signIn(browser: Browser, d: TestDaemon): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', locale: 'ru-RU' });
  await page.waitForSelector('panel-app >> #logout');
  return page;
}

const rows = (page: Page, table: string) => page.locator(`panel-app >> case-files-view >> #${table} >> tr[data-file]`);

test('the bundles screen at 1366×768 shows every column of the accepted files, the date whole, with long names and payment types', async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo() });
  const { browser, d } = ctx;
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['documents'] }));
  const headWs = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const files: [string, string][] = [
    ['Константинопольская-Задунайская Елизавета Александровна', 'benefits'],
    ['Ким Ли', 'scholarship'],
    ['Доржиева Туяна Баировна', 'kindergarten'],
  ];
  for (const [name, reason] of files) {
    const { appeal } = await op.request('journalSave', { appeal: card(name, reason) });
    const { file } = await op.request('caseFileForm', { appealId: appeal.id });
    await headWs.request('caseFileMove', { fileId: file.id, move: { kind: 'accept' } });
  }
  op.close();
  headWs.close();
  const head = await signIn(browser, d);
  await head.click('panel-app >> #tab-case-files');
  await head.click('panel-app >> case-files-view >> #cf-bundles');
  await rows(head, 'accepted').nth(2).waitFor();
  // The columns the table heads: none scrolled out of sight, none cut.
  const fit = await head.locator('panel-app >> case-files-view >> #accepted').evaluate((table) => {
    const box = table.parentElement!.getBoundingClientRect();
    const cells = [...table.querySelectorAll('tr[data-file] td:nth-child(6)')].map((td) => {
      const r = td.getBoundingClientRect();
      return { text: td.textContent!.trim(), inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5, whole: td.scrollWidth <= td.clientWidth };
    });
    return { scrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth, heads: [...table.querySelectorAll('tr:first-child th')].map((th) => th.textContent!.trim()), cells };
  });
  assert.equal(fit.heads, ['', 'Дело', 'Гражданин', 'Вид выплаты', 'Где сейчас', 'С', 'У кого']);
  assert.is(fit.scrolls, false, 'the accepted files need no sideways scrolling');
  assert.equal(fit.cells.map((c) => c.text), ['06.03.2026', '06.03.2026', '06.03.2026']);
  for (const c of fit.cells) assert.ok(c.inside && c.whole, JSON.stringify(c));
  // Each date is on one line, the holder column is there.
  const dateBoxes = await head.locator('panel-app >> case-files-view >> #accepted >> tr[data-file] >> td:nth-child(6)').evaluateAll((tds) => tds.map((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    return range.getClientRects().length;
  }));
  assert.equal(dateBoxes, [1, 1, 1]);
  assert.equal(await head.locator('panel-app >> case-files-view >> #accepted >> tr[data-file] >> td:nth-child(7)').allTextContents(), ['Цыренова Елена Баировна', 'Цыренова Елена Баировна', 'Цыренова Елена Баировна']);
  const holderInside = await head.locator('panel-app >> case-files-view >> #accepted').evaluate((table) => {
    const box = table.parentElement!.getBoundingClientRect();
    return [...table.querySelectorAll('tr[data-file] td:nth-child(7)')].every((td) => td.getBoundingClientRect().right <= box.right + 0.5);
  });
  assert.ok(holderInside, 'the holder column is inside the table container');
  await screenshot(head, 'case-files-bundles-long-ru-1366');
});

test('the overdue screen gives the last day of a term as a working day: Friday, not the Sunday after it', async (ctx) => {
  ctx.clock = { t: at('2026-03-05', '09:00') }; // a Thursday
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo() });
  const { browser, d } = ctx;
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['documents'] }));
  const { appeal } = await op.request('journalSave', { appeal: card('Дашиев Баир Цыренович', 'subsidy') });
  const { file } = await op.request('caseFileForm', { appealId: appeal.id });
  op.close();
  ctx.clock.t = at('2026-03-09', '09:00'); // Monday: a formed file is checked within one working day, so it is overdue
  const head = await signIn(browser, d);
  await head.click('panel-app >> #tab-case-files');
  await head.click('panel-app >> case-files-view >> #cf-overdue');
  await rows(head, 'overdue').first().waitFor();
  const headings = await head.locator('panel-app >> case-files-view >> #overdue >> th').allTextContents();
  const cells = await head.locator(`panel-app >> case-files-view >> #overdue >> tr[data-file="${file.id}"] >> td`).allTextContents();
  assert.is(cells[headings.indexOf('Последний день')], '06.03.2026');
  assert.is(cells[headings.indexOf('С')], '05.03.2026');
  await screenshot(head, 'case-files-overdue-friday-ru-1366');
});

test.run();
