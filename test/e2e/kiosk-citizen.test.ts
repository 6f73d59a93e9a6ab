// The citizen at the kiosk, in headless Debian Chromium at 1080×1920 against the real daemon: the ticket
// screen goes back to the start by itself however it is touched, and so does every other screen left
// alone; the priority question comes after the service and cannot be missed, and the screen and the paper
// both say the priority; a refused booking code offers another try, a used one names its ticket and one
// due soon says when check-in opens;
// keyboards type nothing. Time passes with Playwright's clock; the daemon's clock is the test's own.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const SECOND = 1000;

const test = suite<{ browser: Browser }>('the citizen at the kiosk');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close(); // absent when Chromium failed to start; launch() has printed why
});
test.after.each(() => assertNoPageErrors(pageErrors));

/** The kiosk page in portrait, its clock driven by the test when `clockAt` is given. */
async function openKiosk(browser: Browser, d: TestDaemon, clockAt?: number): Promise<Page> {
  const page = await browser.newPage({ viewport: SIZES.kioskPortrait });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  if (clockAt !== undefined) await page.clock.install({ time: clockAt });
  await page.goto(`${d.url}/kiosk/`);
  await page.waitForSelector('kiosk-app >> .direction');
  return page;
}

const startShown = (page: Page) => page.locator('kiosk-app >> h1', { hasText: 'Выберите услугу' }).isVisible();

async function typeCode(page: Page, code: string) {
  for (const digit of code) await page.locator('kiosk-app >> code-keypad >> .keys button', { hasText: digit }).first().click();
}

test('the ticket screen goes back to the start 20 s after it opened, however often it is touched', async ({ browser }) => {
  // No priority categories: a tap on a service issues at once.
  const d = await testDaemon({ config: demo((c) => { c.priorities = []; }) });
  try {
    const kiosk = await openKiosk(browser, d, Date.now());
    await kiosk.locator('kiosk-app >> .direction', { hasText: 'Консультация' }).click();
    await kiosk.waitForSelector('kiosk-app >> .number >> text=К100');
    // The citizen (or the next one) keeps touching the ticket screen here and there, never "Done".
    for (let i = 0; i < 4; i++) {
      await kiosk.clock.fastForward(4 * SECOND);
      await kiosk.locator('kiosk-app >> .number').click();
      await kiosk.mouse.click(540, 1800);
    }
    assert.ok(await kiosk.locator('kiosk-app >> .number').isVisible(), 'still the ticket at 16 s');
    await kiosk.clock.fastForward(5 * SECOND);
    await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу', { timeout: 3000 });
    assert.not.ok(await kiosk.locator('kiosk-app >> .number').isVisible(), 'nobody else sees К100');

    // The booking code screen, left half typed, goes back after a minute with no touch.
    await kiosk.locator('kiosk-app >> .booked').click();
    await typeCode(kiosk, '123');
    await kiosk.clock.fastForward(30 * SECOND);
    assert.ok(await kiosk.locator('kiosk-app >> code-keypad').isVisible(), 'a minute is counted from the last touch');
    await kiosk.clock.fastForward(31 * SECOND);
    await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу', { timeout: 3000 });

    // A refused code, left on screen, goes back too.
    await kiosk.locator('kiosk-app >> .booked').click();
    await typeCode(kiosk, '123456789');
    await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
    await kiosk.waitForSelector('kiosk-app >> .error-text');
    await kiosk.clock.fastForward(31 * SECOND);
    await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу', { timeout: 3000 });
    assert.ok(await startShown(kiosk));

    // In Ukrainian the one person ahead (К100) is "1 особа", not "1 осіб".
    await kiosk.locator('kiosk-app >> .languages button', { hasText: 'Українська' }).click();
    await kiosk.locator('kiosk-app >> .direction', { hasText: 'Консультація' }).click();
    await kiosk.waitForSelector('kiosk-app >> .number >> text=К101');
    assert.is(await kiosk.locator('kiosk-app >> .line').first().textContent(), 'Перед вами: 1 особа');
    await kiosk.close();
  } finally {
    await d.stop();
  }
});

test('a printer failure keeps the number 45 s to write it down, still not extended by touches', async ({ browser }) => {
  const d = await testDaemon({ config: demo((c) => { c.priorities = []; }) });
  try {
    (d.devices.printer.transport as { fault?: string }).fault = 'PAPER_OUT';
    const kiosk = await openKiosk(browser, d, Date.now());
    await kiosk.locator('kiosk-app >> .direction', { hasText: 'Консультация' }).click();
    await kiosk.waitForSelector('kiosk-app >> .print.failed');
    for (let i = 0; i < 4; i++) {
      await kiosk.clock.fastForward(10 * SECOND);
      await kiosk.locator('kiosk-app >> .print.failed').click();
    }
    assert.ok(await kiosk.locator('kiosk-app >> .number').isVisible(), 'still the number at 40 s');
    await kiosk.clock.fastForward(6 * SECOND);
    await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу', { timeout: 3000 });
    await kiosk.close();
  } finally {
    await d.stop();
  }
});

test('after a service, "Есть ли у вас льгота?" with large buttons; the screen and the paper say the priority', async ({ browser }) => {
  const printer = await new FakePrinter().listen();
  const d = await testDaemon({ config: demo((c) => { c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 2000 }; }) });
  try {
    const kiosk = await openKiosk(browser, d);
    // A pensioner reads from the top: the only thing on the start screen to tap is the service.
    assert.is(await kiosk.locator('kiosk-app >> .choices').count(), 0, 'no priority choice hides below the services');
    await kiosk.locator('kiosk-app >> .direction', { hasText: 'Сдача документов' }).dblclick();
    await kiosk.waitForSelector('kiosk-app >> priority-choice >> text=Есть ли у вас льгота?');
    assert.is(d.service.state.tickets.size, 0, 'no ticket before the question is answered, even after a double tap');
    const answers = await kiosk.locator('kiosk-app >> priority-choice >> .answers button').allTextContents();
    assert.equal(answers, ['Ветеран', 'Инвалидность', 'Нет льготы']);
    for (const b of await kiosk.locator('kiosk-app >> priority-choice >> .answers button').all()) {
      assert.ok((await b.boundingBox())!.height >= 150, 'every answer is a large button');
    }
    assert.match(await kiosk.locator('kiosk-app >> priority-choice >> .service').textContent() ?? '', 'Услуга: Сдача документов');
    await screenshot(kiosk, 'kiosk-priority-question');

    await kiosk.locator('kiosk-app >> priority-choice >> .answers button', { hasText: 'Ветеран' }).click();
    await kiosk.waitForSelector('kiosk-app >> .number >> text=Д100');
    assert.is(await kiosk.locator('kiosk-app >> .ticket-priority').textContent(), 'Льгота: Ветеран');
    assert.is([...d.service.state.tickets.values()][0]!.priority, 'veteran');
    await kiosk.waitForSelector('kiosk-app >> text=Возьмите талон внизу');
    await screenshot(kiosk, 'kiosk-ticket-priority');
    const paper = decodeEscPos(await until(() => printer.jobs[0]));
    assert.ok(paper.lines.some((l) => l.text === 'Льгота: Ветеран'), `the paper says the priority: ${paper.lines.map((l) => l.text).join(' | ')}`);

    // "Нет льготы": an ordinary ticket, and neither the screen nor the paper mention a priority.
    await kiosk.locator('kiosk-app >> .done').click();
    await kiosk.locator('kiosk-app >> .direction', { hasText: 'Сдача документов' }).click();
    await kiosk.locator('kiosk-app >> priority-choice >> .answers button', { hasText: 'Нет льготы' }).click();
    await kiosk.waitForSelector('kiosk-app >> .number >> text=Д101');
    assert.is(await kiosk.locator('kiosk-app >> .ticket-priority').count(), 0);
    assert.is(d.service.state.tickets.get(`${d.service.state.day}/documents/101`)!.priority, null);
    await kiosk.waitForSelector('kiosk-app >> text=Возьмите талон внизу');
    assert.not.ok(decodeEscPos(await until(() => printer.jobs[1])).lines.some((l) => l.text.startsWith('Льгота')));

    // "Назад" on the question returns to the services and issues nothing.
    await kiosk.locator('kiosk-app >> .done').click();
    await kiosk.locator('kiosk-app >> .direction', { hasText: 'Выдача справок' }).click();
    await kiosk.locator('kiosk-app >> priority-choice >> .back').click();
    await kiosk.waitForSelector('kiosk-app >> text=Выберите услугу');
    assert.is(d.service.state.tickets.size, 2);
    await kiosk.close();
  } finally {
    await d.stop();
    await printer.close();
  }
});

test('a refused code offers another try with the code cleared; a used code names its ticket', async ({ browser }) => {
  const clock = { t: at('2026-11-24', '09:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    const desk = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const { booking } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '09:30'), citizenName: 'Дашиева Н. Б.', phone: '89149990000' });
    const { booking: later } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '12:10'), citizenName: 'Цыренов Б. Д.', phone: '89149990001' });
    const { booking: soon } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '10:50'), citizenName: 'Балданова Т. Ж.', phone: '89149990002' });
    desk.close();
    const kiosk = await openKiosk(browser, d);
    await kiosk.locator('kiosk-app >> .booked').click();
    await typeCode(kiosk, ['123456789', '987654321', '555555555'].find((c) => c !== booking.code && c !== later.code && c !== soon.code)!);
    await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
    const refused = await kiosk.locator('kiosk-app >> .error-text').textContent() ?? '';
    assert.match(refused, /^Код не принят\. Проверьте цифры и введите код снова\./);
    assert.match(refused, 'не раньше чем за 1 ч до назначенного времени и не позже чем через 30 мин после него', 'the window comes from the office settings');
    await screenshot(kiosk, 'kiosk-code-refused');

    // A code due only hours from now reads exactly as a wrong one to a kiosk (booking codes cannot be
    // found by trying).
    await kiosk.locator('kiosk-app >> .again').click();
    await typeCode(kiosk, later.code);
    await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
    assert.is(await kiosk.locator('kiosk-app >> .error-text').textContent(), refused);

    // A code whose check-in opens within two hours says from what time: 10:50 opens at 09:50.
    await kiosk.locator('kiosk-app >> .again').click();
    await typeCode(kiosk, soon.code);
    await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
    assert.is(await kiosk.locator('kiosk-app >> .error-text').textContent(), 'Ваш код верный, но талон по записи выдаётся с 09:50. Подойдите к терминалу в это время.');
    assert.not.ok(await kiosk.locator('kiosk-app >> .again').isVisible(), 'nothing to type again: the code was right');
    await screenshot(kiosk, 'kiosk-code-too-early');
    await kiosk.locator('kiosk-app >> .done').click();
    await kiosk.locator('kiosk-app >> .booked').click();

    // The code entry opens empty, and the right code gives the ticket.
    assert.equal(await kiosk.locator('kiosk-app >> code-keypad >> .cell').allTextContents(), Array(9).fill(''));
    await typeCode(kiosk, booking.code);
    await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
    await kiosk.waitForSelector('kiosk-app >> .number >> text=Д100');
    await kiosk.locator('kiosk-app >> .done').click();

    // The same code once more: the kiosk names the ticket already issued for it.
    await kiosk.locator('kiosk-app >> .booked').click();
    await typeCode(kiosk, booking.code);
    await kiosk.locator('kiosk-app >> code-keypad >> .go').click();
    assert.is(await kiosk.locator('kiosk-app >> .error-text').textContent(), 'По этому коду уже выдан талон Д100. Ожидайте вызова этого номера на табло.');
    await screenshot(kiosk, 'kiosk-code-used');
    assert.is(d.service.state.tickets.size, 1, 'no second ticket for one booking');
    await kiosk.locator('kiosk-app >> .languages button', { hasText: 'English' }).click();
    await kiosk.locator('kiosk-app >> .again').click();
    await kiosk.waitForSelector('kiosk-app >> code-keypad >> text=Enter your appointment code');
    await kiosk.close();
  } finally {
    await d.stop();
  }
});

test('digit keys of the top row and the numpad, Backspace and Enter do nothing on any screen', async ({ browser }) => {
  const d = await testDaemon();
  try {
    const kiosk = await openKiosk(browser, d);
    await kiosk.locator('kiosk-app >> .booked').click();
    await kiosk.waitForSelector('kiosk-app >> code-keypad');
    for (const key of ['Digit1', 'Digit2', 'Digit3', 'Numpad4', 'Numpad5', 'Numpad6', 'Digit7', 'Digit8', 'Digit9']) await kiosk.keyboard.press(key);
    await kiosk.keyboard.press('Enter');
    await kiosk.keyboard.press('NumpadEnter');
    assert.equal(await kiosk.locator('kiosk-app >> code-keypad >> .cell').allTextContents(), Array(9).fill(''), 'the code stays empty');
    // The on-screen keys still type, and a physical Backspace takes nothing away.
    await typeCode(kiosk, '12');
    await kiosk.keyboard.press('Backspace');
    assert.equal((await kiosk.locator('kiosk-app >> code-keypad >> .cell').allTextContents()).slice(0, 3), ['1', '2', '']);
    // A focused button is not pressed by Enter or Space either.
    await kiosk.locator('kiosk-app >> code-keypad >> .actions button').first().focus();
    await kiosk.keyboard.press('Enter');
    await kiosk.keyboard.press('Space');
    assert.ok(await kiosk.locator('kiosk-app >> code-keypad').isVisible(), 'still on the code screen');
    await kiosk.locator('kiosk-app >> code-keypad >> .actions button').first().click();
    await kiosk.locator('kiosk-app >> .direction').first().focus();
    await kiosk.keyboard.press('Enter');
    await kiosk.keyboard.press('Space');
    assert.ok(await startShown(kiosk));
    assert.is(d.service.state.tickets.size, 0);
    await kiosk.close();
  } finally {
    await d.stop();
  }
});

test.run();
