// The words of the management's reception in the caller panel. Russian first; Ukrainian and English follow.
import type { Language } from 'queue-core/ui';

const ru = {
  tab: 'Приём руководства', schedule: 'Дни приёма руководством', noDays: 'Часы приёма руководства не настроены', free: 'свободно', passed: 'время прошло',
  book: 'Записать', bookTitle: 'Запись на личный приём', fullName: 'ФИО гражданина', phone: 'Телефон', question: 'Вопрос кратко',
  appeals: 'Обращения, в которых вопрос рассмотрен (номера через запятую)', caseFiles: 'Личные дела гражданина',
  findCaseFiles: 'Найти личные дела по ФИО', noCaseFiles: 'Личных дел с таким ФИО нет',
  fileNo: 'Номер дела', paymentType: 'Вид выплаты', fileState: 'Где сейчас', fileWhere: 'У кого / место', since: 'с', noFile: 'такого дела нет в учёте',
  bookButton: 'Записать на приём', cancel: 'Отменить запись', move: 'Перенести', moveHere: 'Сюда', moving: 'Выберите свободное время для записи',
  invitation: 'Приглашение', materials: 'Материалы дня', printMaterials: 'Печать материалов (A4)', back: 'К дням приёма',
  considered: 'Рассмотрено', decision: 'Решение руководителя', onControl: 'Поставить на контроль', deadline: 'Срок исполнения', responsible: 'Ответственный',
  save: 'Сохранить решение', control: 'Решения на контроле', filter: 'Показать', all: 'Все', stateOnControl: 'На контроле', stateOverdue: 'Просрочено',
  stateDone: 'Исполнено, в деле', stateDecided: 'Решение принято', noDecision: 'Решения ещё нет', toFile: 'В дело', note: 'Отметка об исполнении',
  none: 'Нет записей', booking: 'Запись', day: 'День', citizen: 'Гражданин', erased: 'данные удалены', cancelled: 'отменена', doneBy: 'снято с контроля',
  mine: 'На контроле у меня', mineNone: 'Решений руководства на контроле у вас нет', why: 'Почему у меня', becauseResponsible: 'вы ответственный', becauseHolder: 'у вас личное дело',
  deadlineRequired: 'обязательно',
  booked: 'Записан', closeForm: 'Закрыть',
};
export type ReceptionText = typeof ru;

const uk: ReceptionText = {
  tab: 'Прийом керівництва', schedule: 'Дні прийому керівництвом', noDays: 'Години прийому керівництва не налаштовано', free: 'вільно', passed: 'час минув',
  book: 'Записати', bookTitle: 'Запис на особистий прийом', fullName: 'ПІБ громадянина', phone: 'Телефон', question: 'Питання коротко',
  appeals: 'Звернення, у яких питання розглянуто (номери через кому)', caseFiles: 'Особові справи громадянина',
  findCaseFiles: 'Знайти особові справи за ПІБ', noCaseFiles: 'Особових справ із таким ПІБ немає',
  fileNo: 'Номер справи', paymentType: 'Вид виплати', fileState: 'Де зараз', fileWhere: 'У кого / місце', since: 'з', noFile: 'такої справи немає в обліку',
  bookButton: 'Записати на прийом', cancel: 'Скасувати запис', move: 'Перенести', moveHere: 'Сюди', moving: 'Оберіть вільний час для запису',
  invitation: 'Запрошення', materials: 'Матеріали дня', printMaterials: 'Друк матеріалів (A4)', back: 'До днів прийому',
  considered: 'Розглянуто', decision: 'Рішення керівника', onControl: 'Поставити на контроль', deadline: 'Строк виконання', responsible: 'Відповідальний',
  save: 'Зберегти рішення', control: 'Рішення на контролі', filter: 'Показати', all: 'Усі', stateOnControl: 'На контролі', stateOverdue: 'Прострочено',
  stateDone: 'Виконано, у справі', stateDecided: 'Рішення ухвалено', noDecision: 'Рішення ще немає', toFile: 'До справи', note: 'Відмітка про виконання',
  none: 'Записів немає', booking: 'Запис', day: 'День', citizen: 'Громадянин', erased: 'дані видалено', cancelled: 'скасовано', doneBy: 'знято з контролю',
  mine: 'На контролі в мене', mineNone: 'Рішень керівництва на контролі у вас немає', why: 'Чому в мене', becauseResponsible: 'ви відповідальний', becauseHolder: 'у вас особова справа',
  deadlineRequired: 'обов’язково',
  booked: 'Записаний', closeForm: 'Закрити',
};

const en: ReceptionText = {
  tab: 'Head\'s reception', schedule: 'Reception days of the management', noDays: 'No reception hours are configured', free: 'free', passed: 'time passed',
  book: 'Book', bookTitle: 'Booking for a personal reception', fullName: "Citizen's full name", phone: 'Phone', question: 'The question in short',
  appeals: 'Appeals the question was considered in (numbers, comma-separated)', caseFiles: "The citizen's case files",
  findCaseFiles: 'Find the case files by the name', noCaseFiles: 'No case files under this name',
  fileNo: 'File number', paymentType: 'Payment type', fileState: 'Where it is now', fileWhere: 'Held by / place', since: 'since', noFile: 'no such file on record',
  bookButton: 'Book the reception', cancel: 'Cancel the booking', move: 'Move', moveHere: 'Here', moving: 'Choose a free time for the booking',
  invitation: 'Invitation', materials: "Day's materials", printMaterials: 'Print the materials (A4)', back: 'To the reception days',
  considered: 'Considered', decision: "The head's decision", onControl: 'Put under control', deadline: 'Deadline', responsible: 'Responsible',
  save: 'Save the decision', control: 'Decisions under control', filter: 'Show', all: 'All', stateOnControl: 'On control', stateOverdue: 'Overdue',
  stateDone: 'Done, filed', stateDecided: 'Decided', noDecision: 'No decision yet', toFile: 'To the file', note: 'Note of completion',
  none: 'No bookings', booking: 'Booking', day: 'Day', citizen: 'Citizen', erased: 'data erased', cancelled: 'cancelled', doneBy: 'off control',
  mine: 'On control: mine', mineNone: 'No decisions of the management are on control with you', why: 'Why mine', becauseResponsible: 'you are responsible', becauseHolder: 'you hold the case file',
  deadlineRequired: 'required',
  booked: 'Booked', closeForm: 'Close',
};

export const RECEPTION_TEXT: Record<Language, ReceptionText> = { ru, uk, en };
