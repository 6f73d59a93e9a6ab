// Two halls on real screens: each hall's TV (1920×1080) shows its own name, its calls and its lines and
// nothing of the other hall; the kiosk (1080×1920) tells the citizen which hall to go to; in Russian and
// in a Ukrainian office, in Ukrainian. Nothing spills off the screen.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, signIn, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { twoHalls } from '../helpers/halls.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser }>('halls on the screens');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

/** What a hall display shows, read from its page, and any element that leaves the screen. */
const READ_HALL = `(() => {
  const root = document.querySelector('hall-display').shadowRoot;
  const text = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.trim().replace(/\\s+/g, ' '));
  const off = [...root.querySelectorAll('header *, main *')].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5 || e.scrollWidth > e.clientWidth + 1); }).map((e) => e.className + ' ' + e.textContent.trim().slice(0, 30));
  return { hall: text('.hall-name')[0] ?? null, hallPx: parseFloat(getComputedStyle(root.querySelector('.hall-name') ?? root.host).fontSize), calls: text('.row'), directions: [...root.querySelectorAll('.dir')].map((e) => e.dataset.direction), off };
})()`;
type HallRead = { hall: string | null; hallPx: number; calls: string[]; directions: string[]; off: string[] };

async function hallPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: SIZES.hall });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('hall-display >> .row');
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** A hall display page, not waiting for any call. */
async function hallPageEmpty(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: SIZES.hall });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  return page;
}

for (const lang of ['ru', 'uk'] as const) {
  const words = {
    ru: { hall1: 'Зал 1', hall2: 'Зал 2', go: 'Пройдите в зал 2', direction: 'Сдача документов' },
    uk: { hall1: 'Зал 1', hall2: 'Зал 2', go: 'Пройдіть у зал 2', direction: 'Подання документів' },
  }[lang];

  test(`${lang}: each hall's display shows its own calls and lines; the kiosk sends the citizen to hall 2`, async ({ browser }) => {
    const d = await testDaemon({ config: demo((c) => {
      twoHalls(c);
      c.office.language = lang;
      c.priorities = [];
      if (lang === 'uk') c.hardware.voice = { ...c.hardware.voice, language: 'uk' };
    }) });
    const clients = [];
    try {
      const kiosk = await ready(client(d, { role: 'kiosk' }));
      clients.push(kiosk);
      for (const dir of ['certificates', 'documents', 'consultation', 'documents', 'certificates']) await kiosk.request('issue', { directionId: dir });
      for (const [staffId, pin, booth] of [['ivanova', '1111', 1], ['sidorov', '3333', 3], ['bazarova', '4444', 4]] as const) {
        const op = await ready(client(d, { role: 'operator', staffId, pin, booth }));
        await op.request('callNext', {});
        clients.push(op);
      }

      const h1 = await hallPage(browser, `${d.url}/display/hall/h1`);
      const h2 = await hallPage(browser, `${d.url}/display/hall/h2`);
      await h2.waitForSelector('hall-display >> .row >> nth=1');
      const one = (await h1.evaluate(READ_HALL)) as HallRead;
      const two = (await h2.evaluate(READ_HALL)) as HallRead;
      assert.is(one.hall, words.hall1);
      assert.is(two.hall, words.hall2);
      assert.ok(one.hallPx >= 56, `the hall's name reads from afar: ${one.hallPx} px`);
      assert.equal(one.calls, ['С100➜1'], 'hall 1 lists only the call at its booth');
      assert.equal(two.calls.sort(), ['Д100➜3', 'К100➜4'].sort());
      assert.equal(one.directions, ['certificates']);
      assert.equal(two.directions, ['documents', 'consultation']);
      assert.equal([...one.off, ...two.off], [], 'nothing leaves the screen');
      await screenshot(h1, `halls-display-h1-${lang}`);
      await screenshot(h2, `halls-display-h2-${lang}`);

      const page = await browser.newPage({ viewport: SIZES.kioskPortrait });
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
      await page.goto(`${d.url}/kiosk/`);
      await page.locator('kiosk-app >> .direction', { hasText: words.direction }).click();
      await page.waitForSelector('kiosk-app >> .number >> text=Д102');
      const hall = page.locator('kiosk-app >> .ticket-hall');
      assert.is((await hall.textContent())?.trim(), words.go);
      const box = (await hall.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= SIZES.kioskPortrait.width && box.y + box.height <= SIZES.kioskPortrait.height, JSON.stringify(box));
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, `halls-kiosk-ticket-${lang}`);
      await Promise.all([h1.close(), h2.close(), page.close()]);
    } finally {
      for (const c of clients) c.close();
      await d.stop();
    }
  });
}

test('an office of one hall: the kiosk names no hall and the hall display no hall name, as before', async ({ browser }) => {
  const d = await testDaemon({ config: demo((c) => { c.priorities = []; }) });
  try {
    const page = await browser.newPage({ viewport: SIZES.kioskPortrait });
    await page.goto(`${d.url}/kiosk/`);
    await page.locator('kiosk-app >> .direction', { hasText: 'Сдача документов' }).click();
    await page.waitForSelector('kiosk-app >> .number >> text=Д100');
    assert.is(await page.locator('kiosk-app >> .ticket-hall').count(), 0);
    const hall = await browser.newPage({ viewport: SIZES.hall });
    await hall.goto(`${d.url}/display/hall`);
    await hall.waitForSelector('hall-display >> .dir');
    assert.is(await hall.locator('hall-display >> .hall-name').count(), 0);
    await Promise.all([page.close(), hall.close()]);
  } finally {
    await d.stop();
  }
});

test('the head splits the office into two halls in the settings form; a booth ticked in both is named in words', async ({ browser }) => {
  // The booths already serve one hall's directions each; the office has no halls yet.
  const d = await testDaemon({ config: demo((c) => { twoHalls(c); delete c.halls; }) });
  try {
    const SETTINGS = 'panel-app >> supervisor-view >> settings-view';
    const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999' });
    await page.click('panel-app >> supervisor-view >> #settings-tab');
    await page.waitForSelector(`${SETTINGS} >> button[data-section="halls"]`);
    await page.click(`${SETTINGS} >> button[data-section="halls"]`);
    await page.click(`${SETTINGS} >> #add-hall`);
    await page.click(`${SETTINGS} >> #add-hall`);
    const row = (i: number) => `${SETTINGS} >> halls-form >> [data-hall-row="${i}"]`;
    await page.fill(`${row(1)} >> [data-field="halls[1].speaker"]`, 'hall2');
    for (const b of [3, 4]) await page.check(`${row(1)} >> input[data-booth="${b}"]`);
    for (const x of ['documents', 'consultation']) await page.check(`${row(1)} >> input[data-direction="${x}"]`);
    await page.check(`${row(0)} >> input[data-booth="3"]`);
    await page.click(`${SETTINGS} >> #save-config`);
    const error = `${SETTINGS} >> halls-form >> .field-error[data-path="halls[1].booths"]`;
    await page.waitForSelector(error);
    assert.match((await page.locator(error).textContent()) ?? '', 'кабина 3 уже в зале «hall1»');
    assert.is(d.service.config.halls, undefined, 'nothing was saved');
    await screenshot(page, 'halls-settings-error-1366');
    await page.uncheck(`${row(0)} >> input[data-booth="3"]`);
    await page.click(`${SETTINGS} >> #save-config`);
    await until(() => d.service.config.halls?.length === 2, 15_000);
    assert.equal(d.service.config.halls![1], { id: 'hall2', name: { ru: 'Зал 2', uk: 'Зал 2', en: 'Hall 2' }, booths: [3, 4], directions: ['documents', 'consultation'], speaker: 'hall2' });
    await screenshot(page, 'halls-settings-1366');

    // Hall 2's TV is on; the head takes the halls out again: the TV says its hall is gone, in words.
    const tv = await hallPageEmpty(browser, `${d.url}/display/hall/hall2`);
    await tv.waitForSelector('hall-display >> .hall-name >> text=Зал 2');
    await page.click(`${row(1)} >> button.remove`);
    await page.click(`${row(0)} >> button.remove`);
    await page.click(`${SETTINGS} >> #save-config`);
    await until(() => d.service.config.halls === undefined, 15_000);
    await tv.waitForSelector('hall-display >> .gone >> text=Такого зала нет');
    assert.match((await tv.locator('hall-display >> .gone pre').textContent()) ?? '', '/display/hall/main');
    await screenshot(tv, 'halls-display-gone-ru');
    const page404 = await browser.newPage({ viewport: SIZES.hall });
    const answer = await page404.goto(`${d.url}/display/hall/hall2`);
    assert.is(answer?.status(), 404);
    assert.match(await page404.locator('h1').textContent() ?? '', 'Такого зала нет');
    await screenshot(page404, 'halls-display-unknown-page-ru');
    await Promise.all([page.close(), tv.close(), page404.close()]);
  } finally {
    await d.stop();
  }
});

test.run();
