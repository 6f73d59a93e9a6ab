// Dates and times as the office reads them, in its own time zone.
import { LOCALES, type Language } from './i18n.js';
import { minutesText } from '../domain/duration-words.js';

/** The wait in words, shared with the paper ticket. */
export { minutesText };

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone, ...options })));
  return f;
}

export const clock = (at: number, timeZone: string, lang: Language = 'ru') => fmt(lang, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
export const clockWithSeconds = (at: number, timeZone: string, lang: Language = 'ru') =>
  fmt(lang, timeZone, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);
export const longDate = (at: number, timeZone: string, lang: Language = 'ru') => fmt(lang, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
export const shortDate = (at: number, timeZone: string, lang: Language = 'ru') => fmt(lang, timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);

/** A booking code as it is read out and written down: nine digits in threes ("482 915 307"). */
export const bookingCodeText = (code: string): string => code.replace(/\B(?=(\d{3})+$)/g, '\u00a0');

/** A wait the daemon asked for (retryAfterMs), in words: "25 сек", "2 мин". Rounded up: never too short. */
export function waitText(ms: number, lang: Language): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} ${{ ru: 'сек', uk: 'с', en: 's' }[lang]}` : minutesText(Math.ceil(seconds / 60), lang);
}

const numbers = new Map<Language, Intl.NumberFormat>();
/** A number as the office writes it: "4,7" and "12 480" in Russian and Ukrainian, "4.7" and "12,480" in English. */
export function numberText(value: number, lang: Language): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 })));
  return f.format(value);
}
