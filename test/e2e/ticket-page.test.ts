// The ticket on the phone in headless Chromium at a small phone's size (360×640): the page follows the
// line as the specialists call (the page's clock driven with Playwright's clock API, so its polls fire
// on command), says the booth when the ticket is called, and buzzes once when two are ahead and once
// when called — navigator.vibrate observed through an init script. In Russian and in Ukrainian.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';

const PHONE = { width: 360, height: 640 };
const pageErrors: string[] = [];

const test = suite<{ browser: Browser }>('ticket page on the phone');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

async function office(language: 'ru' | 'uk', clock = { t: at('2026-11-24', '10:15') }): Promise<TestDaemon> {
  const config = demo((c) => {
    c.office.language = language;
    c.hardware.voice.enabled = false;
    c.ticketPage = { baseUrl: 'http://queue.guest.lan:8081/t/', refreshSeconds: 10 };
    // The tests issue a morning's tickets at once.
    c.server.kioskIssuing = { burst: 50, everySeconds: 1, allKiosks: { burst: 50, everySeconds: 1 } };
  });
  return testDaemon({ config, ticketPagePort: 0, now: () => clock.t });
}

/** Opens a ticket's page as a phone would from its QR code, with the page's clock and vibration watched. */
async function openOnPhone(browser: Browser, d: TestDaemon, ticketId: string): Promise<Page> {
  const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  // As text: a function would carry the test compiler's helpers into the page.
  await page.addInitScript(`window.buzzes = [];
    Object.defineProperty(Navigator.prototype, 'vibrate', { configurable: true, writable: true, value: function (p) { window.buzzes.push(p); return true; } });`);
  await page.clock.install({ time: at('2026-11-24', '10:15') });
  const link = new URL(d.ticketPage!.server.linkOf(ticketId)!);
  await page.goto(`${d.ticketPage!.url}${link.pathname}`);
  return page;
}

const buzzes = (page: Page) => page.evaluate(() => (window as unknown as { buzzes: number[][] }).buzzes);

/** The page's next poll (its clock moved on by one period), then the headline it shows. */
async function nextPoll(page: Page, want: string) {
  await page.clock.runFor(10_000);
  let seen = '';
  try {
    await until(async () => (seen = (await page.locator('#headline').textContent()) ?? '') === want, 5000);
  } catch {
    assert.is(seen, want);
  }
}

async function issue(kiosk: QueueClient, n: number, directionId = 'certificates') {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await kiosk.request('issue', { directionId })).ticket.id);
  return ids;
}

/** Nothing cut or sticking out at the phone's width, and type a person can read. */
async function readable(page: Page) {
  const m = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    label: parseFloat(getComputedStyle(document.getElementById('label')!).fontSize),
    headline: parseFloat(getComputedStyle(document.getElementById('headline')!).fontSize),
    smallest: Math.min(...[...document.querySelectorAll('p, li, button')].filter((e) => (e as HTMLElement).offsetParent && e.textContent!.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))),
  }));
  assert.ok(m.scroll <= PHONE.width, `the page is ${m.scroll} px wide on a ${PHONE.width} px phone`);
  assert.ok(m.label >= 48 && m.headline >= 22 && m.smallest >= 14, JSON.stringify(m));
}

for (const language of ['ru', 'uk'] as const) {
  const words = {
    ru: { ahead: (n: 1 | 2 | 3 | 4) => ({ 1: 'Перед вами: 1 человек', 2: 'Перед вами: 2 человека', 3: 'Перед вами: 3 человека', 4: 'Перед вами: 4 человека' })[n], wait: 'Ожидаемое время: около 28\u00a0мин', go: 'Пройдите в кабину 2', vibrate: 'Включить вибросигнал', updated: 'Обновлено в 10:15', watch: 'Страница обновляется сама. Следите и за табло в зале.' },
    uk: { ahead: (n: 1 | 2 | 3 | 4) => ({ 1: 'Перед вами: 1 особа', 2: 'Перед вами: 2 особи', 3: 'Перед вами: 3 особи', 4: 'Перед вами: 4 особи' })[n], wait: 'Очікуваний час: близько 28\u00a0хв', go: 'Пройдіть до кабіни 2', vibrate: 'Увімкнути вібросигнал', updated: 'Оновлено о 10:15', watch: 'Сторінка оновлюється сама. Стежте й за табло в залі.' },
  }[language];

  test(`${language}: the page follows the line, buzzes once at two ahead and once when called, and says the booth`, async ({ browser }) => {
    const d = await office(language);
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
    try {
      await issue(kiosk, 4);
      const [mine] = await issue(kiosk, 1);
      // Another direction's tickets are not in this line.
      await issue(kiosk, 3, 'documents');
      const page = await openOnPhone(browser, d, mine!);
      assert.is(await page.locator('#label').textContent(), 'С104');
      assert.is(await page.locator('#headline').textContent(), words.ahead(4));
      assert.equal(await page.locator('#details li').allTextContents(), [words.wait, words.watch]);
      assert.is(await page.locator('#updated').textContent(), words.updated);
      assert.is(await page.locator('#vibrate').textContent(), words.vibrate);
      await readable(page);
      await screenshot(page, `ticket-page-${language}-waiting-360x640`);
      await page.locator('#vibrate').tap();
      assert.ok((await page.locator('#vibrate-on').textContent())!.length > 20, 'the tap says the vibration is on');
      assert.equal(await buzzes(page), []);

      await op.request('callNext', { booth: 2 });
      await nextPoll(page, words.ahead(3));
      assert.equal(await buzzes(page), [], 'three ahead: no buzz yet');
      await op.request('finish', { booth: 2, result: 'certificate' });
      await op.request('callNext', { booth: 2 });
      await nextPoll(page, words.ahead(2));
      assert.equal(await buzzes(page), [[300, 150, 300]], 'two ahead: one buzz');
      await op.request('finish', { booth: 2, result: 'certificate' });
      await op.request('callNext', { booth: 2 });
      await nextPoll(page, words.ahead(1));
      assert.equal((await buzzes(page)).length, 1, 'one buzz for the moment, not one per poll');

      await op.request('finish', { booth: 2, result: 'certificate' });
      await op.request('callNext', { booth: 2 });
      await op.request('finish', { booth: 2, result: 'certificate' });
      const called = await op.request('callNext', { booth: 2 });
      assert.is(called.ticket?.label, 'С104');
      await nextPoll(page, words.go);
      assert.equal(await buzzes(page), [[300, 150, 300], [600, 200, 600, 200, 600]], 'called: the second buzz');
      assert.is(await page.locator('body').getAttribute('class'), 'state-called');
      await readable(page);
      await screenshot(page, `ticket-page-${language}-called-360x640`);
      // A reload (the phone woke up) does not buzz the same call again.
      await page.reload();
      assert.is(await page.locator('#headline').textContent(), words.go);
      assert.equal((await buzzes(page)).length, 0, 'the reloaded page starts a fresh record…');
      const stored = await page.evaluate(() => Object.keys(sessionStorage).length);
      assert.is(stored, 2, '…but sessionStorage remembers both buzzes, so none is repeated');
      await page.close();
    } finally {
      kiosk.close();
      op.close();
      await d.stop();
    }
  });
}

test('a ticket that is no longer valid: the open page says so at its next poll and stops asking', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '16:00') };
  const d = await office('ru', clock);
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  try {
    const [mine] = await issue(kiosk, 1);
    const page = await openOnPhone(browser, d, mine!);
    assert.is(await page.locator('#headline').textContent(), 'Перед вами никого нет');
    // The head ends the day early: the ticket is closed, and the page says so.
    await d.service.execute({ type: 'closeDay' }, { role: 'supervisor' });
    await nextPoll(page, 'Талон закрыт: приём на сегодня окончен.');
    assert.not.ok(await page.locator('#vibrate').isVisible(), 'nothing to buzz for any more');
    await screenshot(page, 'ticket-page-ru-closed-360x640');
    // Midnight passes: the ticket's token opens nothing any more.
    clock.t = at('2026-11-25', '00:00') + 5000;
    await nextPoll(page, 'Этот талон больше не действителен. Ссылка с талона работает только в день его выдачи.');
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    await page.clock.runFor(60_000);
    assert.equal(asked, [], 'no more polls');
    const bad = await browser.newPage({ viewport: PHONE, isMobile: true, deviceScaleFactor: 2 });
    await bad.goto(`${d.ticketPage!.url}/t/AAAAAAAAAAAAAAAAAAAAAA`);
    assert.is(await bad.locator('#headline').textContent(), 'Этот талон больше не действителен. Ссылка с талона работает только в день его выдачи.');
    await screenshot(bad, 'ticket-page-ru-invalid-360x640');
    await bad.close();
    await page.close();
  } finally {
    kiosk.close();
    await d.stop();
  }
});

test('without script (or without vibration, as on an iPhone) the page still reads whole, and offers no button that does nothing', async ({ browser }) => {
  const d = await office('ru');
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  try {
    await issue(kiosk, 2);
    const [mine] = await issue(kiosk, 1);
    const path = new URL(d.ticketPage!.server.linkOf(mine!)!).pathname;
    const noScript = await browser.newContext({ viewport: PHONE, isMobile: true, javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto(`${d.ticketPage!.url}${path}`);
    assert.is(await bare.locator('#label').textContent(), 'С102');
    assert.is(await bare.locator('#headline').textContent(), 'Перед вами: 2 человека');
    assert.not.ok(await bare.locator('#vibrate').isVisible());
    assert.is(await bare.locator('noscript').count(), 1, 'the refresh that brings the news without script');
    await noScript.close();
    const iphone = await browser.newPage({ viewport: PHONE, isMobile: true });
    iphone.on('pageerror', (e) => pageErrors.push(`${iphone.url()}: ${e.message}`));
    await iphone.addInitScript('delete Navigator.prototype.vibrate;');
    await iphone.goto(`${d.ticketPage!.url}${path}`);
    assert.is(await iphone.evaluate('typeof navigator.vibrate'), 'undefined');
    assert.not.ok(await iphone.locator('#vibrate').isVisible());
    await iphone.close();
  } finally {
    kiosk.close();
    await d.stop();
  }
});

test.run();
