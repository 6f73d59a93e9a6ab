// The words of each alert in the office language (office.language: ru, uk or en), written when it is raised.
import type { Language, Localized } from '../config/schema.js';

const name = (l: Localized, lang: Language) => l[lang] ?? l.ru;

export const ALERT_WORDS = {
  longWait: (direction: Localized, minutes: number, lang: Language): string => ({
    ru: `Направление «${name(direction, 'ru')}»: ожидание дольше ${minutes} мин`,
    uk: `Напрям «${name(direction, 'uk')}»: очікування понад ${minutes} хв`,
    en: `"${name(direction, 'en')}": waiting over ${minutes} min`,
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
};
