// The words of outreach visits in the caller panel. Russian first; Ukrainian and English follow.
import type { Language } from 'queue-core/ui';

/** 1, 21, 31… take the singular after "из"/"з"/"of"; the rest the plural. */
const one = (n: number) => n % 10 === 1 && n % 100 !== 11;

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
  cancelled: 'Отменён', cancelledCount: 'Отменено', reschedule: 'Перенести выезд', rescheduleTitle: 'Перенос выезда', newDay: 'Новая дата выезда',
  rescheduleButton: 'Перенести', cancel: 'Отменить выезд', cancelTitle: 'Отмена выезда', reason: 'Причина отмены', cancelButton: 'Отменить выезд',
  yes: 'Да', no: 'Нет', close: 'Закрыть', replace: 'Заменить список', rescheduled: 'Выезд перенесён', cancelDone: 'Выезд отменён',
  replaceQuestion: (n: number, m: number) => `Заменить список из ${n} ${one(n) ? 'человека' : 'человек'} новым из ${m}?`,
  rescheduleQuestion: (place: string, from: string, to: string) => from === to ? `Сменить специалистов выезда в «${place}» ${from}?` : `Перенести выезд в «${place}» с ${from} на ${to}?`,
  cancelQuestion: (place: string, day: string) => `Отменить выезд в «${place}» ${day}? Список граждан будет удалён по сроку хранения.`,
  cancelledOn: (day: string, reason: string) => `Выезд отменён ${day}: ${reason}`,
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
  cancelled: 'Скасовано', cancelledCount: 'Скасовано', reschedule: 'Перенести виїзд', rescheduleTitle: 'Перенесення виїзду', newDay: 'Нова дата виїзду',
  rescheduleButton: 'Перенести', cancel: 'Скасувати виїзд', cancelTitle: 'Скасування виїзду', reason: 'Причина скасування', cancelButton: 'Скасувати виїзд',
  yes: 'Так', no: 'Ні', close: 'Закрити', replace: 'Замінити список', rescheduled: 'Виїзд перенесено', cancelDone: 'Виїзд скасовано',
  replaceQuestion: (n: number, m: number) => `Замінити список із ${n} ${one(n) ? 'особи' : 'осіб'} новим із ${m}?`,
  rescheduleQuestion: (place: string, from: string, to: string) => from === to ? `Змінити спеціалістів виїзду до «${place}» ${from}?` : `Перенести виїзд до «${place}» з ${from} на ${to}?`,
  cancelQuestion: (place: string, day: string) => `Скасувати виїзд до «${place}» ${day}? Список громадян буде видалено за строком зберігання.`,
  cancelledOn: (day: string, reason: string) => `Виїзд скасовано ${day}: ${reason}`,
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
  cancelled: 'Cancelled', cancelledCount: 'Cancelled', reschedule: 'Reschedule the visit', rescheduleTitle: 'Rescheduling the visit', newDay: 'New visit date',
  rescheduleButton: 'Reschedule', cancel: 'Cancel the visit', cancelTitle: 'Cancelling the visit', reason: 'Reason', cancelButton: 'Cancel the visit',
  yes: 'Yes', no: 'No', close: 'Close', replace: 'Replace the list', rescheduled: 'Visit rescheduled', cancelDone: 'Visit cancelled',
  replaceQuestion: (n: number, m: number) => `Replace the list of ${n} ${n === 1 ? 'person' : 'people'} with the new one of ${m}?`,
  rescheduleQuestion: (place: string, from: string, to: string) => from === to ? `Change the specialists of the visit to ${place} on ${from}?` : `Move the visit to ${place} from ${from} to ${to}?`,
  cancelQuestion: (place: string, day: string) => `Cancel the visit to ${place} on ${day}? The list of citizens will be erased after the retention period.`,
  cancelledOn: (day: string, reason: string) => `Visit cancelled on ${day}: ${reason}`,
};

export const OUTREACH_TEXT: Record<Language, OutreachText> = { ru, uk, en };
export type { OutreachText };
