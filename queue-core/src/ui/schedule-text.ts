// Office hours as a citizen reads them on a screen: "Пн–Пт 08:30–17:30", "2-я и 4-я суббота 09:00–12:00".
import type { ScheduleConfig } from '../config/schema.js';
import type { Language } from './i18n.js';

const DAY_NAMES: Record<Language, Record<string, string>> = {
  ru: { mon: 'Пн', tue: 'Вт', wed: 'Ср', thu: 'Чт', fri: 'Пт', sat: 'Сб', sun: 'Вс' },
  uk: { mon: 'Пн', tue: 'Вт', wed: 'Ср', thu: 'Чт', fri: 'Пт', sat: 'Сб', sun: 'Нд' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};
const NTH: Record<Language, (weeks: number[], day: string) => string> = {
  ru: (w, d) => `${w.map((n) => `${n}-я`).join(' и ')} ${d === 'sat' ? 'суббота' : DAY_NAMES.ru[d]}`,
  uk: (w, d) => `${w.map((n) => `${n}-а`).join(' і ')} ${d === 'sat' ? 'субота' : DAY_NAMES.uk[d]}`,
  en: (w, d) => `${w.map((n) => ['1st', '2nd', '3rd', '4th', '5th'][n - 1]).join(' and ')} ${d === 'sat' ? 'Saturday' : DAY_NAMES.en[d]}`,
};
const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const dash = (h: string) => h.replace('-', '–');

/** Lines such as "Пн–Пт 08:30–17:30"; consecutive days with the same hours are joined. */
export function scheduleLines(s: ScheduleConfig, lang: Language): string[] {
  const lines: string[] = [];
  let i = 0;
  while (i < ORDER.length) {
    const hours = s.week[ORDER[i]!].join(', ');
    let j = i;
    while (j + 1 < ORDER.length && s.week[ORDER[j + 1]!].join(', ') === hours) j++;
    if (hours) {
      const days = i === j ? DAY_NAMES[lang][ORDER[i]!] : `${DAY_NAMES[lang][ORDER[i]!]}–${DAY_NAMES[lang][ORDER[j]!]}`;
      lines.push(`${days} ${s.week[ORDER[i]!].map(dash).join(', ')}`);
    }
    i = j + 1;
  }
  for (const n of s.nthWeekdays) lines.push(`${NTH[lang](n.weeks, n.weekday)} ${n.hours.map(dash).join(', ')}`);
  return lines;
}
