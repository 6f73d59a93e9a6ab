// The caller panel downloads only what the signed-in role uses (caller-panel/src/lazy.ts): an operator's
// page never asks for the head's annual analysis or case files; the head's page asks for each when its tab
// is first opened, and the tab then reads in Russian. Told from the page's own network requests, with the
// chunks' file names taken from the build's manifest; the daemon serves a chunk as it serves the entry.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { assertNoPageErrors, launch, SIZES, signIn } from '../helpers/browser.ts';
import { testDaemon, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const pageErrors: string[] = [];
const test = suite<{ browser: Browser; d: TestDaemon; chunk: Record<string, string> }>('caller panel parts');
test.before(async (ctx) => {
  ctx.browser = await launch();
  // The built file of each source module, e.g. 'src/annual-view.ts' → '/panel/assets/annual-view-<hash>.js'.
  const manifest = JSON.parse(await readFile(new URL('../../caller-panel/dist/.vite/manifest.json', import.meta.url), 'utf8')) as Record<string, { file: string }>;
  ctx.chunk = Object.fromEntries(Object.entries(manifest).map(([source, c]) => [source, `/panel/${c.file}`]));
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.before.each(async (ctx) => {
  ctx.d = await testDaemon({ now: () => at('2026-11-24', '09:00') });
});
test.after.each(async (ctx) => {
  await ctx.d?.stop();
  assertNoPageErrors(pageErrors);
});

/** The paths of the JavaScript files the page has asked for (Playwright keeps its last 100 requests; the panel makes fewer). */
async function scriptsOf(page: Page): Promise<Set<string>> {
  const paths = (await page.requests()).map((r) => new URL(r.url()).pathname);
  assert.ok(paths.length < 100, 'every request of the page is still listed');
  return new Set(paths.filter((p) => p.endsWith('.js')));
}

test("an operator's page does not download the head's annual analysis or case files; the head's does when the tab opens", async ({ browser, d, chunk }) => {
  const annual = chunk['src/annual-view.ts']!, caseFiles = chunk['src/case-files-view.ts']!, operatorView = chunk['src/operator-view.ts']!;
  assert.ok(annual && caseFiles && operatorView, 'the manifest names the chunks');

  const operator = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'operator', staffId: 'petrova', pin: '2222', booth: 2, locale: 'ru-RU' });
  await operator.waitForSelector('panel-app >> operator-view >> text=Нет вызванного талона');
  const operatorAsked = await scriptsOf(operator);
  assert.ok(operatorAsked.has(operatorView), 'the operator screen was fetched after sign-in');
  for (const [what, file] of [['annual analysis', annual], ['case files', caseFiles], ['statistics', chunk['src/stats-view.ts']!], ['head screen', chunk['src/supervisor-view.ts']!]]) {
    assert.not.ok(operatorAsked.has(file!), `the operator's page did not ask for the ${what} (${file})`);
  }
  await operator.close();

  const head = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', locale: 'ru-RU' });
  await head.waitForSelector('panel-app >> supervisor-view >> #tab-annual');
  let headAsked = await scriptsOf(head);
  assert.not.ok(headAsked.has(annual), 'the annual analysis waits for its tab');
  assert.not.ok(headAsked.has(caseFiles), 'the case files wait for their tab');

  await head.click('panel-app >> supervisor-view >> #tab-annual');
  await head.waitForSelector('panel-app >> annual-view >> h2 >> text=Годовой анализ работы клиентской службы');
  headAsked = await scriptsOf(head);
  assert.ok(headAsked.has(annual), 'opening the tab fetched the annual analysis');
  assert.is(await head.locator('panel-app >> annual-view >> #annual-quarter >> option >> nth=0').textContent(), 'Весь год');

  await head.click('panel-app >> supervisor-view >> #tab-case-files');
  await head.waitForSelector('panel-app >> case-files-view >> #cf-check >> text=Проверка');
  headAsked = await scriptsOf(head);
  assert.ok(headAsked.has(caseFiles), 'opening the tab fetched the case files');
  assert.is((await head.locator('panel-app >> case-files-view >> #cf-overdue').textContent())?.trim(), 'Просроченные');
  await head.close();

  // A chunk is served as the entry is: JavaScript, cached for good (its name changes with its content).
  const res = await fetch(`${d.url}${annual}`);
  assert.is(res.status, 200);
  assert.is(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.is(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  // The manifest, the build's list of chunks by source file, stays on the server.
  assert.is((await fetch(`${d.url}/panel/.vite/manifest.json`)).status, 404);
});

test('a tab whose file cannot be fetched says so in words, and the retry brings it', async ({ browser, d, chunk }) => {
  const stats = chunk['src/stats-view.ts']!;
  const head = await signIn(browser, `${d.url}/panel/`, pageErrors, { size: SIZES.panelSmall, role: 'supervisor', staffId: 'head', pin: '9999', locale: 'ru-RU' });
  await head.waitForSelector('panel-app >> supervisor-view >> #tab-stats');
  // As when the daemon has restarted with a new build and the old file names are gone.
  const gone = (url: URL) => url.pathname === stats;
  await head.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await head.click('panel-app >> supervisor-view >> #tab-stats');
  await head.waitForSelector('panel-app >> supervisor-view >> .load-failed');
  assert.match((await head.locator('panel-app >> supervisor-view >> .load-failed .error').textContent())!, 'Не удалось загрузить эту часть пульта');
  assert.is(await head.locator('panel-app >> supervisor-view >> #load-retry').textContent(), 'Повторить');
  await head.unroute(gone);
  await head.click('panel-app >> supervisor-view >> #load-retry');
  await head.waitForSelector('panel-app >> stats-view');
  assert.is(await head.locator('panel-app >> supervisor-view >> .load-failed').count(), 0);
  await head.close();
});

test.run();
