// Every word of the ticket page on the phone (server/ticket-page.ts), in the office language. The people
// ahead and the expected wait read as the kiosk says them (kiosk/src/strings.ts), and the call as the
// voice announces it: "пройдите в кабину".
import type { Language } from '../config/schema.js';
import { aheadText } from './plural.js';

export interface TicketPageWords {
  title: (label: string) => string;
  yourTicket: string;
  ahead: (n: number) => string;
  estimated: (wait: string) => string;
  watchBoard: string;
  called: string;
  goTo: (booth: number) => string;
  serving: (booth: number) => string;
  finished: string;
  missed: string;
  closed: string;
  updated: (time: string) => string;
  offline: string;
  vibrate: string;
  vibrateOn: string;
  invalidTitle: string;
  invalid: string;
  tooMany: string;
  tooManyTitle: string;
}

export const TICKET_PAGE_WORDS: Record<Language, TicketPageWords> = {
  ru: {
    title: (l) => `Талон ${l}`,
    yourTicket: 'Ваш талон',
    ahead: (n) => aheadText(n, 'ru'),
    estimated: (t) => `Ожидаемое время: около ${t}`,
    watchBoard: 'Страница обновляется сама. Следите и за табло в зале.',
    called: 'Вас вызывают!',
    goTo: (b) => `Пройдите в кабину ${b}`,
    serving: (b) => `Вас принимают в кабине ${b}`,
    finished: 'Приём по талону окончен. Спасибо!',
    missed: 'Вы не подошли по вызову. Обратитесь к консультанту в зале.',
    closed: 'Талон закрыт: приём на сегодня окончен.',
    updated: (t) => `Обновлено в ${t}`,
    offline: 'Нет связи с учреждением. Проверьте подключение к его Wi-Fi — страница обновится сама.',
    vibrate: 'Включить вибросигнал',
    vibrateOn: 'Вибросигнал включён: телефон завибрирует, когда перед вами останется два человека, и при вызове.',
    invalidTitle: 'Талон недействителен',
    invalid: 'Этот талон больше не действителен. Ссылка с талона работает только в день его выдачи.',
    tooMany: 'Слишком много запросов с этого устройства. Попробуйте снова через минуту.',
    tooManyTitle: 'Слишком много запросов',
  },
  uk: {
    title: (l) => `Талон ${l}`,
    yourTicket: 'Ваш талон',
    ahead: (n) => aheadText(n, 'uk'),
    estimated: (t) => `Очікуваний час: близько ${t}`,
    watchBoard: 'Сторінка оновлюється сама. Стежте й за табло в залі.',
    called: 'Вас викликають!',
    goTo: (b) => `Пройдіть до кабіни ${b}`,
    serving: (b) => `Вас приймають у кабіні ${b}`,
    finished: 'Прийом за талоном завершено. Дякуємо!',
    missed: 'Ви не підійшли за викликом. Зверніться до консультанта в залі.',
    closed: 'Талон закрито: прийом на сьогодні завершено.',
    updated: (t) => `Оновлено о ${t}`,
    offline: 'Немає зв’язку з установою. Перевірте підключення до її Wi-Fi — сторінка оновиться сама.',
    vibrate: 'Увімкнути вібросигнал',
    vibrateOn: 'Вібросигнал увімкнено: телефон завібрує, коли перед вами залишиться двоє людей, і під час виклику.',
    invalidTitle: 'Талон недійсний',
    invalid: 'Цей талон більше не дійсний. Посилання з талона працює лише в день його видачі.',
    tooMany: 'Забагато запитів із цього пристрою. Спробуйте знову за хвилину.',
    tooManyTitle: 'Забагато запитів',
  },
  en: {
    title: (l) => `Ticket ${l}`,
    yourTicket: 'Your ticket',
    ahead: (n) => aheadText(n, 'en'),
    estimated: (t) => `Expected wait: about ${t}`,
    watchBoard: 'This page updates itself. Keep an eye on the board in the hall too.',
    called: 'You are being called!',
    goTo: (b) => `Please go to booth ${b}`,
    serving: (b) => `You are being served at booth ${b}`,
    finished: 'Your visit is finished. Thank you!',
    missed: 'You did not come when called. Please ask the consultant in the hall.',
    closed: 'This ticket is closed: the office has finished for today.',
    updated: (t) => `Updated at ${t}`,
    offline: 'No connection to the office. Check that you are on its Wi-Fi — the page will update by itself.',
    vibrate: 'Turn on vibration',
    vibrateOn: 'Vibration is on: the phone vibrates when two people are ahead of you, and when you are called.',
    invalidTitle: 'Ticket not valid',
    invalid: 'This ticket is no longer valid. The link on a ticket works only on the day it was issued.',
    tooMany: 'Too many requests from this device. Please try again in a minute.',
    tooManyTitle: 'Too many requests',
  },
};
