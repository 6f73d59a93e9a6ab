// The words of each alert in the office language (office.language: ru, uk or en), written when it is raised.
import type { Language, Localized } from '../config/schema.js';

const name = (l: Localized, lang: Language) => l[lang] ?? l.ru;

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
  printer: (detail: string | undefined, lang: Language): string => ({
    ru: 'Принтер талонов неисправен', uk: 'Принтер талонів несправний', en: 'The ticket printer has failed',
  })[lang] + (detail ? `: ${detail}` : ''),
  voice: (failed: boolean, detail: string | undefined, lang: Language): string => (failed
    ? { ru: 'Голосовое оповещение не работает', uk: 'Голосове оповіщення не працює', en: 'Voice announcements are down' }
    : { ru: 'Голосовое оповещение: резервный голос', uk: 'Голосове оповіщення: резервний голос', en: 'Voice announcements: fallback voice' })[lang] + (detail ? `: ${detail}` : ''),
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
  writesFail: (detail: string | undefined, lang: Language): string => ({
    ru: 'База данных не сохраняет изменения', uk: 'База даних не зберігає зміни', en: 'The database is not saving changes',
  })[lang] + (detail ? `: ${detail}` : ''),
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
  priorityIssuing: (kiosk: string, over: number, minutes: number, lang: Language): string => ({
    ru: `Киоск ${kiosk}: более ${over} льготных талонов за ${minutes} мин — проверьте, кто берёт талоны`,
    uk: `Кіоск ${kiosk}: понад ${over} пільгових талонів за ${minutes} хв — перевірте, хто бере талони`,
    en: `Kiosk ${kiosk}: more than ${over} priority tickets within ${minutes} min — check who is taking them`,
  })[lang],
};
