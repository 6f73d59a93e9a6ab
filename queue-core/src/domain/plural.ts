// The plural forms of the office languages, by the rules of the Unicode plural categories, written out
// so the daemon never loads Intl (and with it some 8 MB of locale data) to say "1 особа", "2 особи", "5 осіб".
import type { Language } from '../config/schema.js';

export type PluralCategory = 'one' | 'few' | 'many' | 'other';
/** The word in each form the language has; `other` is the fallback (and what fractions take). */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

/** The plural category of `n`: in Russian and Ukrainian 1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 25… → many; fractions → other. In English 1 → one, the rest → other. */
export function pluralCategory(n: number, lang: Language): PluralCategory {
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  if (!Number.isInteger(n)) return 'other';
  const units = Math.abs(n) % 10, tens = Math.abs(n) % 100;
  if (units === 1 && tens !== 11) return 'one';
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return 'few';
  return 'many';
}

/** The word that goes with the number `n`: "1 человек", "2 человека", "5 человек"; "1 особа", "2 особи", "5 осіб". */
export function plural(n: number, lang: Language, forms: PluralForms): string {
  return forms[pluralCategory(n, lang)] ?? forms.other;
}

const AHEAD_FORMS: Record<Language, PluralForms> = {
  ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
  uk: { one: 'особа', few: 'особи', many: 'осіб', other: 'особи' },
  en: { one: 'person', other: 'people' },
};
const NOBODY_AHEAD: Record<Language, string> = { ru: 'Перед вами никого нет', uk: 'Перед вами нікого немає', en: 'Nobody is ahead of you' };

/** The people ahead of a ticket as the kiosk's ticket screen and the phone's ticket page say it: "Перед вами: 21 особа". */
export function aheadText(n: number, lang: Language): string {
  if (n === 0) return NOBODY_AHEAD[lang];
  const who = `${n} ${plural(n, lang, AHEAD_FORMS[lang])}`;
  return lang === 'en' ? `${who} ahead of you` : `Перед вами: ${who}`;
}
