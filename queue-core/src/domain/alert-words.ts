// The words of each alert in the office language (office.language: ru, uk or en), written when it is raised.
import type { Language, Localized } from '../config/schema.js';
import { voiceProblemText } from './device-words.js';

const name = (l: Localized, lang: Language) => l[lang] ?? l.ru;

/** Why a ticket was not printed, by the printer's error code; the printer's own text goes to the details. */
const PRINT_FAILURES: Record<string, Record<Language, string>> = {
  PAPER_OUT: { ru: 'закончилась бумага', uk: 'закінчився папір', en: 'the paper has run out' },
  COVER_OPEN: { ru: 'открыта крышка принтера', uk: 'відкрита кришка принтера', en: 'the printer cover is open' },
  OFFLINE: { ru: 'принтер не в сети', uk: 'принтер не в мережі', en: 'the printer is offline' },
  TIMEOUT: { ru: 'принтер не ответил вовремя', uk: 'принтер не відповів вчасно', en: 'the printer did not answer in time' },
  UNREACHABLE: { ru: 'нет связи с принтером', uk: 'немає зв’язку з принтером', en: 'the printer cannot be reached' },
  FAILED: { ru: 'сбой принтера', uk: 'збій принтера', en: 'the printer failed' },
};

export const ALERT_WORDS = {
  longWait: (direction: Localized, minutes: number, ticket: string, cause: string, lang: Language): string => ({
    ru: `Направление «${name(direction, 'ru')}»: ожидание дольше нормы ${minutes} мин (талон ${ticket}). Причина: ${cause}`,
    uk: `Напрям «${name(direction, 'uk')}»: очікування понад норму ${minutes} хв (талон ${ticket}). Причина: ${cause}`,
    en: `"${name(direction, 'en')}": waiting over the ${minutes}-min norm (ticket ${ticket}). Cause: ${cause}`,
  })[lang],
  normNear: (direction: Localized, ticket: string, waited: number, minutes: number, cause: string, lang: Language): string => ({
    ru: `Направление «${name(direction, 'ru')}»: талон ${ticket} ждёт ${waited} мин из ${minutes} по норме. Вероятная причина: ${cause}`,
    uk: `Напрям «${name(direction, 'uk')}»: талон ${ticket} чекає ${waited} хв із ${minutes} за нормою. Імовірна причина: ${cause}`,
    en: `"${name(direction, 'en')}": ticket ${ticket} has waited ${waited} of the ${minutes}-min norm. Likely cause: ${cause}`,
  })[lang],
  breakOver: (booth: number, until: string, lang: Language): string => ({
    ru: `Кабина ${booth}: перерыв затянулся (до ${until})`,
    uk: `Кабіна ${booth}: перерва затягнулася (до ${until})`,
    en: `Booth ${booth}: break overran (until ${until})`,
  })[lang],
  printer: (lang: Language): string => ({
    ru: 'Принтер талонов неисправен', uk: 'Принтер талонів несправний', en: 'The ticket printer has failed',
  })[lang],
  printerPaperLow: (lang: Language): string => ({
    ru: 'В принтере талонов заканчивается бумага: приготовьте новый рулон',
    uk: 'У принтері талонів закінчується папір: підготуйте новий рулон',
    en: 'The ticket printer is running low on paper: have a new roll ready',
  })[lang],
  printerNoStatus: (lang: Language): string => ({
    ru: 'Принтер талонов не сообщает своё состояние: конец бумаги и открытую крышку обнаружить нельзя, проверяйте принтер сами',
    uk: 'Принтер талонів не повідомляє свій стан: кінець паперу та відкриту кришку виявити не можна, перевіряйте принтер самі',
    en: 'The ticket printer does not report its status: paper-out and an open cover cannot be detected; check it by eye',
  })[lang],
  /** In words only: the raw message (nine lines of ALSA for a missing sound card) is the alert's detail. */
  voice: (failed: boolean, problem: string | undefined, lang: Language): string => (failed
    ? { ru: 'Голосовое оповещение не работает', uk: 'Голосове оповіщення не працює', en: 'Voice announcements are down' }
    : { ru: 'Голосовое оповещение: резервный голос', uk: 'Голосове оповіщення: резервний голос', en: 'Voice announcements: fallback voice' })[lang]
    + (problem && problem !== 'fallback-voice' ? `: ${voiceProblemText(problem, lang)}` : ''),
  diskFull: (folder: string, lang: Language): string => ({
    ru: `Диск заполнен: ${folder} — изменения не сохраняются`,
    uk: `Диск заповнено: ${folder} — зміни не зберігаються`,
    en: `Disk full: ${folder} — changes are not being saved`,
  })[lang],
  diskLow: (freeMegabytes: number, folder: string, lang: Language): string => ({
    ru: `Мало места на диске: свободно ${freeMegabytes} МБ в ${folder}`,
    uk: `Мало місця на диску: вільно ${freeMegabytes} МБ у ${folder}`,
    en: `Low disk space: ${freeMegabytes} MB free in ${folder}`,
  })[lang],
  writesFail: (lang: Language): string => ({
    ru: 'База данных не сохраняет изменения', uk: 'База даних не зберігає зміни', en: 'The database is not saving changes',
  })[lang],
  /** A ticket the kiosk printer did not print, and why, from the printer's error code (hardware PrinterError). */
  notPrinted: (label: string, cause: string | undefined, lang: Language): string => {
    const why = (PRINT_FAILURES[cause ?? ''] ?? PRINT_FAILURES.FAILED!)[lang];
    return { ru: `Талон ${label} не напечатан: ${why}`, uk: `Талон ${label} не надруковано: ${why}`, en: `Ticket ${label} was not printed: ${why}` }[lang];
  },
  staffLocked: (name: string, until: string, lang: Language): string => ({
    ru: `Вход сотрудника «${name}» заблокирован до ${until}: неверные ПИН-коды`,
    uk: `Вхід співробітника «${name}» заблоковано до ${until}: неправильні ПІН-коди`,
    en: `Sign-in of "${name}" is locked until ${until}: wrong PINs`,
  })[lang],
  othersLocked: (subjects: string, lang: Language): string => ({
    ru: `Подбор ПИН-кодов или ключей: заблокированы ${subjects}`,
    uk: `Підбір ПІН-кодів або ключів: заблоковано ${subjects}`,
    en: `PIN or token guessing: locked ${subjects}`,
  })[lang],
  button: (booth: number, lang: Language): string => ({
    ru: `Кнопка кабины ${booth} не подключена`,
    uk: `Кнопку кабіни ${booth} не підключено`,
    en: `The button of booth ${booth} is not connected`,
  })[lang],
  clock: (minutes: number, day: string, lang: Language): string => ({
    ru: `Системные часы ушли назад (на ${minutes} мин): проверьте время и NTP. День ${day} продолжается, номера не повторяются`,
    uk: `Системний годинник пішов назад (на ${minutes} хв): перевірте час і NTP. День ${day} триває, номери не повторюються`,
    en: `The system clock went back (by ${minutes} min): check the time and NTP. Day ${day} goes on; no number is issued twice`,
  })[lang],
  /**
   * The newest entry of the book of feedback not yet answered. No count: an alert's words are fixed when
   * it is raised, and a count would go stale as entries are answered (the Journal tab lists them all).
   */
  feedback: (kind: 'thanks' | 'proposal' | 'complaint', id: string, lang: Language): string => ({
    ru: `Книга отзывов: новая запись — ${{ thanks: 'благодарность', proposal: 'предложение', complaint: 'жалоба' }[kind]} ${id}, ждёт ответа`,
    uk: `Книга відгуків: новий запис — ${{ thanks: 'подяка', proposal: 'пропозиція', complaint: 'скарга' }[kind]} ${id}, чекає на відповідь`,
    en: `Book of feedback: a new entry — ${kind === 'proposal' ? 'a suggestion' : kind === 'complaint' ? 'a complaint' : 'thanks'} ${id}, awaiting an answer`,
  })[lang],
  /** Someone pressed "call for help" at a kiosk (accessibility.helpButton): the consultant or the head goes there. */
  kioskHelp: (kiosk: string, lang: Language): string => ({
    ru: `Киоск «${kiosk}»: посетителю у киоска нужна помощь — подойдите к нему`,
    uk: `Кіоск «${kiosk}»: відвідувачу біля кіоску потрібна допомога — підійдіть до нього`,
    en: `Kiosk "${kiosk}": a visitor at the kiosk needs help — please go to them`,
  })[lang],
  priorityIssuing: (kiosk: string, over: number, minutes: number, lang: Language): string => ({
    ru: `Киоск ${kiosk}: более ${over} льготных талонов за ${minutes} мин — проверьте, кто берёт талоны`,
    uk: `Кіоск ${kiosk}: понад ${over} пільгових талонів за ${minutes} хв — перевірте, хто бере талони`,
    en: `Kiosk ${kiosk}: more than ${over} priority tickets within ${minutes} min — check who is taking them`,
  })[lang],
};
