// A whole office day of a Russian office at accelerated time (the Ukrainian office's day is
// office-day-uk.test.ts; each file runs in a process of its own, side by side). The real daemon with its
// clock injected and moved on minute by minute from 08:50 to closing, and in headless Debian Chromium the
// kiosk (1080×1920), the hall TV (1920×1080), booth 1's display (800×480) and the panels of booths 1 and 2
// (1366×768) left open all day, their clocks driven in step by Playwright's clock API. A few hundred
// visitors: most through the protocol (a kiosk client, the specialists' clients), some at the real kiosk
// screen and panels; bookings checked in with their codes, priorities, transfers, no-shows, lunches and a
// technical break, a late booth, and a printer that runs out of paper for twenty minutes and comes back.
// Every office hour each screen must show the office's time, the waiting counts and the calls the test
// itself keeps, the kiosk its start screen, and a visitor card typed in a panel must still be there (after
// the panel is closed and opened again too). At the end the head's statistics, by request and on her panel,
// equal what the test did, and every ticket is read back from the printer's bytes. The day itself is in
// helpers/office-day-run.ts; pictures of every screen at every hour land in test/.artifacts/office-day/.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { assertNoPageErrors, launch } from '../helpers/browser.ts';
import { liveThroughTheDay, OfficeDay, pageErrors, SHOTS } from '../helpers/office-day-run.ts';

const test = suite<{ browser: Browser }>('an office day');
test.before(async (ctx) => {
  ctx.browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

test('a whole day of a Russian office: every screen right every hour, the statistics equal what was done', async ({ browser }) => {
  const day = new OfficeDay('ru', browser);
  try {
    const r = await liveThroughTheDay(day);
    assert.ok(r.jobs.every((j) => j.codePageNumber === 17), 'every ticket in CP866 (ESC t 17)');
    const sample = r.jobs.find((j) => j.lines.some((l) => l.text.startsWith('Льгота: ')));
    assert.ok(sample, 'a priority ticket was printed');
    const text = sample!.lines.map((l) => l.text).join('\n');
    for (const line of ['Ожидайте вызова на табло', 'г. Гусиноозёрск, ул. Пушкина, 12']) assert.ok(sample!.lines.some((l) => l.text === line), `"${line}" on the ticket:\n${text}`);
    assert.match(text, /Льгота: (Инвалидность|Ветеран)/);
    await writeFile(`${SHOTS}ru-ticket.txt`, `${text}\n`);
    console.log(r.summary);
  } finally {
    await day.closeAll();
  }
});

test.run();
