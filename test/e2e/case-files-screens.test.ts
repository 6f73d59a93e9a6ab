// Personal case files in headless Chromium at the staff panel's 1366×768: an operator forms a file from
// her accepted appeal; the head returns it for completion with a reason, accepts it, puts it into a bundle
// and hands the bundle to the payments department; the archivist signs in to the archive, takes it back,
// shelves it, finds it in the alphabetical book and by name, and when its storage term has ended makes the
// destruction act, which prints on A4. In a Ukrainian office the head reads the overdue files and the
// returned-for-completion analysis in Ukrainian.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES, signIn as openPanel } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { AppealInput } from '../../queue-core/src/journal/types.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; clock: { t: number } }>('case-file screens');
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

const ARCHIVIST = { id: 'arkhipova', name: 'Архипова Галина Семёновна', role: 'archivist', pin: '7777' };
const card = (fullName: string, reason = 'subsidy'): AppealInput => ({
  citizen: { fullName, address: 'г. Иркутск, ул. Ленина, 5', passport: '2510 123456' }, category: 'pensioner', appealType: 'documents', reason, result: 'accepted',
  documents: ['Заявление', 'Паспорт'],
});

async function signIn(browser: Browser, d: TestDaemon, role: string, staffId: string, pin: string, booth?: number, lang: 'ru' | 'uk' = 'ru'): Promise<Page> {
  const page = await openPanel(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role, staffId, pin, booth, locale: lang === 'uk' ? 'uk-UA' : 'ru-RU' });
  await page.waitForSelector('panel-app >> #logout');
  return page;
}

const rows = (page: Page, table: string) => page.locator(`panel-app >> case-files-view >> #${table} >> tr[data-file]`);

test('the route on the screens: formed by the operator, checked and handed over by the head, shelved and destroyed by act by the archivist', async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => { c.staff.push(ARCHIVIST); c.journal = { caseFiles: { storageYears: 1 } }; }) });
  const { browser, d } = ctx;
  // Two appeals accepted at booth 1 earlier in the day.
  const ws = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['documents'] }));
  await ws.request('journalSave', { appeal: card('Петров Пётр Петрович') });
  await ws.request('journalSave', { appeal: card('Иванова Анна Сергеевна', 'child-allowance') });
  ws.close();

  const op = await signIn(browser, d, 'operator', 'ivanova', '1111', 1);
  await op.click('panel-app >> #tab-case-files');
  await op.waitForSelector('panel-app >> case-files-view >> #formable >> tr[data-appeal] >> nth=1');
  assert.equal(await op.locator('panel-app >> case-files-view >> #formable >> tr[data-appeal] >> td:nth-child(2)').allTextContents(), ['Иванова Анна Сергеевна', 'Петров Пётр Петрович']);
  await op.click('panel-app >> case-files-view >> #formable >> tr:has-text("Петров") >> button');
  await op.waitForSelector('panel-app >> case-files-view >> #case-note');
  assert.is(await op.locator('panel-app >> case-files-view >> #case-note').textContent(), 'Сформировано: LD-2026-00001');
  assert.match((await rows(op, 'my-files').first().textContent())!, /LD-2026-00001.*Петров Пётр Петрович.*Субсидии.*сформировано, ждёт проверки/s);
  await screenshot(op, 'case-files-operator-ru-1366');

  // The head returns it for completion with a reason, in words.
  const head = await signIn(browser, d, 'supervisor', 'head', '9999');
  await head.click('panel-app >> #tab-case-files');
  await rows(head, 'to-check').first().waitFor();
  await head.click('panel-app >> case-files-view >> #to-check >> tr[data-file="LD-2026-00001"] >> button.danger');
  await head.check('panel-app >> case-files-view >> #return-form >> input[value="no-signature"]');
  await head.fill('panel-app >> case-files-view >> #return-form >> input[name="note"]', 'нет подписи на заявлении');
  await screenshot(head, 'case-files-check-return-ru-1366');
  await head.click('panel-app >> case-files-view >> #return-submit');
  await head.waitForSelector('panel-app >> case-files-view >> #case-note');
  assert.is(await rows(head, 'to-check').count(), 0);
  // The operator sees it returned with the reason, and hands it in again.
  await op.click('panel-app >> case-files-view >> #refresh');
  await op.waitForSelector('panel-app >> case-files-view >> #my-files >> tr:has-text("возвращено на доработку")');
  assert.match((await rows(op, 'my-files').first().textContent())!, /нет подписи/);
  await op.click('panel-app >> case-files-view >> #my-files >> button.primary');
  await op.waitForSelector('panel-app >> case-files-view >> #my-files >> tr:has-text("сформировано, ждёт проверки")');
  await head.click('panel-app >> case-files-view >> #cf-check');
  await rows(head, 'to-check').first().waitFor();
  await head.click('panel-app >> case-files-view >> #to-check >> tr[data-file="LD-2026-00001"] >> button.primary');
  await head.waitForSelector('panel-app >> case-files-view >> #case-note');
  await head.click('panel-app >> case-files-view >> #cf-bundles');
  await rows(head, 'accepted').first().waitFor();
  await head.check('panel-app >> case-files-view >> #accepted >> input[value="LD-2026-00001"]');
  // Without a bundle number nothing moves, the field is marked and the screen says what is missing.
  await head.click('panel-app >> case-files-view >> #bundle-button');
  await head.waitForSelector('panel-app >> case-files-view >> #case-error');
  assert.is(await head.locator('panel-app >> case-files-view >> #case-error').textContent(), 'Укажите номер пачки');
  assert.is(await head.getAttribute('panel-app >> case-files-view >> #bundle-no', 'aria-invalid'), 'true');
  await screenshot(head, 'case-files-bundle-no-number-ru-1366');
  assert.is(await rows(head, 'accepted').count(), 1);
  await head.fill('panel-app >> case-files-view >> #bundle-no', '7');
  await head.click('panel-app >> case-files-view >> #bundle-button');
  await head.waitForSelector('panel-app >> case-files-view >> [data-bundle="7"]');
  await head.fill('panel-app >> case-files-view >> #received-7', 'Осипова Татьяна Викторовна');
  await screenshot(head, 'case-files-bundles-ru-1366');
  await head.click('panel-app >> case-files-view >> [data-bundle="7"] >> button');
  await head.waitForSelector('panel-app >> case-files-view >> [data-bundle="7"]', { state: 'detached' });

  // The archivist: back from payments, on the shelf, in the book, found by name.
  ctx.clock.t = at('2026-03-16', '10:00');
  const arch = await signIn(browser, d, 'archivist', 'arkhipova', '7777');
  assert.match((await arch.locator('panel-app >> header .who').textContent())!, 'Архивариус');
  await rows(arch, 'at-payments').first().waitFor();
  assert.match((await rows(arch, 'at-payments').first().textContent())!, /Осипова Татьяна Викторовна/s);
  await arch.click('panel-app >> case-files-view >> #at-payments >> button.primary');
  await arch.waitForSelector('panel-app >> case-files-view >> #case-note');
  await arch.click('panel-app >> case-files-view >> #cf-shelve');
  await rows(arch, 'to-shelve').first().waitFor();
  // Without the place, then without the sheets: refused on the screen in words, the field marked.
  await arch.click('panel-app >> case-files-view >> #shelve-LD-2026-00001');
  await arch.waitForSelector('panel-app >> case-files-view >> #case-error');
  assert.is(await arch.locator('panel-app >> case-files-view >> #case-error').textContent(), 'LD-2026-00001: Укажите место хранения (стеллаж, полка, короб)');
  assert.is(await arch.getAttribute('panel-app >> case-files-view >> #place-LD-2026-00001', 'aria-invalid'), 'true');
  await arch.fill('panel-app >> case-files-view >> #place-LD-2026-00001', 'стеллаж 3, полка 2, короб 7');
  await arch.click('panel-app >> case-files-view >> #shelve-LD-2026-00001');
  await arch.waitForSelector('panel-app >> case-files-view >> #sheets-LD-2026-00001[aria-invalid="true"]');
  assert.is(await arch.locator('panel-app >> case-files-view >> #case-error').textContent(), 'LD-2026-00001: Укажите число листов (от 1 до 5000)');
  await screenshot(arch, 'case-files-shelve-no-sheets-ru-1366');
  assert.is(await rows(arch, 'to-shelve').count(), 1);
  await arch.fill('panel-app >> case-files-view >> #sheets-LD-2026-00001', '12');
  await screenshot(arch, 'case-files-archive-shelve-ru-1366');
  await arch.click('panel-app >> case-files-view >> #shelve-LD-2026-00001');
  await arch.waitForSelector('panel-app >> case-files-view >> #case-note');
  await arch.click('panel-app >> case-files-view >> #cf-book');
  await rows(arch, 'book').first().waitFor();
  assert.match((await rows(arch, 'book').first().textContent())!, /LD-2026-00001.*Петров Пётр Петрович.*в архиве.*2026, стеллаж 3, полка 2, короб 7/s);
  await arch.selectOption('panel-app >> case-files-view >> #issue-LD-2026-00001', 'petrova');
  await arch.click('panel-app >> case-files-view >> #issue-button-LD-2026-00001');
  await arch.waitForSelector('panel-app >> case-files-view >> #take-back-LD-2026-00001');
  assert.match((await rows(arch, 'book').first().textContent())!, /выдано из архива.*Петрова Анна Сергеевна/s);
  await screenshot(arch, 'case-files-archive-book-ru-1366');
  await arch.click('panel-app >> case-files-view >> #take-back-LD-2026-00001');
  await arch.waitForSelector('panel-app >> case-files-view >> #issue-button-LD-2026-00001');
  await arch.click('panel-app >> case-files-view >> #cf-search');
  await arch.fill('panel-app >> case-files-view >> #search-name', 'петров');
  await arch.click('panel-app >> case-files-view >> #search-button');
  await rows(arch, 'search-results').first().waitFor();
  // The route of the file, each move by whom.
  await arch.click('panel-app >> case-files-view >> #search-results >> button.link');
  await arch.waitForSelector('panel-app >> case-files-view >> #history');
  const history = await arch.locator('panel-app >> case-files-view >> #history >> tr >> td:nth-child(2)').allTextContents();
  assert.equal(history, ['Сформировано', 'Возвращено на доработку', 'Сдано на проверку', 'Принято', 'Вложено в пачку', 'Передано в отдел выплат',
    'Принято из отдела выплат', 'Поставлено на хранение', 'Выдано', 'Принято обратно в архив']);
  assert.match((await arch.locator('panel-app >> case-files-view >> #history').textContent())!, /нет подписи — нет подписи на заявлении/);
  await screenshot(arch, 'case-files-history-ru-1366');

  // Kept one year after 2026: destroyed by act in January 2028.
  ctx.clock.t = at('2028-01-10', '10:00');
  await arch.click('panel-app >> case-files-view >> #back');
  await arch.click('panel-app >> case-files-view >> #cf-destruction');
  await rows(arch, 'destroyable').first().waitFor();
  await arch.check('panel-app >> case-files-view >> #destroyable >> input[value="LD-2026-00001"]');
  await arch.fill('panel-app >> case-files-view >> #member-0', 'Цыренова Елена Баировна');
  await arch.fill('panel-app >> case-files-view >> #position-0', 'руководитель клиентской службы');
  await arch.fill('panel-app >> case-files-view >> #member-1', 'Архипова Галина Семёновна');
  await arch.fill('panel-app >> case-files-view >> #position-1', 'архивариус');
  await screenshot(arch, 'case-files-destruction-ru-1366');
  await arch.click('panel-app >> case-files-view >> #make-act');
  // Nothing is destroyed before a second, explicit yes that says how many files go and that the names go for good.
  await arch.waitForSelector('panel-app >> case-files-view >> #destroy-confirm');
  assert.is(await arch.locator('panel-app >> case-files-view >> #destroy-confirm p').textContent(), 'Уничтожить отмеченные дела (1) по акту? Фамилии, имена и отчества граждан будут стёрты из системы безвозвратно.');
  await screenshot(arch, 'case-files-destroy-confirm-ru-1366');
  await arch.click('panel-app >> case-files-view >> #destroy-no');
  await arch.waitForSelector('panel-app >> case-files-view >> #make-act');
  assert.is(await rows(arch, 'destroyable').count(), 1);
  await arch.click('panel-app >> case-files-view >> #make-act');
  await arch.click('panel-app >> case-files-view >> #destroy-yes');
  await arch.waitForSelector('panel-app >> case-files-view >> #print-act');
  assert.is(await arch.locator('panel-app >> case-files-view >> #case-note').textContent(), 'Составлен акт № 1/2028');
  const [paper] = await Promise.all([arch.context().waitForEvent('page'), arch.click('panel-app >> case-files-view >> #print-act')]);
  await paper.waitForSelector('text=АКТ об уничтожении персональных данных № 1/2028');
  const text = (await paper.textContent('body'))!;
  for (const part of ['Петров Пётр Петрович', 'измельчение в шредере', 'Цыренова Елена Баировна', 'руководитель клиентской службы', '10.01.2028', 'Итого дел: 1, листов: 12']) assert.ok(text.includes(part), part);
  await paper.setViewportSize({ width: 794, height: 1123 });
  await screenshot(paper, 'case-files-act-a4');
  await paper.close();
  // The name is gone from the archive: the book and the search find nothing.
  await arch.click('panel-app >> case-files-view >> #cf-book');
  await arch.waitForSelector('panel-app >> case-files-view >> text=Дел нет');
});

test('in a Ukrainian office the head reads the overdue files and the returned-for-completion analysis in Ukrainian', async (ctx) => {
  ctx.clock = { t: at('2026-03-06', '09:00') }; // a Friday
  ctx.d = await testDaemon({ now: () => ctx.clock.t, config: demo((c) => { c.office.language = 'uk'; c.staff.push(ARCHIVIST); }) });
  const { browser, d } = ctx;
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['documents'] }));
  const headWs = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const names = ['Шевченко Тарас Григорович', 'Коваленко Олена Петрівна', 'Бондаренко Ігор Васильович', 'Ткаченко Марія Іванівна'];
  const ids: string[] = [];
  for (const [i, n] of names.entries()) {
    const { appeal } = await op.request('journalSave', { appeal: card(n, i % 2 ? 'child-allowance' : 'subsidy') });
    ids.push((await op.request('caseFileForm', { appealId: appeal.id })).file.id);
  }
  await headWs.request('caseFileMove', { fileId: ids[0]!, move: { kind: 'return', reasons: ['no-document', 'no-signature'] } });
  await headWs.request('caseFileMove', { fileId: ids[1]!, move: { kind: 'accept' } });
  await headWs.request('caseFileMove', { fileId: ids[2]!, move: { kind: 'return', reasons: ['application-error'] } });
  op.close();
  headWs.close();
  ctx.clock.t = at('2026-03-17', '09:00');
  const head = await signIn(browser, d, 'supervisor', 'head', '9999', undefined, 'uk');
  await head.click('panel-app >> #tab-case-files');
  assert.is(await head.locator('panel-app >> #tab-case-files').textContent(), 'Особові справи');
  await head.click('panel-app >> case-files-view >> #cf-overdue');
  await rows(head, 'overdue').first().waitFor();
  const overdue = await rows(head, 'overdue').allTextContents();
  assert.is(overdue.length, 4);
  assert.ok(overdue.some((r) => r.includes('повернуто на доопрацювання') && r.includes('Шевченко')), overdue.join('\n'));
  assert.ok(overdue.some((r) => r.includes('сформовано, чекає перевірки') && r.includes('Ткаченко')), overdue.join('\n'));
  await screenshot(head, 'case-files-overdue-uk-1366');
  await head.click('panel-app >> case-files-view >> #cf-returns');
  await head.waitForSelector('panel-app >> case-files-view >> #returns-byYear >> tr >> nth=1');
  assert.equal(await head.locator('panel-app >> case-files-view >> #returns-byYear >> tr >> nth=1 >> td').allTextContents(), ['2026', '3', '2', '66,7']);
  // The quarter in the office's words, not "2026 · Q1".
  assert.equal(await head.locator('panel-app >> case-files-view >> #returns-byQuarter >> tr >> td:first-child').allTextContents(), ['I квартал 2026 року']);
  const reasons = await head.locator('panel-app >> case-files-view >> #returns-byReason >> tr >> td:first-child').allTextContents();
  assert.equal(reasons.sort(), ['немає документа', 'немає підпису', 'помилка в заяві']);
  assert.equal(await head.locator('panel-app >> case-files-view >> #returns-byPaymentType >> tr >> td:first-child').allTextContents(), ['Допомога на дітей', 'Субсидії']);
  await screenshot(head, 'case-files-returns-uk-1366');
  const [download] = await Promise.all([head.waitForEvent('download'), head.click('panel-app >> case-files-view >> #returns-csv')]);
  const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  assert.match(csv, /За роками;2026;3;2;66,7/);
  // The check screen in Ukrainian, with the return form.
  await head.click('panel-app >> case-files-view >> #cf-check');
  await rows(head, 'to-check').first().waitFor();
  await head.click('panel-app >> case-files-view >> #to-check >> tr >> nth=1 >> button.danger');
  await head.waitForSelector('panel-app >> case-files-view >> #return-form');
  assert.match((await head.locator('panel-app >> case-files-view >> #return-form').textContent())!, /немає підпису/);
  await head.click('panel-app >> case-files-view >> #return-submit');
  await head.waitForSelector('panel-app >> case-files-view >> #case-error');
  assert.is(await head.locator('panel-app >> case-files-view >> #case-error').textContent(), 'Вкажіть хоча б одну причину повернення');
  await screenshot(head, 'case-files-check-uk-1366');
});

test.run();
