// The journal's pure rules: deadlines per appeal type, who is the same citizen, repeat appeals, retention,
// and the printed papers and CSV they feed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { citizenKey, deadlineState, dueAt, erase, repeatsOf, retentionCutoff, settledAtVisit, type JournalRules } from '../../queue-core/src/journal/rules.ts';
import type { Appeal } from '../../queue-core/src/journal/types.ts';
import { appealDocument } from '../../queue-core/src/journal/documents.ts';
import { quarterOf, weekdayOf } from '../../queue-core/src/journal/stats.ts';
import { csvStyle, toCsv } from '../../queue-core/src/ui/csv.ts';
import { numberText } from '../../queue-core/src/ui/format.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 24, 2, 0); // 10:00 in Irkutsk
const rules: JournalRules = {
  deadlineDays: { proposal: 30, statement: 10, complaint: 30, consultation: 0, documents: 10, certificate: 1 },
  repeatWithinDays: 30,
  retentionDays: 365,
};

function appeal(over: Partial<Appeal> = {}): Appeal {
  return {
    id: 'J-20261124-0001', at: T0, day: '2026-11-24', ticketId: null, ticketLabel: 'С101', directionId: 'certificates', staffId: 'ivanova', booth: 1,
    citizen: { fullName: 'Петров Пётр Петрович', address: 'ул. Ленина, 1', passport: '8104 123456' },
    category: 'pensioner', appealType: 'statement', reason: 'subsidy', result: 'accepted', documents: ['Заявление'], missingDocuments: [], notes: 'звонить после 18',
    dueAt: null, closedAt: null, repeatOf: [], createdAt: T0, updatedAt: T0, erasedAt: null, ...over,
  };
}

test('a deadline follows the appeal type, unless the result settles the matter at the visit', () => {
  assert.is(dueAt('statement', 'accepted', T0, rules), T0 + 10 * DAY);
  assert.is(dueAt('complaint', 'control', T0, rules), T0 + 30 * DAY);
  assert.is(dueAt('certificate', 'review', T0, rules), T0 + DAY);
  assert.is(dueAt('consultation', 'review', T0, rules), null, 'a consultation has no deadline');
  assert.is(dueAt('statement', 'explained', T0, rules), null);
  assert.is(dueAt('complaint', 'filed', T0, rules), null);
  assert.is(dueAt('documents', 'returned', T0, rules), null);
  assert.ok(settledAtVisit('explained') && !settledAtVisit('control'));
});

test('deadline states: open, due within two days, overdue, closed', () => {
  const a = { dueAt: T0 + 10 * DAY, closedAt: null };
  assert.is(deadlineState(a, T0), 'open');
  assert.is(deadlineState(a, T0 + 8 * DAY), 'due-soon');
  assert.is(deadlineState(a, T0 + 10 * DAY), 'due-soon', 'due today is not yet overdue');
  assert.is(deadlineState(a, T0 + 10 * DAY + 1), 'overdue');
  assert.is(deadlineState({ dueAt: T0, closedAt: T0 + 1 }, T0 + 99 * DAY), 'closed');
  assert.is(deadlineState({ dueAt: null, closedAt: null }, T0), 'none');
});

test('the same citizen is known by passport however it is written, else by full name', () => {
  const k = citizenKey({ fullName: 'x', address: '', passport: '8104 123456' });
  assert.is(k, 'p:8104123456');
  assert.is(citizenKey({ fullName: 'y', address: '', passport: '81 04-123456' }), k);
  assert.is(citizenKey({ fullName: '  Семёнов   Иван ', address: '', passport: '' }), 'n:семенов иван');
  assert.is(citizenKey({ fullName: 'СЕМЕНОВ ИВАН', address: '', passport: '' }), 'n:семенов иван');
  assert.is(citizenKey({ fullName: ' ', address: '', passport: '' }), null);
});

test('a visit within the repeat period is a repeat of the earlier ones, newest first', () => {
  const earlier = [
    appeal({ id: 'a', at: T0 - 40 * DAY }),
    appeal({ id: 'b', at: T0 - 20 * DAY }),
    appeal({ id: 'c', at: T0 - 5 * DAY, citizen: { fullName: 'Петров П. П.', address: '', passport: '81 04 123456' } }),
    appeal({ id: 'd', at: T0 - 3 * DAY, citizen: { fullName: 'Другой', address: '', passport: '2500 999999' } }),
    appeal({ id: 'e', at: T0 - 2 * DAY, citizen: null, erasedAt: T0 }),
  ];
  const found = repeatsOf(earlier, appeal().citizen!, T0, rules);
  assert.equal(found.map((a) => a.id), ['c', 'b'], 'outside the period, another person and erased records are not repeats');
  assert.equal(repeatsOf(earlier, appeal().citizen!, T0, { ...rules, repeatWithinDays: 45 }).map((a) => a.id), ['c', 'b', 'a']);
  assert.equal(repeatsOf(earlier, appeal().citizen!, T0, rules, 'c').map((a) => a.id), ['b'], 'a record is not a repeat of itself');
});

test('retention erases the personal fields and keeps what the statistics count', () => {
  assert.is(retentionCutoff(T0, rules), T0 - 365 * DAY);
  const e = erase(appeal({ dueAt: T0 + DAY }), T0 + 400 * DAY);
  assert.is(e.citizen, null);
  assert.is(e.notes, '');
  assert.is(e.erasedAt, T0 + 400 * DAY);
  assert.is(e.appealType, 'statement');
  assert.is(e.category, 'pensioner');
  assert.is(e.result, 'accepted');
  assert.is(e.dueAt, T0 + DAY);
});

test('the receipt and the memo carry the office, the citizen and the documents, escaped', () => {
  const ctx = { office: { name: 'Клиентская служба', address: 'ул. Мира, 5', phones: ['8 (3952) 00-00-00'], timezone: 'Asia/Irkutsk' }, staffName: 'Иванова М. П.', reasonName: 'Субсидии', lang: 'ru' as const };
  const a = appeal({ dueAt: T0 + 10 * DAY, documents: ['Паспорт', 'Справка <о доходах>'], missingDocuments: ['СНИЛС'] });
  const receipt = appealDocument('receipt', a, ctx);
  assert.match(receipt, 'Расписка в приёме документов');
  assert.match(receipt, 'J-20261124-0001');
  assert.match(receipt, 'Петров Пётр Петрович');
  assert.match(receipt, 'Справка &lt;о доходах&gt;');
  assert.not.match(receipt, '<о доходах>');
  assert.match(receipt, 'Срок рассмотрения — до 04.12.2026');
  assert.match(receipt, '24.11.2026, 10:00');
  const memo = appealDocument('memo', a, { ...ctx, lang: 'uk' });
  assert.match(memo, 'Пам’ятка');
  assert.match(memo, '<li>СНИЛС</li>');
  assert.not.match(memo, 'Паспорт</li>');
});

test('weekdays and quarters of office days', () => {
  assert.is(weekdayOf('2026-11-23'), 1);
  assert.is(weekdayOf('2026-11-29'), 7);
  assert.is(quarterOf('2026-03'), '2026-Q1');
  assert.is(quarterOf('2026-10'), '2026-Q4');
});

test('CSV opens right in a Russian spreadsheet and cannot smuggle a formula', () => {
  const csv = toCsv(['Месяц', 'Среднее ожидание'], [['2026-11', 12.5], ['=HYPERLINK("x")', null], ['a;b', 'say "hi"']]);
  assert.ok(csv.startsWith('\ufeff'));
  assert.is(csv.slice(1), 'Месяц;Среднее ожидание\r\n2026-11;12,5\r\n"\'=HYPERLINK(""x"")";\r\n"a;b";"say ""hi"""\r\n');
});

test('CSV for an English office: commas between cells and a decimal point, as its screens write numbers', () => {
  const { sep, decimal } = csvStyle('en');
  assert.is(toCsv(['Month', 'Average wait'], [['2026-11', 4.7], ['a,b', 1]], sep, decimal).slice(1), 'Month,Average wait\r\n2026-11,4.7\r\n"a,b",1\r\n');
  assert.equal(csvStyle('uk'), { sep: ';', decimal: ',' });
  assert.is(numberText(4.7, 'en'), '4.7');
  assert.is(numberText(4.7, 'ru'), '4,7');
  assert.is(numberText(4.7, 'uk'), '4,7');
});

test.run();
