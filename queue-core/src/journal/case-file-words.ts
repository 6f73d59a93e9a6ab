// The words of case files in the office's languages: the states of the route, the moves, why a move is
// refused, the default reasons a file is returned for completion, and the destruction act's form.
import type { CaseFileMoveKind, CaseFileState } from './case-file-types.js';
import type { MoveRefusal } from './case-file-rules.js';

type Lang = 'ru' | 'uk' | 'en';
type Words = Record<Lang, string>;

export const STATE_WORDS: Record<CaseFileState, Words> = {
  formed: { ru: 'сформировано, ждёт проверки', uk: 'сформовано, чекає перевірки', en: 'formed, awaiting the check' },
  returned: { ru: 'возвращено на доработку', uk: 'повернуто на доопрацювання', en: 'returned for completion' },
  accepted: { ru: 'принято руководителем', uk: 'прийнято керівником', en: 'accepted by the head' },
  bundled: { ru: 'в пачке', uk: 'у пачці', en: 'in a bundle' },
  'at-payments': { ru: 'в отделе выплат', uk: 'у відділі виплат', en: 'at the payments department' },
  closed: { ru: 'закрыто, ждёт архива', uk: 'закрито, чекає архіву', en: 'closed, awaiting the archive' },
  archived: { ru: 'в архиве', uk: 'в архіві', en: 'in the archive' },
  issued: { ru: 'выдано из архива', uk: 'видано з архіву', en: 'issued from the archive' },
  destroyed: { ru: 'уничтожено', uk: 'знищено', en: 'destroyed' },
};

export const MOVE_WORDS: Record<CaseFileMoveKind | 'formed' | 'destroyed' | 'erased', Words> = {
  formed: { ru: 'Сформировано', uk: 'Сформовано', en: 'Formed' },
  accept: { ru: 'принять', uk: 'прийняти', en: 'accept' },
  return: { ru: 'вернуть на доработку', uk: 'повернути на доопрацювання', en: 'return for completion' },
  complete: { ru: 'доработано, сдать на проверку', uk: 'доопрацьовано, здати на перевірку', en: 'completed, hand in for the check' },
  bundle: { ru: 'вложить в пачку', uk: 'вкласти в пачку', en: 'put into a bundle' },
  hand: { ru: 'передать в отдел выплат', uk: 'передати до відділу виплат', en: 'hand to the payments department' },
  close: { ru: 'принять из отдела выплат (закрыть)', uk: 'прийняти з відділу виплат (закрити)', en: 'take back from payments (close)' },
  shelve: { ru: 'поставить на хранение', uk: 'поставити на зберігання', en: 'shelve in the archive' },
  issue: { ru: 'выдать специалисту', uk: 'видати спеціалісту', en: 'issue to a specialist' },
  'take-back': { ru: 'принять обратно в архив', uk: 'прийняти назад до архіву', en: 'take back into the archive' },
  destroyed: { ru: 'Уничтожено по акту', uk: 'Знищено за актом', en: 'Destroyed by act' },
  erased: { ru: 'Персональные данные удалены по сроку хранения', uk: 'Персональні дані видалено за строком зберігання', en: 'Personal data erased by the retention rule' },
};

/** A move as the log tells it, done: "Принято", "Передано в отдел выплат" (the act's log extract). */
export const MOVE_DONE_WORDS: Record<CaseFileMoveKind | 'formed' | 'destroyed' | 'erased', Words> = {
  formed: MOVE_WORDS.formed,
  accept: { ru: 'Принято руководителем', uk: 'Прийнято керівником', en: 'Accepted by the head' },
  return: { ru: 'Возвращено на доработку', uk: 'Повернуто на доопрацювання', en: 'Returned for completion' },
  complete: { ru: 'Доработано, сдано на проверку', uk: 'Доопрацьовано, здано на перевірку', en: 'Completed, handed in for the check' },
  bundle: { ru: 'Вложено в пачку', uk: 'Вкладено в пачку', en: 'Put into a bundle' },
  hand: { ru: 'Передано в отдел выплат', uk: 'Передано до відділу виплат', en: 'Handed to the payments department' },
  close: { ru: 'Принято из отдела выплат (закрыто)', uk: 'Прийнято з відділу виплат (закрито)', en: 'Taken back from payments (closed)' },
  shelve: { ru: 'Поставлено на хранение', uk: 'Поставлено на зберігання', en: 'Shelved in the archive' },
  issue: { ru: 'Выдано специалисту', uk: 'Видано спеціалісту', en: 'Issued to a specialist' },
  'take-back': { ru: 'Принято обратно в архив', uk: 'Прийнято назад до архіву', en: 'Taken back into the archive' },
  destroyed: MOVE_WORDS.destroyed,
  erased: MOVE_WORDS.erased,
};

const ROLE_WORDS: Record<string, Words> = {
  operator: { ru: 'специалист', uk: 'спеціаліст', en: 'specialist' },
  consultant: { ru: 'консультант', uk: 'консультант', en: 'consultant' },
  supervisor: { ru: 'руководитель службы', uk: 'керівник служби', en: 'head of the service' },
  archivist: { ru: 'архивариус', uk: 'архіваріус', en: 'archivist' },
};

/** Why a move is refused, in words: "Дело LD-2026-00003 сейчас «в архиве»; «передать в отдел выплат» — только из «в пачке»." */
export function refusalText(fileId: string, r: MoveRefusal, lang: Lang): string {
  const q = (s: string) => (lang === 'en' ? `"${s}"` : `«${s}»`);
  switch (r.code) {
    case 'wrong-role': {
      const who = r.roles.map((x) => ROLE_WORDS[x]![lang]).join(', ');
      return { ru: `${q(MOVE_WORDS[r.kind].ru)} делает ${who}`, uk: `${q(MOVE_WORDS[r.kind].uk)} робить ${who}`, en: `${q(MOVE_WORDS[r.kind].en)} is done by the ${who}` }[lang];
    }
    case 'out-of-order':
      return {
        ru: `Дело ${fileId} сейчас ${q(STATE_WORDS[r.state].ru)}; ${q(MOVE_WORDS[r.kind].ru)} можно только из состояния ${q(STATE_WORDS[r.needs].ru)}`,
        uk: `Справа ${fileId} зараз ${q(STATE_WORDS[r.state].uk)}; ${q(MOVE_WORDS[r.kind].uk)} можна лише зі стану ${q(STATE_WORDS[r.needs].uk)}`,
        en: `File ${fileId} is ${q(STATE_WORDS[r.state].en)}; ${q(MOVE_WORDS[r.kind].en)} is only possible when it is ${q(STATE_WORDS[r.needs].en)}`,
      }[lang];
    case 'not-own':
      return { ru: `Дело ${fileId} сформировал другой специалист`, uk: `Справу ${fileId} сформував інший спеціаліст`, en: `File ${fileId} was formed by another specialist` }[lang];
    case 'no-reasons':
      return { ru: 'Укажите хотя бы одну причину возврата', uk: 'Вкажіть хоча б одну причину повернення', en: 'Give at least one reason for the return' }[lang];
    case 'bundle-handed':
      return {
        ru: `Пачка № ${r.bundle} в ${r.year} году уже передана в отдел выплат; укажите другой номер пачки`,
        uk: `Пачку № ${r.bundle} у ${r.year} році вже передано до відділу виплат; вкажіть інший номер пачки`,
        en: `Bundle no. ${r.bundle} has already been handed to the payments department in ${r.year}; give another bundle number`,
      }[lang];
    case 'unknown-reason':
      return { ru: `Нет такой причины возврата: «${r.reason}»`, uk: `Немає такої причини повернення: «${r.reason}»`, en: `No such reason for a return: "${r.reason}"` }[lang];
  }
}

/**
 * Why a file is not formed from an appeal an operator did not receive herself: the record is an appeal
 * ("Обращение …"), not a file, since no file exists yet.
 */
export function appealNotOwnText(appealId: string, lang: Lang): string {
  return {
    ru: `Обращение ${appealId} принял другой специалист; личное дело по нему формирует он или руководитель службы`,
    uk: `Звернення ${appealId} прийняв інший спеціаліст; особову справу за ним формує він або керівник служби`,
    en: `Appeal ${appealId} was received by another specialist; that specialist or the head of the service forms its case file`,
  }[lang];
}

/** The default reasons a file is returned for completion (journal.caseFiles.returnReasons). */
export const DEFAULT_RETURN_REASON_NAMES: { id: string; name: Words }[] = [
  { id: 'no-document', name: { ru: 'нет документа', uk: 'немає документа', en: 'a document is missing' } },
  { id: 'application-error', name: { ru: 'ошибка в заявлении', uk: 'помилка в заяві', en: 'an error in the application' } },
  { id: 'no-signature', name: { ru: 'нет подписи', uk: 'немає підпису', en: 'a signature is missing' } },
  { id: 'expired-document', name: { ru: 'документ просрочен', uk: 'документ прострочений', en: 'a document has expired' } },
  { id: 'wrong-copy', name: { ru: 'копия не заверена или нечитаема', uk: 'копія не засвідчена або нечитабельна', en: 'a copy is uncertified or illegible' } },
  { id: 'other', name: { ru: 'другое', uk: 'інше', en: 'other' } },
];

/** The act of destruction of personal data: the fields Roskomnadzor order No. 179 (28.10.2022) requires. */
export const ACT_WORDS = {
  ru: {
    title: 'АКТ об уничтожении персональных данных', no: '№', operator: 'Оператор персональных данных (наименование, адрес)',
    processor: 'Лицо, обрабатывающее персональные данные по поручению оператора', none: 'нет',
    system: 'Информационная система персональных данных', systemName: 'Журнал приёма граждан и движения личных дел клиентской службы',
    subjects: 'Субъекты, чьи персональные данные уничтожены', categories: 'Категории уничтоженных персональных данных',
    categoryList: 'фамилия, имя, отчество; адрес; паспортные данные; сведения о назначении выплаты (документы личного дела)',
    carriers: 'Уничтоженные материальные носители', n: '№ п/п', file: 'Личное дело', fullName: 'Ф. И. О. субъекта', paymentType: 'Вид выплаты',
    formed: 'Сформировано', closed: 'Закрыто', sheets: 'Листов', total: 'Итого дел', totalSheets: 'листов',
    method: 'Способ уничтожения', reason: 'Причина уничтожения', reasonText: 'истечение срока хранения личных дел (достижение цели обработки персональных данных)',
    date: 'Дата уничтожения', commission: 'Лица, уничтожившие персональные данные (Ф. И. О., должность, подпись)', signature: 'подпись',
    log: 'Выгрузка из журнала событий: движение личных дел и удаление персональных данных из информационной системы', erasedNote: 'данные удалены ранее по сроку хранения',
    logWhen: 'Дата и время', logEvent: 'Событие', logBy: 'Кто', logErased: 'Персональные данные удалены из информационной системы',
  },
  uk: {
    title: 'АКТ про знищення персональних даних', no: '№', operator: 'Оператор персональних даних (найменування, адреса)',
    processor: 'Особа, яка обробляє персональні дані за дорученням оператора', none: 'немає',
    system: 'Інформаційна система персональних даних', systemName: 'Журнал прийому громадян і руху особових справ клієнтської служби',
    subjects: 'Суб’єкти, чиї персональні дані знищено', categories: 'Категорії знищених персональних даних',
    categoryList: 'прізвище, ім’я, по батькові; адреса; паспортні дані; відомості про призначення виплати (документи особової справи)',
    carriers: 'Знищені матеріальні носії', n: '№ з/п', file: 'Особова справа', fullName: 'ПІБ суб’єкта', paymentType: 'Вид виплати',
    formed: 'Сформовано', closed: 'Закрито', sheets: 'Аркушів', total: 'Усього справ', totalSheets: 'аркушів',
    method: 'Спосіб знищення', reason: 'Причина знищення', reasonText: 'закінчення строку зберігання особових справ (досягнення мети обробки персональних даних)',
    date: 'Дата знищення', commission: 'Особи, які знищили персональні дані (ПІБ, посада, підпис)', signature: 'підпис',
    log: 'Вивантаження з журналу подій: рух особових справ і видалення персональних даних з інформаційної системи', erasedNote: 'дані видалено раніше за строком зберігання',
    logWhen: 'Дата і час', logEvent: 'Подія', logBy: 'Хто', logErased: 'Персональні дані видалено з інформаційної системи',
  },
  en: {
    title: 'ACT of destruction of personal data', no: 'No.', operator: 'Personal data operator (name, address)',
    processor: 'Processor acting on the operator\'s instruction', none: 'none',
    system: 'Personal data information system', systemName: 'Client service journal of appeals and personal case files',
    subjects: 'Data subjects whose personal data were destroyed', categories: 'Categories of personal data destroyed',
    categoryList: 'full name; address; passport details; payment award details (the documents of the case file)',
    carriers: 'Physical carriers destroyed', n: 'No.', file: 'Case file', fullName: 'Data subject', paymentType: 'Payment type',
    formed: 'Formed', closed: 'Closed', sheets: 'Sheets', total: 'Files in all', totalSheets: 'sheets',
    method: 'Method of destruction', reason: 'Reason for destruction', reasonText: 'the storage term of the case files has ended (the purpose of processing is achieved)',
    date: 'Date of destruction', commission: 'Persons who destroyed the personal data (name, position, signature)', signature: 'signature',
    log: 'Extract from the event log: the moves of the case files and the erasure of personal data from the information system', erasedNote: 'erased earlier by the retention rule',
    logWhen: 'Date and time', logEvent: 'Event', logBy: 'By', logErased: 'Personal data erased from the information system',
  },
} satisfies Record<Lang, Record<string, string>>;
