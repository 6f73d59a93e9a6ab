// The causes of a wait past the norm in words, in the office language (ru, uk or en): for the head's
// alerts, the statistics' table of breaches and its CSV.
import type { Language } from '../config/schema.js';
import type { NormCause } from './norm.js';

const list = (booths: number[]) => booths.join(', ');

export function normCauseText(cause: NormCause, lang: Language): string {
  const b = list(cause.booths);
  switch (cause.kind) {
    case 'no-booth': return { ru: 'нет открытых кабин', uk: 'немає відкритих кабін', en: 'no booth is open' }[lang];
    case 'all-lunch': return { ru: `все кабины на обеде (${b})`, uk: `усі кабіни на обіді (${b})`, en: `all booths are at lunch (${b})` }[lang];
    case 'all-break': return { ru: `все кабины на перерыве (${b})`, uk: `усі кабіни на перерві (${b})`, en: `all booths are on a break (${b})` }[lang];
    case 'lunch-overlap': return { ru: `обеды совпали: кабины ${b}`, uk: `обіди збіглися: кабіни ${b}`, en: `lunches overlap: booths ${b}` }[lang];
    case 'no-shows': return { ru: `неявки подряд: ${cause.count}`, uk: `неявки поспіль: ${cause.count}`, en: `${cause.count} no-shows in a row` }[lang];
    case 'some-break': return cause.booths.length === 1
      ? { ru: `кабина ${b} на перерыве`, uk: `кабіна ${b} на перерві`, en: `booth ${b} is on a break` }[lang]
      : { ru: `кабины ${b} на перерыве`, uk: `кабіни ${b} на перерві`, en: `booths ${b} are on a break` }[lang];
    case 'busy': return { ru: 'все кабины заняты приёмом', uk: 'усі кабіни зайняті прийомом', en: 'every booth is busy with visitors' }[lang];
  }
}
