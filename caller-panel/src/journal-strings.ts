// The journal's and statistics' words in the caller panel. Russian first; Ukrainian and English follow.
import type { Language } from 'queue-core/ui';

const ru = {
  tabQueue: 'Приём', tabJournal: 'Журнал', tabPhone: 'Телефон', tabStats: 'Статистика',
  card: 'Карточка посетителя', cardFor: 'по талону', fullName: 'Фамилия, имя, отчество', address: 'Адрес', passport: 'Паспорт (серия и номер)',
  category: 'Категория заявителя', appealType: 'Вид обращения', reason: 'Вопрос (вид выплаты)', result: 'Результат', documents: 'Принятые документы (по одному в строке)',
  missing: 'Недостающие документы (по одному в строке)', notes: 'Примечание', save: 'Сохранить карточку', saved: 'Карточка сохранена', number: 'Рег. номер',
  repeat: 'Повторное обращение', earlier: 'Прежние обращения', noEarlier: 'Прежних обращений нет', receipt: 'Расписка', memo: 'Памятка',
  due: 'Срок', closeControl: 'Снять с контроля', overdue: 'Просрочено', dueSoon: 'Срок истекает', openCount: 'На контроле всего', nothingDue: 'Сроки в порядке',
  search: 'Поиск по ФИО или паспорту', find: 'Найти', from: 'С', to: 'по', found: 'Найдено', nothingFound: 'Ничего не найдено', date: 'Дата', ticket: 'Талон',
  specialist: 'Специалист', erased: 'данные удалены по сроку хранения', back: 'Назад', open: 'Открыть', edit: 'Исправить', deadlines: 'Контроль сроков',
  deadlineState: { none: '—', open: 'на контроле', 'due-soon': 'срок истекает', overdue: 'просрочено', closed: 'снято с контроля' } as Record<string, string>,
  phoneTitle: 'Телефонная консультация', topic: 'Тема обращения', phoneResult: 'Результат консультации', caller: 'Кто звонил (необязательно)', phoneSave: 'Записать звонок',
  phoneToday: 'Звонки за сегодня', phoneSaved: 'Звонок записан', time: 'Время', noCalls: 'Звонков ещё не было',
  period: 'Период', show: 'Показать', month: 'Этот месяц', quarter: 'Этот квартал', year: 'Этот год', csv: 'CSV', loading: 'Считаем…',
  totals: {
    days: 'Рабочих дней', tickets: 'Талонов выдано', served: 'Обслужено', noShows: 'Не явились', unserved: 'Не обслужено', booked: 'По записи', walkIn: 'Без записи',
    avgWaitMin: 'Среднее ожидание, мин', avgServiceMin: 'Средний приём, мин', appeals: 'Обращений в журнале', repeats: 'Повторных', phones: 'Телефонных консультаций',
    servedWithinNorm: 'Обслужено в пределах нормы', withinNormPct: 'В пределах нормы, %', normBreaches: 'Нарушений нормы ожидания',
    ratings: 'Оценок приёма', satisfiedPct: 'Довольны приёмом, %',
  } as Record<string, string>,
  tables: {
    byHour: 'По часам дня', byWeekday: 'По дням недели', byMonth: 'По месяцам', byQuarter: 'Поквартальный анализ обращений', byDirection: 'По направлениям',
    byStaff: 'По специалистам', byResult: 'По результатам', byCategory: 'По категориям заявителей', byType: 'По видам обращений', byReason: 'По вопросам',
    normByDay: 'Норма ожидания по дням', normByMonth: 'Норма ожидания по месяцам', normBreaches: 'Нарушения нормы ожидания и их причины',
    ratingByStaff: 'Оценка приёма по специалистам', ratingByDirection: 'Оценка приёма по направлениям', ratingByMonth: 'Оценка приёма по месяцам', ratingByReason: 'Причины оценок',
  } as Record<string, string>,
  columns: {
    hour: 'Час', weekday: 'День недели', month: 'Месяц', quarter: 'Квартал', direction: 'Направление', staff: 'Специалист', result: 'Результат', category: 'Категория',
    appealType: 'Вид обращения', reason: 'Вопрос', tickets: 'Талонов', served: 'Обслужено', noShows: 'Не явились', booked: 'По записи', walkIn: 'Без записи',
    avgWaitMin: 'Ожидание, мин', avgServiceMin: 'Приём, мин', appeals: 'Обращений', repeats: 'Повторных', phones: 'Звонков', days: 'Дней', ticketsPerDay: 'Талонов в день', share: 'Доля, %',
    day: 'День', withinNorm: 'В пределах нормы', withinNormPct: 'В пределах нормы, %', time: 'Время', ticket: 'Талон', normMin: 'Норма, мин', cause: 'Причина',
    ratings: 'Оценок', satisfied: 'Довольны (4–5)', satisfiedPct: 'Довольны, %', avgScore: 'Средняя оценка', shareOfRatings: 'Доля оценок, %', ratingReason: 'Причина',
  } as Record<string, string>,
  weekdays: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  yes: 'да', no: 'нет',
  ratingToday: 'Оценка приёма сегодня', noRatings: 'Сегодня оценок ещё нет', ratingsCount: (n: number, ok: number) => `довольны ${ok} из ${n} оценок (4–5 баллов)`,
};

export type JournalText = typeof ru;

const uk: JournalText = {
  tabQueue: 'Прийом', tabJournal: 'Журнал', tabPhone: 'Телефон', tabStats: 'Статистика',
  card: 'Картка відвідувача', cardFor: 'за талоном', fullName: 'Прізвище, ім’я, по батькові', address: 'Адреса', passport: 'Паспорт (серія і номер)',
  category: 'Категорія заявника', appealType: 'Вид звернення', reason: 'Питання (вид виплати)', result: 'Результат', documents: 'Прийняті документи (по одному в рядку)',
  missing: 'Документи, яких бракує (по одному в рядку)', notes: 'Примітка', save: 'Зберегти картку', saved: 'Картку збережено', number: 'Реєстр. номер',
  repeat: 'Повторне звернення', earlier: 'Попередні звернення', noEarlier: 'Попередніх звернень немає', receipt: 'Розписка', memo: 'Пам’ятка',
  due: 'Строк', closeControl: 'Зняти з контролю', overdue: 'Прострочено', dueSoon: 'Строк спливає', openCount: 'На контролі всього', nothingDue: 'Строки в порядку',
  search: 'Пошук за ПІБ або паспортом', find: 'Знайти', from: 'З', to: 'по', found: 'Знайдено', nothingFound: 'Нічого не знайдено', date: 'Дата', ticket: 'Талон',
  specialist: 'Спеціаліст', erased: 'дані видалено за строком зберігання', back: 'Назад', open: 'Відкрити', edit: 'Виправити', deadlines: 'Контроль строків',
  deadlineState: { none: '—', open: 'на контролі', 'due-soon': 'строк спливає', overdue: 'прострочено', closed: 'знято з контролю' },
  phoneTitle: 'Телефонна консультація', topic: 'Тема звернення', phoneResult: 'Результат консультації', caller: 'Хто телефонував (необов’язково)', phoneSave: 'Записати дзвінок',
  phoneToday: 'Дзвінки за сьогодні', phoneSaved: 'Дзвінок записано', time: 'Час', noCalls: 'Дзвінків ще не було',
  period: 'Період', show: 'Показати', month: 'Цей місяць', quarter: 'Цей квартал', year: 'Цей рік', csv: 'CSV', loading: 'Рахуємо…',
  totals: {
    days: 'Робочих днів', tickets: 'Талонів видано', served: 'Обслуговано', noShows: 'Не з’явилися', unserved: 'Не обслуговано', booked: 'За записом', walkIn: 'Без запису',
    avgWaitMin: 'Середнє очікування, хв', avgServiceMin: 'Середній прийом, хв', appeals: 'Звернень у журналі', repeats: 'Повторних', phones: 'Телефонних консультацій',
    servedWithinNorm: 'Обслуговано в межах норми', withinNormPct: 'У межах норми, %', normBreaches: 'Порушень норми очікування',
    ratings: 'Оцінок прийому', satisfiedPct: 'Задоволені прийомом, %',
  },
  tables: {
    byHour: 'За годинами дня', byWeekday: 'За днями тижня', byMonth: 'За місяцями', byQuarter: 'Щоквартальний аналіз звернень', byDirection: 'За напрямами',
    byStaff: 'За спеціалістами', byResult: 'За результатами', byCategory: 'За категоріями заявників', byType: 'За видами звернень', byReason: 'За питаннями',
    normByDay: 'Норма очікування за днями', normByMonth: 'Норма очікування за місяцями', normBreaches: 'Порушення норми очікування та їх причини',
    ratingByStaff: 'Оцінка прийому за спеціалістами', ratingByDirection: 'Оцінка прийому за напрямами', ratingByMonth: 'Оцінка прийому за місяцями', ratingByReason: 'Причини оцінок',
  },
  columns: {
    hour: 'Година', weekday: 'День тижня', month: 'Місяць', quarter: 'Квартал', direction: 'Напрям', staff: 'Спеціаліст', result: 'Результат', category: 'Категорія',
    appealType: 'Вид звернення', reason: 'Питання', tickets: 'Талонів', served: 'Обслуговано', noShows: 'Не з’явилися', booked: 'За записом', walkIn: 'Без запису',
    avgWaitMin: 'Очікування, хв', avgServiceMin: 'Прийом, хв', appeals: 'Звернень', repeats: 'Повторних', phones: 'Дзвінків', days: 'Днів', ticketsPerDay: 'Талонів за день', share: 'Частка, %',
    day: 'День', withinNorm: 'У межах норми', withinNormPct: 'У межах норми, %', time: 'Час', ticket: 'Талон', normMin: 'Норма, хв', cause: 'Причина',
    ratings: 'Оцінок', satisfied: 'Задоволені (4–5)', satisfiedPct: 'Задоволені, %', avgScore: 'Середня оцінка', shareOfRatings: 'Частка оцінок, %', ratingReason: 'Причина',
  },
  weekdays: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Нд'],
  yes: 'так', no: 'ні',
  ratingToday: 'Оцінка прийому сьогодні', noRatings: 'Сьогодні оцінок ще немає', ratingsCount: (n, ok) => `задоволені ${ok} з ${n} оцінок (4–5 балів)`,
};

const en: JournalText = {
  tabQueue: 'Reception', tabJournal: 'Journal', tabPhone: 'Phone', tabStats: 'Statistics',
  card: 'Visitor card', cardFor: 'for ticket', fullName: 'Full name', address: 'Address', passport: 'Passport (series and number)',
  category: 'Applicant category', appealType: 'Appeal type', reason: 'Matter (kind of payment)', result: 'Result', documents: 'Documents accepted (one per line)',
  missing: 'Missing documents (one per line)', notes: 'Notes', save: 'Save the card', saved: 'Card saved', number: 'Reg. number',
  repeat: 'Repeat appeal', earlier: 'Earlier appeals', noEarlier: 'No earlier appeals', receipt: 'Receipt', memo: 'Memo',
  due: 'Due', closeControl: 'Close', overdue: 'Overdue', dueSoon: 'Due soon', openCount: 'Open in total', nothingDue: 'All deadlines are fine',
  search: 'Search by name or passport', find: 'Find', from: 'From', to: 'to', found: 'Found', nothingFound: 'Nothing found', date: 'Date', ticket: 'Ticket',
  specialist: 'Specialist', erased: 'data erased after the retention period', back: 'Back', open: 'Open', edit: 'Correct', deadlines: 'Deadlines',
  deadlineState: { none: '—', open: 'open', 'due-soon': 'due soon', overdue: 'overdue', closed: 'closed' },
  phoneTitle: 'Phone consultation', topic: 'Topic', phoneResult: 'Outcome', caller: 'Caller (optional)', phoneSave: 'Log the call',
  phoneToday: 'Calls today', phoneSaved: 'Call logged', time: 'Time', noCalls: 'No calls yet',
  period: 'Period', show: 'Show', month: 'This month', quarter: 'This quarter', year: 'This year', csv: 'CSV', loading: 'Counting…',
  totals: {
    days: 'Working days', tickets: 'Tickets issued', served: 'Served', noShows: 'No-shows', unserved: 'Not served', booked: 'Booked', walkIn: 'Walk-in',
    avgWaitMin: 'Average wait, min', avgServiceMin: 'Average service, min', appeals: 'Journal records', repeats: 'Repeat appeals', phones: 'Phone consultations',
    servedWithinNorm: 'Served within the norm', withinNormPct: 'Within the norm, %', normBreaches: 'Waits past the norm',
    ratings: 'Visits rated', satisfiedPct: 'Satisfied, %',
  },
  tables: {
    byHour: 'By hour of day', byWeekday: 'By weekday', byMonth: 'By month', byQuarter: 'Quarterly analysis of appeals', byDirection: 'By service',
    byStaff: 'By specialist', byResult: 'By result', byCategory: 'By applicant category', byType: 'By appeal type', byReason: 'By matter',
    normByDay: 'Waiting norm by day', normByMonth: 'Waiting norm by month', normBreaches: 'Waits past the norm and their causes',
    ratingByStaff: 'Ratings by specialist', ratingByDirection: 'Ratings by direction', ratingByMonth: 'Ratings by month', ratingByReason: 'Reasons given with ratings',
  },
  columns: {
    hour: 'Hour', weekday: 'Weekday', month: 'Month', quarter: 'Quarter', direction: 'Service', staff: 'Specialist', result: 'Result', category: 'Category',
    appealType: 'Appeal type', reason: 'Matter', tickets: 'Tickets', served: 'Served', noShows: 'No-shows', booked: 'Booked', walkIn: 'Walk-in',
    avgWaitMin: 'Wait, min', avgServiceMin: 'Service, min', appeals: 'Appeals', repeats: 'Repeats', phones: 'Calls', days: 'Days', ticketsPerDay: 'Tickets a day', share: 'Share, %',
    day: 'Day', withinNorm: 'Within the norm', withinNormPct: 'Within the norm, %', time: 'Time', ticket: 'Ticket', normMin: 'Norm, min', cause: 'Cause',
    ratings: 'Ratings', satisfied: 'Satisfied (4–5)', satisfiedPct: 'Satisfied, %', avgScore: 'Average score', shareOfRatings: 'Share of ratings, %', ratingReason: 'Reason',
  },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  yes: 'yes', no: 'no',
  ratingToday: 'Ratings today', noRatings: 'No ratings yet today', ratingsCount: (n, ok) => `${ok} of ${n} ratings satisfied (4–5)`,
};

export const JOURNAL_TEXT: Record<Language, JournalText> = { ru, uk, en };
