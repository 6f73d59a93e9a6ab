// Reception by the management in headless Chromium at the real sizes: the hall TV (1920×1080) and the
// kiosk (1080×1920) publish the head's next reception in the office language, and move on to the next
// one once a reception day has ended (the page's clock driven by Playwright, the daemon's moved with it);
// in the panel (1366×768) the consultant books a citizen into a free slot naming the considered appeal,
// the head reads the day's materials, puts the decision under control, and with the panel in Ukrainian sees it
// overdue in the control list and takes it off control "to the file".
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, shows, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { DaemonTime } from '../helpers/office-day.ts';

const pageErrors: string[] = [];
const WHO = { ru: 'Начальник управления Цыренова Е. Б.', uk: 'Начальник управління Циренова О. Б.' };

const test = suite<{ browser: Browser; d: TestDaemon }>('reception screens');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

const office = (lang: 'ru' | 'uk') => demo((c) => {
  c.office.language = lang;
  c.reception = { hours: [{ who: WHO, weekday: 'tue', weeks: [2], hours: '10:00-12:00', slotMinutes: 15 }] };
});

async function openAt(browser: Browser, url: string, size: { width: number; height: number }, browserTime: number): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.clock.install({ time: browserTime });
  await page.goto(url);
  return page;
}

for (const lang of ['ru', 'uk'] as const) {
  test(`${lang}: the hall TV and the kiosk publish the head's next reception, and move on once the reception day has ended`, async (ctx) => {
    const time = new DaemonTime(at('2026-12-08', '11:50'));
    ctx.d = await testDaemon({ now: time.now, config: office(lang) });
    const hall = await openAt(ctx.browser, `${ctx.d.url}/display/hall`, SIZES.hall, time.now());
    const kiosk = await openAt(ctx.browser, `${ctx.d.url}/kiosk/`, SIZES.kioskPortrait, time.now());
    const today = lang === 'ru' ? /Приём граждан руководством.*Начальник управления Цыренова Е\. Б\..*вторник, 8 декабря, 10:00–12:00/ : /Прийом громадян керівництвом.*Начальник управління Циренова О\. Б\..*вівторок, 8 грудня, 10:00–12:00/;
    await shows(hall, 'hall-display >> .reception', today);
    await shows(kiosk, 'kiosk-app >> .reception-info', today);
    await screenshot(hall, `reception-hall-${lang}-1920`);
    await screenshot(kiosk, `reception-kiosk-${lang}-1080`);
    // The hall's aside still fits: the reception block ends inside the screen.
    const box = (await hall.locator('hall-display >> .reception').boundingBox())!;
    assert.ok(box.y + box.height <= SIZES.hall.height - 100, `the reception block ends at ${box.y + box.height}, above the footer`);
    // 12:05: today's reception is over; the next one is the second Tuesday of January.
    time.moveOn(15 * 60_000);
    for (const p of [hall, kiosk]) await p.clock.fastForward(15 * 60_000);
    const next = lang === 'ru' ? /вторник, 12 января, 10:00–12:00/ : /вівторок, 12 січня, 10:00–12:00/;
    await shows(hall, 'hall-display >> .reception', next);
    await shows(kiosk, 'kiosk-app >> .reception-info', next);
    await screenshot(hall, `reception-hall-next-${lang}-1920`);
    const text = (await hall.locator('hall-display').evaluate((el) => el.shadowRoot!.textContent ?? ''));
    assert.not.match(text, 'Петров', 'no citizen on the public screen');
  });
}

async function signIn(browser: Browser, d: TestDaemon, role: string, staffId: string, pin: string, clockAt: number): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role, staffId, pin, clockAt });
  await page.waitForSelector('panel-app >> #logout');
  return page;
}

test('the consultant books a citizen with the considered appeal; the head decides under control; in Ukrainian the head sees it overdue and files it', async (ctx) => {
  const clock = { t: at('2026-12-02', '09:00') };
  ctx.d = await testDaemon({ now: () => clock.t, config: office('ru') });
  const op = await ready(client(ctx.d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates'] }));
  const appeal = (await op.request('journalSave', { appeal: { citizen: { fullName: 'Петров Пётр Петрович', address: '', passport: '' }, category: 'pensioner', appealType: 'complaint', reason: 'subsidy', result: 'review' } })).appeal;
  op.close();

  const cons = await signIn(ctx.browser, ctx.d, 'consultant', 'consultant', '5555', clock.t);
  await cons.click('panel-app >> #tab-reception');
  await cons.waitForSelector('panel-app >> reception-view >> .session[data-day="2026-12-08"]');
  // With an appeal number the journal does not have, the daemon refuses, in words that say so, beside the appeals field.
  await cons.click('panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .book-slot[data-time="10:15"]');
  await cons.fill('panel-app >> reception-view >> [name="fullName"]', 'Петров Пётр Петрович');
  await cons.fill('panel-app >> reception-view >> [name="phone"]', '+7 914 123-45-67');
  await cons.fill('panel-app >> reception-view >> [name="question"]', 'Отказ в субсидии на оплату ЖКУ');
  await cons.fill('panel-app >> reception-view >> [name="appeals"]', 'A-20990101-9');
  await screenshot(cons, 'reception-book-ru-1366');
  await cons.click('panel-app >> reception-view >> #reception-book-button');
  await shows(cons, 'panel-app >> reception-view >> #reception-book >> .field:has([name="appeals"]) >> #appeals-problem', /Обращения A-20990101-9 нет в журнале/);
  assert.is(await cons.getAttribute('panel-app >> reception-view >> [name="appeals"]', 'aria-invalid'), 'true');
  await cons.fill('panel-app >> reception-view >> [name="appeals"]', appeal.id);
  await cons.click('panel-app >> reception-view >> #reception-book-button');
  await shows(cons, 'panel-app >> reception-view >> .session[data-day="2026-12-08"]', /10:15\s*Петров Пётр Петрович\s*— Отказ в субсидии на оплату ЖКУ/);
  await screenshot(cons, 'reception-schedule-ru-1366');
  await cons.close();

  // The reception day: the head reads the materials and puts the decision under control.
  clock.t = at('2026-12-08', '11:00');
  const head = await signIn(ctx.browser, ctx.d, 'supervisor', 'head', '9999', clock.t);
  await head.click('panel-app >> #tab-reception');
  await head.click('panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .open-day');
  await shows(head, 'panel-app >> reception-view >> #materials', new RegExp(`${appeal.id} — 02\\.12\\.2026, Жалоба, Субсидии: Направлено на рассмотрение`));
  await head.fill('panel-app >> reception-view >> #materials >> textarea[name="decision"]', 'Пересчитать субсидию с сентября, ответ заявителю письменно');
  await head.check('panel-app >> reception-view >> #materials >> [name="control"]');
  await head.fill('panel-app >> reception-view >> #materials >> [name="deadline"]', '2026-12-20');
  await head.selectOption('panel-app >> reception-view >> #materials >> [name="responsible"]', 'petrova');
  await screenshot(head, 'reception-materials-ru-1366');
  await head.click('panel-app >> reception-view >> #materials >> button[type="submit"]');
  await shows(head, 'panel-app >> reception-view >> #materials', /Срок исполнения: 20\.12\.2026, Петрова Анна Сергеевна/);
  const [paper] = await Promise.all([head.context().waitForEvent('page'), head.click('panel-app >> reception-view >> #print-materials')]);
  await paper.waitForSelector('text=Материалы к личному приёму граждан руководством');
  assert.match(await paper.content(), 'Петров Пётр Петрович');
  await paper.setViewportSize({ width: 794, height: 1123 });
  await screenshot(paper, 'reception-materials-print-a4');
  await paper.close();
  await head.close();

  // 21 December, the panel in Ukrainian: the decision is overdue; the head files it.
  clock.t = at('2026-12-21', '09:00');
  await ctx.d.alerts.check();
  const uk = await signIn(ctx.browser, ctx.d, 'supervisor', 'head', '9999', clock.t);
  await uk.selectOption('panel-app >> select[aria-label="Язык"]', 'uk');
  await uk.click('panel-app >> #tab-reception');
  const row = 'panel-app >> reception-view >> #control-list >> tr[data-state="overdue"]';
  await shows(uk, row, /Прострочено/);
  await shows(uk, 'panel-app >> reception-view >> #count-overdue', /Прострочено: 1/);
  await screenshot(uk, 'reception-control-uk-1366');
  await uk.click(`${row} >> .to-file`);
  await shows(uk, 'panel-app >> reception-view >> #control-list >> tr[data-state="done"]', /Виконано, у справі/);
  await uk.selectOption('panel-app >> reception-view >> #control-filter', 'overdue');
  await shows(uk, 'panel-app >> reception-view >> #reception-control', /Записів немає/);
  await screenshot(uk, 'reception-control-done-uk-1366');
  await uk.close();
});

test.run();
