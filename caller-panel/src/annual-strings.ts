// The words of the annual analysis screen in the caller panel; the figures' own names and the sentences
// come from the daemon's words (journal/annual-words.ts) so the screen and the PDF say the same.
import type { Language } from 'queue-core/ui';

const ru = {
  tab: 'Годовой анализ', title: 'Годовой анализ работы клиентской службы', year: 'Год', period: 'Период', wholeYear: 'Весь год', quarter: 'квартал',
  show: 'Показать', pdf: 'Скачать PDF', loading: 'Считаем…', summary: 'Итоги', figure: 'Показатель', change: 'Изменение',
  sets: 'Принятые комплекты по видам выплат', missing: 'Каких документов не хватало', document: 'Документ', returned: 'Возвращено',
  howCounted: 'Консультация по документам — та, где посетителю дали памятку с перечнем документов; остальные — по назначению и выплатам.',
};
type AnnualText = typeof ru;

const uk: AnnualText = {
  tab: 'Річний аналіз', title: 'Річний аналіз роботи клієнтської служби', year: 'Рік', period: 'Період', wholeYear: 'Увесь рік', quarter: 'квартал',
  show: 'Показати', pdf: 'Завантажити PDF', loading: 'Рахуємо…', summary: 'Підсумки', figure: 'Показник', change: 'Зміна',
  sets: 'Прийняті комплекти за видами виплат', missing: 'Яких документів бракувало', document: 'Документ', returned: 'Повернуто',
  howCounted: 'Консультація щодо документів — та, де відвідувачеві дали пам’ятку з переліком документів; решта — щодо призначення та виплат.',
};

const en: AnnualText = {
  tab: 'Annual analysis', title: 'Annual analysis of the client service', year: 'Year', period: 'Period', wholeYear: 'Whole year', quarter: 'quarter',
  show: 'Show', pdf: 'Download PDF', loading: 'Counting…', summary: 'Summary', figure: 'Figure', change: 'Change',
  sets: 'Sets accepted by kind of payment', missing: 'Documents that were missing', document: 'Document', returned: 'Returned',
  howCounted: 'A consultation on documents is one where the visitor was given a memo listing the documents; the others are on payments.',
};

export const ANNUAL_TEXT: Record<Language, AnnualText> = { ru, uk, en };
