// The hall TV read from 5 m: on a 1920×1080 screen the direction names and the information line are at
// least 56 px, the ticket numbers larger still, and with a full board of six calls in every office
// language nothing spills over an edge or is cut off.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'playwright-core';
import { assertNoPageErrors, launch, screenshot, SIZES } from '../helpers/browser.ts';
import { client, demo, ready, testDaemon } from '../helpers/daemon.ts';

/** Font sizes of the parts a citizen reads, and every element that sticks out of its box or the screen.
 * Plain JavaScript in a string: the test's own compiler would add helpers the page does not have. */
const MEASURE = `(() => {
  const root = document.querySelector('hall-display').shadowRoot;
  const px = (sel) => Math.min(...[...root.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
  const name = (e) => e.tagName.toLowerCase() + '.' + e.className + ' "' + e.textContent.trim().slice(0, 30) + '"';
  const problems = [];
  for (const e of root.querySelectorAll('*')) {
    if (e.closest('footer') || e.tagName === 'STYLE') continue; // the information line scrolls by design
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) problems.push(name(e) + ' leaves the screen: ' + JSON.stringify(r));
    if (e.scrollWidth > e.clientWidth + 1) problems.push(name(e) + ' is too wide for its box: ' + e.scrollWidth + ' in ' + e.clientWidth);
    // Each box lies inside its parent's (a text's glyphs may reach past its line box, as every font's do).
    const p = e.parentElement ? e.parentElement.getBoundingClientRect() : null;
    if (p && (r.left < p.left - 0.5 || r.top < p.top - 0.5 || r.right > p.right + 0.5 || r.bottom > p.bottom + 0.5)) problems.push(name(e) + ' sticks out of ' + name(e.parentElement));
  }
  for (const sel of ['main', '.calls', '.rows', 'aside', 'header']) {
    const e = root.querySelector(sel);
    if (e.scrollHeight > e.clientHeight + 1) problems.push(sel + ' holds more than fits: ' + e.scrollHeight + ' in ' + e.clientHeight);
  }
  const footer = root.querySelector('footer').getBoundingClientRect();
  const ticker = root.querySelector('.ticker').getBoundingClientRect();
  if (ticker.height > footer.height + 0.5) problems.push('the information line is taller than its strip: ' + ticker.height + ' > ' + footer.height);
  return { direction: px('.dir .name, .dir > span:nth-child(2)'), ticker: px('footer .ticker span'), ticket: px('.row .label'), booth: px('.row .booth'), rows: root.querySelectorAll('.row').length, problems };
})()`;

type Measures = { direction: number; ticker: number; ticket: number; booth: number; rows: number; problems: string[] };
const measure = (page: Page) => page.evaluate(MEASURE) as Promise<Measures>;

test('from 5 m: direction names and the information line at 56 px or more, ticket numbers larger, and six calls fit', async () => {
  const errors: string[] = [];
  // Six booths, so the board holds the six calls it is configured to list (display.recentCalls: 6).
  const d = await testDaemon({ config: demo((c) => {
    c.booths.push({ number: 5, directions: ['certificates', 'documents', 'consultation'] }, { number: 6, directions: ['certificates', 'documents', 'consultation'] });
    c.server = { ...c.server, kioskIssuing: { burst: 1000, everySeconds: 0.001, allKiosks: { burst: 10000, everySeconds: 0.001 } } };
    c.staff.push({ id: 'op5', name: 'Ким Ирина', role: 'operator', pin: '5151' }, { id: 'op6', name: 'Лама Дарья', role: 'operator', pin: '6161' });
  }) });
  const browser = await launch();
  try {
    const kiosk = await ready(client(d, { role: 'kiosk' }));
    for (const dir of ['documents', 'certificates', 'consultation', 'documents', 'certificates', 'documents', 'consultation']) await kiosk.request('issue', { directionId: dir });
    const ops = [['ivanova', '1111'], ['petrova', '2222'], ['sidorov', '3333'], ['bazarova', '4444'], ['op5', '5151'], ['op6', '6161']] as const;
    const clients = [kiosk];
    for (const [i, [staffId, pin]] of ops.entries()) {
      const op = await ready(client(d, { role: 'operator', staffId, pin, booth: i + 1 }));
      await op.request('callNext', {});
      clients.push(op);
    }
    for (const lang of ['ru', 'uk', 'en']) {
      const page = await browser.newPage({ viewport: SIZES.hall });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${d.url}/display/hall?lang=${lang}`);
      await page.waitForSelector('hall-display >> .row >> nth=5');
      await page.evaluate(() => document.fonts.ready);
      const m = await measure(page);
      assert.is(m.rows, 6, lang);
      assert.ok(m.direction >= 56, `${lang}: direction names at ${m.direction} px`);
      assert.ok(m.ticker >= 56, `${lang}: the information line at ${m.ticker} px`);
      assert.ok(m.ticket > m.direction && m.ticket > 104 && m.booth === m.ticket, `${lang}: ticket numbers at ${m.ticket} px, booths at ${m.booth} px`);
      assert.equal(m.problems, [], `${lang}: ${m.problems.join('\n')}`);
      await screenshot(page, `hall-5m-${lang}`);
      await page.close();
    }
    for (const c of clients) c.close();
  } finally {
    await browser.close();
    await d.stop();
  }
  assertNoPageErrors(errors);
});

test.run();
