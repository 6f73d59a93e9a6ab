// The words of outreach visits in the caller panel. Russian first; Ukrainian and English follow.
import type { Language } from 'queue-core/ui';

const ru = {
  tab: 'Выезды', plan: 'Запланировать выездной приём', settlement: 'Сельское поселение', day: 'Дата выезда', specialists: 'Специалисты',
  planButton: 'Запланировать', planned: 'Выезд запланирован', visits: 'Выездные приёмы', year: 'Год', none: 'Выездов нет',
  listed: 'В списке', appeals: 'Принято обращений', late: 'Внесено с опозданием', open: 'Открыть',
  importTitle: 'Список от поселения (CSV: ФИО;Адрес;Телефон;Вопрос)', importButton: 'Загрузить список', imported: 'Загружено граждан',
  refused: 'Строки не приняты — исправьте их в файле и загрузите список снова', broken: 'Файл не принят, ничего не загружено',
  list: 'Список граждан', noList: 'Список ещё не получен', erased: 'Список удалён по сроку хранения', print: 'Печать списка',
  fullName: 'ФИО', address: 'Адрес', phone: 'Телефон', question: 'Вопрос', line: 'Строка', record: 'Внести обращение', recordOther: 'Обращение не из списка',
  back: 'К выездам', analysis: 'Анализ выездных приёмов по поселениям', fromYear: 'С года', toYear: 'по год', show: 'Показать', csv: 'CSV', total: 'Всего',
  visitsCount: 'Выездов', suggestion: 'Предложение на', suggestionRule: 'Ожидаемое число обращений — среднее за прошлые годы; выездов — по одному на',
  perVisit: 'обращений', expected: 'Ожидается обращений', suggested: 'Предлагается выездов', past: 'Обращений по годам', nothingYet: 'Данных за эти годы нет',
};
type OutreachText = typeof ru;

const uk: OutreachText = {
  tab: 'Виїзди', plan: 'Запланувати виїзний прийом', settlement: 'Сільське поселення', day: 'Дата виїзду', specialists: 'Спеціалісти',
  planButton: 'Запланувати', planned: 'Виїзд заплановано', visits: 'Виїзні прийоми', year: 'Рік', none: 'Виїздів немає',
  listed: 'У списку', appeals: 'Прийнято звернень', late: 'Внесено із запізненням', open: 'Відкрити',
  importTitle: 'Список від поселення (CSV: ПІБ;Адреса;Телефон;Питання)', importButton: 'Завантажити список', imported: 'Завантажено громадян',
  refused: 'Рядки не прийнято — виправте їх у файлі й завантажте список знову', broken: 'Файл не прийнято, нічого не завантажено',
  list: 'Список громадян', noList: 'Список ще не отримано', erased: 'Список видалено за строком зберігання', print: 'Друк списку',
  fullName: 'ПІБ', address: 'Адреса', phone: 'Телефон', question: 'Питання', line: 'Рядок', record: 'Внести звернення', recordOther: 'Звернення не зі списку',
  back: 'До виїздів', analysis: 'Аналіз виїзних прийомів за поселеннями', fromYear: 'З року', toYear: 'по рік', show: 'Показати', csv: 'CSV', total: 'Усього',
  visitsCount: 'Виїздів', suggestion: 'Пропозиція на', suggestionRule: 'Очікувана кількість звернень — середня за минулі роки; виїздів — по одному на',
  perVisit: 'звернень', expected: 'Очікується звернень', suggested: 'Пропонується виїздів', past: 'Звернень за роками', nothingYet: 'Даних за ці роки немає',
};

const en: OutreachText = {
  tab: 'Outreach', plan: 'Plan an outreach visit', settlement: 'Rural settlement', day: 'Visit date', specialists: 'Specialists',
  planButton: 'Plan', planned: 'Visit planned', visits: 'Outreach visits', year: 'Year', none: 'No visits',
  listed: 'Listed', appeals: 'Appeals taken', late: 'Entered late', open: 'Open',
  importTitle: 'List from the settlement (CSV: Full name;Address;Phone;Question)', importButton: 'Import the list', imported: 'Citizens imported',
  refused: 'Lines not accepted: correct them in the file and import the list again', broken: 'The file was not accepted; nothing was imported',
  list: 'Citizens listed', noList: 'No list received yet', erased: 'The list was erased after the retention period', print: 'Print the list',
  fullName: 'Full name', address: 'Address', phone: 'Phone', question: 'Question', line: 'Line', record: 'Record the appeal', recordOther: 'Appeal not on the list',
  back: 'To the visits', analysis: 'Outreach visits by settlement', fromYear: 'From year', toYear: 'to year', show: 'Show', csv: 'CSV', total: 'Total',
  visitsCount: 'Visits', suggestion: 'Suggestion for', suggestionRule: 'Expected appeals: the mean of the past years; visits: one per',
  perVisit: 'appeals', expected: 'Expected appeals', suggested: 'Visits suggested', past: 'Appeals by year', nothingYet: 'No data for these years',
};

export const OUTREACH_TEXT: Record<Language, OutreachText> = { ru, uk, en };
export type { OutreachText };
