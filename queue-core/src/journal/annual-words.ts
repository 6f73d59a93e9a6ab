// The words of the annual analysis in the office's languages: the figures' names, the sections of the
// printed report, and the short sentences made from the figures that the director reads as they are
// ("Обслужено 18 864 человека, на 12 % больше, чем в 2010 году"). Numbers are written as the office
// writes them: a thin no-break space between thousands and a decimal comma in Russian and Ukrainian.
import { figureOf, type AnnualPeriod, type AnnualReport, type Compared, type FigureId, type FigureUnit } from './annual-figures.js';
import { plural, type PluralForms } from '../domain/plural.js';

export type AnnualLang = 'ru' | 'uk' | 'en';
const LOCALE: Record<AnnualLang, string> = { ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' };

export const FIGURE_WORDS: Record<FigureId, Record<AnnualLang, string>> = {
  served: { ru: 'Обслужено посетителей', uk: 'Обслуговано відвідувачів', en: 'Visitors served' },
  setsAccepted: { ru: 'Принято комплектов документов', uk: 'Прийнято комплектів документів', en: 'Sets of documents accepted' },
  consultationsOnDocuments: { ru: 'Устные консультации по приёму документов', uk: 'Усні консультації щодо прийому документів', en: 'Oral consultations on documents' },
  consultationsOnPayments: { ru: 'Устные консультации по назначению и выплатам', uk: 'Усні консультації щодо призначення та виплат', en: 'Oral consultations on payments' },
  consultationShare: { ru: 'Доля консультаций по документам к принятым комплектам', uk: 'Частка консультацій щодо документів до прийнятих комплектів', en: 'Consultations on documents per set accepted' },
  registrationRequests: { ru: 'Запросы о регистрационном учёте', uk: 'Запити щодо реєстраційного обліку', en: 'Registration requests' },
  certificatesIssued: { ru: 'Выдано справок', uk: 'Видано довідок', en: 'Certificates issued' },
  returnedIncomplete: { ru: 'Возвращено неполных комплектов', uk: 'Повернуто неповних комплектів', en: 'Incomplete sets returned' },
  repeatAppeals: { ru: 'Повторные обращения', uk: 'Повторні звернення', en: 'Repeat appeals' },
  phoneConsultations: { ru: 'Консультации по телефону', uk: 'Консультації телефоном', en: 'Phone consultations' },
  ratings: { ru: 'Оценок обслуживания', uk: 'Оцінок обслуговування', en: 'Service ratings' },
  satisfiedPct: { ru: 'Довольны обслуживанием (4–5)', uk: 'Задоволені обслуговуванням (4–5)', en: 'Satisfied with the service (4–5)' },
  avgWaitMin: { ru: 'Среднее ожидание, мин', uk: 'Середнє очікування, хв', en: 'Average wait, min' },
};

export const ANNUAL_WORDS = {
  ru: {
    title: 'Анализ работы клиентской службы', year: 'год', quarter: 'квартал', made: 'Составлено', page: 'Стр.', of: 'из',
    summary: 'Итоги', figures: 'Показатели', figure: 'Показатель', change: 'Изменение', sets: 'Принятые комплекты по видам выплат', reason: 'Вид выплаты',
    missing: 'Неполные комплекты: каких документов не хватало', document: 'Документ', returned: 'Возвращено', repeats: 'из них повторно',
    load: 'Нагрузка', byMonth: 'Талоны по месяцам', byWeekday: 'Талоны по дням недели', byHour: 'Талоны по часам дня',
    chartsNote: 'Столбцы — взятые талоны, включая тех, кто не явился; посетители, принятые без талона, сюда не входят, поэтому сумма не совпадает с числом обслуженных.',
    none: 'нет данных', noMissing: 'Неполных комплектов не было.', points: 'п. п.', headSign: 'Руководитель клиентской службы',
    missingUse: 'По этим документам планируются семинары, разъяснительная работа и письма работодателям.',
    servedNote: 'Обслужено — люди, каждый гражданин один раз: по талону, в том числе прошедший лишь часть шагов жизненной ситуации, и принятый без талона по карточке посетителя. Во вкладке «Статистика» «Обслужено» считает другое — талоны, завершённые обслуживанием, — поэтому числа могут различаться.',
  },
  uk: {
    title: 'Аналіз роботи клієнтської служби', year: 'рік', quarter: 'квартал', made: 'Складено', page: 'Стор.', of: 'з',
    summary: 'Підсумки', figures: 'Показники', figure: 'Показник', change: 'Зміна', sets: 'Прийняті комплекти за видами виплат', reason: 'Вид виплати',
    missing: 'Неповні комплекти: яких документів бракувало', document: 'Документ', returned: 'Повернуто', repeats: 'з них повторно',
    load: 'Навантаження', byMonth: 'Талони за місяцями', byWeekday: 'Талони за днями тижня', byHour: 'Талони за годинами дня',
    chartsNote: 'Стовпці — взяті талони, зокрема тих, хто не з’явився; відвідувачі, прийняті без талона, сюди не входять, тому сума не збігається з кількістю обслугованих.',
    none: 'немає даних', noMissing: 'Неповних комплектів не було.', points: 'в. п.', headSign: 'Керівник клієнтської служби',
    missingUse: 'За цими документами плануються семінари, роз’яснювальна робота та листи роботодавцям.',
    servedNote: 'Обслуговано — люди, кожен громадянин один раз: за талоном, зокрема той, хто пройшов лише частину кроків життєвої ситуації, і прийнятий без талона за карткою відвідувача. На вкладці «Статистика» «Обслуговано» рахує інше — талони, завершені обслуговуванням, — тому числа можуть різнитися.',
  },
  en: {
    title: 'Client service: analysis of the work', year: 'year', quarter: 'quarter', made: 'Made', page: 'Page', of: 'of',
    summary: 'Summary', figures: 'Figures', figure: 'Figure', change: 'Change', sets: 'Sets accepted by kind of payment', reason: 'Kind of payment',
    missing: 'Incomplete sets: the documents that were missing', document: 'Document', returned: 'Returned', repeats: 'of them repeat visits',
    load: 'Workload', byMonth: 'Tickets by month', byWeekday: 'Tickets by weekday', byHour: 'Tickets by hour of the day',
    chartsNote: 'The columns count the tickets taken, no-shows included; visitors received without a ticket are not in them, so the sum differs from the number served.',
    none: 'no data', noMissing: 'No set was returned as incomplete.', points: 'pp', headSign: 'Head of the client service',
    missingUse: 'Seminars, explanations and letters to employers are planned from these documents.',
    servedNote: 'Served counts people, each citizen once: on a ticket, including one who went through only some steps of a life situation, and one received without a ticket on a visitor card. “Served” on the Statistics tab counts something else — tickets finished with service — so the two figures may differ.',
  },
} satisfies Record<AnnualLang, Record<string, string>>;

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2011 год", "I квартал 2011 года"; the previous period for the comparisons. */
export function periodText(p: Pick<AnnualPeriod, 'year' | 'quarter'>, lang: AnnualLang): string {
  if (!p.quarter) return { ru: `${p.year} год`, uk: `${p.year} рік`, en: `${p.year}` }[lang];
  return { ru: `${ROMAN[p.quarter - 1]} квартал ${p.year} года`, uk: `${ROMAN[p.quarter - 1]} квартал ${p.year} року`, en: `Q${p.quarter} ${p.year}` }[lang];
}

/**
 * A table column's name with the period its figures are for, so the current period's columns say it as
 * last year's do: "Возвращено, 2026 год", "Повернуто, IV квартал 2026 року", "Returned, Q4 2026".
 */
export function columnText(word: string, p: Pick<AnnualPeriod, 'year' | 'quarter'>, lang: AnnualLang): string {
  return `${word}, ${periodText(p, lang)}`;
}

/** A quarter's key as the journal keeps it ("2026-Q4") in the office's words: "IV квартал 2026 года", "IV квартал 2026 року", "Q4 2026"; any other key as it is. */
export function quarterKeyText(key: string, lang: AnnualLang): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? periodText({ year: Number(m[1]), quarter: Number(m[2]) }, lang) : key;
}

/** "по состоянию на 10.03.2026", "станом на 10.03.2026", "as of 10/03/2026": the day a partial period's figures were read. */
export function asOfText(day: string, lang: AnnualLang): string {
  const [y, m, d] = day.split('-');
  return { ru: `по состоянию на ${d}.${m}.${y}`, uk: `станом на ${d}.${m}.${y}`, en: `as of ${d}/${m}/${y}` }[lang];
}

/** The report's period as its title names it: "2026 год", or "2026 год, по состоянию на 10.03.2026" while it lasts. */
export function reportPeriodText(r: Pick<AnnualReport, 'period' | 'asOf'>, lang: AnnualLang): string {
  const p = periodText(r.period, lang);
  return r.asOf ? `${p}, ${asOfText(r.asOf, lang)}` : p;
}

/**
 * Said under the title of a period not over yet: its figures are partial, last year's are for the whole
 * period, so the head does not hand a part of the year as the year.
 */
export function partialNote(r: Pick<AnnualReport, 'period' | 'asOf'>, lang: AnnualLang): string | null {
  if (!r.asOf) return null;
  const [y, m, d] = r.asOf.split('-');
  const day = lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
  if (r.period.quarter) {
    return {
      ru: `Квартал ещё не закончился: показатели неполные, по ${day} включительно; прошлогодние — за весь квартал.`,
      uk: `Квартал ще не закінчився: показники неповні, по ${day} включно; торішні — за весь квартал.`,
      en: `The quarter is not over yet: the figures are partial, up to and including ${day}; last year's are for the whole quarter.`,
    }[lang];
  }
  return {
    ru: `Год ещё не закончился: показатели неполные, по ${day} включительно; прошлогодние — за весь год.`,
    uk: `Рік ще не закінчився: показники неповні, по ${day} включно; торішні — за весь рік.`,
    en: `The year is not over yet: the figures are partial, up to and including ${day}; last year's are for the whole year.`,
  }[lang];
}

/** "в 2010 году", "в I квартале 2010 года": where a comparison points. */
function inPeriod(p: Pick<AnnualPeriod, 'year' | 'quarter'>, lang: AnnualLang): string {
  if (!p.quarter) return { ru: `в ${p.year} году`, uk: `у ${p.year} році`, en: `in ${p.year}` }[lang];
  return { ru: `в ${ROMAN[p.quarter - 1]} квартале ${p.year} года`, uk: `у ${ROMAN[p.quarter - 1]} кварталі ${p.year} року`, en: `in Q${p.quarter} ${p.year}` }[lang];
}

const formats = new Map<string, Intl.NumberFormat>();
/** "18 864", "30,1" (a narrow no-break space between thousands in ru and uk), "18,864" and "30.1" in English. */
export function num(value: number, lang: AnnualLang, digits = 1): string {
  const key = `${lang}|${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, useGrouping: true })));
  // Intl writes a no-break space (or, in newer data, a narrow one); printed, the narrow one is the thin space of Russian typesetting.
  return f.format(value).replace(/[\u00a0\u0020\u202f]/g, '\u202f').replace('-', '−');
}

/** A figure's value as printed: "18 864", "30,1 %", "12,4 мин"; a dash when there is none. */
export function valueText(value: number | null, unit: FigureUnit, lang: AnnualLang): string {
  if (value === null) return '—';
  return unit === 'percent' ? `${num(value, lang)} %` : num(value, lang);
}

/** The change as printed in the table: "+12,3 %", "−10,7 п. п.", "—". */
export function changeText(c: Compared, unit: FigureUnit, lang: AnnualLang): string {
  if (c.change === null) return '—';
  const sign = c.change > 0 ? '+' : c.change < 0 ? '−' : '±';
  return `${sign}${num(Math.abs(c.change), lang)} ${unit === 'percent' ? ANNUAL_WORDS[lang].points : '%'}`;
}

const PEOPLE: Record<AnnualLang, PluralForms> = {
  ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
  // "Обслуговано 1 особу": the impersonal verb takes the accusative.
  uk: { one: 'особу', few: 'особи', many: 'осіб', other: 'особи' },
  en: { one: 'person', other: 'people' },
};
const people = (n: number, lang: AnnualLang) => plural(n, lang, PEOPLE[lang]);
/** Those who rated: "1 посетитель", "2 посетителя", "5 посетителей"; "1 відвідувач", "2 відвідувачі", "5 відвідувачів". */
const VISITORS: Record<AnnualLang, PluralForms> = {
  ru: { one: 'посетитель', few: 'посетителя', many: 'посетителей', other: 'посетителя' },
  uk: { one: 'відвідувач', few: 'відвідувачі', many: 'відвідувачів', other: 'відвідувача' },
  en: { one: 'visitor', other: 'visitors' },
};
/** The verb agrees with the number: "оценил 1 посетитель", "оценили 2 посетителя"; "оцінив 1 відвідувач"; "1 visitor rated". */
const RATED: Record<AnnualLang, PluralForms> = {
  ru: { one: 'оценил', few: 'оценили', many: 'оценили', other: 'оценили' },
  uk: { one: 'оцінив', few: 'оцінили', many: 'оцінили', other: 'оцінили' },
  en: { one: 'rated', other: 'rated' },
};

/** ", на 12,3 % больше, чем в 2010 году" — or nothing when last year gave nothing to compare with. */
function changeClause(c: Compared, before: AnnualPeriod, lang: AnnualLang, more: Record<AnnualLang, [string, string]>): string {
  if (c.change === null || c.before === null) return '';
  const where = inPeriod(before, lang);
  if (c.change === 0) return { ru: `, столько же, сколько ${where}`, uk: `, стільки ж, як ${where}`, en: `, the same as ${where}` }[lang];
  const [up, down] = more[lang];
  const by = `${num(Math.abs(c.change), lang)} %`;
  return { ru: `, на ${by} ${c.change > 0 ? up : down}, чем ${where}`, uk: `, на ${by} ${c.change > 0 ? up : down}, ніж ${where}`, en: `, ${by} ${c.change > 0 ? up : down} than ${where}` }[lang];
}
const MORE: Record<AnnualLang, [string, string]> = { ru: ['больше', 'меньше'], uk: ['більше', 'менше'], en: ['more', 'fewer'] };

/** A short name for a month "01".."12" and a weekday "1".."7", from the platform's calendar in the office language. */
export function monthName(mm: string, lang: AnnualLang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, Number(mm) - 1, 1));
}
export function weekdayName(d: string, lang: AnnualLang, style: 'long' | 'short' = 'long'): string {
  // 1 January 2001 was a Monday.
  return new Intl.DateTimeFormat(LOCALE[lang], { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2001, 0, Number(d)));
}

/** The sentences of the summary, computed from the figures; each ends with a full stop. */
export function summarySentences(r: AnnualReport, lang: AnnualLang, reasonName: (id: string) => string): string[] {
  const f = (id: FigureId) => figureOf(r, id);
  const v = (id: FigureId) => f(id).now ?? 0;
  const out: string[] = [];
  const served = v('served');
  out.push({ ru: `Обслужено ${num(served, lang)} ${people(served, lang)}`, uk: `Обслуговано ${num(served, lang)} ${people(served, lang)}`, en: `${num(served, lang)} ${people(served, lang)} were served` }[lang]
    + changeClause(f('served'), r.previous, lang, MORE) + '.');
  const sets = f('setsAccepted');
  const top = r.setsByReason[0];
  out.push({ ru: `Принято комплектов документов для назначения выплат: ${num(v('setsAccepted'), lang)}`, uk: `Прийнято комплектів документів для призначення виплат: ${num(v('setsAccepted'), lang)}`, en: `Sets of documents accepted for payments: ${num(v('setsAccepted'), lang)}` }[lang]
    + changeClause(sets, r.previous, lang, MORE)
    + (top && top.now > 0 ? { ru: `; больше всего — «${reasonName(top.key)}» (${num(top.now, lang)})`, uk: `; найбільше — «${reasonName(top.key)}» (${num(top.now, lang)})`, en: `; most of them "${reasonName(top.key)}" (${num(top.now, lang)})` }[lang] : '') + '.');
  out.push({
    ru: `Устных консультаций по приёму документов — ${num(v('consultationsOnDocuments'), lang)}, по назначению и выплатам — ${num(v('consultationsOnPayments'), lang)}, по телефону — ${num(v('phoneConsultations'), lang)}.`,
    uk: `Усних консультацій щодо прийому документів — ${num(v('consultationsOnDocuments'), lang)}, щодо призначення та виплат — ${num(v('consultationsOnPayments'), lang)}, телефоном — ${num(v('phoneConsultations'), lang)}.`,
    en: `Oral consultations on documents: ${num(v('consultationsOnDocuments'), lang)}; on payments: ${num(v('consultationsOnPayments'), lang)}; by phone: ${num(v('phoneConsultations'), lang)}.`,
  }[lang]);
  const share = f('consultationShare');
  if (share.now !== null) {
    const was = share.before !== null ? { ru: ` (${inPeriod(r.previous, lang)} — ${num(share.before, lang)} %)`, uk: ` (${inPeriod(r.previous, lang)} — ${num(share.before, lang)} %)`, en: ` (${inPeriod(r.previous, lang)}: ${num(share.before, lang)} %)` }[lang] : '';
    out.push({
      ru: `Устные консультации по приёму документов составили ${num(share.now, lang)} % от числа принятых комплектов${was}.`,
      uk: `Усні консультації щодо прийому документів склали ${num(share.now, lang)} % від кількості прийнятих комплектів${was}.`,
      en: `Oral consultations on documents came to ${num(share.now, lang)} % of the sets accepted${was}.`,
    }[lang]);
  }
  out.push({
    ru: `Оформлено запросов о регистрационном учёте — ${num(v('registrationRequests'), lang)}, выдано справок — ${num(v('certificatesIssued'), lang)}.`,
    uk: `Оформлено запитів щодо реєстраційного обліку — ${num(v('registrationRequests'), lang)}, видано довідок — ${num(v('certificatesIssued'), lang)}.`,
    en: `Registration requests: ${num(v('registrationRequests'), lang)}; certificates issued: ${num(v('certificatesIssued'), lang)}.`,
  }[lang]);
  const miss = r.missingDocuments[0];
  if (v('returnedIncomplete') > 0) {
    out.push({ ru: `Возвращено неполных комплектов — ${num(v('returnedIncomplete'), lang)}`, uk: `Повернуто неповних комплектів — ${num(v('returnedIncomplete'), lang)}`, en: `Incomplete sets returned: ${num(v('returnedIncomplete'), lang)}` }[lang]
      + (miss ? { ru: `; чаще всего не хватало документа «${miss.document}» (${num(miss.appeals, lang)})`, uk: `; найчастіше бракувало документа «${miss.document}» (${num(miss.appeals, lang)})`, en: `; most often "${miss.document}" was missing (${num(miss.appeals, lang)})` }[lang] : '') + '.');
  }
  const sat = f('satisfiedPct');
  if (sat.now !== null) {
    const n = v('ratings'), who = `${num(n, lang)} ${plural(n, lang, VISITORS[lang])}`, rated = plural(n, lang, RATED[lang]);
    out.push({
      ru: `Обслуживание ${rated} ${who}, довольны ${num(sat.now, lang)} %.`,
      uk: `Обслуговування ${rated} ${who}, задоволені ${num(sat.now, lang)} %.`,
      en: `${who} ${rated} the service; ${num(sat.now, lang)} % were satisfied.`,
    }[lang]);
  }
  const busiest = (bars: AnnualReport['byMonth']) => bars.reduce<(typeof bars)[number] | null>((a, b) => (b.now > (a?.now ?? 0) ? b : a), null);
  const m = busiest(r.byMonth), d = busiest(r.byWeekday), h = busiest(r.byHour);
  if (m && d && h) {
    const hours = `${Number(h.key)}:00–${Number(h.key) + 1}:00`;
    out.push({
      ru: `Больше всего талонов взято: месяц — ${monthName(m.key, lang)}, день недели — ${weekdayName(d.key, lang)}, время — ${hours}.`,
      uk: `Найбільше талонів взято: місяць — ${monthName(m.key, lang)}, день тижня — ${weekdayName(d.key, lang)}, час — ${hours}.`,
      en: `Most tickets were taken in ${monthName(m.key, lang)}, on ${weekdayName(d.key, lang)}s, at ${hours}.`,
    }[lang]);
  }
  return out;
}
