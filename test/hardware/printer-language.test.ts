// The paper speaks the office language: every caption, the names, and a code page that holds its letters,
// read back from the bytes a printer receives.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import iconv from 'iconv-lite';
import { createPrinter, encodeText, renderCodePageTest, renderTicket, unprintable, type PrinterConfig, type TicketPrint } from '../../hardware/src/index.ts';
import { minutesText } from '../../queue-core/src/ui/format.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';

const uk: TicketPrint = {
  office: { name: 'Відділ соціального захисту населення', address: 'м. Рівне, вул. Ґудзя, 5', phones: ['+380 (362) 62-12-34'] },
  language: 'uk', label: 'Д105', directionName: 'Подання документів', priorityName: 'Інвалідність', issuedDate: '24.11.2026', issuedTime: '09:07',
  ahead: 4, waitMinutes: 180, waitText: minutesText(180, 'uk'),
};
const text = (bytes: Buffer) => decodeEscPos(bytes).lines.map((l) => l.text);

test('a Ukrainian ticket prints Ukrainian captions and keeps І Ї Є Ґ in Windows-1251', async () => {
  const peer = await new FakePrinter().listen();
  const printer = createPrinter({ transport: 'network', host: '127.0.0.1', port: peer.port, codePage: 'cp1251', codePageNumber: 46, widthChars: 42, timeoutMs: 2000 } as PrinterConfig);
  await printer.print({ ...uk, directionName: 'Єдине вікно, їжа' });
  await peer.close();
  const job = decodeEscPos(peer.jobs[0]!);
  assert.is(job.codePageNumber, 46);
  const lines = job.lines.map((l) => l.text);
  for (const line of ['Відділ соціального захисту населення', 'м. Рівне, вул. Ґудзя, 5', 'Єдине вікно, їжа', 'Пільга: Інвалідність', 'Дата: 24.11.2026   Час: 09:07',
    'Перед вами: 4 ос.', 'Очікування: близько 3 год', 'Очікуйте виклику на табло', 'Телефони: +380 (362) 62-12-34']) {
    assert.ok(lines.includes(line), `"${line}" in:\n${lines.join('\n')}`);
  }
  assert.not.ok(lines.some((l) => /Ожидайте|Перед вами: 4 чел|Телефоны|Время/.test(l)), 'no Russian word on a Ukrainian ticket');
});

test('CP1125 (ESC t 44 on Epson) carries the Ukrainian letters too; English tickets say English words', () => {
  const job = decodeEscPos(renderTicket(uk, { codePage: 'cp1125', codePageNumber: 44, widthChars: 42 }), { 44: 'cp1125' });
  assert.is(job.codePageNumber, 44);
  assert.ok(job.lines.some((l) => l.text === 'м. Рівне, вул. Ґудзя, 5'));
  const en = text(renderTicket({ ...uk, language: 'en', office: { ...uk.office, name: 'Social services' }, directionName: 'Documents', priorityName: null, waitText: minutesText(180, 'en') }, { codePage: 'cp866', codePageNumber: 17, widthChars: 42 }));
  for (const line of ['Ticket', 'Ahead of you: 4', 'Expected wait: about 3 h', 'Watch the board for your number']) assert.ok(en.includes(line), line);
});

test('the wait on paper is the kiosk\'s wording: "3 ч", not "180 мин"', () => {
  const lines = text(renderTicket({ ...uk, language: 'ru', waitText: minutesText(180, 'ru') }, { codePage: 'cp1251', codePageNumber: 46, widthChars: 42 }));
  assert.ok(lines.includes('Ожидание: около 3 ч'), lines.join('\n'));
});

test('the encoders agree with iconv on every letter, and name what a page lacks', () => {
  const letters = 'АБВГҐДЕЁЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя№';
  for (const page of ['cp866', 'cp1125', 'cp1251'] as const) {
    const ours = [...letters].filter((c) => !unprintable(c, page).length);
    assert.equal(encodeText(ours.join(''), page), iconv.encode(ours.join(''), page), page);
  }
  assert.equal(unprintable('Інвалідність, Ґудзя, Їжак, Євген', 'cp866'), ['І', 'і', 'Ґ']);
  assert.equal(unprintable('Ёж, ъ, ы, э, Ўў', 'cp1125'), ['Ў', 'ў']);
  assert.equal(unprintable('Мʼята «швидко» — м’ята', 'cp1251'), []);
});

test('the code-page test page shows every letter of the office language', () => {
  const lines = text(renderCodePageTest({ codePage: 'cp1251', codePageNumber: 46, widthChars: 42 }, 'uk')).join('\n');
  assert.match(lines, 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ');
  assert.match(lines, 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя');
  assert.match(lines, 'Мʼята'.replace('ʼ', '’'));
  assert.match(lines, "м'ята");
  assert.match(lines, 'Перевірка кодової сторінки cp1251 (ESC t 46)');
});

test.run();
