// A visitor who cannot see well at the kiosk, in headless Debian Chromium at 1080×1920 against the real
// daemon: the numeric keypad alone (key events with the keypad's own codes, as a USB keypad sends them)
// opens the accessible mode, moves through one choice per screen and takes a ticket; each step is heard
// (the daemon's WAV, measured), the screen is yellow and white on black past 7:1 in very large type, the
// paper prints the number in quadruple size, and the main keyboard still presses nothing. "Call for help"
// reaches the consultant as an alert she can mark seen. In Russian and in a Ukrainian office.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page, Response } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, signIn, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';
import { durationMs, parseWav, rms } from '../../hardware/src/voice/wav.ts';

const pageErrors: string[] = [];

const test = suite<{ browser: Browser }>('the kiosk for a visitor who cannot see well');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

interface Heard {
  say: string;
  lang: string;
  id: string | null;
  label: string | null;
  ms: number;
  level: number;
}

/** The kiosk in portrait, with every spoken prompt it plays collected, measured from the daemon's WAV. */
async function openKiosk(browser: Browser, d: TestDaemon): Promise<{ page: Page; heard: Heard[] }> {
  const page = await browser.newPage({ viewport: SIZES.kioskPortrait });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  const heard: Heard[] = [];
  page.on('response', (r: Response) => {
    const url = new URL(r.url());
    if (url.pathname !== '/kiosk/speech') return;
    void r.body().then((body) => {
      assert.is(r.status(), 200, `${url.search}: ${body.toString()}`);
      assert.is(r.headers()['content-type'], 'audio/wav');
      const pcm = parseWav(body);
      const q = url.searchParams;
      heard.push({ say: q.get('say')!, lang: q.get('lang')!, id: q.get('id'), label: q.get('label'), ms: durationMs(pcm), level: rms(pcm) });
    }, () => {});
  });
  await page.goto(`${d.url}/kiosk/`);
  await page.waitForSelector('kiosk-app >> .direction');
  return { page, heard };
}

const shown = (page: Page) => page.locator('kiosk-app >> one-choice >> .label').textContent();

/** Waits until the prompt was played, and checks it is speech: long enough and not silence. */
async function hears(heard: Heard[], what: Partial<Heard>): Promise<Heard> {
  const h = await until(() => heard.find((x) => Object.entries(what).every(([k, v]) => x[k as keyof Heard] === v)), 30_000, () => `prompt ${JSON.stringify(what)}; heard ${JSON.stringify(heard.map((x) => [x.say, x.id ?? x.label]))}`);
  assert.ok(h.ms > 400, `${h.say} lasts ${h.ms} ms`);
  assert.ok(h.level > 300, `${h.say} is speech, not silence (RMS ${h.level})`);
  return h;
}

/** The WCAG contrast ratio of two CSS colours `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const accessible = (c: any) => { c.accessibility = { kioskMode: true, helpButton: true }; };

test('with the keypad alone: 5 opens the accessible mode, arrows move, Enter chooses; every step is heard; the paper prints the number large', async ({ browser }) => {
  const printer = await new FakePrinter().listen();
  const d = await testDaemon({ config: demo((c) => { accessible(c); c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 2000 }; }) });
  try {
    const { page, heard } = await openKiosk(browser, d);
    await screenshot(page, 'kiosk-ru-start-with-access');
    assert.ok(await page.locator('kiosk-app >> .accessible-enter').isVisible(), 'the way into the mode is on the start screen');

    // Keys of the main keyboard (a barcode reader types digits and Enter) still do nothing.
    await page.keyboard.press('Digit5');
    await page.keyboard.press('Enter');
    assert.is(await page.locator('kiosk-app >> one-choice').count(), 0, 'the main keyboard opened nothing');

    await page.keyboard.press('Numpad5');
    await page.waitForSelector('kiosk-app >> one-choice');
    assert.is(await page.locator('kiosk-app').getAttribute('accessible'), '');
    assert.is(await shown(page), 'Выдача справок');
    await hears(heard, { say: 'welcome', lang: 'ru' });
    await hears(heard, { say: 'direction', id: 'certificates' });
    // Yellow on black, in very large type: past the 7:1 of WCAG's enhanced contrast.
    const style = await page.locator('kiosk-app >> one-choice >> .choice').evaluate((el) => {
      const label = el.querySelector('.label')!;
      return { color: getComputedStyle(label).color, background: getComputedStyle(el).backgroundColor, size: parseFloat(getComputedStyle(label).fontSize) };
    });
    assert.ok(contrast(style.color, style.background) >= 7, `contrast ${contrast(style.color, style.background).toFixed(1)}:1`);
    assert.ok(style.size >= 100, `the choice is ${style.size}px`);
    await screenshot(page, 'kiosk-accessible-ru-1-service');

    await page.keyboard.press('Numpad6');
    await page.waitForFunction(() => document.querySelector('kiosk-app')!.shadowRoot!.querySelector('one-choice')!.shadowRoot!.querySelector('.label')!.textContent === 'Сдача документов');
    await hears(heard, { say: 'direction', id: 'documents' });
    // Every service the kiosk offers (the demo's life situation among them), then the call for help.
    const choices = d.service.config.directions.length + 1;
    assert.is(await page.locator('kiosk-app >> one-choice >> .position').textContent(), `2 из ${choices}`);
    // The last choice is the call for help; 8 (up) goes back.
    await page.keyboard.press('Numpad8');
    assert.is(await shown(page), 'Выдача справок');
    await page.keyboard.press('ArrowLeft');
    assert.is(await shown(page), 'Позвать сотрудника на помощь');
    await page.keyboard.press('Numpad6');
    await page.keyboard.press('Numpad6');
    assert.is(await shown(page), 'Сдача документов');
    // 5 says it again.
    const before = heard.filter((h) => h.id === 'documents').length;
    await page.keyboard.press('Numpad5');
    await until(() => heard.filter((h) => h.id === 'documents').length > before, 5000, () => 'heard again');

    await page.keyboard.press('NumpadEnter');
    await page.waitForSelector('kiosk-app >> one-choice >> h1 >> text=Есть ли у вас льгота?');
    assert.is(await shown(page), 'Ветеран');
    await hears(heard, { say: 'priority-question' });
    await hears(heard, { say: 'priority', id: 'veteran' });
    await screenshot(page, 'kiosk-accessible-ru-2-priority');
    await page.keyboard.press('Numpad2');
    await page.keyboard.press('Numpad2');
    assert.is(await shown(page), 'Нет льготы');
    await hears(heard, { say: 'no-priority' });
    assert.is(d.service.state.tickets.size, 0, 'nothing issued before Enter');
    await page.keyboard.press('NumpadEnter');

    await page.waitForSelector('kiosk-app >> .number >> text=Д100');
    const ticketHeard = await hears(heard, { say: 'ticket', label: 'Д100' });
    assert.ok(ticketHeard.ms > 2000, `the ticket's words take ${ticketHeard.ms} ms`);
    await page.waitForSelector('kiosk-app >> text=Возьмите талон внизу');
    const numberSize = await page.locator('kiosk-app >> .number').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(numberSize >= 300, `the number is ${numberSize}px`);
    await screenshot(page, 'kiosk-accessible-ru-3-ticket');

    // The paper: the number four times the size, the service and the people ahead twice.
    const paper = decodeEscPos(await until(() => printer.jobs[0]));
    const number = paper.lines.find((l) => l.text.includes('Д100'))!;
    assert.equal([number.width, number.height], [4, 4], 'the number in quadruple size');
    const service = paper.lines.find((l) => l.text.includes('Сдача'))!;
    assert.equal([service.width, service.height], [2, 2]);

    // Enter on the ticket: the next visitor finds the ordinary kiosk.
    await page.keyboard.press('NumpadEnter');
    await page.waitForSelector('kiosk-app >> .direction');
    assert.is(await page.locator('kiosk-app').getAttribute('accessible'), null);
    await page.close();
  } finally {
    await d.stop();
    await printer.close();
  }
});

test('a Ukrainian office: the accessible steps read and sound in Ukrainian', async ({ browser }) => {
  const d = await testDaemon({ config: demo((c) => { accessible(c); c.office.language = 'uk'; c.hardware.voice = { ...c.hardware.voice, language: 'uk' }; }) });
  try {
    const { page, heard } = await openKiosk(browser, d);
    assert.match(await page.locator('kiosk-app >> .accessible-enter').textContent() ?? '', 'Для людей з вадами зору');
    await screenshot(page, 'kiosk-uk-start-with-access');
    await page.keyboard.press('NumpadEnter');
    await page.waitForSelector('kiosk-app >> one-choice >> h1 >> text=Оберіть послугу');
    assert.is(await shown(page), 'Видача довідок');
    await hears(heard, { say: 'welcome', lang: 'uk' });
    await hears(heard, { say: 'direction', id: 'certificates', lang: 'uk' });
    await screenshot(page, 'kiosk-accessible-uk-1-service');
    await page.keyboard.press('NumpadEnter');
    await page.waitForSelector('kiosk-app >> one-choice >> h1 >> text=Чи є у вас пільга?');
    await hears(heard, { say: 'priority-question', lang: 'uk' });
    await screenshot(page, 'kiosk-accessible-uk-2-priority');
    await page.keyboard.press('NumpadEnter');
    await page.waitForSelector('kiosk-app >> .number >> text=С100');
    await hears(heard, { say: 'ticket', label: 'С100', lang: 'uk' });
    await page.waitForSelector('kiosk-app >> .print');
    await screenshot(page, 'kiosk-accessible-uk-3-ticket');
    assert.is([...d.service.state.tickets.values()][0]!.priority, 'veteran');
    await page.close();
  } finally {
    await d.stop();
  }
});

test('"call for help" alerts the consultant and the head; the consultant marks it seen; the kiosk is told', async ({ browser }) => {
  const d = await testDaemon({ config: demo(accessible) });
  const consultant = client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' });
  try {
    await ready(consultant);
    const { page, heard } = await openKiosk(browser, d);
    await page.locator('kiosk-app >> button.help').click();
    await page.waitForSelector('kiosk-app >> text=Помощь вызвана. Сотрудник скоро подойдёт к вам.');
    await screenshot(page, 'kiosk-help-called');
    const alert = await until(() => consultant.view?.alerts?.find((a) => a.kind === 'kiosk-help'));
    assert.match(alert.message, 'посетителю у киоска нужна помощь');
    assert.is(heard.length, 0, 'the ordinary kiosk says nothing aloud');

    // The consultant's panel shows the call; she goes over and marks it seen.
    const panel = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'consultant', staffId: 'consultant', pin: '5555' });
    const call = panel.locator('consultant-view >> .help-calls li', { hasText: 'посетителю у киоска нужна помощь' });
    await call.waitFor();
    await screenshot(panel, 'panel-consultant-help-call');
    await call.locator('button.ack').click();
    await panel.waitForSelector('consultant-view >> .help-calls li.acked >> text=Николаева Ольга Дмитриевна');
    assert.ok(d.alerts.shown().find((a) => a.id === alert.id)!.acknowledgedBy === 'consultant');
    await panel.close();
    // Pressed again, the kiosk says someone is on the way, and raises nothing new.
    await page.locator('kiosk-app >> .done').click();
    await page.locator('kiosk-app >> button.help').click();
    await page.waitForSelector('kiosk-app >> text=Сотрудник уже идёт к вам.');
    assert.is(d.alerts.shown().filter((a) => a.kind === 'kiosk-help').length, 1, 'one call, not two');
    await page.close();
  } finally {
    consultant.close();
    await d.stop();
  }
});

test('switched off (the default), the kiosk offers neither the accessible mode nor help, and the keypad does nothing', async ({ browser }) => {
  const d = await testDaemon();
  try {
    const { page } = await openKiosk(browser, d);
    assert.is(await page.locator('kiosk-app >> .accessible-enter').count(), 0);
    assert.is(await page.locator('kiosk-app >> button.help').count(), 0);
    await page.keyboard.press('Numpad5');
    await page.keyboard.press('NumpadEnter');
    assert.is(await page.locator('kiosk-app >> one-choice').count(), 0);
    await page.close();
  } finally {
    await d.stop();
  }
});

test.run();
