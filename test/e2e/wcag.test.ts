// Every public screen meets WCAG 2.1 AA as axe-core checks it (tags wcag2a, wcag2aa, wcag21a, wcag21aa),
// in headless Debian Chromium at the screens' real sizes against the real daemon: the kiosk (its start,
// the priority question, the ticket, and the accessible mode), the hall display and a booth display, with
// tickets called so that the screens show what they show in the office.
import { createRequire } from 'node:module';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const pageErrors: string[] = [];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core's WCAG 2.1 AA violations on the page as it is now, each with where and why. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
  return found.map((v) => `${v.id} (${v.help}): ${v.nodes.slice(0, 4).map((n) => `${JSON.stringify(n.target)} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('; ')}`);
}

const test = suite<{ browser: Browser; d: TestDaemon }>('WCAG 2.1 AA on every public screen');
test.before(async (ctx) => {
  ctx.browser = await launch();
  ctx.d = await testDaemon({ config: demo((c) => { c.accessibility = { kioskMode: true, helpButton: true }; }) });
  // Two tickets, one called to booth 1: the hall lists a call, booth 1 shows its ticket.
  const head = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  await head.request('issue', { directionId: 'documents', priority: null });
  await head.request('issue', { directionId: 'certificates', priority: 'veteran' });
  const operator = await ready(client(ctx.d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  await operator.request('callNext', {});
  operator.close();
  head.close();
});
test.after(async (ctx) => {
  await ctx.d?.stop();
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

async function open(browser: Browser, url: string, size: { width: number; height: number }, ready: string): Promise<Page> {
  const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector(ready);
  return page;
}

test('the kiosk: the start, the priority question, the ticket', async ({ browser, d }) => {
  const page = await open(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait, 'kiosk-app >> .direction');
  assert.equal(await violations(page), [], 'the start');
  await page.locator('kiosk-app >> .direction', { hasText: 'Консультация' }).click();
  await page.waitForSelector('kiosk-app >> priority-choice');
  assert.equal(await violations(page), [], 'the priority question');
  await page.locator('kiosk-app >> priority-choice >> .answers button', { hasText: 'Нет льготы' }).click();
  await page.waitForSelector('kiosk-app >> .number');
  await page.waitForSelector('kiosk-app >> text=Возьмите талон внизу');
  assert.equal(await violations(page), [], 'the ticket');
  await page.close();
});

test('the check sees a violation inside a screen\'s shadow DOM when there is one', async ({ browser, d }) => {
  const page = await open(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait, 'kiosk-app >> .direction');
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'серое на сером';
    b.style.cssText = 'color:#888;background:#999;font-size:20px';
    document.querySelector('kiosk-app')!.shadowRoot!.append(b);
  });
  assert.match((await violations(page)).join('\n'), 'color-contrast');
  await page.close();
});

test('the kiosk in Ukrainian and in landscape', async ({ browser, d }) => {
  const page = await open(browser, `${d.url}/kiosk/`, SIZES.kioskLandscape, 'kiosk-app >> .direction');
  await page.locator('kiosk-app >> .languages button', { hasText: 'Українська' }).click();
  await page.waitForSelector('kiosk-app >> text=Оберіть послугу');
  assert.is(await page.evaluate(() => document.documentElement.lang), 'uk');
  assert.equal(await violations(page), [], 'the start in Ukrainian');
  await page.close();
});

test('the kiosk in its accessible mode', async ({ browser, d }) => {
  const page = await open(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait, 'kiosk-app >> .direction');
  await page.keyboard.press('Numpad5');
  await page.waitForSelector('kiosk-app >> one-choice');
  assert.equal(await violations(page), [], 'a service');
  await page.keyboard.press('NumpadEnter');
  await page.waitForSelector('kiosk-app >> one-choice >> text=Есть ли у вас льгота?');
  assert.equal(await violations(page), [], 'a priority');
  await page.close();
});

test('the hall display at 1920×1080', async ({ browser, d }) => {
  const page = await open(browser, `${d.url}/display/hall`, SIZES.hall, 'hall-display >> text=С100');
  assert.equal(await violations(page), []);
  await page.close();
});

test('a booth display at 800×480', async ({ browser, d }) => {
  const page = await open(browser, `${d.url}/display/booth/1`, SIZES.booth, 'booth-display >> text=С100');
  assert.equal(await violations(page), []);
  await page.close();
});

test.run();
