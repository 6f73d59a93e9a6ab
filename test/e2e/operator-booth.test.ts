// The specialist at a booth in headless Chromium at 1366×768: the break dialog offers sensible ends, the
// visitor card fits the screen, typed card data survives, and the end of the day closes the booths for good.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];

const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('operator booth');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-11-24', '09:11') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t });
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

const signIn = (browser: Browser, d: TestDaemon, booth = 2): Promise<Page> =>
  openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'petrova', pin: '2222', booth });

const offers = (page: Page) => page.locator('panel-app >> operator-view >> break-dialog >> .offer').evaluateAll((xs) => xs.map((x) => (x as HTMLElement).dataset.until));

test('a technical break at 09:11 offers minutes, a lunch the booth\'s lunch end', async ({ browser, d, clock }) => {
  const page = await signIn(browser, d);
  await page.waitForSelector('panel-app >> operator-view >> #call-next');
  await page.keyboard.press('Alt+B');
  await page.waitForSelector('panel-app >> operator-view >> #break-kind');
  assert.equal(await offers(page), ['13:30'], 'booth 2 lunches 12:45–13:30');
  await page.selectOption('panel-app >> operator-view >> #break-kind', 'technical');
  await until(async () => (await offers(page)).length === 4);
  assert.equal(await offers(page), ['09:16', '09:21', '09:26', '09:41']);
  assert.is(await page.inputValue('panel-app >> operator-view >> #break-until'), '09:16', 'the shortest is the default');
  await page.click('panel-app >> operator-view >> .offer[data-until="09:26"]');
  await screenshot(page, 'panel-operator-technical-break-1366');
  await page.screenshot({ path: '/tmp/operator/break-dialog.png' });
  await page.click('panel-app >> operator-view >> #break-confirm');
  await page.waitForSelector('panel-app >> operator-view >> text=Вернуться с перерыва');
  const booth = d.service.state.booths[2]!;
  assert.equal([booth.breakKind, booth.breakUntil], ['technical', at('2026-11-24', '09:26')]);
  void clock;
  await page.close();
});


/** Calls the next ticket at the booth and waits for its visitor card. */
async function callWithCard(page: Page, d: TestDaemon, directionId = 'documents') {
  await d.service.execute({ type: 'issue', directionId }, { role: 'system' });
  await page.waitForSelector('panel-app >> operator-view >> .line >> td >> nth=0');
  await page.click('panel-app >> operator-view >> #call-next');
  await page.waitForSelector('panel-app >> operator-view >> visit-card >> [name="fullName"]');
}

test('the operator view with a visitor card open fits 1366×768 without scrolling', async ({ browser, d }) => {
  const page = await signIn(browser, d);
  await page.waitForSelector('panel-app >> operator-view >> #call-next');
  for (const dir of ['documents', 'certificates', 'consultation', 'documents', 'certificates', 'documents', 'consultation']) await d.service.execute({ type: 'issue', directionId: dir }, { role: 'system' });
  await callWithCard(page, d);
  await page.screenshot({ path: '/tmp/operator/card-1366.png', fullPage: true });
  await screenshot(page, 'panel-operator-card-1366');
  const fits = await page.evaluate(() => {
    const e = document.scrollingElement!;
    return { scroll: e.scrollHeight, client: e.clientHeight };
  });
  assert.ok(fits.scroll <= fits.client, `the page scrolls: ${fits.scroll} > ${fits.client}`);
  await page.close();
});

test.run();
