// The words of outreach visits in the office's languages: what is wrong with a line of a settlement's
// list, and the printed list. The daemon answers each problem in the office language as well as by code.
import type { ListProblem, ListProblemCode } from './outreach-list.js';

type Lang = 'ru' | 'uk' | 'en';

const PROBLEMS: Record<ListProblemCode, Record<Lang, string>> = {
  EMPTY_FILE: { ru: 'файл пуст', uk: 'файл порожній', en: 'the file is empty' },
  TOO_BIG: { ru: 'файл больше 512 КБ — это не список поселения', uk: 'файл більший за 512 КБ — це не список поселення', en: 'the file is over 512 KB: not a settlement list' },
  TOO_MANY_ROWS: { ru: 'в списке больше 1000 строк', uk: 'у списку понад 1000 рядків', en: 'the list has more than 1000 rows' },
  NO_NAME_COLUMN: {
    ru: 'в первой строке нет столбца «ФИО» (ожидается заголовок вроде «ФИО;Адрес;Телефон;Вопрос»)',
    uk: 'у першому рядку немає стовпця «ПІБ» (очікується заголовок на кшталт «ПІБ;Адреса;Телефон;Питання»)',
    en: 'the first row has no "Full name" column (expected a header like "Full name;Address;Phone;Question")',
  },
  UNCLOSED_QUOTE: { ru: 'кавычка открыта и не закрыта до конца файла', uk: 'лапки відкрито й не закрито до кінця файлу', en: 'a quote is opened and never closed' },
  NO_ROWS: { ru: 'в файле нет ни одного гражданина', uk: 'у файлі немає жодного громадянина', en: 'the file lists nobody' },
  NAME_MISSING: { ru: 'не указаны ФИО', uk: 'не вказано ПІБ', en: 'the full name is missing' },
  NAME_TOO_LONG: { ru: 'ФИО длиннее 200 знаков', uk: 'ПІБ довше за 200 знаків', en: 'the full name is over 200 characters' },
  FIELD_TOO_LONG: { ru: 'слишком длинное значение', uk: 'задовге значення', en: 'the value is too long' },
  EXTRA_FIELDS: {
    ru: 'в строке больше полей, чем в заголовке (разделитель внутри значения без кавычек?)',
    uk: 'у рядку більше полів, ніж у заголовку (роздільник усередині значення без лапок?)',
    en: 'the row has more fields than the header (a separator inside an unquoted value?)',
  },
  PHONE_INVALID: { ru: 'телефон не похож на номер (нужны цифры, от 5 до 15)', uk: 'телефон не схожий на номер (потрібні цифри, від 5 до 15)', en: 'the phone is not a number (5 to 15 digits)' },
  DUPLICATE: { ru: 'этот гражданин уже есть в списке', uk: 'цей громадянин уже є у списку', en: 'this citizen is already listed' },
};

const LINE: Record<Lang, { line: string; file: string; column: string; first: string }> = {
  ru: { line: 'Строка', file: 'Файл', column: 'столбец', first: 'строка' },
  uk: { line: 'Рядок', file: 'Файл', column: 'стовпець', first: 'рядок' },
  en: { line: 'Line', file: 'File', column: 'column', first: 'line' },
};

/** "Строка 4 (столбец «Телефон»): телефон не похож на номер…" */
export function problemText(p: ListProblem, lang: Lang): string {
  const w = LINE[lang];
  const where = p.line > 0 ? `${w.line} ${p.line}` : w.file;
  const column = p.column ? ` (${w.column} «${p.column}»)` : '';
  const first = p.firstLine ? ` (${w.first} ${p.firstLine})` : '';
  return `${where}${column}: ${PROBLEMS[p.code][lang]}${first}`;
}

export const LIST_WORDS = {
  ru: {
    title: 'Список граждан на выездной приём', settlement: 'Поселение', day: 'Дата приёма', specialists: 'Специалисты', n: '№',
    fullName: 'ФИО', address: 'Адрес', phone: 'Телефон', question: 'Вопрос', note: 'Отметка о приёме', total: 'Всего в списке', empty: 'Список ещё не получен',
  },
  uk: {
    title: 'Список громадян на виїзний прийом', settlement: 'Поселення', day: 'Дата прийому', specialists: 'Спеціалісти', n: '№',
    fullName: 'ПІБ', address: 'Адреса', phone: 'Телефон', question: 'Питання', note: 'Відмітка про прийом', total: 'Усього у списку', empty: 'Список ще не отримано',
  },
  en: {
    title: 'Citizens listed for the outreach visit', settlement: 'Settlement', day: 'Visit date', specialists: 'Specialists', n: 'No.',
    fullName: 'Full name', address: 'Address', phone: 'Phone', question: 'Question', note: 'Seen', total: 'Listed', empty: 'No list received yet',
  },
} satisfies Record<Lang, Record<string, string>>;
