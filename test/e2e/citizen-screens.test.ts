// What citizens touch and see, in headless Debian Chromium at the screens' real sizes: the kiosk issues
// and prints, the hall and booth displays show the call, and every screen survives a lost connection.
// Screenshots land in test/.artifacts/screens.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { SimulatedTransport } from '../../hardware/src/index.ts';

/** Script errors in any page, checked after each test. */
const pageErrors: string[] = [];

const test = suite<{ browser: Browser; d: TestDaemon }>('citizen screens');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close(); // absent when Chromium failed to start; launch() has printed why
});
test.before.each(async (ctx) => {
  ctx.d = await testDaemon();
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

async function open(browser: Browser, url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  return page;
}

const issuedCount = (d: TestDaemon) => d.service.state.tickets.size;
/** The demo office has priority categories: after a service the kiosk asks, and this is "no priority". */
const NO_PRIORITY = 'kiosk-app >> priority-choice >> .none';

test('a tap on a direction issues one ticket, shows it large and prints it', async ({ browser, d }) => {
  const kiosk = await open(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait);
  await kiosk.waitForSelector('kiosk-app >> text=Сдача документов');
  await screenshot(kiosk, 'kiosk-start-portrait');
  await kiosk.locator('kiosk-app >> .direction', { hasText: 'Сдача документов' }).dblclick();
  await kiosk.locator(NO_PRIORITY).dblclick();
  await kiosk.waitForSelector('kiosk-app >> .number');
  assert.is(await kiosk.locator('kiosk-app >> .number').textContent(), 'Д100');
  await kiosk.waitForSelector('kiosk-app >> text=Возьмите талон внизу');
  assert.is(issuedCount(d), 1, 'a double tap made one ticket');
  const printed = d.devices.printer.printed;
  assert.is(printed.length, 1);
  assert.match(printed[0]!.text, 'Д 1 0 0');
  assert.match(printed[0]!.text, 'Сдача документов');
  await screenshot(kiosk, 'kiosk-ticket-portrait');
  await kiosk.locator('kiosk-app >> .done').click();
  await kiosk.waitForSelector('kiosk-app >> text=В очереди: 1');
  await kiosk.close();
});

test('when the printer fails, the number stays on screen with what to do', async ({ browser, d }) => {
  (d.devices.printer.transport as SimulatedTransport).fault = 'PAPER_OUT';
  const kiosk = await open(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait);
  await kiosk.locator('kiosk-app >> .direction', { hasText: 'Консультация' }).click();
  await kiosk.locator(NO_PRIORITY).click();
  await kiosk.waitForSelector('kiosk-app >> .print.failed');
  assert.match(await kiosk.locator('kiosk-app >> .print.failed').textContent() ?? '', 'Принтер не работает. Запомните или запишите номер К100');
  assert.is(await kiosk.locator('kiosk-app >> .number').textContent(), 'К100');
  await screenshot(kiosk, 'kiosk-printer-failed');
  await kiosk.close();
});

test('a priority and a booking code, in Ukrainian; stray keys do nothing; idle returns to Russian', async ({ browser }) => {
  // A Tuesday morning in the office, whatever the time of the test run.
  const clock = { t: at('2026-11-24', '09:00') };
  const d = await testDaemon({ now: () => clock.t });
  const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const { booking } = await consultant.request('book', { directionId: 'documents', at: at('2026-11-24', '09:30'), citizenName: 'Дашиева Н. Б.', phone: '89149990000' });
  const kiosk = await open(browser, `${d.url}/kiosk/?idle=2`, SIZES.kioskLandscape);
  await kiosk.waitForSelector('kiosk-app >> .direction');
  await kiosk.keyboard.press('Enter');
  await kiosk.keyboard.press('F1');
  assert.is(issuedCount(d), 0, 'keys typed by a keyboard-type button issue nothing');
  await kiosk.locator('kiosk-app >> .languages button', { hasText: 'Українська' }).click();
  await kiosk.waitForSelector('kiosk-app >> text=Оберіть послугу');
  await kiosk.locator('kiosk-app >> .direction', { hasText: 'Видача довідок' }).click();
  await kiosk.waitForSelector('kiosk-app >> priority-choice >> text=Чи є у вас пільга?');
  await screenshot(kiosk, 'kiosk-landscape-uk-priority');
  await kiosk.locator('kiosk-app >> priority-choice >> .category', { hasText: 'Ветеран' }).click();
  await kiosk.waitForSelector('kiosk-app >> text=Ваш талон');
  assert.is([...d.service.state.tickets.values()][0]!.priority, 'veteran');
  await kiosk.locator('kiosk-app >> .done').click();
  await kiosk.locator('kiosk-app >> .booked').click();
  for (const digit of booking.code) await kiosk.locator('kiosk-app >> code-keypad >> .keys button', { hasText: digit }).first().click();
  await screenshot(kiosk, 'kiosk-code');
  await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
  await kiosk.waitForSelector('kiosk-app >> .number >> text=Д100');
  assert.is([...d.service.state.tickets.values()].find((t) => t.label === 'Д100')!.bookingId, booking.id);
  await kiosk.locator('kiosk-app >> .done').click();
  await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу');
  // A citizen switches to Ukrainian and walks away: after the idle time the next one finds Russian.
  await kiosk.locator('kiosk-app >> .languages button', { hasText: 'Українська' }).click();
  await kiosk.waitForSelector('kiosk-app >> text=Оберіть послугу');
  await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу', { timeout: 6000 });
  consultant.close();
  await kiosk.close();
  await d.stop();
});

test('an operator\'s call appears on the hall and booth displays, and they resync after the link drops', async ({ browser, d }) => {
  const hall = await open(browser, `${d.url}/display/hall`, SIZES.hall);
  const booth = await open(browser, `${d.url}/display/booth/2`, SIZES.booth);
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  for (const dir of ['documents', 'certificates', 'documents']) await kiosk.request('issue', { directionId: dir });
  await booth.waitForSelector('booth-display >> text=Петрова Анна Сергеевна');
  await booth.waitForSelector('booth-display >> text=Свободно');
  await op.request('callNext', {});
  await hall.waitForSelector('hall-display >> .row.new[data-ticket="Д100"]');
  assert.match(await hall.locator('hall-display >> .row.new').textContent() ?? '', /Д100\s*➜\s*2/);
  await booth.waitForSelector('booth-display >> .ticket.called >> text=Д100');
  assert.is(await hall.locator('hall-display >> .dir[data-direction="documents"] .count').textContent(), '1');
  await screenshot(hall, 'hall-call');
  await screenshot(booth, 'booth-called');
  // The link drops; while the screens reconnect, the next call happens.
  for (const ws of d.gateway.wss.clients) ws.terminate();
  await op.request('finish', { result: 'accepted' });
  await op.request('callNext', {});
  await hall.waitForSelector('hall-display >> .row.new[data-ticket="С100"]');
  await booth.waitForSelector('booth-display >> .ticket.called >> text=С100');
  assert.is(await hall.locator('hall-display >> .row').count(), 1, 'the finished Д100 left the board');
  await op.request('start', {});
  await booth.waitForSelector('booth-display >> .ticket:not(.called) >> text=С100');
  await op.request('finish', { result: 'accepted' });
  await op.request('breakStart', { kind: 'lunch', until: Date.now() + 45 * 60_000 });
  await booth.waitForSelector('booth-display >> text=Обед');
  await screenshot(booth, 'booth-lunch');
  kiosk.close();
  op.close();
  await hall.close();
  await booth.close();
});

test('a daemon that goes away: screens say so, keep what they showed, and come back by themselves', async ({ browser }) => {
  const first = await testDaemon();
  const kiosk = await open(browser, `${first.url}/kiosk/`, SIZES.kioskPortrait);
  const hall = await open(browser, `${first.url}/display/hall`, SIZES.hall);
  await kiosk.locator('kiosk-app >> .direction', { hasText: 'Выдача справок' }).click();
  await kiosk.locator(NO_PRIORITY).click();
  await kiosk.waitForSelector('kiosk-app >> .number');
  await kiosk.locator('kiosk-app >> .done').click();
  await first.close();
  await kiosk.waitForSelector('kiosk-app >> .offline');
  await hall.waitForSelector('hall-display >> .offline');
  assert.ok(await kiosk.locator('kiosk-app >> .direction').first().isDisabled(), 'no taps while offline');
  await screenshot(kiosk, 'kiosk-offline');
  const again = await testDaemon({ port: first.port }, first.dataDir);
  await kiosk.waitForSelector('kiosk-app >> .offline', { state: 'detached', timeout: 15_000 });
  await kiosk.locator('kiosk-app >> .direction', { hasText: 'Выдача справок' }).click();
  await kiosk.locator(NO_PRIORITY).click();
  await kiosk.waitForSelector('kiosk-app >> .number >> text=С101');
  await hall.waitForSelector('hall-display >> .offline', { state: 'detached', timeout: 15_000 });
  await kiosk.close();
  await hall.close();
  await again.stop();
});

test('a closed office: the kiosk says so and shows the hours and the next opening', async ({ browser }) => {
  const sunday = at('2026-11-29', '11:00');
  const d = await testDaemon({ config: demo((c) => { c.schedule.alwaysOpen = false; }), now: () => sunday });
  const kiosk = await open(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait);
  await kiosk.waitForSelector('kiosk-app >> .closed');
  const text = await kiosk.locator('kiosk-app >> .closed').textContent() ?? '';
  assert.match(text, 'Приём сейчас не ведётся');
  assert.match(text, 'Пн–Пт 08:30–17:30');
  assert.match(text, '2-я и 4-я суббота 09:00–12:00');
  assert.match(text, 'понедельник, 30 ноября, 08:30');
  await screenshot(kiosk, 'kiosk-closed');
  await kiosk.close();
  await d.stop();
});

test('on a configured holiday the hall says there is no reception today instead of the weekday hours', async ({ browser }) => {
  // 31 December 2026 is a Thursday and one of the demo office's holidays.
  const clock = { t: at('2026-12-31', '10:00') };
  const d = await testDaemon({ config: demo((c) => { c.schedule.alwaysOpen = false; }), now: () => clock.t });
  const hall = await open(browser, `${d.url}/display/`, SIZES.hall);
  await hall.waitForSelector('hall-display >> .hours');
  assert.is((await hall.locator('hall-display >> .hours').textContent())?.trim(), 'Праздничный день — приёма нет');
  await hall.close();
  await d.stop();
});

test('after too many wrong booking codes the kiosk says how long to wait, in words', async ({ browser, d }) => {
  const kiosk = await open(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait);
  const typeCode = async (code: string) => {
    await kiosk.locator('kiosk-app >> .booked').click();
    for (const digit of code) await kiosk.locator('kiosk-app >> code-keypad >> .keys button', { hasText: digit }).first().click();
    await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
    return (await kiosk.waitForSelector('kiosk-app >> .error-text')).textContent();
  };
  for (const code of ['123456789', '234567891', '345678912']) {
    assert.match((await typeCode(code)) ?? '', /^Код не принят\. Проверьте цифры/);
    await kiosk.locator('kiosk-app >> .done').click();
  }
  const words = (await typeCode('456789123')) ?? '';
  assert.match(words, /^Слишком много неверных кодов\. Попробуйте снова через \d+ сек\.$/);
  await screenshot(kiosk, 'kiosk-too-many-codes');
  assert.is(issuedCount(d), 0);
  await kiosk.close();
});

test('a kiosk page that is not enrolled says so; one opened with its token is remembered', async ({ browser }) => {
  const d = await testDaemon({ config: demo((c) => { c.server = { kiosks: [{ name: 'hall', token: 'hall-kiosk-token-0123456789' }] }; }) });
  const page = await browser.newPage({ viewport: SIZES.kioskPortrait });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(`${d.url}/kiosk/`);
  await page.waitForSelector('kiosk-app >> text=Этот терминал не зарегистрирован в системе очереди. Обратитесь к руководителю службы.');
  await screenshot(page, 'kiosk-not-enrolled');
  await page.goto(`${d.url}/kiosk/?token=hall-kiosk-token-0123456789`);
  await page.waitForSelector('kiosk-app >> .direction');
  await page.goto(`${d.url}/kiosk/`);
  await page.waitForSelector('kiosk-app >> .direction', { timeout: 5000 });
  await page.locator('kiosk-app >> .direction', { hasText: 'Выдача справок' }).click();
  await page.locator(NO_PRIORITY).click();
  await page.waitForSelector('kiosk-app >> text=Ваш талон');
  await page.close();
  await d.stop();
});

test.run();
