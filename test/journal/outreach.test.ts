// Outreach visits, the pure parts: a settlement's list read as it arrives (either separator, either
// encoding, bad rows named by line), the late-entry limit, and next year's suggestion worked by hand.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readList } from '../../queue-core/src/journal/outreach-list.ts';
import { problemText } from '../../queue-core/src/journal/outreach-words.ts';
import { buildAnalysis, isLateEntry, suggestVisits, type SettlementYear } from '../../queue-core/src/journal/outreach-rules.ts';
import { cp1251 } from '../helpers/cp1251.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

const L = suite('a settlement list');

L('a semicolon list in UTF-8 with its byte-order mark is read whole', () => {
  const r = readList(utf8('\ufeffФИО;Адрес;Телефон;Вопрос\r\nПетров Пётр Петрович;с. Тарбагатай, ул. Ленина, 1;+7 (914) 123-45-67;субсидия\r\nИванова Анна;с. Тарбагатай;89141234567;пособие на ребёнка\r\n'));
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.is(r.encoding, 'utf-8');
  assert.is(r.separator, ';');
  assert.equal(r.problems, []);
  assert.equal(r.citizens.map((c) => [c.line, c.fullName, c.phone, c.question]), [
    [2, 'Петров Пётр Петрович', '+7 (914) 123-45-67', 'субсидия'],
    [3, 'Иванова Анна', '89141234567', 'пособие на ребёнка'],
  ]);
});

L('a comma list in Windows-1251 with a quoted address is read, and each bad row is named by its line', () => {
  const file = [
    'ФИО,Адрес,Телефон,Вопрос',
    'Петров Пётр Петрович,"с. Нижний Саянтуй, ул. Мира, 3",83014412345,субсидия',
    ',с. Нижний Саянтуй,83014400000,пенсия',
    'Сидорова Ольга,с. Нижний Саянтуй,звонить соседке,пособие',
    'Петров  Петр Петрович,с. Нижний Саянтуй,,субсидия',
    'Кузнецов Иван,с. Нижний Саянтуй, ул. Садовая, 5,83014400001,справка',
    '',
    'Ёлкина Мария,с. Нижний Саянтуй,,',
  ].join('\r\n');
  const r = readList(cp1251(file));
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.is(r.encoding, 'windows-1251');
  assert.is(r.separator, ',');
  assert.equal(r.citizens.map((c) => [c.line, c.fullName, c.address]), [
    [2, 'Петров Пётр Петрович', 'с. Нижний Саянтуй, ул. Мира, 3'],
    [8, 'Ёлкина Мария', 'с. Нижний Саянтуй'],
  ]);
  assert.equal(r.problems.map((p) => [p.line, p.code]), [[3, 'NAME_MISSING'], [4, 'PHONE_INVALID'], [5, 'DUPLICATE'], [6, 'EXTRA_FIELDS']]);
  assert.is(problemText(r.problems[1]!, 'ru'), 'Строка 4 (столбец «Телефон»): телефон не похож на номер (нужны цифры, от 5 до 15)');
  assert.is(problemText(r.problems[2]!, 'uk'), 'Рядок 5 (стовпець «ФИО»): цей громадянин уже є у списку (рядок 2)');
});

L('a file that is not a list is broken as a whole, and says where', () => {
  const noHeader = readList(utf8('Петров;Тарбагатай;123456\n'));
  assert.equal(noHeader, { ok: false, problems: [{ line: 1, code: 'NO_NAME_COLUMN' }] });
  const unclosed = readList(utf8('ФИО;Адрес\nПетров;"с. Тарбагатай\nИванова;с. Тарбагатай\n'));
  assert.equal(unclosed, { ok: false, problems: [{ line: 2, code: 'UNCLOSED_QUOTE' }] });
  assert.equal(readList(utf8('ФИО;Адрес\n;\n')), { ok: false, problems: [{ line: 0, code: 'NO_ROWS' }] });
  assert.equal(readList(new Uint8Array()), { ok: false, problems: [{ line: 0, code: 'EMPTY_FILE' }] });
  assert.is(problemText({ line: 1, code: 'NO_NAME_COLUMN' }, 'uk').startsWith('Рядок 1: у першому рядку немає стовпця «ПІБ»'), true);
});

L('a Ukrainian header is understood', () => {
  const r = readList(utf8('ПІБ;Адреса;Телефон;Питання\nКоваленко Олена;с. Петрівка;0501234567;субсидія\n'));
  assert.ok(r.ok && r.citizens[0]!.fullName === 'Коваленко Олена' && r.citizens[0]!.question === 'субсидія');
});

const R = suite('outreach rules');

R('an appeal entered on the second day after the visit is in time, on the third it is late', () => {
  const rules = { lateAfterDays: 2 };
  assert.is(isLateEntry('2026-03-10', '2026-03-10', rules), false);
  assert.is(isLateEntry('2026-03-10', '2026-03-12', rules), false);
  assert.is(isLateEntry('2026-03-10', '2026-03-13', rules), true);
  assert.is(isLateEntry('2026-02-27', '2026-03-02', rules), true, 'across the end of February: 3 days');
});

R("next year's visits follow the mean of the last three years' appeals, one visit per 15", () => {
  const y = (settlement: string, year: number, visits: number, appeals: number, listed = appeals): SettlementYear => ({ settlement, year, visits, cancelled: 0, listed, appeals, late: 0 });
  const rows = [
    y('Тарбагатай', 2023, 2, 40), y('Тарбагатай', 2024, 3, 50), y('Тарбагатай', 2025, 2, 31),
    y('Нижний Саянтуй', 2024, 1, 10), y('Нижний Саянтуй', 2025, 1, 14),
    y('Куйтун', 2025, 1, 0, 3),
    y('Заводской', 2022, 1, 90),
  ];
  const s = suggestVisits(rows, 2026, { lateAfterDays: 2, appealsPerVisit: 15, historyYears: 3 });
  assert.equal(s.basedOn, [2023, 2024, 2025]);
  // Тарбагатай: (40+50+31)/3 = 40.3 → 41 → 41/15 → 3 visits; Саянтуй: (0+10+14)/3 = 8 → 1; Куйтун: nobody came, 3 listed → 1;
  // Заводской was last visited in 2022, outside the three years: not suggested.
  assert.equal(s.settlements.map((x) => [x.settlement, x.pastAppeals, x.expectedAppeals, x.suggestedVisits]), [
    ['Тарбагатай', [40, 50, 31], 41, 3],
    ['Нижний Саянтуй', [0, 10, 14], 8, 1],
    ['Куйтун', [0, 0, 0], 0, 1],
  ]);
  const a = buildAnalysis(2024, 2025, rows, { lateAfterDays: 2, appealsPerVisit: 15, historyYears: 3 });
  assert.equal(a.totals, [{ year: 2024, visits: 4, cancelled: 0, listed: 60, appeals: 60, late: 0 }, { year: 2025, visits: 4, cancelled: 0, listed: 48, appeals: 45, late: 0 }]);
  assert.is(a.rows.length, 5);
  assert.is(a.suggestion.year, 2026);
});

L.run();
R.run();
