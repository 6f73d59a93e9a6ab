// The journal's fixed lists in the three languages: applicant categories, appeal types and results, as
// the methodological recommendations name them. Shared by the panel's forms and the printed documents.
import type { AppealResult, AppealType, Category } from './types.js';

type Phrases = { ru: string; uk: string; en: string };

export const CATEGORY_TEXT: Record<Category, Phrases> = {
  pensioner: { ru: 'Пенсионер', uk: 'Пенсіонер', en: 'Pensioner' },
  working: { ru: 'Работающий', uk: 'Працюючий', en: 'Working' },
  unemployed: { ru: 'Безработный', uk: 'Безробітний', en: 'Unemployed' },
  student: { ru: 'Учащийся', uk: 'Учень, студент', en: 'Student' },
  other: { ru: 'Другое', uk: 'Інше', en: 'Other' },
};

export const APPEAL_TYPE_TEXT: Record<AppealType, Phrases> = {
  proposal: { ru: 'Предложение', uk: 'Пропозиція', en: 'Proposal' },
  statement: { ru: 'Заявление', uk: 'Заява', en: 'Statement' },
  complaint: { ru: 'Жалоба', uk: 'Скарга', en: 'Complaint' },
  consultation: { ru: 'Консультация', uk: 'Консультація', en: 'Consultation' },
  documents: { ru: 'Подача документов', uk: 'Подання документів', en: 'Document submission' },
  certificate: { ru: 'Справка', uk: 'Довідка', en: 'Certificate' },
  thanks: { ru: 'Благодарность', uk: 'Подяка', en: 'Thanks' },
};

export const RESULT_TEXT: Record<AppealResult, Phrases> = {
  explained: { ru: 'Разъяснено', uk: 'Роз’яснено', en: 'Explained' },
  review: { ru: 'Направлено на рассмотрение', uk: 'Направлено на розгляд', en: 'Sent for review' },
  control: { ru: 'Взято на контроль', uk: 'Взято на контроль', en: 'Taken under control' },
  filed: { ru: 'Списано в дело', uk: 'Списано до справи', en: 'Filed' },
  accepted: { ru: 'Документы приняты', uk: 'Документи прийнято', en: 'Documents accepted' },
  returned: { ru: 'Возвращено: неполный пакет', uk: 'Повернуто: неповний пакет', en: 'Returned as incomplete' },
  issued: { ru: 'Справка выдана', uk: 'Довідку видано', en: 'Certificate issued' },
};

/** The statistics' row for a visit finished before the one list, with a result that names none of it (e.g. "done"). */
export const UNRECORDED_RESULT_TEXT: Phrases = { ru: 'Обслужен, результат не указан', uk: 'Обслуговано, результат не вказано', en: 'Served, no result recorded' };
