// The information line edited one language at a time keeps the other languages of every message.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { editInfoLine } from '../../caller-panel/src/info-line.ts';

const line = [
  { ru: 'Перечни документов — на стендах', uk: 'Переліки документів — на стендах', en: 'Lists of documents are on the boards' },
  { ru: 'Горячая линия: 4-12-34', uk: 'Гаряча лінія: 4-12-34', en: 'Hotline: 4-12-34' },
];

test('a Russian message typed anew keeps the Ukrainian and English of its place; a removed one goes', () => {
  assert.equal(editInfoLine(line, 'ru', 'Приём документов — в кабинах 1–3\nГорячая линия: 4-12-34'), [
    { ru: 'Приём документов — в кабинах 1–3', uk: line[0]!.uk, en: line[0]!.en }, line[1],
  ]);
  assert.equal(editInfoLine(line, 'ru', 'Перечни документов — на стендах\n'), [line[0]]);
});

test('Ukrainian or English typed anew changes that language only; an empty line drops that translation', () => {
  assert.equal(editInfoLine(line, 'uk', 'Документи — на стендах\nГаряча лінія: 4-12-34'), [{ ...line[0]!, uk: 'Документи — на стендах' }, line[1]]);
  assert.equal(editInfoLine(line, 'en', '\nHotline: 4-12-34'), [{ ru: line[0]!.ru, uk: line[0]!.uk }, line[1]]);
});

test.run();
