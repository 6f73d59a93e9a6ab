// The annual analysis as pure figures: the seed office's 2011 against a 2010 built to match its report
// (18 864 served, 10 345 sets, 3 110 and 4 319 consultations, 305 registration requests, 1 090
// certificates; consultations on documents 40,8 % → 30,1 % of the sets), the sentences the director reads,
// numbers as Russian and Ukrainian write them, and the periods of a year and a quarter.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { annualPeriod, annualReport, figureOf, sameDocuments, type AnnualRows, type KindCounts } from '../../queue-core/src/journal/annual-figures.ts';
import { changeText, columnText, num, partialNote, quarterKeyText, reportPeriodText, summarySentences } from '../../queue-core/src/journal/annual-words.ts';
import type { StatsRows } from '../../queue-core/src/journal/stats.ts';

const NNBSP = '\u202f';

function stats(served: number, ticketsByDay: { day: string; tickets: number; hour: number }[] = []): StatsRows {
  const t = (k: string | number | null, n: number) => ({ k, tickets: n, served: n, noShows: 0, booked: 0, waitSum: null, waitCount: 0, serviceSum: null, serviceCount: 0 });
  return {
    ticketsByDay: ticketsByDay.map((d) => t(d.day, d.tickets)),
    ticketsBySlot: ticketsByDay.map((d) => ({ ...t(null, d.tickets), hour: d.hour, direction: 'documents', staff: 'ivanova' })),
    appealsByDay: [], appealsBySlot: [], monthly: [],
    visitResults: [{ ticketResult: 'accepted', cardResult: null, visits: served, cards: 0 }],
    phonesByDay: [], phonesBySlot: [], servedByDay: [], breachedByDay: [], breaches: [], feedbackByMonth: [], ratings: [],
    lifeSituations: [], lifeSteps: [],
  };
}

const kinds = (rows: [string, string, string, number][]): KindCounts[] => rows.map(([appealType, result, reason, appeals]) => ({ appealType, result, reason, appeals, repeats: 0 }));

/** The seed's 2011: the sets by kind of payment as published. */
const Y2011: AnnualRows = {
  served: 18_864,
  stats: stats(18_864, [{ day: '2011-03-14', tickets: 40, hour: 9 }, { day: '2011-03-15', tickets: 25, hour: 10 }]),
  kinds: kinds([
    ['documents', 'accepted', 'benefits', 2813], ['documents', 'accepted', 'subsidy', 1737], ['documents', 'accepted', 'child-allowance', 3980],
    ['documents', 'accepted', 'burial', 145], ['documents', 'accepted', 'kindergarten', 965], ['documents', 'accepted', 'scholarship', 483],
    ['documents', 'accepted', 'labour-veteran', 113], ['documents', 'accepted', 'material-aid', 109],
    ['consultation', 'explained', 'subsidy', 3110 + 4319], ['statement', 'filed', 'registration', 305], ['certificate', 'issued', 'scholarship', 1090],
    ['documents', 'returned', 'subsidy', 12],
  ]),
  consultationsOnDocuments: 3110,
  missing: [{ document: 'Справка о доходах', appeals: 7, repeats: 3 }, { document: ' справка о  доходах', appeals: 2, repeats: 1 }, { document: 'Трудовая книжка', appeals: 5, repeats: 0 }],
};
/** 2010: 16 843 served, 9 000 sets with 3 672 consultations on documents (40,8 %). */
const Y2010: AnnualRows = {
  served: 16_843,
  stats: stats(16_843, [{ day: '2010-03-15', tickets: 30, hour: 9 }]),
  kinds: kinds([['documents', 'accepted', 'benefits', 9000], ['consultation', 'explained', 'benefits', 3672 + 4000], ['certificate', 'issued', 'other', 1090]]),
  consultationsOnDocuments: 3672,
  missing: [{ document: 'Трудовая книжка', appeals: 8, repeats: 2 }],
};

test('a year and a quarter run from their first office day to their last', () => {
  assert.equal(annualPeriod(2011), { year: 2011, quarter: null, from: '2011-01-01', to: '2011-12-31' });
  assert.equal(annualPeriod(2012, 1), { year: 2012, quarter: 1, from: '2012-01-01', to: '2012-03-31' });
  assert.equal(annualPeriod(2011, 4), { year: 2011, quarter: 4, from: '2011-10-01', to: '2011-12-31' });
});

test("the seed's 2011 figures, each beside 2010", () => {
  const r = annualReport(annualPeriod(2011), Y2011, Y2010);
  const f = (id: Parameters<typeof figureOf>[1]) => { const x = figureOf(r, id); return [x.now, x.before, x.change]; };
  assert.equal(f('served'), [18_864, 16_843, 12]);
  assert.equal(f('setsAccepted'), [10_345, 9000, 14.9]);
  assert.equal(f('consultationsOnDocuments'), [3110, 3672, -15.3]);
  assert.equal(f('consultationsOnPayments'), [4319, 4000, 8]);
  // The seed's share: 3 110 of 10 345 is 30,1 %; 40,8 % the year before: 10,7 points less.
  assert.equal(f('consultationShare'), [30.1, 40.8, -10.7]);
  assert.equal(f('registrationRequests'), [305, 0, null]);
  assert.equal(f('certificatesIssued'), [1090, 1090, 0]);
  assert.equal(f('returnedIncomplete'), [12, 0, null]);
  assert.equal(r.setsByReason.slice(0, 3), [{ key: 'child-allowance', now: 3980, before: 0 }, { key: 'benefits', now: 2813, before: 9000 }, { key: 'subsidy', now: 1737, before: 0 }]);
  assert.not.ok(r.setsByReason.some((b) => b.key === 'registration'), 'registration is no payment');
  // The same document typed two ways is one; last year's count stands beside it.
  assert.equal(r.missingDocuments, [
    { document: 'Справка о доходах', appeals: 9, repeats: 4, before: 0 },
    { document: 'Трудовая книжка', appeals: 5, repeats: 0, before: 8 },
  ]);
  assert.equal(r.byWeekday.map((b) => [b.key, b.now, b.before]), [['1', 40, 30], ['2', 25, 0], ['3', 0, 0], ['4', 0, 0], ['5', 0, 0]]);
  assert.equal(r.byHour, [{ key: '09', now: 40, before: 30 }, { key: '10', now: 25, before: 0 }]);
  assert.equal(r.byMonth.find((b) => b.key === '03'), { key: '03', now: 65, before: 30 });
});

test('the director reads sentences made from the figures, in Russian and in Ukrainian', () => {
  const r = annualReport(annualPeriod(2011), Y2011, Y2010);
  const names: Record<string, string> = { 'child-allowance': 'Детское пособие' };
  const ru = summarySentences(r, 'ru', (id) => names[id] ?? id);
  assert.is(ru[0], `Обслужено 18${NNBSP}864 человека, на 12 % больше, чем в 2010 году.`);
  assert.is(ru[1], `Принято комплектов документов для назначения выплат: 10${NNBSP}345, на 14,9 % больше, чем в 2010 году; больше всего — «Детское пособие» (3${NNBSP}980).`);
  assert.ok(ru.includes(`Устные консультации по приёму документов составили 30,1 % от числа принятых комплектов (в 2010 году — 40,8 %).`), ru.join('\n'));
  assert.ok(ru.includes(`Оформлено запросов о регистрационном учёте — 305, выдано справок — 1${NNBSP}090.`));
  assert.ok(ru.includes('Возвращено неполных комплектов — 12; чаще всего не хватало документа «Справка о доходах» (9).'));
  const uk = summarySentences(annualReport(annualPeriod(2011, 1), Y2011, Y2010), 'uk', (id) => id);
  assert.is(uk[0], `Обслуговано 18${NNBSP}864 особи, на 12 % більше, ніж у I кварталі 2010 року.`);
  assert.is(changeText(figureOf(r, 'consultationShare'), 'percent', 'ru'), '−10,7 п. п.');
  assert.is(changeText(figureOf(r, 'consultationShare'), 'percent', 'uk'), '−10,7 в. п.');
  assert.is(num(18_864, 'en'), '18,864');
  assert.is(num(30.06, 'ru'), '30,1');
});

test('a year or a quarter still in progress is marked "по состоянию на" its day; a finished one is not', () => {
  // Made during 2011: partial; on its last day still partial (the day is not over); from the next day on, whole.
  assert.is(annualReport(annualPeriod(2011), Y2011, Y2010, '2011-06-30').asOf, '2011-06-30');
  assert.is(annualReport(annualPeriod(2011), Y2011, Y2010, '2011-12-31').asOf, '2011-12-31');
  assert.is(annualReport(annualPeriod(2011), Y2011, Y2010, '2012-01-01').asOf, null);
  assert.is(annualReport(annualPeriod(2011, 1), Y2011, Y2010, '2011-04-01').asOf, null);
  assert.is(annualReport(annualPeriod(2011, 2), Y2011, Y2010, '2011-04-01').asOf, '2011-04-01');
  const partial = annualReport(annualPeriod(2011), Y2011, Y2010, '2011-06-30');
  assert.is(reportPeriodText(partial, 'ru'), '2011 год, по состоянию на 30.06.2011');
  assert.is(reportPeriodText(partial, 'uk'), '2011 рік, станом на 30.06.2011');
  assert.is(reportPeriodText(partial, 'en'), '2011, as of 30/06/2011');
  assert.is(partialNote(partial, 'ru'), 'Год ещё не закончился: показатели неполные, по 30.06.2011 включительно; прошлогодние — за весь год.');
  const quarter = annualReport(annualPeriod(2011, 2), Y2011, Y2010, '2011-05-15');
  assert.is(reportPeriodText(quarter, 'ru'), 'II квартал 2011 года, по состоянию на 15.05.2011');
  assert.is(partialNote(quarter, 'uk'), 'Квартал ще не закінчився: показники неповні, по 15.05.2011 включно; торішні — за весь квартал.');
  const whole = annualReport(annualPeriod(2011), Y2011, Y2010, '2012-01-10');
  assert.is(reportPeriodText(whole, 'ru'), '2011 год');
  assert.is(partialNote(whole, 'ru'), null);
});

test('quarters and table columns read in the office language: "IV квартал 2026 года", not "2026 · Q4"', () => {
  assert.is(quarterKeyText('2026-Q4', 'ru'), 'IV квартал 2026 года');
  assert.is(quarterKeyText('2026-Q4', 'uk'), 'IV квартал 2026 року');
  assert.is(quarterKeyText('2026-Q4', 'en'), 'Q4 2026');
  assert.is(quarterKeyText('2026-Q1', 'uk'), 'I квартал 2026 року');
  assert.is(quarterKeyText('2026', 'ru'), '2026', 'a key that is no quarter stays as it is');
  assert.is(columnText('Возвращено', { year: 2026, quarter: null }, 'ru'), 'Возвращено, 2026 год');
  assert.is(columnText('Повернуто', { year: 2026, quarter: 4 }, 'uk'), 'Повернуто, IV квартал 2026 року');
  assert.is(columnText('Returned', { year: 2026, quarter: 4 }, 'en'), 'Returned, Q4 2026');
});

test('without last year to compare with, the sentence says only this year', () => {
  const empty: AnnualRows = { stats: stats(0), served: 0, kinds: [], consultationsOnDocuments: 0, missing: [] };
  const r = annualReport(annualPeriod(2011), Y2011, empty);
  assert.is(summarySentences(r, 'ru', (id) => id)[0], `Обслужено 18${NNBSP}864 человека.`);
  assert.is(figureOf(r, 'consultationShare').before, null);
  assert.equal(sameDocuments([]), []);
});

test('the sentences put the proper plural form beside every number, in Russian and in Ukrainian', () => {
  const said = (n: number, lang: 'ru' | 'uk') => {
    const r = annualReport(annualPeriod(2011), Y2011, Y2010);
    for (const f of r.figures) if (f.id === 'served' || f.id === 'ratings') Object.assign(f, { now: n, change: null });
    for (const f of r.figures) if (f.id === 'satisfiedPct') f.now = 80;
    const s = summarySentences(r, lang, (id) => id);
    return [s[0], s.find((x) => x.startsWith('Обслуживание') || x.startsWith('Обслуговування'))];
  };
  const ru: Record<number, [string, string]> = {
    1: ['1 человек', 'оценил 1 посетитель'], 2: ['2 человека', 'оценили 2 посетителя'], 5: ['5 человек', 'оценили 5 посетителей'],
    11: ['11 человек', 'оценили 11 посетителей'], 21: ['21 человек', 'оценил 21 посетитель'], 22: ['22 человека', 'оценили 22 посетителя'],
  };
  const uk: Record<number, [string, string]> = {
    1: ['1 особу', 'оцінив 1 відвідувач'], 2: ['2 особи', 'оцінили 2 відвідувачі'], 5: ['5 осіб', 'оцінили 5 відвідувачів'],
    11: ['11 осіб', 'оцінили 11 відвідувачів'], 21: ['21 особу', 'оцінив 21 відвідувач'], 22: ['22 особи', 'оцінили 22 відвідувачі'],
  };
  for (const [n, [served, rated]] of Object.entries(ru)) {
    assert.equal(said(Number(n), 'ru'), [`Обслужено ${served}.`, `Обслуживание ${rated}, довольны 80 %.`]);
  }
  for (const [n, [served, rated]] of Object.entries(uk)) {
    assert.equal(said(Number(n), 'uk'), [`Обслуговано ${served}.`, `Обслуговування ${rated}, задоволені 80 %.`]);
  }
});

test.run();
