// The words of the case-files screens (issue 18) in the office's languages. The states and moves of the
// route are the daemon's words (queue-core/protocol); these are the screens' own.
import type { Language } from 'queue-core/ui';

const ru = {
  tab: 'Личные дела', archiveTab: 'Архив',
  formTitle: 'Сформировать личное дело', formHint: 'Обращения «приём документов» с результатом «документы приняты» за две недели, по которым дело ещё не сформировано',
  form: 'Сформировать', noFormable: 'Нет обращений, из которых можно сформировать дело',
  mine: 'Мои личные дела', none: 'Дел нет',
  file: 'Дело', appeal: 'Обращение', citizen: 'Гражданин', paymentType: 'Вид выплаты', state: 'Где сейчас', since: 'С', holder: 'У кого', reasons: 'Причины возврата',
  complete: 'Доработано — на проверку', erased: 'данные удалены',
  check: 'Проверка', bundles: 'Пачки и передача', overdue: 'Просроченные', search: 'Поиск по ФИО', returns: 'Анализ возвратов', destruction: 'Уничтожение',
  fromPayments: 'Из отдела выплат', toShelve: 'На хранение', book: 'Алфавитная книга',
  accept: 'Принять', returnFile: 'Вернуть на доработку', returnWith: 'Вернуть с причинами', cancel: 'Отмена', note: 'Пояснение',
  toCheck: 'Ждут проверки', accepted: 'Приняты — вложить в пачку', bundleNo: '№ пачки', putInBundle: 'Вложить отмеченные в пачку',
  bundled: 'В пачках — передать в отдел выплат', receivedBy: 'Кто принял в отделе выплат (ФИО)', hand: 'Передать пачку', bundle: 'Пачка',
  closeFile: 'Принять (закрыть)', year: 'Год', place: 'Место (стеллаж, полка, короб)', sheets: 'Листов', shelve: 'На хранение',
  issueTo: 'Выдать', takeBack: 'Принять обратно', issued: 'выдано', allYears: 'все годы', show: 'Показать',
  lastDay: 'Срок до', days: 'Раб. дней', nothingOverdue: 'Просроченных дел нет',
  name: 'ФИО (начало)', find: 'Найти', found: 'Найдено',
  history: 'Движение дела', when: 'Когда', who: 'Кто', move: 'Шаг', detail: 'Подробности', back: 'Назад',
  fromYear: 'С года', toYear: 'По год', checked: 'Проверено', returned: 'Возвращено', share: 'Доля, %', csv: 'Скачать CSV',
  byYear: 'По годам', byQuarter: 'По кварталам', byReason: 'По причинам', bySpecialist: 'По специалистам', byPaymentType: 'По видам выплат',
  returnsRule: 'Доля — возвращённые на доработку хотя бы раз из проверенных руководителем (по дате первой проверки). По причинам — сколько раз названа причина.',
  destroyable: 'Срок хранения истёк', storageEnded: 'Срок истёк', closed: 'Закрыто',
  method: 'Способ уничтожения', methodDefault: 'измельчение в шредере', commission: 'Комиссия (ФИО, должность)', memberName: 'ФИО', position: 'Должность',
  makeAct: 'Составить акт и уничтожить отмеченные', actMade: 'Составлен акт №', printAct: 'Печать акта', noneDestroyable: 'Дел с истёкшим сроком хранения нет',
  formed: 'Сформировано', refused: 'Отказано', refresh: 'Обновить',
  done: {
    accept: 'Принято', return: 'Возвращено на доработку', complete: 'Сдано на проверку', bundle: 'Вложено в пачку', hand: 'Передано в отдел выплат',
    close: 'Принято из отдела выплат', shelve: 'Поставлено на хранение', issue: 'Выдано', 'take-back': 'Принято обратно в архив',
  },
};
type CaseFileText = typeof ru;

const uk: CaseFileText = {
  tab: 'Особові справи', archiveTab: 'Архів',
  formTitle: 'Сформувати особову справу', formHint: 'Звернення «прийом документів» з результатом «документи прийнято» за два тижні, за якими справу ще не сформовано',
  form: 'Сформувати', noFormable: 'Немає звернень, з яких можна сформувати справу',
  mine: 'Мої особові справи', none: 'Справ немає',
  file: 'Справа', appeal: 'Звернення', citizen: 'Громадянин', paymentType: 'Вид виплати', state: 'Де зараз', since: 'З', holder: 'У кого', reasons: 'Причини повернення',
  complete: 'Доопрацьовано — на перевірку', erased: 'дані видалено',
  check: 'Перевірка', bundles: 'Пачки й передача', overdue: 'Прострочені', search: 'Пошук за ПІБ', returns: 'Аналіз повернень', destruction: 'Знищення',
  fromPayments: 'З відділу виплат', toShelve: 'На зберігання', book: 'Алфавітна книга',
  accept: 'Прийняти', returnFile: 'Повернути на доопрацювання', returnWith: 'Повернути з причинами', cancel: 'Скасувати', note: 'Пояснення',
  toCheck: 'Чекають перевірки', accepted: 'Прийняті — вкласти в пачку', bundleNo: '№ пачки', putInBundle: 'Вкласти позначені в пачку',
  bundled: 'У пачках — передати до відділу виплат', receivedBy: 'Хто прийняв у відділі виплат (ПІБ)', hand: 'Передати пачку', bundle: 'Пачка',
  closeFile: 'Прийняти (закрити)', year: 'Рік', place: 'Місце (стелаж, полиця, короб)', sheets: 'Аркушів', shelve: 'На зберігання',
  issueTo: 'Видати', takeBack: 'Прийняти назад', issued: 'видано', allYears: 'усі роки', show: 'Показати',
  lastDay: 'Строк до', days: 'Роб. днів', nothingOverdue: 'Прострочених справ немає',
  name: 'ПІБ (початок)', find: 'Знайти', found: 'Знайдено',
  history: 'Рух справи', when: 'Коли', who: 'Хто', move: 'Крок', detail: 'Подробиці', back: 'Назад',
  fromYear: 'З року', toYear: 'По рік', checked: 'Перевірено', returned: 'Повернуто', share: 'Частка, %', csv: 'Завантажити CSV',
  byYear: 'За роками', byQuarter: 'За кварталами', byReason: 'За причинами', bySpecialist: 'За спеціалістами', byPaymentType: 'За видами виплат',
  returnsRule: 'Частка — повернуті на доопрацювання хоча б раз серед перевірених керівником (за датою першої перевірки). За причинами — скільки разів названо причину.',
  destroyable: 'Строк зберігання сплив', storageEnded: 'Строк сплив', closed: 'Закрито',
  method: 'Спосіб знищення', methodDefault: 'подрібнення в шредері', commission: 'Комісія (ПІБ, посада)', memberName: 'ПІБ', position: 'Посада',
  makeAct: 'Скласти акт і знищити позначені', actMade: 'Складено акт №', printAct: 'Друк акта', noneDestroyable: 'Справ зі сплилим строком зберігання немає',
  formed: 'Сформовано', refused: 'Відмовлено', refresh: 'Оновити',
  done: {
    accept: 'Прийнято', return: 'Повернуто на доопрацювання', complete: 'Здано на перевірку', bundle: 'Вкладено в пачку', hand: 'Передано до відділу виплат',
    close: 'Прийнято з відділу виплат', shelve: 'Поставлено на зберігання', issue: 'Видано', 'take-back': 'Прийнято назад до архіву',
  },
};

const en: CaseFileText = {
  tab: 'Case files', archiveTab: 'Archive',
  formTitle: 'Form a case file', formHint: '"Documents" appeals with the result "accepted" in the last two weeks that have no case file yet',
  form: 'Form', noFormable: 'No appeal to form a file from',
  mine: 'My case files', none: 'No files',
  file: 'File', appeal: 'Appeal', citizen: 'Citizen', paymentType: 'Payment type', state: 'Where it is', since: 'Since', holder: 'Held by', reasons: 'Reasons returned',
  complete: 'Completed: hand in for the check', erased: 'data erased',
  check: 'Check', bundles: 'Bundles and hand-over', overdue: 'Overdue', search: 'Search by name', returns: 'Returns analysis', destruction: 'Destruction',
  fromPayments: 'Back from payments', toShelve: 'To shelve', book: 'Alphabetical book',
  accept: 'Accept', returnFile: 'Return for completion', returnWith: 'Return with these reasons', cancel: 'Cancel', note: 'Note',
  toCheck: 'Awaiting the check', accepted: 'Accepted: put into a bundle', bundleNo: 'Bundle no.', putInBundle: 'Put the ticked into the bundle',
  bundled: 'In bundles: hand to the payments department', receivedBy: 'Received at payments by (full name)', hand: 'Hand over the bundle', bundle: 'Bundle',
  closeFile: 'Take back (close)', year: 'Year', place: 'Place (rack, shelf, box)', sheets: 'Sheets', shelve: 'Shelve',
  issueTo: 'Issue', takeBack: 'Take back', issued: 'issued', allYears: 'all years', show: 'Show',
  lastDay: 'Due by', days: 'Working days', nothingOverdue: 'No file is overdue',
  name: 'Name (beginning)', find: 'Find', found: 'Found',
  history: 'Route of the file', when: 'When', who: 'Who', move: 'Step', detail: 'Details', back: 'Back',
  fromYear: 'From year', toYear: 'To year', checked: 'Checked', returned: 'Returned', share: 'Share, %', csv: 'Download CSV',
  byYear: 'By year', byQuarter: 'By quarter', byReason: 'By reason', bySpecialist: 'By specialist', byPaymentType: 'By payment type',
  returnsRule: 'Share: files returned for completion at least once among those the head checked (by the day of the first check). By reason: how many times a reason was given.',
  destroyable: 'Storage term ended', storageEnded: 'Term ended', closed: 'Closed',
  method: 'Method of destruction', methodDefault: 'shredding', commission: 'Commission (name, position)', memberName: 'Full name', position: 'Position',
  makeAct: 'Make the act and destroy the ticked', actMade: 'Act made, no.', printAct: 'Print the act', noneDestroyable: 'No file has reached the end of its storage term',
  formed: 'Formed', refused: 'Refused', refresh: 'Refresh',
  done: {
    accept: 'Accepted', return: 'Returned for completion', complete: 'Handed in for the check', bundle: 'Put into the bundle', hand: 'Handed to payments',
    close: 'Taken back from payments', shelve: 'Shelved', issue: 'Issued', 'take-back': 'Taken back into the archive',
  },
};

export const CASE_FILE_TEXT: Record<Language, CaseFileText> = { ru, uk, en };
export type { CaseFileText };
