// The management's reception, the parts a review found missing, in headless Chromium at the real sizes:
// the hall TV (1920×1080) of an office with six directions and the head's full name and title shows the
// whole reception block; in the panel (1366×768) the consultant sees the slots whose time has come as
// passed, not bookable, also when the view was left open; the head who ticks "put under control" is asked
// for the deadline, and without it the daemon's words stand next to the field and nothing is recorded; the
// specialist who answers for the decision sees it in "На контроле у меня", overdue the day after its deadline,
// and so does the archivist who holds the citizen's case file linked to the booking; the consultant who books
// without naming the appeal the question was considered in reads the daemon's words beside that field.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, shows, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { petrovWithCaseFile } from '../helpers/reception.ts';
import { DaemonTime } from '../helpers/office-day.ts';

const pageErrors: string[] = [];
const SHORT_WHO = { ru: 'Начальник управления Цыренова Е. Б.', uk: 'Начальник управління Циренова О. Б.' };
const LONG_WHO = {
  ru: 'Начальник управления социальной защиты населения администрации Октябрьского района г. Улан-Удэ Цыренова Елена Баировна',
  uk: 'Начальник управління соціального захисту населення Октябрської районної державної адміністрації Циренова Олена Баїрівна',
};

const test = suite<{ browser: Browser; d: TestDaemon }>('reception control screens');
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

/** The "На контроле у меня" tab of a signed-in panel: it says at once (red) that one decision is overdue, and its row, overdue since 20.12.2026, reads `rowText`. */
async function showsOneOverdue(page: Page, bookingId: string, rowText: RegExp): Promise<void> {
  await shows(page, 'panel-app >> #tab-my-control', /На контроле у меня\s*1/);
  assert.match(String(await page.locator('panel-app >> #my-control-count').getAttribute('class')), /\bbad\b/);
  await page.click('panel-app >> #tab-my-control');
  const row = `panel-app >> my-control >> #my-control-list >> tr[data-booking="${bookingId}"]`;
  await shows(page, row, /20\.12\.2026\s*Просрочено/);
  assert.is(await page.locator(row).getAttribute('data-state'), 'overdue');
  await shows(page, row, rowText);
}

const office = (lang: 'ru' | 'uk', who = SHORT_WHO) => demo((c) => {
  c.office.language = lang;
  c.reception = { hours: [{ who, weekday: 'tue', weeks: [2], hours: '10:00-12:00', slotMinutes: 15 }] };
});

/** Whether each part of the hall's aside lies inside the aside and the screen, and is not cut inside its own box. */
const ASIDE = `(() => {
  const root = document.querySelector('hall-display').shadowRoot;
  const aside = root.querySelector('aside').getBoundingClientRect();
  const problems = [];
  const inside = (e, box, what) => { const r = e.getBoundingClientRect(); if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) problems.push(what + ' ' + JSON.stringify(r) + ' outside ' + JSON.stringify(box)); };
  for (const sel of ['.reception', '.reception h2', '.reception .who', '.reception .reception-day', '.hours']) inside(root.querySelector(sel), aside, sel);
  if (innerHeight < aside.bottom) problems.push('the aside leaves the screen');
  const dirs = (root.querySelector('.dirs') ?? root.querySelector('aside')).getBoundingClientRect();
  for (const d of root.querySelectorAll('.dir')) inside(d, dirs, '.dir ' + d.dataset.direction);
  const who = root.querySelector('.reception .who');
  for (const e of [who, ...root.querySelectorAll('.dir .name')]) if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1) problems.push(e.textContent + ' is cut in its box');
  return { problems, dirs: root.querySelectorAll('.dir').length, whoText: who.textContent.trim(), dirPx: parseFloat(getComputedStyle(root.querySelector('.dir')).fontSize), receptionPx: parseFloat(getComputedStyle(who).fontSize) };
})()`;

for (const lang of ['ru', 'uk'] as const) {
  test(`${lang}: on the hall TV of an office with six directions the reception block with the head's full name and title is fully visible`, async (ctx) => {
    const time = new DaemonTime(at('2026-12-08', '09:30'));
    ctx.d = await testDaemon({
      now: time.now,
      config: demo((c) => {
        c.office.language = lang;
        c.reception = { hours: [{ who: LONG_WHO, weekday: 'tue', weeks: [2], hours: '10:00-12:00', slotMinutes: 15 }] };
        c.directions.push(
          { id: 'subsidy', prefix: 'Ж', name: { ru: 'Субсидии на оплату жилого помещения и коммунальных услуг', uk: 'Субсидії на оплату житлово-комунальних послуг' }, serviceMinutes: 15 },
          { id: 'pension', prefix: 'П', name: { ru: 'Пенсии и ежемесячные денежные выплаты', uk: 'Пенсії та щомісячні грошові виплати' }, serviceMinutes: 15 },
          { id: 'rehab', prefix: 'И', name: { ru: 'Реабилитация инвалидов', uk: 'Реабілітація осіб з інвалідністю' }, serviceMinutes: 15 },
        );
        c.booths[3].directions.push('subsidy', 'pension', 'rehab');
      }),
    });
    const hall = await ctx.browser.newPage({ viewport: SIZES.hall });
    hall.on('pageerror', (e) => pageErrors.push(`${hall.url()}: ${e.message}`));
    await hall.clock.install({ time: time.now() });
    await hall.goto(`${ctx.d.url}/display/hall`);
    await shows(hall, 'hall-display >> .reception', lang === 'ru' ? /Приём граждан руководством/ : /Прийом громадян керівництвом/);
    await hall.evaluate(() => document.fonts.ready);
    const m = (await hall.evaluate(ASIDE)) as { problems: string[]; dirs: number; whoText: string; dirPx: number; receptionPx: number };
    await screenshot(hall, `reception-hall-six-directions-${lang}-1920`);
    assert.is(m.dirs, 6);
    assert.equal(m.problems, [], m.problems.join('\n'));
    assert.is(m.whoText, LONG_WHO[lang], 'the full name and title, in full');
    assert.ok(m.dirPx >= 24 && m.receptionPx >= 28, `directions at ${m.dirPx} px, the reception at ${m.receptionPx} px`);
    await hall.close();
  });
}

async function signIn(browser: Browser, d: TestDaemon, who: { role: string; staffId: string; pin: string; booth?: number }, clockAt: number): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, ...who, clockAt });
  await page.waitForSelector('panel-app >> #logout');
  return page;
}

test("the consultant sees the slots whose time has come as passed and not bookable, also in a view left open", async (ctx) => {
  const time = new DaemonTime(at('2026-12-08', '10:20'));
  ctx.d = await testDaemon({ now: time.now, config: office('ru') });
  const cons = await signIn(ctx.browser, ctx.d, { role: 'consultant', staffId: 'consultant', pin: '5555' }, time.now());
  await cons.click('panel-app >> #tab-reception');
  const day = 'panel-app >> reception-view >> .session[data-day="2026-12-08"]';
  await cons.waitForSelector(`${day} >> .book-slot[data-time="10:30"]`);
  const state = () => cons.locator(day).evaluate((el) => [...el.querySelectorAll('.slots .time')].map((t) => {
    const passed = t.nextElementSibling?.classList.contains('passed') ?? false;
    const book = t.nextElementSibling?.nextElementSibling?.querySelector('.book-slot') ?? null;
    return `${t.textContent} ${passed ? 'passed' : 'free'}${book ? ' bookable' : ''}`;
  }));
  assert.equal((await state()).slice(0, 4), ['10:00 passed', '10:15 passed', '10:30 free bookable', '10:45 free bookable']);
  await shows(cons, `${day} >> .passed[data-time="10:15"]`, /время прошло/);
  await screenshot(cons, 'reception-passed-slots-ru-1366');
  // Left open past 10:30: that slot is passed too, without a reload.
  time.moveOn(11 * 60_000);
  await cons.clock.fastForward(11 * 60_000);
  await until(async () => (await state())[2] === '10:30 passed' || null, 8000, () => 'the 10:30 slot marked passed');
  assert.equal((await state()).slice(0, 4), ['10:00 passed', '10:15 passed', '10:30 passed', '10:45 free bookable']);
  await cons.close();
});

test('the head is asked for the deadline when putting a decision under control; without it the daemon refuses next to the field; the responsible sees it in "На контроле у меня"', async (ctx) => {
  const clock = { t: at('2026-12-02', '09:00') };
  ctx.d = await testDaemon({ now: () => clock.t, config: office('ru') });
  const op = await ready(client(ctx.d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates'] }));
  const appeal = (await op.request('journalSave', { appeal: { citizen: { fullName: 'Петров Пётр Петрович', address: '', passport: '' }, category: 'pensioner', appealType: 'complaint', reason: 'subsidy', result: 'review' } })).appeal;
  const cons = await ready(client(ctx.d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const b = (await cons.request('receptionBook', { booking: { day: '2026-12-08', session: 0, time: '10:00', citizen: { fullName: 'Петров Пётр Петрович', phone: '' }, question: 'Отказ в субсидии', appealIds: [appeal.id] } })).booking;
  op.close();

  clock.t = at('2026-12-08', '11:00');
  const head = await signIn(ctx.browser, ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }, clock.t);
  await head.click('panel-app >> #tab-reception');
  await head.click('panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .open-day');
  const form = `panel-app >> reception-view >> #materials >> .citizen[data-booking="${b.id}"] >> form.decide`;
  await head.waitForSelector(form);
  assert.is(await head.locator(`${form} >> [name="deadline"]`).count(), 0, 'no deadline asked before "put under control" is ticked');
  await head.fill(`${form} >> textarea[name="decision"]`, 'Пересчитать субсидию с сентября');
  await head.check(`${form} >> [name="control"]`);
  const deadline = head.locator(`${form} >> input[name="deadline"]`);
  await deadline.waitFor();
  assert.ok(await deadline.evaluate((el: HTMLInputElement) => el.required && el.getAttribute('aria-required') === 'true'), 'the deadline is required');
  await shows(head, `${form} >> .control-asked`, /Срок исполнения \(обязательно\)/);
  // Saved without the deadline: the daemon's words stand next to the deadline field, and nothing is recorded.
  await head.click(`${form} >> button[type="submit"]`);
  const words = await shows(head, `${form} >> #deadline-problem-${b.id}`, /Укажите срок исполнения/);
  assert.is(words, 'Укажите срок исполнения: без него решение нельзя поставить на контроль.');
  assert.ok(await head.locator(`${form} >> .field:has(input[name="deadline"]) >> #deadline-problem-${b.id}`).count() === 1, 'the words are beside the deadline field');
  assert.is(await deadline.getAttribute('aria-invalid'), 'true');
  assert.is(await deadline.getAttribute('aria-describedby'), `deadline-problem-${b.id}`);
  await screenshot(head, 'reception-deadline-required-ru-1366');
  assert.is((await cons.request('receptionMaterials', { day: '2026-12-08' })).bookings[0]!.decision, null, 'nothing recorded');
  // With the deadline it goes under control, the responsible chosen.
  await head.fill(`${form} >> input[name="deadline"]`, '2026-12-20');
  await head.selectOption(`${form} >> [name="responsible"]`, 'petrova');
  await head.click(`${form} >> button[type="submit"]`);
  await shows(head, 'panel-app >> reception-view >> #materials', /Срок исполнения: 20\.12\.2026, Петрова Анна Сергеевна/);
  await head.close();
  cons.close();

  // Petrova at her booth, 21 December: the decision is hers, overdue; Ivanova has none.
  clock.t = at('2026-12-21', '09:00');
  const petrova = await signIn(ctx.browser, ctx.d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }, clock.t);
  // The tab says at once that one decision is hers, overdue (red).
  await showsOneOverdue(petrova, b.id, /Петров Пётр Петрович\s*Пересчитать субсидию с сентября\s*вы ответственный/);
  await shows(petrova, 'panel-app >> my-control >> #my-overdue', /Просрочено: 1/);
  await screenshot(petrova, 'reception-my-control-ru-1366');
  await petrova.close();
  const ivanova = await signIn(ctx.browser, ctx.d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }, clock.t);
  await ivanova.click('panel-app >> #tab-my-control');
  await shows(ivanova, 'panel-app >> my-control >> #my-control', /Решений руководства на контроле у вас нет/);
  assert.is(await ivanova.locator('panel-app >> #my-control-count').count(), 0, 'no count on her tab once her list is read');
  await ivanova.close();
});

test('the archivist holding a case file linked to a decision on control sees it in "На контроле у меня" on her panel, overdue the day after its deadline', async (ctx) => {
  const clock = { t: at('2026-12-02', '09:00') };
  ctx.d = await testDaemon({
    now: () => clock.t,
    config: demo((c) => {
      c.office.language = 'ru';
      c.staff.push({ id: 'arkhipova', name: 'Архипова Галина Семёновна', role: 'archivist', pin: '7777' });
      c.reception = { hours: [{ who: SHORT_WHO, weekday: 'tue', weeks: [2], hours: '10:00-12:00', slotMinutes: 15 }] };
    }),
  });
  const { person, file, appeal } = await petrovWithCaseFile(ctx.d);
  const cons = await ready(client(ctx.d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const b = (await cons.request('receptionBook', { booking: { day: '2026-12-08', session: 0, time: '10:00', citizen: { fullName: person.fullName, phone: '' }, question: 'Отказ в субсидии', appealIds: [appeal.id], caseFiles: [file.id] } })).booking;
  cons.close();
  // The file goes to payments and comes back: the archivist takes it back and holds it until she shelves it.
  clock.t = at('2026-12-03', '10:00');
  const head = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  for (const mv of [{ kind: 'accept' }, { kind: 'bundle', bundle: '2026-12-1' }, { kind: 'hand', receivedBy: 'Осипова Т. В.' }]) await head.request('caseFileMove', { fileId: file.id, move: mv as never });
  const arch = await ready(client(ctx.d, { role: 'archivist', staffId: 'arkhipova', pin: '7777' }));
  await arch.request('caseFileMove', { fileId: file.id, move: { kind: 'close' } });
  arch.close();
  // After the reception the head puts the decision under control, Petrova answering for it.
  clock.t = at('2026-12-08', '11:00');
  await head.request('receptionDecide', { bookingId: b.id, decision: 'Пересчитать субсидию с сентября', control: { deadline: '2026-12-20', responsible: 'petrova' } });
  head.close();

  clock.t = at('2026-12-21', '09:00');
  const archivist = await signIn(ctx.browser, ctx.d, { role: 'archivist', staffId: 'arkhipova', pin: '7777' }, clock.t);
  // Her archive opens first, as before; the tab says at once that one decision is hers, overdue (red).
  await archivist.waitForSelector('panel-app >> case-files-view >> #cf-payments');
  await showsOneOverdue(archivist, b.id, new RegExp(`Петров Пётр Петрович\\s*Пересчитать субсидию с сентября\\s*у вас личное дело: ${file.id}`));
  await screenshot(archivist, 'reception-my-control-archivist-ru-1366');
  // Back to the archive: the file she holds is there, to be shelved.
  await archivist.click('panel-app >> #tab-archive');
  await archivist.click('panel-app >> case-files-view >> #cf-shelve');
  await shows(archivist, 'panel-app >> case-files-view >> #to-shelve', new RegExp(file.id));
  await archivist.close();
});

const NOT_CONSIDERED = {
  ru: 'Укажите обращение из журнала, в котором вопрос рассмотрен: на приём к руководству записывают после того, как вопрос рассмотрела служба.',
  uk: 'Вкажіть звернення з журналу, у якому питання розглянуто: на прийом до керівництва записують після того, як питання розглянула служба.',
};

for (const lang of ['ru', 'uk'] as const) {
  test(`${lang}: booking without an appeal the question was considered in, the daemon's words in the office's language stand beside the appeals field and nothing is booked`, async (ctx) => {
    const clock = { t: at('2026-12-02', '09:00') };
    ctx.d = await testDaemon({ now: () => clock.t, config: office(lang) });
    const op = await ready(client(ctx.d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates'] }));
    const appeal = (await op.request('journalSave', { appeal: { citizen: { fullName: 'Петров Пётр Петрович', address: '', passport: '' }, category: 'pensioner', appealType: 'complaint', reason: 'subsidy', result: 'review' } })).appeal;
    op.close();
    const cons = await signIn(ctx.browser, ctx.d, { role: 'consultant', staffId: 'consultant', pin: '5555' }, clock.t);
    await cons.click('panel-app >> #tab-reception');
    await cons.click('panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .book-slot[data-time="10:00"]');
    const form = 'panel-app >> reception-view >> #reception-book';
    await cons.fill(`${form} >> input[name="fullName"]`, 'Петров Пётр Петрович');
    await cons.fill(`${form} >> input[name="question"]`, 'Отказ в субсидии');
    const appeals = cons.locator(`${form} >> input[name="appeals"]`);
    // No check of the browser's own stands in the way (its tooltip speaks the browser's language, and says no why).
    assert.is(await appeals.evaluate((el: HTMLInputElement) => el.validationMessage), '', 'no native check on the appeals field');
    await cons.click(`${form} >> #reception-book-button`);
    const words = await shows(cons, `${form} >> #appeals-problem`, lang === 'ru' ? /Укажите обращение из журнала/ : /Вкажіть звернення з журналу/);
    assert.is(words, NOT_CONSIDERED[lang]);
    assert.is(await cons.locator(`${form} >> .field:has(input[name="appeals"]) >> #appeals-problem`).count(), 1, 'the words are beside the appeals field');
    assert.is(await appeals.getAttribute('aria-invalid'), 'true');
    assert.is(await appeals.getAttribute('aria-describedby'), 'appeals-problem');
    assert.is(await cons.locator('panel-app >> .toast').count(), 0, 'no second message in a toast');
    await screenshot(cons, `reception-book-no-appeal-${lang}-1366`);
    const api = await ready(client(ctx.d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    assert.is((await api.request('receptionSchedule', { from: '2026-12-08', to: '2026-12-08' })).bookings.length, 0, 'nothing booked');
    // With the appeal named (the name and question kept as typed), the citizen is booked and the words go.
    await appeals.fill(appeal.id);
    await cons.click(`${form} >> #reception-book-button`);
    await cons.waitForSelector(`panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .booked`);
    const booked = (await api.request('receptionSchedule', { from: '2026-12-08', to: '2026-12-08' })).bookings;
    assert.equal(booked.map((b) => [b.time, b.citizen?.fullName, b.appealIds]), [['10:00', 'Петров Пётр Петрович', [appeal.id]]]);
    api.close();
    await cons.close();
  });
}

test.run();
