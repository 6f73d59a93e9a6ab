// The displays' words in the three languages.
import type { Language } from 'queue-core/ui';

const ru = {
  ticket: 'Талон',
  booth: 'Кабина',
  calls: 'Вызов',
  waiting: 'Ожидают',
  hoursToday: 'Приём сегодня',
  closedToday: 'Сегодня приёма нет',
  holidayToday: 'Праздничный день — приёма нет',
  aroundClock: 'Круглосуточно',
  nobodyCalled: 'Ожидайте вызова',
  boothFree: 'Свободно',
  boothFreeHint: 'Ожидайте вызова на табло',
  boothClosed: 'Кабина закрыта',
  come: 'Проходите',
  serving: 'Идёт приём',
  lunch: 'Обед',
  technical: 'Технический перерыв',
  until: (t: string) => `до ${t}`,
  lunchHours: (h: string) => `Обед ${h}`,
  offline: 'Нет связи с сервером',
  people: (n: number) => `${n}`,
  rateQuestion: 'Оцените, пожалуйста, приём',
  rateWhy: 'Что повлияло на оценку?',
  rateSkip: 'Пропустить',
  rateThanks: 'Спасибо за оценку!',
  rateLater: 'После приёма здесь можно оценить обслуживание',
  rateOff: 'Оценка обслуживания на этой кабине не ведётся',
  nextStep: (step: number, of: number) => `Следующий шаг ${step} из ${of}`,
  goToBooth: (n: number) => `пройдите к кабине ${n}`,
  waitForCall: 'ожидайте вызова на табло',
  waitShort: 'ожидайте вызова',
};
export type DisplayText = typeof ru;

const uk: DisplayText = {
  ticket: 'Талон', booth: 'Кабіна', calls: 'Виклик', waiting: 'Очікують', hoursToday: 'Прийом сьогодні', closedToday: 'Сьогодні прийому немає', holidayToday: 'Святковий день — прийому немає',
  aroundClock: 'Цілодобово', nobodyCalled: 'Чекайте на виклик', boothFree: 'Вільно', boothFreeHint: 'Чекайте на виклик на табло', boothClosed: 'Кабіна зачинена',
  come: 'Проходьте', serving: 'Триває прийом', lunch: 'Обід', technical: 'Технічна перерва', until: (t) => `до ${t}`, lunchHours: (h) => `Обід ${h}`,
  offline: 'Немає зв’язку із сервером', people: (n) => `${n}`,
  rateQuestion: 'Оцініть, будь ласка, прийом', rateWhy: 'Що вплинуло на оцінку?', rateSkip: 'Пропустити', rateThanks: 'Дякуємо за оцінку!',
  rateLater: 'Після прийому тут можна оцінити обслуговування', rateOff: 'Оцінювання обслуговування на цій кабіні не ведеться',
  nextStep: (step, of) => `Наступний крок ${step} з ${of}`, goToBooth: (n) => `пройдіть до кабіни ${n}`, waitForCall: 'чекайте на виклик на табло', waitShort: 'чекайте на виклик',
};

const en: DisplayText = {
  ticket: 'Ticket', booth: 'Booth', calls: 'Now calling', waiting: 'Waiting', hoursToday: 'Open today', closedToday: 'Closed today', holidayToday: 'Public holiday — closed',
  aroundClock: 'Open 24 hours', nobodyCalled: 'Please wait to be called', boothFree: 'Free', boothFreeHint: 'Watch the board for your number', boothClosed: 'Booth closed',
  come: 'Please come in', serving: 'In service', lunch: 'Lunch break', technical: 'Technical break', until: (t) => `until ${t}`, lunchHours: (h) => `Lunch ${h}`,
  offline: 'No connection to the server', people: (n) => `${n}`,
  rateQuestion: 'Please rate your visit', rateWhy: 'What made your rating?', rateSkip: 'Skip', rateThanks: 'Thank you for your rating!',
  rateLater: 'After your visit you can rate the service here', rateOff: 'This booth does not take ratings',
  nextStep: (step, of) => `Next step ${step} of ${of}`, goToBooth: (n) => `please go to booth ${n}`, waitForCall: 'please wait to be called on the board', waitShort: 'wait to be called',
};

export const TEXT: Record<Language, DisplayText> = { ru, uk, en };
