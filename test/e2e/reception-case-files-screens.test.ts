// The reception's materials with the citizen's real case files, in headless Chromium at 1366×768, in a
// Russian and in a Ukrainian office: the consultant's booking form finds the citizen's case files by name
// and links one; the head's materials (screen and the printed A4 page) show the file's number, payment
// type and where it is; once the file has gone to the payments department the materials show that place.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, shows, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { petrovWithCaseFile } from '../helpers/reception.ts';

const pageErrors: string[] = [];
const WHO = { ru: 'Начальник управления Цыренова Е. Б.', uk: 'Начальник управління Циренова О. Б.' };

const test = suite<{ browser: Browser; d: TestDaemon }>('reception materials with case files');
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

const WORDS = {
  ru: { formed: /сформировано, ждёт проверки, с 02\.12\.2026\s*Иванова Мария Петровна/, payments: /в отделе выплат, с 03\.12\.2026\s*Осипова Т\. В\./, title: 'Материалы к личному приёму граждан руководством', none: /Личных дел с таким ФИО нет/ },
  uk: { formed: /сформовано, чекає перевірки, з 02\.12\.2026\s*Иванова Мария Петровна/, payments: /у відділі виплат, з 03\.12\.2026\s*Осипова Т\. В\./, title: 'Матеріали до особистого прийому громадян керівництвом', none: /Особових справ із таким ПІБ немає/ },
};

for (const lang of ['ru', 'uk'] as const) {
  test(`${lang}: the booking links the citizen's case file found by name; the materials show where it is, and its new place once it moved`, async (ctx) => {
    const w = WORDS[lang];
    const clock = { t: at('2026-12-02', '09:00') };
    ctx.d = await testDaemon({ now: () => clock.t, config: office(lang) });
    const { person, file, appeal } = await petrovWithCaseFile(ctx.d);

    const cons = await openPanel(ctx.browser, `${ctx.d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'consultant', staffId: 'consultant', pin: '5555', clockAt: clock.t });
    await cons.waitForSelector('panel-app >> #logout');
    await cons.click('panel-app >> #tab-reception');
    await cons.click('panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .book-slot[data-time="10:15"]');
    await cons.fill('panel-app >> reception-view >> [name="fullName"]', 'Сидоров');
    await cons.click('panel-app >> reception-view >> #find-case-files');
    await shows(cons, 'panel-app >> reception-view >> #case-files-offered', w.none);
    await cons.fill('panel-app >> reception-view >> [name="fullName"]', 'Петров Пётр Петрович');
    await cons.fill('panel-app >> reception-view >> [name="question"]', 'Отказ в субсидии на оплату ЖКУ');
    await cons.fill('panel-app >> reception-view >> [name="appeals"]', appeal.id);
    await cons.click('panel-app >> reception-view >> #find-case-files');
    await cons.check(`panel-app >> reception-view >> input[name="caseFile"][value="${file.id}"]`);
    await screenshot(cons, `reception-book-case-file-${lang}-1366`);
    await cons.click('panel-app >> reception-view >> #reception-book-button');
    await shows(cons, 'panel-app >> reception-view >> .session[data-day="2026-12-08"]', /10:15\s*Петров Пётр Петрович/);
    await cons.close();

    const head = await openPanel(ctx.browser, `${ctx.d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', clockAt: clock.t });
    await head.waitForSelector('panel-app >> #logout');
    await head.click('panel-app >> #tab-reception');
    await head.click('panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .open-day');
    const fileRow = `panel-app >> reception-view >> #materials >> tr[data-file="${file.id}"]`;
    await shows(head, fileRow, w.formed);
    await screenshot(head, `reception-materials-case-file-${lang}-1366`);

    // The file goes to the payments department; the materials made now show it there.
    clock.t = at('2026-12-03', '10:00');
    const boss = await ready(client(ctx.d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    for (const move of [{ kind: 'accept' }, { kind: 'bundle', bundle: '2026-12-1' }, { kind: 'hand', receivedBy: 'Осипова Т. В.' }]) await boss.request('caseFileMove', { fileId: file.id, move: move as never });
    boss.close();
    await head.click('panel-app >> reception-view >> #back');
    await head.click('panel-app >> reception-view >> .session[data-day="2026-12-08"] >> .open-day');
    await shows(head, fileRow, w.payments);
    await screenshot(head, `reception-materials-case-file-moved-${lang}-1366`);
    const [paper] = await Promise.all([head.context().waitForEvent('page'), head.click('panel-app >> reception-view >> #print-materials')]);
    await paper.waitForSelector(`text=${w.title}`);
    await paper.setViewportSize({ width: 794, height: 1123 });
    const printed = await paper.locator('table.files').textContent();
    assert.match(printed ?? '', file.id);
    assert.match(printed ?? '', w.payments);
    await screenshot(paper, `reception-materials-case-file-print-${lang}-a4`);
    await paper.close();
    await head.close();
  });
}

test.run();
