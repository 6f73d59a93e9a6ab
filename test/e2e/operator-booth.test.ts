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
  await screenshot(page, 'panel-operator-card-1366');
  const fits = await page.evaluate(() => {
    const e = document.scrollingElement!;
    return { scroll: e.scrollHeight, client: e.clientHeight };
  });
  assert.ok(fits.scroll <= fits.client, `the page scrolls: ${fits.scroll} > ${fits.client}`);
  await page.close();
});


test('after the head ends the day the panel says so and offers no calling; a panel that reconnects does not reopen its booth', async ({ browser, d }) => {
  const page = await signIn(browser, d);
  const other = await signIn(browser, d, 3);
  await page.waitForSelector('panel-app >> operator-view >> #call-next');
  await other.waitForSelector('panel-app >> operator-view >> #call-next');
  // Booth 3's link is down while the head ends the day; booth 2's panel is on line.
  for (const ws of d.gateway.wss.clients) ws.terminate();
  await d.service.execute({ type: 'closeDay' }, { role: 'supervisor', staffId: 'head' });
  for (const p of [page, other]) {
    await p.waitForSelector('panel-app >> text=Приём на сегодня окончен');
    assert.is(await p.locator('panel-app >> operator-view >> #call-next').count(), 0, 'no calling');
  }
  await screenshot(page, 'operator-day-ended');
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal([d.service.state.booths[2]!.status, d.service.state.booths[3]!.status], ['closed', 'closed'], 'no reconnect reopened a booth');
  // Signing in again is refused in words for the rest of the day.
  await page.fill('panel-app >> #pin', '2222');
  await page.click('panel-app >> #login');
  await page.waitForSelector('panel-app >> .error >> text=Приём на сегодня окончен.');
  assert.is(d.service.state.booths[2]!.status, 'closed');
  for (const p of [page, other]) await p.close();
});

test('a typed visitor card survives a crashed panel, and finishing or calling the next with it unsaved asks first', async ({ browser, d }) => {
  let page = await signIn(browser, d);
  await page.waitForSelector('panel-app >> operator-view >> #call-next');
  await d.service.execute({ type: 'issue', directionId: 'documents' }, { role: 'system' });
  await d.service.execute({ type: 'issue', directionId: 'documents' }, { role: 'system' });
  await callWithCard(page, d);
  const first = d.service.state.booths[2]!.ticketId!;
  await page.fill('panel-app >> operator-view >> visit-card >> [name="fullName"]', 'Доржиев Баир Цыренович');
  await page.fill('panel-app >> operator-view >> visit-card >> [name="passport"]', '8110 123456');
  const db = d.service.store.db;
  await until(() => db.get<{ body: string }>('SELECT body FROM card_drafts WHERE ticket_id = ?', [first])?.body.includes('8110 123456'));
  // The panel crashes and is opened again: the card comes back as typed, from the daemon, not the browser.
  await page.close();
  page = await signIn(browser, d);
  await page.waitForSelector('panel-app >> operator-view >> visit-card >> [name="fullName"]');
  await until(async () => (await page.inputValue('panel-app >> operator-view >> visit-card >> [name="fullName"]')) === 'Доржиев Баир Цыренович');
  assert.is(await page.inputValue('panel-app >> operator-view >> visit-card >> [name="passport"]'), '8110 123456');
  assert.is(await page.evaluate(() => JSON.stringify({ ...localStorage }).includes('Доржиев')), false, 'nothing personal in the browser');
  // Finishing asks; "cancel" leaves the ticket and the card as they were.
  await page.keyboard.press('Alt+F');
  await page.waitForSelector('panel-app >> operator-view >> #unsaved-card >> text=Карточка посетителя не сохранена');
  await screenshot(page, 'operator-unsaved-card');
  await page.click('panel-app >> operator-view >> #unsaved-cancel');
  assert.is(d.service.state.tickets.get(first)!.state, 'called');
  // Finishing again, with the result picked, and saving: the card is saved, the ticket finished, the draft gone.
  await page.selectOption('panel-app >> operator-view >> visit-card >> #result', 'accepted');
  await page.keyboard.press('Alt+F');
  await page.click('panel-app >> operator-view >> #unsaved-save');
  await until(() => d.service.state.tickets.get(first)!.state === 'done');
  const saved = db.get<{ body: string }>('SELECT body FROM appeals WHERE ticket_id = ?', [first]);
  assert.ok(saved?.body.includes('Доржиев Баир Цыренович'), 'the card was saved');
  assert.is(db.get('SELECT 1 FROM card_drafts WHERE ticket_id = ?', [first]), undefined);
  // The next visitor: typed, then "call next" asks, and "discard" throws the draft away in words.
  await page.click('panel-app >> operator-view >> #call-next');
  await until(() => d.service.state.booths[2]!.ticketId && d.service.state.booths[2]!.ticketId !== first);
  const second = d.service.state.booths[2]!.ticketId!;
  await page.waitForSelector(`panel-app >> operator-view >> visit-card >> text=${d.service.state.tickets.get(second)!.label}`);
  await page.fill('panel-app >> operator-view >> visit-card >> [name="fullName"]', 'Петров');
  await until(() => db.get('SELECT 1 FROM card_drafts WHERE ticket_id = ?', [second]));
  await page.selectOption('panel-app >> operator-view >> visit-card >> #result', 'explained');
  await page.keyboard.press('Alt+F');
  await page.click('panel-app >> operator-view >> #unsaved-discard');
  await until(() => d.service.state.tickets.get(second)!.state === 'done');
  assert.is(db.get('SELECT 1 FROM card_drafts WHERE ticket_id = ?', [second]), undefined);
  const audit = db.all<{ action: string; record: string }>("SELECT action, record FROM audit WHERE action LIKE 'draft-%' ORDER BY id");
  assert.ok(audit.some((a) => a.action === 'draft-save' && a.record === first) && audit.some((a) => a.action === 'draft-read' && a.record === first) && audit.some((a) => a.action === 'draft-discard' && a.record === second));
  await page.close();
});

test.run();
