// Time passing on screens left on all day, in headless Debian Chromium at the screens' real sizes. The
// browser's clock is driven with Playwright's clock API and the daemon's clock is injected and moved
// with it, with queue events in between: the hall, the booth display and the kiosk must show the
// daemon's time and date (across midnight too), the newest call must stop blinking after
// display.highlightSeconds, and a screen whose own clock jumps hours must still show the daemon's time.
// The specialist's panel must show her own call at once, with no timer firing, and a double click on
// "call next" must not answer with an error.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, SCREENS, SIZES, signIn } from '../helpers/browser.ts';
import { client, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

/** Script errors in any page, checked after each test. */
const pageErrors: string[] = [];

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The daemon's clock: runs with real time, and jumps when a test moves it on. */
class DaemonTime {
  private shift: number;
  constructor(start: number) {
    this.shift = start - Date.now();
  }
  now = (): number => Date.now() + this.shift;
  moveOn(ms: number) {
    this.shift += ms;
  }
}

const test = suite<{ browser: Browser; d: TestDaemon; time: DaemonTime }>('screen clocks');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close(); // absent when Chromium failed to start; launch() has printed why
});
test.before.each(async (ctx) => {
  // Wednesday 25 November 2026, 20:00:10 in the office (Irkutsk); the demo office is open round the clock.
  ctx.time = new DaemonTime(at('2026-11-25', '20:00') + 10_000);
  ctx.d = await testDaemon({ now: ctx.time.now });
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

/** Opens a page whose clock Playwright drives, starting at `browserTime` and running with real time. */
async function openAt(browser: Browser, url: string, size: { width: number; height: number }, browserTime: number): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.clock.install({ time: browserTime });
  await page.goto(url);
  return page;
}

/** Both clocks move on: the daemon's, and the page's (its timers fire once, as after a long sleep). */
async function moveOn(time: DaemonTime, pages: Page[], ms: number) {
  time.moveOn(ms);
  for (const p of pages) await p.clock.fastForward(ms);
}

/** Waits until the element's text is `want`; fails with what it showed instead. */
async function shows(page: Page, selector: string, want: string, timeout = 5000) {
  let seen: string | null = null;
  try {
    await until(async () => (seen = (await page.locator(selector).first().textContent())?.trim() ?? null) === want, timeout);
  } catch {
    assert.is(seen, want, `${selector} shows the daemon's time`);
  }
}

test('the hall TV left on all evening follows the daemon\'s clock past midnight, and the newest call stops blinking', async ({ browser, d, time }) => {
  const hall = await openAt(browser, `${d.url}/display/hall`, SIZES.hall, time.now());
  await shows(hall, 'hall-display >> .clock', '20:00');
  assert.is(await hall.locator('hall-display >> .date').textContent(), 'среда, 25 ноября');
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));

  // Nearly four hours pass with nothing happening; then citizens come and one is called.
  await moveOn(time, [hall], 3 * HOUR + 50 * MINUTE);
  await kiosk.request('issue', { directionId: 'documents' });
  await kiosk.request('issue', { directionId: 'documents' });
  await op.request('callNext', {});
  const calledAt = time.now();
  await hall.waitForSelector('hall-display >> .row.new[data-ticket="Д100"]');
  await shows(hall, 'hall-display >> .clock', '23:50');
  assert.is(await hall.locator('hall-display >> .date').textContent(), 'среда, 25 ноября');
  await hall.screenshot({ path: `${SCREENS}clock-hall-call.png` });

  // The highlight lasts display.highlightSeconds of the daemon's time, then the row stays, unlit.
  const highlightMs = d.service.config.display.highlightSeconds * 1000;
  // Both clocks also run with real time, which a loaded machine spends on the steps above: the jump
  // leaves 2 s of the highlight whatever they took.
  const toTwoSecondsLeft = Math.max(0, highlightMs - 2000 - (time.now() - calledAt));
  time.moveOn(toTwoSecondsLeft);
  await hall.clock.runFor(toTwoSecondsLeft);
  assert.is(await hall.locator('hall-display >> .row.new').count(), 1, 'still highlighted within highlightSeconds');
  time.moveOn(3000);
  await hall.clock.runFor(3000);
  await hall.waitForSelector('hall-display >> .row.new', { state: 'detached', timeout: 3000 })
    .catch(() => assert.unreachable(`the newest call still blinks ${highlightMs / 1000 + 1} s after it was called`));
  assert.is(await hall.locator('hall-display >> .row[data-ticket="Д100"]').count(), 1);

  // Midnight passes; the next event comes in the new day.
  await moveOn(time, [hall], 15 * MINUTE);
  await kiosk.request('issue', { directionId: 'certificates' });
  await hall.waitForSelector('hall-display >> .dir[data-direction="certificates"] .count >> text=1');
  await shows(hall, 'hall-display >> .clock', '00:05');
  assert.is(await hall.locator('hall-display >> .date').textContent(), 'четверг, 26 ноября');
  await hall.screenshot({ path: `${SCREENS}clock-hall-after-midnight.png` });
  kiosk.close();
  op.close();
  await hall.close();
});

test('a booth display follows the daemon\'s clock through calls and midnight', async ({ browser, d, time }) => {
  time.moveOn(3 * HOUR); // 23:00:10
  const booth = await openAt(browser, `${d.url}/display/booth/2`, SIZES.booth, time.now());
  await shows(booth, 'booth-display >> .clock', '23:00');
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  await moveOn(time, [booth], 40 * MINUTE);
  await kiosk.request('issue', { directionId: 'documents' });
  await op.request('callNext', {});
  await booth.waitForSelector('booth-display >> .ticket.called >> text=Д100');
  await shows(booth, 'booth-display >> .clock', '23:40');
  await moveOn(time, [booth], 10 * MINUTE);
  await op.request('start', {});
  await booth.waitForSelector('booth-display >> .ticket:not(.called) >> text=Д100');
  await shows(booth, 'booth-display >> .clock', '23:50');
  // Midnight: the first command of the new day closes the old one, and the booth display says so.
  await moveOn(time, [booth], 12 * MINUTE);
  await kiosk.request('issue', { directionId: 'documents' });
  await booth.waitForSelector('booth-display >> .ticket', { state: 'detached' });
  await shows(booth, 'booth-display >> .clock', '00:02');
  await booth.screenshot({ path: `${SCREENS}clock-booth-after-midnight.png` });
  kiosk.close();
  op.close();
  await booth.close();
});

test('the kiosk follows the daemon\'s clock and date past midnight while tickets are issued', async ({ browser, d, time }) => {
  time.moveOn(3 * HOUR + 40 * MINUTE); // 23:40:10
  const kiosk = await openAt(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait, time.now());
  await shows(kiosk, 'kiosk-app >> .time span', '23:40');
  const other = await ready(client(d, { role: 'kiosk' }));
  await moveOn(time, [kiosk], 12 * MINUTE);
  await other.request('issue', { directionId: 'documents' });
  await kiosk.waitForSelector('kiosk-app >> text=В очереди: 1');
  await shows(kiosk, 'kiosk-app >> .time span', '23:52');
  await moveOn(time, [kiosk], 20 * MINUTE);
  await other.request('issue', { directionId: 'certificates' });
  await kiosk.waitForSelector('kiosk-app >> .direction >> text=В очереди: 1 >> nth=0');
  await shows(kiosk, 'kiosk-app >> .time span', '00:12');
  assert.is(await kiosk.locator('kiosk-app >> .time small').textContent(), 'четверг, 26 ноября');
  await kiosk.screenshot({ path: `${SCREENS}clock-kiosk-after-midnight.png` });
  other.close();
  await kiosk.close();
});

test('a screen whose own clock is hours wrong, and then jumps, shows the daemon\'s time', async ({ browser, d, time }) => {
  const hall = await openAt(browser, `${d.url}/display/hall`, SIZES.hall, time.now() + 5 * HOUR);
  await shows(hall, 'hall-display >> .clock', '20:00');
  await moveOn(time, [hall], HOUR);
  // The screen's clock is set again, wrongly (a Pi without a battery, a hand-set TV): the daemon's runs on.
  await hall.clock.setSystemTime(time.now() - 7 * HOUR);
  await hall.clock.runFor(2000);
  time.moveOn(2000);
  await shows(hall, 'hall-display >> .clock', '21:00');
  assert.is(await hall.locator('hall-display >> .date').textContent(), 'среда, 25 ноября');
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  await hall.waitForSelector('hall-display >> .dir[data-direction="documents"] .count >> text=1');
  await shows(hall, 'hall-display >> .clock', '21:00');
  kiosk.close();
  await hall.close();
});

test('the specialist sees her own call at once, with no timer firing in the page', async ({ browser, d, time }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  for (let i = 0; i < 2; i++) await kiosk.request('issue', { directionId: 'documents' });
  const panel = await signInAt(browser, d, time.now());
  await panel.waitForSelector('panel-app >> operator-view >> #call-next');
  // From here on no timer fires in the page: whatever shows up is drawn because the daemon said so.
  await panel.clock.pauseAt(time.now() + MINUTE);
  await panel.click('panel-app >> operator-view >> #call-next');
  await panel.waitForSelector('panel-app >> operator-view >> #current-label >> text=Д100', { timeout: 3000 })
    .catch(() => assert.unreachable('the called ticket is not shown until the next tick'));
  assert.is(d.service.state.booths[2]!.ticketId, '2026-11-25/documents/100');
  kiosk.close();
  await panel.close();
});

test('a double click on "call next" calls one citizen and shows no error', async ({ browser, d }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  for (let i = 0; i < 2; i++) await kiosk.request('issue', { directionId: 'documents' });
  const panel = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 });
  await panel.waitForSelector('panel-app >> operator-view >> #call-next');
  await panel.dblclick('panel-app >> operator-view >> #call-next');
  await panel.waitForSelector('panel-app >> operator-view >> #current-label >> text=Д100');
  // Time for the answer to a second call to arrive, had one been sent.
  await panel.waitForTimeout(300);
  const errors = await panel.locator('panel-app >> .toast.error').allTextContents();
  assert.equal(errors, [], 'no error toast');
  assert.is(d.service.state.tickets.get('2026-11-25/documents/101')!.state, 'waiting', 'the second citizen is not called');
  await panel.screenshot({ path: `${SCREENS}clock-panel-double-click-1366.png` });
  kiosk.close();
  await panel.close();
});

test('Alt+N pressed twice calls one citizen and shows no error: a shortcut only presses a button that is on screen', async ({ browser, d }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  for (let i = 0; i < 2; i++) await kiosk.request('issue', { directionId: 'documents' });
  const panel = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 });
  await panel.waitForSelector('panel-app >> operator-view >> #call-next');
  await panel.keyboard.press('Alt+KeyN');
  await panel.waitForSelector('panel-app >> operator-view >> #current-label >> text=Д100');
  await panel.waitForTimeout(100);
  await panel.keyboard.press('Alt+KeyN');
  // Time for the answer to a second call to arrive, had one been sent.
  await panel.waitForTimeout(300);
  assert.equal(await panel.locator('panel-app >> .toast.error').allTextContents(), [], 'no error toast');
  assert.is(d.service.state.tickets.get('2026-11-25/documents/101')!.state, 'waiting', 'the second citizen is not called');
  kiosk.close();
  await panel.close();
});

test('a booking made at another desk shows on the consultant\'s list at once, with no timer firing', async ({ browser, d, time }) => {
  time.moveOn(13 * HOUR); // Thursday 09:00:10, the next office day (the daemon's clock never goes back)
  const page = await signInAt(browser, d, time.now(), { role: 'consultant', staffId: 'consultant', pin: '5555', booth: 0 });
  await page.waitForSelector('panel-app >> consultant-view >> .slots button');
  await page.clock.pauseAt(time.now() + MINUTE);
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const { booking } = await head.request('book', { directionId: 'documents', at: at('2026-11-26', '09:30'), citizenName: 'Дашиева Н. Б.', phone: '89149990000' });
  await page.waitForSelector(`panel-app >> consultant-view >> tr[data-booking="${booking.code}"]`, { timeout: 3000 })
    .catch(() => assert.unreachable('the booking is not listed until the next tick'));
  head.close();
  await page.close();
});

/** Signs in (Petrova at booth 2, unless told) on a page whose clock Playwright drives (running, from `browserTime`). */
function signInAt(browser: Browser, d: TestDaemon, browserTime: number, who = { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }): Promise<Page> {
  return signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, ...who, clockAt: browserTime });
}

test.run();
