// The operator's line in headless Chromium at 1366×768, in an office whose documents mix veterans with
// ordinary visitors and whose certificates age: the panel says why an ordinary ticket stands before
// priority ones, in Russian, Ukrainian and English, and "call next" follows the line it shows.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser }>('priority mix in the operator panel');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});

test('the line reads "the priority line takes turns" and "long wait" where they apply, and calls go that way', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '09:00') };
  const config = demo((c) => {
    c.routing = { directions: { documents: { mix: { priorityInRow: 2, ordinaryWaitMin: 15 } }, certificates: { ageing: { minutesPerRank: 3 } } } };
  });
  const d = await testDaemon({ config, now: () => clock.t });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const issue = async (hhmm: string, directionId: string, priority: string | null = null) => {
    clock.t = at('2026-11-24', hhmm);
    await kiosk.request('issue', { directionId, priority });
  };
  await issue('09:00', 'documents'); // Д100
  await issue('09:00', 'certificates'); // С100
  for (const hhmm of ['09:01', '09:02', '09:03']) await issue(hhmm, 'documents', 'veteran'); // Д101…Д103
  await issue('09:40', 'certificates', 'veteran'); // С101, stands as of 09:10
  clock.t = at('2026-11-24', '09:45');
  const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
  const line = 'panel-app >> operator-view >> .line';
  await page.waitForSelector(`${line} tr[data-ticket="С101"]`);
  const rows = await page.locator(`${line} tr[data-ticket]`).evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.ticket} ${(e as HTMLElement).dataset.reason}`));
  assert.equal(rows, ['Д101 priority', 'Д102 priority', 'Д100 mixed', 'Д103 priority', 'С100 aged', 'С101 priority']);
  const why = (label: string) => page.locator(`${line} tr[data-ticket="${label}"] >> .why`).textContent();
  assert.is(await why('Д100'), 'очередь льготников чередуется');
  assert.is(await why('С100'), 'долгое ожидание');
  await screenshot(page, 'panel-operator-priority-mix-1366');
  for (const [lang, mixed, aged] of [['uk', 'черга пільговиків чергується', 'довге очікування'], ['en', 'taking turns with priority', 'long wait']] as const) {
    await page.selectOption('panel-app >> select[aria-label="Язык"]', lang);
    await page.waitForSelector(`${line} tr[data-ticket="Д100"] >> .why >> text=${mixed}`);
    assert.is(await why('С100'), aged);
  }
  await screenshot(page, 'panel-operator-priority-mix-1366-en');
  for (const [label] of rows.map((r) => r.split(' '))) {
    clock.t += 1000;
    await page.keyboard.press('Alt+N');
    await page.waitForSelector(`panel-app >> operator-view >> #current-label >> text=${label}`);
    await page.selectOption('panel-app >> operator-view >> visit-card >> #result', 'explained');
    await page.click('panel-app >> operator-view >> #finish');
    await page.waitForSelector('panel-app >> operator-view >> #call-next:not([disabled])');
  }
  kiosk.close();
  await page.close();
  await d.stop();
  assertNoPageErrors(pageErrors);
});

test.run();
