// A wait in words, as every screen and the paper ticket say it: "25 мин", "3 ч", "1 ч 10 мин".
import type { Language } from '../config/schema.js';

export function minutesText(minutes: number, lang: Language): string {
  const u = { ru: ['ч', 'мин'], uk: ['год', 'хв'], en: ['h', 'min'] }[lang];
  if (minutes < 60) return `${minutes} ${u[1]}`;
  const h = Math.floor(minutes / 60), m = minutes % 60;
  return m ? `${h} ${u[0]} ${m} ${u[1]}` : `${h} ${u[0]}`;
}
