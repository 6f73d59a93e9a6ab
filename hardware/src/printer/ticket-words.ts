// Every word printed on the paper, in the office language. The office's own texts (name, address,
// operations, priorities) come from its config, in the same language.
import type { PaperLanguage } from './code-pages.js';

export interface TicketWords {
  ticket: string;
  /** Above a life situation's steps: one ticket leads through them all. */
  lifeSteps: string;
  /** A step that has a booth of its own. */
  booth: (n: number) => string;
  reprint: string;
  sample: string;
  priority: (name: string) => string;
  booked: (time: string) => string;
  issued: (date: string, time: string) => string;
  ahead: (n: number) => string;
  wait: (text: string) => string;
  minutes: string;
  watchBoard: string;
  /** Under a QR code that opens the ticket's page on the phone. */
  onThePhone: string;
  phones: string;
  pageTest: string;
  pageOk: string;
  /** Every letter of the language, for the code-page test page. */
  alphabet: string;
}

export const TICKET_WORDS: Record<PaperLanguage, TicketWords> = {
  ru: {
    ticket: 'Талон', reprint: 'ПОВТОРНО', sample: 'ОБРАЗЕЦ (ПРОБНАЯ ПЕЧАТЬ)',
    lifeSteps: 'Один талон на все шаги:', booth: (n) => `кабина ${n}`,
    priority: (n) => `Льгота: ${n}`, booked: (t) => `По записи на ${t}`, issued: (d, t) => `Дата: ${d}   Время: ${t}`,
    ahead: (n) => `Перед вами: ${n} чел.`, wait: (t) => `Ожидание: около ${t}`, minutes: 'мин',
    watchBoard: 'Ожидайте вызова на табло', onThePhone: 'Очередь в телефоне: наведите камеру на код', phones: 'Телефоны',
    pageTest: 'Проверка кодовой страницы', pageOk: 'Если буквы выше читаются, страница выбрана верно.',
    alphabet: 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ\nабвгдеёжзийклмнопрстуфхцчшщъыьэюя №',
  },
  uk: {
    ticket: 'Талон', reprint: 'ПОВТОРНО', sample: 'ЗРАЗОК (ПРОБНИЙ ДРУК)',
    lifeSteps: 'Один талон на всі кроки:', booth: (n) => `кабіна ${n}`,
    priority: (n) => `Пільга: ${n}`, booked: (t) => `За записом на ${t}`, issued: (d, t) => `Дата: ${d}   Час: ${t}`,
    ahead: (n) => `Перед вами: ${n} ос.`, wait: (t) => `Очікування: близько ${t}`, minutes: 'хв',
    watchBoard: 'Очікуйте виклику на табло', onThePhone: 'Черга в телефоні: наведіть камеру на код', phones: 'Телефони',
    pageTest: 'Перевірка кодової сторінки', pageOk: 'Якщо літери вище читаються, сторінку вибрано правильно.',
    alphabet: 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ\nабвгґдеєжзиіїйклмнопрстуфхцчшщьюя\nапостроф: Мʼята, м\'ята',
  },
  en: {
    ticket: 'Ticket', reprint: 'REPRINT', sample: 'SAMPLE (TEST PRINT)',
    lifeSteps: 'One ticket for every step:', booth: (n) => `booth ${n}`,
    priority: (n) => `Priority: ${n}`, booked: (t) => `Booked for ${t}`, issued: (d, t) => `Date: ${d}   Time: ${t}`,
    ahead: (n) => `Ahead of you: ${n}`, wait: (t) => `Expected wait: about ${t}`, minutes: 'min',
    watchBoard: 'Watch the board for your number', onThePhone: 'Your place on your phone: scan the code', phones: 'Phones',
    pageTest: 'Code page test', pageOk: 'If the letters above read correctly, the page is right.',
    alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ\nabcdefghijklmnopqrstuvwxyz',
  },
};

/** The fixed words a ticket in `lang` may print, for the config check of the code page. */
export function allTicketWords(lang: PaperLanguage): string {
  const w = TICKET_WORDS[lang];
  return [w.ticket, w.lifeSteps, w.booth(1), w.reprint, w.sample, w.priority(''), w.booked('09:20'), w.issued('01.01.2026', '09:00'), w.ahead(1), w.wait('1'), w.minutes, w.watchBoard, w.onThePhone, w.phones].join(' ');
}
