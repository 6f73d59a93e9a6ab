// The citizen rates the visit on the booth's own screen, in headless Chromium at the booth panel's real
// size (800×480): the faces after the specialist finishes, the reasons that fit the score, thanks; the
// tablet page of another booth in Ukrainian; a booth that takes no ratings shows none; the window closes
// by itself. Then the head's statistics and today's share at 1366×768. Screenshots: test/.artifacts/screens.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, signIn, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser }>('rating screens');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

async function open(browser: Browser, url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  return page;
}

/** A visit served and finished at `booth` by its demo specialist; the consultant issues the ticket. */
async function serveVisit(d: TestDaemon, booth: number, who: { staffId: string; pin: string }): Promise<QueueClient> {
  const operator = await ready(client(d, { role: 'operator', staffId: who.staffId, pin: who.pin, booth }));
  const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  await consultant.request('issue', { directionId: 'certificates' });
  consultant.close();
  await operator.request('callNext', {});
  await operator.request('finish', { result: 'certificate' });
  return operator;
}

/** The rows of the ratings table, as the statistics read them. */
const ratings = (d: TestDaemon) => d.service.store.db.all<{ booth: number; staff_id: string; score: number; reason: string | null }>('SELECT booth, staff_id, score, reason FROM ratings ORDER BY at');

test('at booth 1 the touch display shows the faces after the visit; a smile and a reason are stored against the visit', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    const page = await open(browser, `${d.url}/display/booth/1`, SIZES.booth);
    await page.waitForSelector('booth-display >> text=Кабина 1');
    const operator = await serveVisit(d, 1, { staffId: 'ivanova', pin: '1111' });
    await page.waitForSelector('booth-display >> text=Оцените, пожалуйста, приём');
    assert.equal(await page.locator('booth-display >> .face span').allTextContents(), ['Очень плохо', 'Плохо', 'Нормально', 'Хорошо', 'Отлично']);
    await screenshot(page, 'rating-booth-faces-ru');
    // Every face fits on the 800×480 panel, side by side.
    const boxes = await Promise.all([1, 2, 3, 4, 5].map((n) => page.locator(`booth-display >> .face[data-score="${n}"]`).boundingBox()));
    for (const b of boxes) assert.ok(b && b.x >= 0 && b.x + b.width <= 800 && b.y + b.height <= 480, `a face off the screen: ${JSON.stringify(b)}`);
    await page.locator('booth-display >> .face[data-score="5"]').click();
    await page.waitForSelector('booth-display >> text=Что повлияло на оценку?');
    // After a 5 only the good reasons are offered.
    assert.equal(await page.locator('booth-display >> .chip').allTextContents(), ['Решили быстро', 'Вежливо', 'Понятно объяснили']);
    await screenshot(page, 'rating-booth-reasons-ru');
    await page.locator('booth-display >> .chip', { hasText: 'Решили быстро' }).click();
    await page.waitForSelector('booth-display >> text=Спасибо за оценку!');
    await until(() => ratings(d)[0]?.reason === 'quick');
    assert.equal(ratings(d), [{ booth: 1, staff_id: 'ivanova', score: 5, reason: 'quick' }]);
    // The specialist's panel cannot rate, not even its own visit.
    const own = await operator.request('rate' as never, { score: 1 } as never).catch((e: { code: string }) => e.code);
    assert.is(own, 'ROLE_FORBIDDEN');
    operator.close();
    await page.close();
  } finally {
    await d.stop();
  }
});

test('a Ukrainian office: the tablet beside booth 2 rates in Ukrainian; a low score offers the reasons for it', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t, config: demo((c) => { c.office.language = 'uk'; }) });
  try {
    const tablet = await open(browser, `${d.url}/display/booth/2/rate`, SIZES.booth);
    await tablet.waitForSelector('booth-display >> text=Після прийому тут можна оцінити обслуговування');
    const operator = await serveVisit(d, 2, { staffId: 'petrova', pin: '2222' });
    await tablet.waitForSelector('booth-display >> text=Оцініть, будь ласка, прийом');
    assert.equal(await tablet.locator('booth-display >> .face span').allTextContents(), ['Дуже погано', 'Погано', 'Нормально', 'Добре', 'Чудово']);
    await screenshot(tablet, 'rating-tablet-faces-uk');
    await tablet.locator('booth-display >> .face[data-score="2"]').click();
    await tablet.waitForSelector('booth-display >> text=Що вплинуло на оцінку?');
    assert.equal(await tablet.locator('booth-display >> .chip').allTextContents(), ['Довго чекав', 'Неввічливо', 'Не пояснили', 'Питання не вирішено']);
    await screenshot(tablet, 'rating-tablet-reasons-uk');
    await tablet.locator('booth-display >> .skip').click();
    await tablet.waitForSelector('booth-display >> text=Дякуємо за оцінку!');
    assert.equal(ratings(d), [{ booth: 2, staff_id: 'petrova', score: 2, reason: null }]);
    // Booth 2's own display is no touch screen: it never shows the faces.
    const display = await open(browser, `${d.url}/display/booth/2`, SIZES.booth);
    await display.waitForSelector('booth-display >> text=Кабіна 2');
    assert.is(await display.locator('booth-display >> .face').count(), 0);
    operator.close();
    await tablet.close();
    await display.close();
  } finally {
    await d.stop();
  }
});

test('a screen the daemon will not have says why, with its booth, in every language, not "no connection"', async ({ browser }) => {
  const d = await testDaemon({ config: demo((c) => { c.office.language = 'uk'; }) });
  try {
    const wrongKey = await open(browser, `${d.url}/display/booth/2/rate?token=not-the-tablets-key-000000`, SIZES.booth);
    await wrongKey.waitForSelector('booth-display >> .refused');
    const text = (await wrongKey.locator('booth-display >> .refused').textContent()) ?? '';
    assert.match(text, '№ 2');
    assert.match(text, 'Цей екран не допущено до оцінювання');
    assert.match(text, 'Этот экран не допущен к оценке');
    assert.not.match(text, 'Нет связи');
    await screenshot(wrongKey, 'rating-tablet-refused-800x480');
    await wrongKey.close();
    const noBooth = await open(browser, `${d.url}/display/booth/9`, SIZES.booth);
    await noBooth.waitForSelector('booth-display >> .refused');
    assert.match((await noBooth.locator('booth-display >> .refused').textContent()) ?? '', 'Такої кабіни немає в налаштуваннях офісу');
    await noBooth.close();
  } finally {
    await d.stop();
  }
});

test('the window closes by itself when its time runs out: the display goes back to the booth', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t, ratingCheckMs: 20 });
  try {
    const page = await open(browser, `${d.url}/display/booth/1`, SIZES.booth);
    await page.waitForSelector('booth-display >> text=Кабина 1');
    const operator = await serveVisit(d, 1, { staffId: 'ivanova', pin: '1111' });
    await page.waitForSelector('booth-display >> .face');
    clock.t += 61_000;
    await page.waitForSelector('booth-display >> text=Свободно');
    assert.is(await page.locator('booth-display >> .face').count(), 0);
    const closed = d.service.store.db.all<{ body: string }>("SELECT body FROM events WHERE type = 'rating'").map((r) => JSON.parse(r.body));
    assert.equal(closed.map((e) => [e.action, e.closed ?? null]), [['opened', null], ['closed', 'timeout']]);
    assert.equal(ratings(d), []);
    operator.close();
    await page.close();
  } finally {
    await d.stop();
  }
});

test("the head's statistics show the satisfaction share by specialist, and the overview today's share", async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    const screen = await ready(client(d, { role: 'display', booth: 1, ratingScreen: 'booth-display' }));
    const operator = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    // Three visits rated 5, 4 and 2: two of three satisfied.
    for (const score of [5, 4, 2]) {
      clock.t += 5 * 60_000; // a visit takes minutes
      await consultant.request('issue', { directionId: 'documents' });
      await operator.request('callNext', {});
      await operator.request('finish', { result: 'accepted' });
      await until(() => screen.view?.booths.find((b) => b.number === 1)?.rating?.score === null);
      await screen.request('rate', { score });
      await screen.request('rate', { reason: score >= 4 ? 'polite' : 'waited-long' });
    }
    const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999' });
    await page.waitForSelector('panel-app >> #rating-today >> text=66,7 %');
    assert.match(await page.locator('panel-app >> #rating-today').textContent() ?? '', 'довольны 2 из 3 оценок');
    await screenshot(page, 'rating-head-overview');
    await page.click('panel-app >> #tab-stats');
    const card = page.locator('panel-app >> [data-table="ratingByStaff"]');
    await card.waitFor();
    assert.equal(await card.locator('td').allTextContents(), ['Иванова Мария Петровна', '3', '2', '66,7', '3,7']);
    assert.match(await page.locator('panel-app >> #stats-totals').textContent() ?? '', 'Довольны приёмом, %66,7');
    const reasons = page.locator('panel-app >> [data-table="ratingByReason"]');
    assert.equal(await reasons.locator('td').allTextContents(), ['Вежливо', '2', '66,7', '100', 'Долго ждал', '1', '33,3', '0']);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'rating-head-stats');
    const download = page.waitForEvent('download');
    await card.locator('button.csv').click();
    const csv = await (await (await download).createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    assert.match(text, 'Специалист;Оценок;Довольны (4–5);Довольны, %;Средняя оценка');
    assert.match(text, 'Иванова Мария Петровна;3;2;66,7;3,7');
    for (const c of [screen, operator, consultant]) c.close();
    await page.close();
  } finally {
    await d.stop();
  }
});

test.run();
