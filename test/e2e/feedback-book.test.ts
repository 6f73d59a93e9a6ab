// The book of feedback in headless Chromium against the real daemon: a citizen leaves a complaint at the
// 1080×1920 kiosk on its own keyboard (a physical one types nothing), in Russian and in a Ukrainian office
// with the Ukrainian letters; what was typed is gone when the kiosk goes back to its start by itself; the
// head sees the new entries in the 1366×768 panel, answers one, and finds them in the statistics.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const SECOND = 1000;
const FLOW = 'kiosk-app >> feedback-flow';

const test = suite<{ browser: Browser }>('the book of feedback on screen');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

function officeWithBook(lang: 'ru' | 'uk', clock: { t: number }) {
  return testDaemon({ now: () => clock.t, config: demo((c) => { c.office.language = lang; c.feedback = { enabled: true, maxLength: 300 }; }) });
}

async function openKiosk(browser: Browser, d: TestDaemon, clockAt: number): Promise<Page> {
  const page = await browser.newPage({ viewport: SIZES.kioskPortrait });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.clock.install({ time: clockAt });
  await page.goto(`${d.url}/kiosk/`);
  await page.waitForSelector('kiosk-app >> .direction');
  return page;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types on the kiosk's keyboard, key by key, as a finger would. */
async function typeOnScreen(page: Page, text: string) {
  for (const ch of text) {
    const key = ch === ' ' ? page.locator(`${FLOW} >> letter-keyboard >> button.space`)
      : page.locator(`${FLOW} >> letter-keyboard >> button`, { hasText: new RegExp(`^${escape(ch)}$`) }).first();
    await key.click();
  }
}

const paperText = async (page: Page) => ((await page.locator(`${FLOW} >> #feedback-text`).textContent()) ?? '').trim();

test('a complaint typed on the kiosk in Russian reaches the journal; a physical keyboard types nothing', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await officeWithBook('ru', clock);
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  try {
    const kiosk = await openKiosk(browser, d, clock.t);
    await screenshot(kiosk, 'feedback-kiosk-ru-1-start');
    await kiosk.locator('kiosk-app >> #feedback-open', { hasText: 'Отзывы и предложения' }).click();
    await kiosk.waitForSelector(`${FLOW} >> text=Что вы хотите оставить?`);
    await screenshot(kiosk, 'feedback-kiosk-ru-2-kind');
    await kiosk.locator(`${FLOW} >> .kind.complaint`).click();
    await typeOnScreen(kiosk, 'Долго ждали, нет стульев!');
    await kiosk.keyboard.type('abc 123');
    await kiosk.keyboard.press('Backspace');
    assert.is(await paperText(kiosk), 'Долго ждали, нет стульев!', 'only the screen keys type');
    assert.match((await kiosk.locator(`${FLOW} >> .count`).textContent()) ?? '', /25 из 300 знаков/);
    await screenshot(kiosk, 'feedback-kiosk-ru-3-text');
    await kiosk.locator(`${FLOW} >> #feedback-next`).click();
    await typeOnScreen(kiosk, 'Анна');
    await kiosk.locator(`${FLOW} >> #feedback-contactPhone`).click();
    await typeOnScreen(kiosk, '89140001122');
    await screenshot(kiosk, 'feedback-kiosk-ru-4-contact');
    await kiosk.locator(`${FLOW} >> #feedback-next`).click();
    await kiosk.waitForSelector(`${FLOW} >> #feedback-check >> text=Анна, 89140001122`);
    await screenshot(kiosk, 'feedback-kiosk-ru-5-check');
    await kiosk.locator(`${FLOW} >> #feedback-send`).click();
    await kiosk.waitForSelector('kiosk-app >> text=Спасибо! Ваше обращение принято');
    assert.ok(await kiosk.locator('kiosk-app >> text=Регистрационный номер: J-20261124-0001').isVisible());
    assert.ok(await kiosk.locator('kiosk-app >> text=Его рассмотрят до 24.12.2026.').isVisible());
    await screenshot(kiosk, 'feedback-kiosk-ru-6-thanks');

    const { open } = await head.request('feedbackList', {});
    assert.is(open.length, 1);
    assert.equal(open[0]!.feedback, { kind: 'complaint', text: 'Долго ждали, нет стульев!', contactName: 'Анна', contactPhone: '89140001122', kiosk: '127.0.0.1', answer: '', answeredBy: null });
    assert.is(open[0]!.dueAt, clock.t + 30 * 86_400_000);

    // The thank-you goes back to the start by itself.
    await kiosk.clock.fastForward(21 * SECOND);
    await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу', { timeout: 3000 });
    await kiosk.close();
  } finally {
    head.close();
    await d.stop();
  }
});

test('left half typed, the book goes back to the start after a minute and the next citizen finds it empty', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await officeWithBook('ru', clock);
  try {
    const kiosk = await openKiosk(browser, d, clock.t);
    await kiosk.locator('kiosk-app >> #feedback-open').click();
    await kiosk.locator(`${FLOW} >> .kind.proposal`).click();
    await typeOnScreen(kiosk, 'Мой телефон');
    await kiosk.clock.fastForward(40 * SECOND);
    assert.is(await paperText(kiosk), 'Мой телефон', 'a minute is counted from the last touch');
    await kiosk.clock.fastForward(21 * SECOND);
    await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу', { timeout: 3000 });
    await kiosk.locator('kiosk-app >> #feedback-open').click();
    await kiosk.locator(`${FLOW} >> .kind.proposal`).click();
    assert.is(await paperText(kiosk), '', 'nothing of the last citizen is left');
    await kiosk.close();
  } finally {
    await d.stop();
  }
});

test('a Ukrainian office: every word in Ukrainian and the keyboard has і, ї, є, ґ', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await officeWithBook('uk', clock);
  try {
    const kiosk = await openKiosk(browser, d, clock.t);
    await screenshot(kiosk, 'feedback-kiosk-uk-1-start');
    await kiosk.locator('kiosk-app >> #feedback-open', { hasText: 'Відгуки та пропозиції' }).click();
    await kiosk.waitForSelector(`${FLOW} >> text=Що ви хочете залишити?`);
    await screenshot(kiosk, 'feedback-kiosk-uk-2-kind');
    await kiosk.locator(`${FLOW} >> .kind.thanks`).click();
    await typeOnScreen(kiosk, 'Дякую, їжачок є ґанок і');
    assert.is(await paperText(kiosk), 'Дякую, їжачок є ґанок і');
    assert.not.ok(await kiosk.locator(`${FLOW} >> letter-keyboard >> button`, { hasText: /^ы$/ }).count(), 'no Russian letters on a Ukrainian keyboard');
    await screenshot(kiosk, 'feedback-kiosk-uk-3-text');
    await kiosk.locator(`${FLOW} >> #feedback-next`).click();
    assert.ok(await kiosk.locator(`${FLOW} >> text=Як з вами зв’язатися? (необов’язково)`).isVisible());
    await screenshot(kiosk, 'feedback-kiosk-uk-4-contact');
    await kiosk.locator(`${FLOW} >> #feedback-next`, { hasText: 'Без контакту' }).click();
    await screenshot(kiosk, 'feedback-kiosk-uk-5-check');
    await kiosk.locator(`${FLOW} >> #feedback-send`, { hasText: 'Надіслати' }).click();
    await kiosk.waitForSelector('kiosk-app >> text=Дякуємо! Ваше звернення прийнято');
    await screenshot(kiosk, 'feedback-kiosk-uk-6-thanks');
    const body = (await kiosk.locator('kiosk-app').evaluate((el) => el.shadowRoot!.textContent ?? '')).replace(/\s+/g, ' ');
    assert.not.match(body, /[ыэъё]/i, `no Russian on the Ukrainian kiosk: ${body.slice(0, 200)}`);
    await kiosk.close();
  } finally {
    await d.stop();
  }
});

test('the head sees the new entries in the journal, answers one, and finds them counted in the statistics', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await officeWithBook('ru', clock);
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  try {
    await kiosk.request('feedbackLeave', { kind: 'complaint', text: 'Очередь не двигалась сорок минут, в зале было душно, а электронное табло показывало не тот номер. Просим разобраться.', contactName: 'Анна Сергеевна', contactPhone: '+7 914 000-11-22' });
    clock.t += 60 * SECOND;
    await kiosk.request('feedbackLeave', { kind: 'thanks', text: 'Спасибо специалисту Ивановой за внимательность' });
    clock.t += 60 * SECOND;
    await kiosk.request('feedbackLeave', { kind: 'proposal', text: 'Поставьте кулер с водой' });
    const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', locale: 'ru-RU', clockAt: clock.t });
    await page.waitForSelector('panel-app >> #logout');
    await page.click('panel-app >> supervisor-view >> #tab-journal');
    await page.waitForSelector('panel-app >> journal-view >> #feedback-open');
    const rows = page.locator('panel-app >> journal-view >> #feedback-open >> tr');
    assert.is(await rows.count(), 4, 'a heading and three entries');
    assert.match((await page.locator('panel-app >> journal-view >> #feedback h2').textContent()) ?? '', /ждут ответа\s*3/);
    assert.match((await rows.nth(1).textContent()) ?? '', /Предложение.*Поставьте кулер с водой/s);
    assert.match((await rows.nth(3).textContent()) ?? '', /Жалоба.*Анна Сергеевна, \+7 914 000-11-22/s);
    await screenshot(page, 'feedback-panel-1366-new');

    await rows.nth(3).locator('button').click();
    await page.waitForSelector('panel-app >> journal-view >> #feedback-record');
    await page.fill('panel-app >> journal-view >> #feedback-answer', 'Проветривание включено в график, табло проверено. Гражданке позвонили.');
    await screenshot(page, 'feedback-panel-1366-answer');
    await page.click('panel-app >> journal-view >> #feedback-send');
    await page.waitForSelector('panel-app >> journal-view >> #feedback-record >> text=Ответ дан');
    await page.click('panel-app >> journal-view >> #journal-back');
    await until(async () => (await page.locator('panel-app >> journal-view >> #feedback-open >> tr').count()) === 3);
    await screenshot(page, 'feedback-panel-1366-after-answer');

    await page.click('panel-app >> supervisor-view >> #tab-stats');
    const table = page.locator('panel-app >> stats-view >> [data-table="feedbackByMonth"]');
    await table.waitFor();
    assert.match((await table.textContent()) ?? '', /Книга отзывов и предложений по месяцам/);
    assert.match((await table.textContent()) ?? '', /Благодарность.*Предложение.*Жалоба.*Всего записей.*Дан ответ/s);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'feedback-panel-1366-stats');
    await page.close();
  } finally {
    kiosk.close();
    await d.stop();
  }
});

test.run();
