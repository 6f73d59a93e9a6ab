// Outreach visits in headless Chromium at the staff panel's 1366×768: the consultant plans a visit and
// imports a settlement's Windows-1251 list with bad lines (shown, each with what is wrong), prints the
// list; an operator records an appeal from the list three days after the visit and sees it flagged late;
// in a Ukrainian office the head reads the analysis by settlement and year, next year's suggestion and
// its CSV, and an import's refused lines in Ukrainian.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { cp1251 } from '../helpers/cp1251.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('outreach screens');
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

const LIST = cp1251([
  'ФИО;Адрес;Телефон;Вопрос',
  'Петров Пётр Петрович;с. Тарбагатай, ул. Ленина, 1;83014412345;субсидия на оплату ЖКУ',
  'Иванова Анна Сергеевна;с. Тарбагатай, ул. Мира, 7;;пособие на ребёнка',
  ';с. Тарбагатай;83014400000;пенсия',
  'Сидорова Ольга Викторовна;с. Тарбагатай;позвонить соседке;справка о составе семьи',
  'Кузнецов Иван;с. Тарбагатай, ул. Садовая, 5;83014400001;справка;лишнее',
].join('\r\n'));

async function signIn(browser: Browser, d: TestDaemon, role: string, staffId: string, pin: string, booth?: number, lang: 'ru' | 'uk' = 'ru'): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role, staffId, pin, booth, locale: lang === 'uk' ? 'uk-UA' : 'ru-RU' });
  await page.waitForSelector('panel-app >> #logout');
  if (lang === 'uk') await page.selectOption('panel-app >> select[aria-label="Язык"]', 'uk');
  return page;
}

test('the consultant plans a visit and imports the list; an operator records an appeal three days on, flagged late', async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t });
  const { browser, d } = ctx;
  const page = await signIn(browser, d, 'consultant', 'consultant', '5555');
  await page.click('panel-app >> #tab-outreach');
  await page.fill('panel-app >> outreach-view >> [name="settlement"]', 'Тарбагатай');
  await page.fill('panel-app >> outreach-view >> [name="day"]', '2026-03-10');
  await page.check('panel-app >> outreach-view >> [name="specialist"][value="ivanova"]');
  await page.check('panel-app >> outreach-view >> [name="specialist"][value="petrova"]');
  await screenshot(page, 'outreach-plan-ru-1366');
  await page.click('panel-app >> outreach-view >> #plan-button');
  await page.waitForSelector('panel-app >> outreach-view >> #list-file', { state: 'attached' });
  await page.setInputFiles('panel-app >> outreach-view >> #list-file', { name: 'tarbagatay.csv', mimeType: 'text/csv', buffer: LIST });
  await page.click('panel-app >> outreach-view >> #import-button');
  await page.waitForSelector('panel-app >> outreach-view >> #problems');
  assert.match((await page.locator('panel-app >> outreach-view >> #import-note').textContent())!, 'Загружено граждан: 2');
  assert.equal(await page.locator('panel-app >> outreach-view >> #problems >> td').allTextContents(), [
    'Строка 4 (столбец «ФИО»): не указаны ФИО',
    'Строка 5 (столбец «Телефон»): телефон не похож на номер (нужны цифры, от 5 до 15)',
    'Строка 6: в строке больше полей, чем в заголовке (разделитель внутри значения без кавычек?)',
  ]);
  assert.is(await page.locator('panel-app >> outreach-view >> #citizens >> tr').count(), 3, 'a header and two citizens');
  await screenshot(page, 'outreach-import-errors-ru-1366');

  // The list prints on A4 in its own tab.
  const [paper] = await Promise.all([page.context().waitForEvent('page'), page.click('panel-app >> outreach-view >> #print-list')]);
  await paper.waitForSelector('text=Список граждан на выездной приём');
  assert.match(await paper.content(), 'Иванова Анна Сергеевна');
  await paper.setViewportSize({ width: 1123, height: 794 });
  await screenshot(paper, 'outreach-list-print-a4');
  await paper.close();

  // Three days after the visit an operator enters what was taken on the spot.
  ctx.clock.t = at('2026-03-13', '09:00');
  const op = await signIn(browser, d, 'operator', 'ivanova', '1111', 1);
  await op.click('panel-app >> #tab-outreach');
  await op.click('panel-app >> outreach-view >> #visits >> tr[data-visit="V-20260310-1"] >> button');
  await op.click('panel-app >> outreach-view >> #citizens >> tr >> nth=1 >> button');
  const card = 'panel-app >> outreach-view >> visit-card';
  assert.is(await op.inputValue(`${card} >> [name="fullName"]`), 'Петров Пётр Петрович');
  await op.fill(`${card} >> [name="passport"]`, '8104 123456');
  await op.selectOption(`${card} >> [name="appealType"]`, 'documents');
  await op.selectOption(`${card} >> [name="reason"]`, 'subsidy');
  await op.fill(`${card} >> [name="documents"]`, 'Заявление\nКвитанции ЖКУ');
  await op.selectOption(`${card} >> [name="result"]`, 'accepted');
  await op.click(`${card} >> #save-card`);
  await op.waitForSelector(`${card} >> #late-note`);
  await op.waitForSelector('panel-app >> outreach-view >> text=Принято обращений: 1 · Внесено с опозданием: 1');
  const stored = d.journal.store.appeal('J-20260313-0001')!;
  assert.equal([stored.outreachVisitId, stored.lateEntry, stored.ticketId, stored.citizen?.address], ['V-20260310-1', true, null, 'с. Тарбагатай, ул. Ленина, 1']);
  assert.match((await op.locator(`${card} >> h2`).textContent())!, 'Тарбагатай, 10.03.2026');
  await screenshot(op, 'outreach-record-late-ru-1366', { fullPage: true });
});

test('in a Ukrainian office the head reads the analysis by settlement and year, the suggestion and its CSV', async (ctx) => {
  ctx.clock = { t: at('2024-01-09', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => (c.office.language = 'uk')) });
  const { browser, d, clock } = ctx;
  const cons = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['documents'] }));
  // Three years of visits: Петрівка busy, Тарбагатай middling, Куйтун once with a list and nobody coming.
  const history: [string, string, number][] = [
    ['Петрівка', '2024-03-12', 12], ['Петрівка', '2024-09-17', 14], ['Тарбагатай', '2024-05-14', 6],
    ['Петрівка', '2025-04-15', 20], ['Тарбагатай', '2025-06-10', 9], ['Куйтун', '2025-10-07', 0],
    ['Петрівка', '2026-03-10', 17], ['Тарбагатай', '2026-03-11', 7],
  ];
  for (const [settlement, day, appeals] of history) {
    clock.t = at(day, '08:00');
    const { visit } = await cons.request('outreachPlan', { visit: { settlement, day, specialists: ['ivanova'] } });
    if (settlement === 'Куйтун') await cons.request('outreachImport', { visitId: visit.id, file: Buffer.from('ПІБ;Адреса\nКоваленко Олена;с. Куйтун\n').toString('base64') });
    clock.t = at(day, '16:00');
    for (let i = 0; i < appeals; i++) {
      await op.request('journalSave', { appeal: { citizen: { fullName: `Громадянин ${settlement} ${day} ${i}` }, category: 'pensioner', appealType: 'consultation', reason: 'subsidy', result: 'explained', outreachVisitId: visit.id } });
    }
  }
  clock.t = at('2026-03-16', '08:00');
  // The next visit, still ahead: the one a settlement's list is imported for.
  const next = (await cons.request('outreachPlan', { visit: { settlement: 'Петрівка', day: '2026-03-24', specialists: ['ivanova'] } })).visit;
  cons.close();
  op.close();
  clock.t = at('2026-03-16', '09:00');
  const page = await signIn(browser, d, 'supervisor', 'head', '9999', undefined, 'uk');
  await page.click('panel-app >> #tab-outreach');
  await page.waitForSelector('panel-app >> outreach-view >> #suggestion');
  assert.match((await page.locator('panel-app >> outreach-view >> #analysis >> h2').textContent())!, 'Аналіз виїзних прийомів за поселеннями');
  // 2027 from 2024–2026: Петрівка (26+20+17)/3 = 21 → 2 visits of 15; Тарбагатай (6+9+7)/3 = 7.3 → 8 → 1; Куйтун: listed, nobody came → 1.
  const rows = await page.locator('panel-app >> outreach-view >> #suggestion >> tr').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
  assert.equal(rows, [['Петрівка', '26 · 20 · 17', '21', '2'], ['Тарбагатай', '6 · 9 · 7', '8', '1'], ['Куйтун', '0 · 0 · 0', '0', '1']]);
  await screenshot(page, 'outreach-analysis-uk-1366', { fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('panel-app >> outreach-view >> #outreach-csv')]);
  const csv = await readFile((await download.path())!, 'utf8');
  assert.match(csv, 'Сільське поселення;Рік;Виїздів;Скасовано;У списку;Прийнято звернень;Внесено із запізненням');
  assert.match(csv, 'Петрівка;2024;2;0;0;26;0');
  assert.match(csv, 'Куйтун;2025;1;0;1;0;0');

  // An import in the Ukrainian office: the refused lines in Ukrainian.
  await page.click(`panel-app >> outreach-view >> #visits >> tr[data-visit="${next.id}"] >> button`);
  await page.setInputFiles('panel-app >> outreach-view >> #list-file', { name: 'petrivka.csv', mimeType: 'text/csv', buffer: cp1251('ПІБ,Адреса,Телефон,Питання\r\nКоваленко Олена,с. Петрівка,0501234567,субсидія\r\n,с. Петрівка,,пенсія\r\nКоваленко Олена,с. Петрівка,,довідка\r\n') });
  await page.click('panel-app >> outreach-view >> #import-button');
  await page.waitForSelector('panel-app >> outreach-view >> #problems');
  assert.equal(await page.locator('panel-app >> outreach-view >> #problems >> td').allTextContents(), [
    'Рядок 3 (стовпець «ПІБ»): не вказано ПІБ',
    'Рядок 4 (стовпець «ПІБ»): цей громадянин уже є у списку (рядок 2)',
  ]);
  await screenshot(page, 'outreach-import-errors-uk-1366');
});

test.run();
