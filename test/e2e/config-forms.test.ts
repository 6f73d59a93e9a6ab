// The head of the service edits the office in forms, in headless Debian Chromium at 1366×768: she adds a
// direction, a booth and a specialist with a PIN (who then signs in), changes the hours and a holiday; a
// bad ticket letter is refused by the daemon and shown beside its field with her typing kept; and the
// daemon's refusal to take her own rights away is shown in its words.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon }>('settings forms');
test.before(async (ctx) => {
  ctx.browser = await launch();
});
test.after(async (ctx) => {
  await ctx.browser?.close(); // absent when Chromium failed to start; launch() has printed why
});
test.before.each(async (ctx) => {
  const t = at('2026-11-24', '09:00');
  ctx.d = await testDaemon({ now: () => t });
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

const SETTINGS = 'panel-app >> supervisor-view >> settings-view';
const field = (form: string, path: string) => `${SETTINGS} >> ${form} >> [data-field="${path}"]`;
const section = (page: Page, name: string) => page.click(`${SETTINGS} >> button[data-section="${name}"]`);
const save = (page: Page) => page.click(`${SETTINGS} >> #save-config`);

async function openSettings(browser: Browser, d: TestDaemon): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999' });
  await page.click('panel-app >> supervisor-view >> #settings-tab');
  await page.waitForFunction(() => !!(document.querySelector('panel-app')?.shadowRoot?.querySelector('supervisor-view')?.shadowRoot?.querySelector('settings-view')?.shadowRoot?.querySelector('office-form')?.shadowRoot?.querySelector('#office-name') as HTMLInputElement | null)?.value);
  return page;
}

test('the head adds a direction, a booth and a specialist who then signs in, and edits the hours and a holiday', async ({ browser, d }) => {
  const page = await openSettings(browser, d);
  await section(page, 'directions');
  await page.click(`${SETTINGS} >> #add-direction`);
  await page.fill(field('directions-form', 'directions[4].id'), 'pensions');
  await page.fill(field('directions-form', 'directions[4].prefix'), 'П1');
  await page.fill(field('directions-form', 'directions[4].name.ru'), 'Пенсии');
  await page.fill(field('directions-form', 'directions[4].name.uk'), 'Пенсії');
  await page.fill(field('directions-form', 'directions[4].name.en'), 'Pensions');
  await save(page);
  const error = `${SETTINGS} >> directions-form >> .field-error[data-path="directions[4].prefix"]`;
  await page.waitForSelector(error);
  assert.match(await page.locator(error).textContent() ?? '', 'должен состоять из 1–2 букв', 'in the office language');
  assert.is(await page.locator(field('directions-form', 'directions[4].prefix')).inputValue(), 'П1', 'the typing is kept');
  assert.is(await page.locator(field('directions-form', 'directions[4].name.ru')).inputValue(), 'Пенсии');
  const box = await page.locator(field('directions-form', 'directions[4].prefix')).boundingBox();
  const errBox = await page.locator(error).boundingBox();
  assert.ok(box && errBox && Math.abs(errBox.x - box.x) < 20 && errBox.y > box.y && errBox.y - box.y < 90, 'the message is under its field');
  assert.not.ok(d.service.config.directions.some((x) => x.id === 'pensions'), 'nothing was saved');
  await screenshot(page, 'panel-settings-prefix-error-1366');
  await page.fill(field('directions-form', 'directions[4].prefix'), 'П');

  await section(page, 'booths');
  await page.click(`${SETTINGS} >> #add-booth`);
  await page.check(`${SETTINGS} >> booths-form >> [data-booth-row="4"] >> input[data-direction="pensions"]`);
  await screenshot(page, 'panel-settings-booths-1366');
  await section(page, 'staff');
  await page.click(`${SETTINGS} >> #add-staff`);
  await page.fill(field('staff-form', 'staff[6].id'), 'novikova');
  await page.fill(field('staff-form', 'staff[6].name'), 'Новикова Ирина Львовна');
  const pins = `${SETTINGS} >> staff-form >> [data-staff-row="novikova"] >> pin-reset`;
  await page.fill(`${pins} >> [data-pin="first"]`, '7777');
  await page.fill(`${pins} >> [data-pin="second"]`, '7778');
  await page.waitForSelector(`${pins} >> text=ПИН-коды не совпадают`);
  await page.fill(`${pins} >> [data-pin="second"]`, '7777');
  await screenshot(page, 'panel-settings-staff-1366');
  await section(page, 'schedule');
  await page.fill(field('schedule-form', 'schedule.week.mon'), '09:00-13:00, 14:00-18:00');
  await page.locator(field('schedule-form', 'schedule.week.mon')).blur();
  await page.click(`${SETTINGS} >> #add-lunch`);
  await page.selectOption(field('schedule-form', 'schedule.lunch[4].booth'), '5');
  await page.fill(field('schedule-form', 'schedule.lunch[4].hours'), '15:00-15:45');
  await screenshot(page, 'panel-settings-schedule-1366');
  await section(page, 'holidays');
  await page.fill(field('holidays-form', 'schedule.holidays[0]'), '2027-03-08');
  await screenshot(page, 'panel-settings-holidays-1366');
  await save(page);
  await page.waitForSelector(`${SETTINGS} >> .pill.good >> text=Сохранено`);

  const c = d.service.config;
  assert.equal(c.directions.find((x) => x.id === 'pensions')?.name, { ru: 'Пенсии', uk: 'Пенсії', en: 'Pensions' });
  assert.equal(c.booths.find((b) => b.number === 5)?.directions, ['pensions']);
  assert.equal(c.schedule.week.mon, ['09:00-13:00', '14:00-18:00']);
  assert.equal(c.schedule.lunch.at(-1), { booth: 5, hours: '15:00-15:45' });
  assert.is(c.schedule.holidays[0], '2027-03-08');
  assert.ok(c.staff.find((s) => s.id === 'novikova')?.pinHash?.startsWith('pbkdf2$'), 'the PIN is hashed by the daemon');
  await section(page, 'staff');
  await page.waitForSelector(`${pins} >> button[data-pin="open"]`);
  assert.is(await page.locator(`${pins} >> input`).count(), 0, 'once saved, the PIN fields are closed and nothing waits to be set');
  assert.ok(await page.locator('panel-app >> supervisor-view >> #settings-tab').isVisible(), 'the head is still signed in');

  const newcomer = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'novikova', pin: '7777', booth: 5 });
  await newcomer.waitForSelector('panel-app >> #logout');
  assert.match(await newcomer.locator('panel-app >> header .who').textContent() ?? '', 'Кабина 5 · Новикова Ирина Львовна');
  await until(() => d.service.state.booths[5]?.status === 'open');
  await newcomer.close();
  await page.close();
});

test('the daemon\'s refusal to take the head\'s own rights away is shown in its words; the forms speak three languages', async ({ browser, d }) => {
  const page = await openSettings(browser, d);
  await section(page, 'staff');
  await page.selectOption(field('staff-form', 'staff[5].role'), 'operator');
  await save(page);
  await page.waitForSelector(`${SETTINGS} >> staff-form >> .field-error[data-path="staff"]`);
  assert.match(await page.locator(`${SETTINGS} >> staff-form >> .field-error[data-path="staff"]`).textContent() ?? '', 'нельзя снять с себя роль руководителя');
  assert.match(await page.locator(`${SETTINGS} >> .problems li`).textContent() ?? '', 'Сотрудники: нельзя снять с себя роль руководителя');
  assert.match(await page.locator(`${SETTINGS} >> .problems details code`).textContent() ?? '', 'staff: you (head) cannot take away your own supervisor role', 'the checks\' own text under the details');
  assert.is(await page.locator(field('staff-form', 'staff[5].role')).inputValue(), 'operator', 'the choice is kept');
  assert.is(d.service.config.staff.find((s) => s.id === 'head')?.role, 'supervisor');
  await screenshot(page, 'panel-settings-own-rights-1366');
  const words = { uk: ['Напрями', 'Співробітники', 'Змінити ПІН-код'], en: ['Services', 'Staff', 'Change PIN'] };
  for (const [lang, [tab, staffTab, pin]] of Object.entries(words)) {
    await page.selectOption('panel-app >> header select', lang);
    await page.waitForSelector(`${SETTINGS} >> button[data-section="directions"] >> text=${tab}`);
    assert.match(await page.locator(`${SETTINGS} >> button[data-section="staff"]`).textContent() ?? '', staffTab!);
    assert.match(await page.locator(`${SETTINGS} >> staff-form >> [data-pin="open"] >> nth=0`).textContent() ?? '', pin!);
    await screenshot(page, `panel-settings-staff-${lang}-1366`);
  }
  await page.close();
});

test.run();
