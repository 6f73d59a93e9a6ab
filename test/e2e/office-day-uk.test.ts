// A whole office day of a Ukrainian office at accelerated time, as office-day.test.ts lives the Russian
// one: every screen, every word and every printed ticket in Ukrainian. The tickets are read back from the
// printer's bytes in Windows-1251, which holds Ґ Є І Ї (CP866 does not); one of them is written to
// test/.artifacts/office-day/uk-ticket.txt for people to read.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { assertNoPageErrors, launch } from '../helpers/browser.ts';
import { liveThroughTheDay, OfficeDay, pageErrors, RUSSIAN_ONLY, SHOTS } from '../helpers/office-day-run.ts';
import { UK_OFFICE } from '../helpers/office-day.ts';

const test = suite<{ browser: Browser }>('an office day');
test.before(async (ctx) => {
  ctx.browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
test.after(async (ctx) => {
  await ctx.browser?.close();
});
test.after.each(() => assertNoPageErrors(pageErrors));

test('a whole day of a Ukrainian office: every screen right every hour, Ukrainian tickets, the statistics equal what was done', async ({ browser }) => {
  const day = new OfficeDay('uk', browser);
  try {
    const r = await liveThroughTheDay(day);
    assert.ok(r.jobs.every((j) => j.codePageNumber === 46), 'every ticket in Windows-1251 (ESC t 46)');
    // A disabled citizen's ticket: "Інвалідність" brings the capital І beside the office's Є, Ї and Ґ.
    const sample = r.jobs.find((j) => j.lines.some((l) => l.text === 'Пільга: Інвалідність'));
    assert.ok(sample, 'a priority ticket was printed');
    const text = sample!.lines.map((l) => l.text).join('\n');
    for (const line of [UK_OFFICE.name, UK_OFFICE.address, 'Очікуйте виклику на табло']) assert.ok(sample!.lines.some((l) => l.text === line), `"${line}" on the ticket:\n${text}`);
    for (const letter of ['Ґ', 'Є', 'І', 'Ї']) assert.ok(text.includes(letter), `${letter} printed:\n${text}`);
    for (const j of r.jobs) assert.not.match(j.lines.map((l) => l.text).join('\n'), RUSSIAN_ONLY, 'no Russian word on a Ukrainian ticket');
    await writeFile(`${SHOTS}uk-ticket.txt`, `${text}\n`);
    console.log(r.summary);
  } finally {
    await day.closeAll();
  }
});

test.run();
