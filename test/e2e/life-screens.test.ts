// A life situation on the citizens' screens, in headless Chromium at their real sizes: when a step
// finishes, the booth display that finished it (800×480) and the hall TV (1920×1080) show where the
// citizen goes next — "Р100 ➜ 3" when the next step is booth 3's, "ожидайте вызова" when it is a
// direction's line — until the citizen is called there or a minute has passed. Screenshots in
// test/.artifacts/screens.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, signIn, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { DaemonTime } from '../helpers/office-day.ts';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';

const pageErrors: string[] = [];

const test = suite<{ browser: Browser; d: TestDaemon; time: DaemonTime; clients: QueueClient[] }>('life situation screens');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(async (ctx) => {
  for (const c of ctx.clients ?? []) c.close();
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

async function start(ctx: { d: TestDaemon; time: DaemonTime; clients: QueueClient[] }, language: 'ru' | 'uk' = 'ru') {
  ctx.time = new DaemonTime(at('2026-11-25', '10:00'));
  ctx.d = await testDaemon({ config: demo((c) => { c.office.language = language; c.hardware.voice.language = language; }), now: ctx.time.now });
  ctx.clients = [];
  const open = async (hello: Parameters<typeof client>[1]) => {
    const c = await ready(client(ctx.d, hello));
    ctx.clients.push(c);
    return c;
  };
  return {
    kiosk: await open({ role: 'kiosk' }),
    four: await open({ role: 'operator', staffId: 'bazarova', pin: '4444', booth: 4 }),
    three: await open({ role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 }),
  };
}

async function openAt(browser: Browser, url: string, size: { width: number; height: number }, time: number): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.clock.install({ time });
  await page.goto(url);
  return page;
}

/** The element's words as a person reads them: its parts (spans) apart, spaces collapsed. */
const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().evaluate((e) => (e.children.length ? [...e.children].map((c) => c.textContent ?? '').join(' ') : e.textContent ?? ''))).replace(/\s+/g, ' ').trim();

/** Nothing is cut off: the element's content fits in its box and the box is on the screen. */
async function fits(page: Page, selector: string, size: { width: number; height: number }) {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is shown`);
  assert.ok(box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= size.width + 1 && box!.y + box!.height <= size.height + 1, `${selector} is on the screen: ${JSON.stringify(box)}`);
  const over = await page.locator(selector).first().evaluate((e) => e.scrollWidth > e.clientWidth + 1);
  assert.not.ok(over, `${selector} is not cut`);
}

test('the booth that finished the first step and the hall send Р100 to booth 3; the call there, or a minute, ends it', async (ctx) => {
  const { kiosk, four, three } = await start(ctx);
  const { browser, d, time } = ctx;
  const booth = await openAt(browser, `${d.url}/display/booth/4`, SIZES.booth, time.now());
  const hall = await openAt(browser, `${d.url}/display/hall`, SIZES.hall, time.now());
  await booth.waitForSelector('booth-display >> text=Свободно');
  await kiosk.request('issue', { directionId: 'birth' });
  await four.request('callNext', {});
  await four.request('finish', { result: 'accepted' });
  await booth.waitForSelector('booth-display >> .next');
  assert.is(await text(booth, 'booth-display >> .caption'), 'Следующий шаг 2 из 3');
  assert.is(await text(booth, 'booth-display >> .next'), 'Р100 ➜ 3');
  assert.is(await text(booth, 'booth-display >> .where'), 'пройдите к кабине 3');
  await fits(booth, 'booth-display >> .next', SIZES.booth);
  await fits(booth, 'booth-display >> .where', SIZES.booth);
  await screenshot(booth, 'life-booth-next-booth');
  await hall.waitForSelector('hall-display >> .row[data-next]');
  assert.is(await text(hall, 'hall-display >> .row[data-next]'), 'Р100 ➜ 3');
  await screenshot(hall, 'life-hall-next-booth');
  // The life situation has no queue of its own: the hall's «Ожидают» lists the queues its ticket waits in.
  const listed = await hall.locator('hall-display >> aside .dir').evaluateAll((els) => els.map((e) => e.getAttribute('data-direction')));
  assert.equal(listed, ['certificates', 'documents', 'consultation'], 'the hall lists the directions with queues, not the life situation');

  // Called at booth 3, the ordinary call takes over: the hall shows the call, booth 4 is free again.
  await three.request('callNext', {});
  await hall.waitForSelector('hall-display >> .row[data-next]', { state: 'detached' });
  assert.is(await text(hall, 'hall-display >> .row'), 'Р100 ➜ 3');
  await booth.waitForSelector('booth-display >> text=Свободно');

  // The second step finished at booth 3 sends the citizen to the consultations' line: wait to be called.
  const boothThree = await openAt(browser, `${d.url}/display/booth/3`, SIZES.booth, time.now());
  await boothThree.waitForSelector('booth-display >> .ticket');
  await three.request('finish', { result: 'accepted' });
  await boothThree.waitForSelector('booth-display >> .next');
  assert.is(await text(boothThree, 'booth-display >> .caption'), 'Следующий шаг 3 из 3');
  assert.is(await text(boothThree, 'booth-display >> .where'), 'ожидайте вызова на табло');
  await fits(boothThree, 'booth-display >> .where', SIZES.booth);
  await screenshot(boothThree, 'life-booth-next-line');
  await until(async () => (await text(hall, 'hall-display >> .row[data-next]')) === 'Р100 ➜ ожидайте вызова');
  await fits(hall, 'hall-display >> .row[data-next]', SIZES.hall);
  await screenshot(hall, 'life-hall-next-line');

  // A minute later the notice has gone from both screens.
  time.moveOn(61_000);
  for (const p of [boothThree, hall]) await p.clock.fastForward(61_000);
  await boothThree.waitForSelector('booth-display >> text=Свободно');
  await hall.waitForSelector('hall-display >> .row[data-next]', { state: 'detached' });
  for (const p of [booth, hall, boothThree]) await p.close();
});

test('a booth with a touch rating screen asks for the rating and still tells the citizen where to go next', async (ctx) => {
  const { kiosk } = await start(ctx);
  const { browser, d, time } = ctx;
  const one = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  ctx.clients.push(one);
  const booth = await openAt(browser, `${d.url}/display/booth/1`, SIZES.booth, time.now());
  await booth.waitForSelector('booth-display >> text=Свободно');
  await kiosk.request('issue', { directionId: 'birth' });
  await one.request('callNext', {});
  await one.request('finish', { result: 'accepted' });
  await booth.waitForSelector('booth-display >> .face');
  await booth.waitForSelector('booth-display >> .sent');
  assert.is((await booth.locator('booth-display >> .sent').textContent())!.replace(/\s+/g, ' ').trim(), 'Р100 ➜ 3 · пройдите к кабине 3');
  await fits(booth, 'booth-display >> .sent', SIZES.booth);
  for (const n of [1, 5]) await fits(booth, `booth-display >> .face[data-score="${n}"]`, SIZES.booth);
  await screenshot(booth, 'life-booth-rating-next');
  // Rated: the thanks, and still where to go.
  await booth.locator('booth-display >> .face[data-score="5"]').click();
  // A five offers the high-score reasons (the default rating.reasons) once the daemon has the score; the
  // citizen passes over them. Waited for: the chips come with the daemon's answer, not with the touch.
  await booth.locator('booth-display >> .chip[data-reason="polite"]').waitFor();
  await booth.locator('booth-display >> .skip').click();
  await booth.waitForSelector('booth-display >> .thanks');
  assert.is((await booth.locator('booth-display >> .sent').textContent())!.replace(/\s+/g, ' ').trim(), 'Р100 ➜ 3 · пройдите к кабине 3');
  await fits(booth, 'booth-display >> .sent', SIZES.booth);
  await screenshot(booth, 'life-booth-rated-next');
  await booth.close();
});

test('a Ukrainian office shows the next step in Ukrainian', async (ctx) => {
  const { kiosk, four } = await start(ctx, 'uk');
  const { browser, d, time } = ctx;
  const booth = await openAt(browser, `${d.url}/display/booth/4`, SIZES.booth, time.now());
  await booth.waitForSelector('booth-display >> text=Вільно');
  await kiosk.request('issue', { directionId: 'birth' });
  await four.request('callNext', {});
  await four.request('finish', { result: 'accepted' });
  await booth.waitForSelector('booth-display >> .next');
  assert.is(await text(booth, 'booth-display >> .caption'), 'Наступний крок 2 з 3');
  assert.is(await text(booth, 'booth-display >> .where'), 'пройдіть до кабіни 3');
  await fits(booth, 'booth-display >> .where', SIZES.booth);
  await screenshot(booth, 'life-booth-next-booth-uk');
  await booth.close();
});

test('the specialist at the second step reads on the panel: step 2 of 3 of «Рождение ребёнка», the first done at booth 4', async (ctx) => {
  ctx.time = new DaemonTime(at('2026-11-25', '10:00'));
  ctx.d = await testDaemon({ now: ctx.time.now });
  const { browser, d, time } = ctx;
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const four = await ready(client(d, { role: 'operator', staffId: 'bazarova', pin: '4444', booth: 4 }));
  ctx.clients = [kiosk, four];
  await kiosk.request('issue', { directionId: 'birth' });
  await four.request('callNext', {});
  await four.request('finish', { result: 'accepted' });
  const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3, clockAt: time.now() });
  await page.waitForSelector('panel-app >> operator-view >> #call-next');
  await page.click('panel-app >> operator-view >> #call-next');
  await page.waitForSelector('panel-app >> operator-view >> #current-label >> text=Р100');
  assert.is(await text(page, 'panel-app >> operator-view >> #life-step'), 'Шаг 2 из 3 · «Рождение ребёнка»');
  const steps = await page.locator('panel-app >> operator-view >> #life-steps li').allTextContents();
  assert.equal(steps.map((x) => x.replace(/\s+/g, ' ').trim()), [
    'Сдача документов — пройден, кабина 4, 10:00',
    'Выдача справок (кабина 3) — сейчас',
    'Консультация — далее',
  ]);
  await fits(page, 'panel-app >> operator-view >> #life-steps', SIZES.panelSmall);
  await screenshot(page, 'life-panel-step-2-1366');
  await page.close();
});

/** The kiosk in portrait: the citizen taps the life situation and says no priority; the ticket screen is shown. */
async function takeBundleAtKiosk(browser: Browser, d: TestDaemon, time: DaemonTime, situation: string, noPriority: string): Promise<Page> {
  const kiosk = await openAt(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait, time.now());
  await kiosk.locator('kiosk-app >> .direction', { hasText: situation }).click();
  await kiosk.locator('kiosk-app >> priority-choice >> .answers button', { hasText: noPriority }).click();
  await kiosk.waitForSelector('kiosk-app >> .number >> text=Р100');
  return kiosk;
}

test('the kiosk\'s ticket names the life situation chosen, «Рождение ребёнка», with its steps, not the first step\'s direction', async (ctx) => {
  await start(ctx);
  const { browser, d, time } = ctx;
  const kiosk = await takeBundleAtKiosk(browser, d, time, 'Рождение ребёнка', 'Нет льготы');
  assert.is(await text(kiosk, 'kiosk-app >> .direction-name'), 'Рождение ребёнка');
  assert.is(await text(kiosk, 'kiosk-app >> .life-steps-title'), 'Один талон на все шаги:');
  const steps = await kiosk.locator('kiosk-app >> .life-steps li').allTextContents();
  assert.equal(steps.map((x) => x.replace(/\s+/g, ' ').trim()), ['Сдача документов', 'Выдача справок (кабина 3)', 'Консультация']);
  for (const sel of ['kiosk-app >> .direction-name', 'kiosk-app >> .life-steps', 'kiosk-app >> .done']) await fits(kiosk, sel, SIZES.kioskPortrait);
  await screenshot(kiosk, 'life-kiosk-ticket-1080x1920');
  // A kiosk mounted in landscape shows it all too, the «Готово» button included.
  await kiosk.setViewportSize(SIZES.kioskLandscape);
  for (const sel of ['kiosk-app >> .life-steps', 'kiosk-app >> .done']) await fits(kiosk, sel, SIZES.kioskLandscape);
  await screenshot(kiosk, 'life-kiosk-ticket-1920x1080');
  await kiosk.close();
});

test('a Ukrainian office\'s kiosk names «Народження дитини» and its steps in Ukrainian', async (ctx) => {
  await start(ctx, 'uk');
  const { browser, d, time } = ctx;
  const kiosk = await takeBundleAtKiosk(browser, d, time, 'Народження дитини', 'Немає пільги');
  assert.is(await text(kiosk, 'kiosk-app >> .direction-name'), 'Народження дитини');
  assert.is(await text(kiosk, 'kiosk-app >> .life-steps-title'), 'Один талон на всі кроки:');
  const steps = await kiosk.locator('kiosk-app >> .life-steps li').allTextContents();
  assert.equal(steps.map((x) => x.replace(/\s+/g, ' ').trim()), ['Подання документів', 'Видача довідок (кабіна 3)', 'Консультація']);
  await fits(kiosk, 'kiosk-app >> .life-steps', SIZES.kioskPortrait);
  await screenshot(kiosk, 'life-kiosk-ticket-uk-1080x1920');
  await kiosk.close();
});

test('an ordinary direction\'s ticket at the kiosk has no steps', async (ctx) => {
  await start(ctx);
  const { browser, d, time } = ctx;
  const kiosk = await openAt(browser, `${d.url}/kiosk/`, SIZES.kioskPortrait, time.now());
  await kiosk.locator('kiosk-app >> .direction', { hasText: 'Консультация' }).click();
  await kiosk.locator('kiosk-app >> priority-choice >> .answers button', { hasText: 'Нет льготы' }).click();
  await kiosk.waitForSelector('kiosk-app >> .number >> text=К100');
  assert.is(await text(kiosk, 'kiosk-app >> .direction-name'), 'Консультация');
  assert.is(await kiosk.locator('kiosk-app >> .life-steps').count(), 0);
  await kiosk.close();
});

test('signing in at a booth offers the real directions to serve, never the life situation itself; the daemon refuses it too', async (ctx) => {
  await start(ctx);
  const { browser, d } = ctx;
  const page = await browser.newPage({ viewport: SIZES.panelSmall });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(`${d.url}/panel/`);
  await page.waitForSelector('panel-app >> #booth >> option >> nth=3', { state: 'attached' });
  await page.selectOption('panel-app >> #role', 'operator');
  await page.waitForSelector('panel-app >> .dirs input[name="directions"]');
  const offered = await page.locator('panel-app >> .dirs input[name="directions"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  assert.equal(offered, ['certificates', 'documents', 'consultation'], 'the steps\' directions, not «Рождение ребёнка»');
  assert.not.ok((await text(page, 'panel-app >> .dirs')).includes('Рождение ребёнка'));
  await screenshot(page, 'life-panel-sign-in-1366');
  await page.close();
  // Over the protocol as well: a booth asked to serve the life situation directly is refused in words.
  let refused: { code?: string } = {};
  const c = client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['birth', 'documents'] });
  try {
    await ready(c);
  } catch (e) {
    refused = e as { code?: string };
  } finally {
    c.close();
  }
  assert.is(refused.code, 'DIRECTION_NOT_SERVED');
  assert.is(d.service.state.booths[1]!.status, 'closed', 'booth 1 was not opened');
});

const CITIZEN = { fullName: 'Смирнова Ольга Петровна', address: 'г. Иркутск, ул. Ленина, 5', passport: '2510 123456' };

/** The visitor card's fields as the panel shows them. */
const cardFields = async (page: Page) => {
  const names = ['fullName', 'address', 'passport', 'result', 'documents', 'notes'];
  // One value a field, read in the page (no helper function inside: the page has no bundler's helpers).
  const values = await page.locator('panel-app >> operator-view >> visit-card >> form').evaluate((f, ns) => ns.map((n) => (f.querySelector(`[name="${n}"]`) as HTMLInputElement).value), names);
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
};

test('at step 2 the booth\'s card opens with the citizen of step 1\'s card — name, address, passport — and nothing of step 1\'s visit', async (ctx) => {
  ctx.time = new DaemonTime(at('2026-11-25', '10:00'));
  ctx.d = await testDaemon({ now: ctx.time.now });
  const { browser, d, time } = ctx;
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const four = await ready(client(d, { role: 'operator', staffId: 'bazarova', pin: '4444', booth: 4 }));
  ctx.clients = [kiosk, four];
  const { ticket } = await kiosk.request('issue', { directionId: 'birth' });
  // Step 1 at booth 4: the card with the citizen and the documents accepted, then finished.
  await four.request('callNext', {});
  await four.request('journalSave', { appeal: {
    ticketId: ticket.id, citizen: CITIZEN, category: 'working', appealType: 'documents', reason: 'child-allowance', result: 'accepted',
    documents: ['Заявление', 'Свидетельство о рождении'], notes: 'шаг 1',
  } });
  await four.request('finish', {});
  // The specialist of booth 3 in the real panel calls the ticket at its second step.
  const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3, clockAt: time.now() });
  await page.click('panel-app >> operator-view >> #call-next');
  await page.waitForSelector('panel-app >> operator-view >> #current-label >> text=Р100');
  await page.waitForSelector('panel-app >> operator-view >> visit-card >> input[name="fullName"]');
  await until(async () => (await cardFields(page)).fullName === CITIZEN.fullName);
  assert.equal(await cardFields(page), { ...CITIZEN, result: '', documents: '', notes: '' }, 'the citizen of step 1; the result, documents and notes are step 2\'s own');
  assert.is(await page.locator('panel-app >> operator-view >> visit-card >> #saved-note').count(), 0, 'not shown as a saved card: step 1\'s card is not step 2\'s');
  await screenshot(page, 'life-panel-step-2-card-1366');
  // Transferring the citizen offers the directions with a line, never the life situation itself.
  await page.locator('panel-app >> operator-view >> button', { hasText: 'Перенаправить' }).click();
  const targets = await page.locator('panel-app >> operator-view >> #transfer-to >> optgroup >> nth=0 >> option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  assert.equal(targets, ['certificates', 'documents', 'consultation']);
  await page.close();
});

test('one booth serving steps 1 and 2 in the panel: the step-2 card is a new one, opened with the citizen, and step 1\'s card stays as saved', async (ctx) => {
  // Booth 3 serves the documents too: the citizen may do step 1 and step 2 there with the same specialist.
  ctx.time = new DaemonTime(at('2026-11-25', '10:00'));
  ctx.d = await testDaemon({ now: ctx.time.now });
  const { browser, d, time } = ctx;
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  ctx.clients = [kiosk];
  const { ticket } = await kiosk.request('issue', { directionId: 'birth' });
  const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3, clockAt: time.now() });
  const card = 'panel-app >> operator-view >> visit-card';
  await page.click('panel-app >> operator-view >> #call-next');
  await page.waitForSelector('panel-app >> operator-view >> #current-label >> text=Р100');
  await page.fill(`${card} >> input[name="fullName"]`, CITIZEN.fullName);
  await page.fill(`${card} >> input[name="address"]`, CITIZEN.address);
  await page.fill(`${card} >> input[name="passport"]`, CITIZEN.passport);
  await page.selectOption(`${card} >> select[name="appealType"]`, 'documents');
  await page.selectOption(`${card} >> select[name="result"]`, 'accepted');
  await page.fill(`${card} >> textarea[name="documents"]`, 'Заявление');
  await page.click(`${card} >> #save-card`);
  await page.waitForSelector(`${card} >> #saved-note`);
  await page.click('panel-app >> operator-view >> #finish');
  // Sent on to booth 3 itself: called again at step 2.
  await until(() => d.service.state.tickets.get(ticket.id)?.bundle?.step === 1 && d.service.state.tickets.get(ticket.id)?.state === 'waiting');
  await page.click('panel-app >> operator-view >> #call-next');
  await page.waitForSelector('panel-app >> operator-view >> #life-step >> text=Шаг 2 из 3 · «Рождение ребёнка»');
  await until(async () => (await cardFields(page)).fullName === CITIZEN.fullName && (await page.locator(`${card} >> #saved-note`).count()) === 0, 5000, () => 'a new card for step 2');
  assert.equal(await cardFields(page), { ...CITIZEN, result: '', documents: '', notes: '' });
  await page.selectOption(`${card} >> select[name="appealType"]`, 'certificate');
  await page.selectOption(`${card} >> select[name="result"]`, 'issued');
  await page.click(`${card} >> #save-card`);
  await page.waitForSelector(`${card} >> #saved-note`);
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  ctx.clients.push(head);
  const { appeals } = await head.request('journalSearch', { text: 'Смирнова' });
  const rows = appeals.filter((a) => a.ticketId === ticket.id).sort((a, b) => (a.step ?? 0) - (b.step ?? 0)).map((a) => [a.step, a.appealType, a.result, a.documents]);
  assert.equal(rows, [[0, 'documents', 'accepted', ['Заявление']], [1, 'certificate', 'issued', []]], 'two cards, step 1\'s untouched');
  await page.close();
});

test('the head\'s statistics name the step a bundle was broken off at by its direction: «Рождение ребёнка: 2. Выдача справок»', async (ctx) => {
  const { kiosk, four, three } = await start(ctx);
  const { browser, d, time } = ctx;
  await kiosk.request('issue', { directionId: 'birth' });
  await four.request('callNext', {});
  await four.request('finish', { result: 'accepted' });
  await three.request('callNext', {});
  await three.request('noShow', {});
  const page = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', clockAt: time.now() });
  await page.click('panel-app >> supervisor-view >> #tab-stats');
  const breaks = page.locator('panel-app >> stats-view >> [data-table="lifeBreaks"]');
  await breaks.locator('td').first().waitFor();
  assert.equal(await breaks.locator('tr').allInnerTexts(), ['Ситуация: шаг\tПрервано', 'Рождение ребёнка: 2. Выдача справок\t1']);
  await screenshot(breaks, 'life-stats-breaks');
  await page.close();
});

test.run();
