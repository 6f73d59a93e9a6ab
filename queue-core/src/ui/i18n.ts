// Words shared by every screen: the three languages, the daemon's error codes in plain words, and the
// connection states. Each app keeps its own screen texts beside it; this file holds what they share.
import type { ErrorCode } from '../domain/errors.js';
import type { Localized } from '../config/schema.js';

export type Language = 'ru' | 'uk' | 'en';
export const LANGUAGES: Language[] = ['ru', 'uk', 'en'];
export const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', uk: 'Українська', en: 'English' };
export const LOCALES: Record<Language, string> = { ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' };

export type Phrases = Record<Language, string>;

/** Office text in the chosen language, falling back to Russian. */
export const pick = (text: Localized, lang: Language): string => text[lang] ?? text.ru;

/** What a citizen or a specialist reads when the daemon refuses something. Never a code. */
export const ERROR_TEXT: Partial<Record<ErrorCode, Phrases>> = {
  BOOTH_NOT_FOUND: { ru: 'Такой кабины нет в настройках офиса. Проверьте номер кабины в адресе экрана.', uk: 'Такої кабіни немає в налаштуваннях офісу. Перевірте номер кабіни в адресі екрана.', en: 'There is no such booth in the office settings. Check the booth number in the screen\'s address.' },
  RATING_NOT_ENROLLED: { ru: 'Этот экран не допущен к оценке: ключ экрана неверен или устарел. Попросите у руководителя службы ссылку экрана оценки.', uk: 'Цей екран не допущено до оцінювання: ключ екрана неправильний або застарілий. Попросіть у керівника служби посилання екрана оцінювання.', en: 'This screen may not take ratings: its key is wrong or out of date. Ask the head of the service for the rating screen\'s link.' },
  RATING_OFF: { ru: 'Оценка обслуживания на этой кабине не ведётся.', uk: 'Оцінювання обслуговування на цій кабіні не ведеться.', en: 'This booth does not take ratings.' },
  BAD_REQUEST: { ru: 'Запрос не понят. Попробуйте ещё раз.', uk: 'Запит не зрозумілий. Спробуйте ще раз.', en: 'The request was not understood. Please try again.' },
  NOT_AUTHENTICATED: { ru: 'Нужно войти заново.', uk: 'Потрібно увійти знову.', en: 'Please sign in again.' },
  BUTTONS_NOT_SIMULATED: { ru: 'Кнопки здесь настоящие: нажмите кнопку в кабине.', uk: 'Кнопки тут справжні: натисніть кнопку в кабіні.', en: 'The buttons here are real: press the one at the booth.' },
  ROLE_FORBIDDEN: { ru: 'Это действие недоступно для вашей роли.', uk: 'Ця дія недоступна для вашої ролі.', en: 'Your role may not do this.' },
  LOGIN_FAILED: { ru: 'Неверный сотрудник или ПИН-код.', uk: 'Неправильний співробітник або ПІН-код.', en: 'Wrong staff member or PIN.' },
  SESSION_ENDED: { ru: 'Сеанс завершён. Войдите снова.', uk: 'Сеанс завершено. Увійдіть знову.', en: 'The session has ended. Sign in again.' },
  LOGIN_LOCKED: { ru: 'Слишком много неверных ПИН-кодов. Подождите несколько минут.', uk: 'Забагато неправильних ПІН-кодів. Зачекайте кілька хвилин.', en: 'Too many wrong PINs. Wait a few minutes.' },
  STORAGE_FAILED: { ru: 'Не удалось сохранить. Сообщите руководителю.', uk: 'Не вдалося зберегти. Повідомте керівника.', en: 'Could not save. Tell the head of the service.' },
  INTERNAL: { ru: 'Внутренняя ошибка. Попробуйте ещё раз.', uk: 'Внутрішня помилка. Спробуйте ще раз.', en: 'Internal error. Please try again.' },
  OFFICE_CLOSED: { ru: 'Сейчас приём не ведётся.', uk: 'Зараз прийом не ведеться.', en: 'The office is closed now.' },
  ISSUING_STOPPED: { ru: 'Выдача талонов на сегодня закончена.', uk: 'Видачу талонів на сьогодні завершено.', en: 'No more tickets are issued today.' },
  WAIT_EXCEEDS_CLOSING: { ru: 'Очередь по этому направлению не успеет дойти до вас сегодня.', uk: 'Черга за цим напрямом не встигне дійти до вас сьогодні.', en: 'This queue will not reach you before closing today.' },
  DIRECTION_NOT_FOUND: { ru: 'Такого направления нет.', uk: 'Такого напряму немає.', en: 'No such service.' },
  DIRECTION_NOT_SERVED: { ru: 'Кабина не обслуживает это направление.', uk: 'Кабіна не обслуговує цей напрям.', en: 'This booth does not serve that service.' },
  BOOKING_NOT_FOUND: { ru: 'Запись с таким кодом на сегодня не найдена.', uk: 'Запис із таким кодом на сьогодні не знайдено.', en: 'No booking with this code for today.' },
  BOOKING_CHECKED_IN: { ru: 'По этому коду талон уже выдан.', uk: 'За цим кодом талон уже видано.', en: 'A ticket was already issued for this code.' },
  CHECK_IN_TOO_EARLY: { ru: 'Слишком рано: подойдите ближе к времени записи.', uk: 'Зарано: підійдіть ближче до часу запису.', en: 'Too early: come closer to your booked time.' },
  CHECK_IN_TOO_LATE: { ru: 'Время записи прошло. Обратитесь к консультанту.', uk: 'Час запису минув. Зверніться до консультанта.', en: 'Your booked time has passed. Please see the consultant.' },
  BOOTH_CLOSED: { ru: 'Кабина закрыта.', uk: 'Кабіна закрита.', en: 'The booth is closed.' },
  DAY_ENDED: { ru: 'Приём на сегодня окончен.', uk: 'Прийом на сьогодні закінчено.', en: 'Reception has ended for today.' },
  BOOTH_ON_BREAK: { ru: 'Кабина на перерыве. Сначала завершите перерыв.', uk: 'Кабіна на перерві. Спочатку завершіть перерву.', en: 'The booth is on a break. End the break first.' },
  BOOTH_BUSY: { ru: 'Сначала завершите приём текущего талона.', uk: 'Спочатку завершіть прийом поточного талона.', en: 'Finish the current ticket first.' },
  BOOTH_IDLE: { ru: 'Сейчас нет вызванного талона.', uk: 'Зараз немає викликаного талона.', en: 'No ticket is called now.' },
  BOOTH_TAKEN: { ru: 'Кабину уже занял другой специалист.', uk: 'Кабіну вже зайняв інший спеціаліст.', en: 'Another specialist works at this booth.' },
  QUEUE_EMPTY: { ru: 'Очередь пуста — никто не ждёт.', uk: 'Черга порожня — ніхто не чекає.', en: 'Nobody is waiting.' },
  TICKET_NOT_FOUND: { ru: 'Талон не найден.', uk: 'Талон не знайдено.', en: 'Ticket not found.' },
  TICKET_NOT_WAITING: { ru: 'Этот талон уже не в очереди.', uk: 'Цей талон уже не в черзі.', en: 'This ticket is no longer waiting.' },
  TICKET_STATE: { ru: 'Действие недоступно в текущем состоянии.', uk: 'Дія недоступна в поточному стані.', en: 'Not possible in the current state.' },
  SLOT_TAKEN: { ru: 'Это время уже занято.', uk: 'Цей час уже зайнятий.', en: 'That time is taken.' },
  SLOT_OUTSIDE_HOURS: { ru: 'Это время вне часов приёма.', uk: 'Цей час поза годинами прийому.', en: 'That time is outside office hours.' },
  BOOKING_STATE: { ru: 'Запись уже отменена или использована.', uk: 'Запис уже скасовано або використано.', en: 'The booking is already cancelled or used.' },
  BAD_TIME: { ru: 'Неверное время.', uk: 'Неправильний час.', en: 'Wrong time.' },
  RESULT_NOT_FOUND: { ru: 'Выберите результат приёма.', uk: 'Оберіть результат прийому.', en: 'Choose the result of the visit.' },
  PRINTER_FAILED: { ru: 'Принтер не работает.', uk: 'Принтер не працює.', en: 'The printer is not working.' },
  STAFF_NOT_FOUND: { ru: 'Такого сотрудника нет.', uk: 'Такого співробітника немає.', en: 'No such staff member.' },
  APPEAL_NOT_FOUND: { ru: 'Запись журнала не найдена.', uk: 'Запис журналу не знайдено.', en: 'Journal record not found.' },
  APPEAL_ERASED: { ru: 'Персональные данные этой записи удалены по сроку хранения.', uk: 'Персональні дані цього запису видалено за строком зберігання.', en: 'The personal data of this record was erased after the retention period.' },
  APPEAL_CLOSED: { ru: 'Обращение уже снято с контроля.', uk: 'Звернення вже знято з контролю.', en: 'The appeal is already closed.' },
  REASON_NOT_FOUND: { ru: 'Выберите вопрос обращения из списка.', uk: 'Оберіть питання звернення зі списку.', en: 'Choose the matter from the list.' },
  CONFIG_INVALID: { ru: 'Настройки не приняты: в них есть ошибки.', uk: 'Налаштування не прийнято: у них є помилки.', en: 'The settings were not accepted: they contain mistakes.' },
  ALERT_NOT_FOUND: { ru: 'Это предупреждение уже снято.', uk: 'Це попередження вже знято.', en: 'This alert has already ended.' },
  NOTHING_TO_PRINT: { ru: 'Нечего печатать: список документов пуст.', uk: 'Нічого друкувати: список документів порожній.', en: 'Nothing to print: the list of documents is empty.' },
  KIOSK_NOT_ENROLLED: { ru: 'Этот терминал не зарегистрирован. Обратитесь к руководителю службы.', uk: 'Цей термінал не зареєстровано. Зверніться до керівника служби.', en: 'This terminal is not enrolled. Please ask the head of the service.' },
  TOO_MANY_CODES: { ru: 'Слишком много неверных кодов. Подождите и попробуйте снова.', uk: 'Забагато неправильних кодів. Зачекайте і спробуйте знову.', en: 'Too many wrong codes. Wait and try again.' },
  ISSUING_TOO_FAST: { ru: 'Талоны выдаются по одному. Подождите немного.', uk: 'Талони видаються по одному. Зачекайте трохи.', en: 'Tickets are issued one at a time. Please wait a moment.' },
  FEEDBACK_OFF: { ru: 'Книга отзывов и предложений сейчас недоступна.', uk: 'Книга відгуків і пропозицій зараз недоступна.', en: 'The book of feedback is not available now.' },
  FEEDBACK_EMPTY: { ru: 'Напишите хотя бы несколько слов.', uk: 'Напишіть хоча б кілька слів.', en: 'Please write at least a few words.' },
  FEEDBACK_TOO_LONG: { ru: 'Текст слишком длинный. Сократите его.', uk: 'Текст задовгий. Скоротіть його.', en: 'The text is too long. Please shorten it.' },
  FEEDBACK_TOO_FAST: { ru: 'Отзывы принимаются по одному. Подождите немного и попробуйте снова.', uk: 'Відгуки приймаються по одному. Зачекайте трохи і спробуйте знову.', en: 'Feedback is taken one at a time. Please wait a little and try again.' },
  HELP_NOT_ENABLED: { ru: 'Вызов помощи с этого терминала выключен. Обратитесь к консультанту.', uk: 'Виклик допомоги з цього термінала вимкнено. Зверніться до консультанта.', en: 'Calling for help from this terminal is switched off. Please ask the consultant.' },
  HELP_TOO_FAST: { ru: 'Помощь уже вызвана. Подождите немного.', uk: 'Допомогу вже викликано. Зачекайте трохи.', en: 'Help has already been called. Please wait a moment.' },
  OUTREACH_NOT_FOUND: { ru: 'Выездной приём не найден.', uk: 'Виїзний прийом не знайдено.', en: 'Outreach visit not found.' },
  LIST_BROKEN: { ru: 'Файл списка не прочитан, ничего не загружено.', uk: 'Файл списку не прочитано, нічого не завантажено.', en: 'The list file could not be read; nothing was imported.' },
  CASE_FILE_NOT_FOUND: { ru: 'Личное дело не найдено.', uk: 'Особову справу не знайдено.', en: 'Case file not found.' },
  CASE_FILE_REFUSED: { ru: 'Этот шаг с личным делом сейчас невозможен.', uk: 'Цей крок з особовою справою зараз неможливий.', en: 'This step is not possible for the case file now.' },
  CASE_FILE_EXISTS: { ru: 'По этому обращению личное дело уже сформировано.', uk: 'За цим зверненням особову справу вже сформовано.', en: 'A case file has already been formed from this appeal.' },
  ACT_NOT_FOUND: { ru: 'Акт об уничтожении не найден.', uk: 'Акт про знищення не знайдено.', en: 'Destruction act not found.' },
  RECEPTION_NOT_FOUND: { ru: 'Запись на приём к руководству не найдена.', uk: 'Запис на прийом до керівництва не знайдено.', en: 'Reception booking not found.' },
  NOT_A_RECEPTION_DAY: { ru: 'В этот день руководство не принимает.', uk: 'Цього дня керівництво не приймає.', en: 'The management does not receive on that day.' },
  NOT_A_SLOT: { ru: 'Выберите время из часов приёма.', uk: 'Оберіть час із годин прийому.', en: 'Choose a time within the reception hours.' },
  RECEPTION_PAST: { ru: 'Это время приёма уже прошло.', uk: 'Цей час прийому вже минув.', en: 'This reception time has passed.' },
  NOT_THE_CITIZENS: { ru: 'Обращение или личное дело — другого гражданина. Укажите записи записываемого гражданина.', uk: 'Звернення або особова справа — іншого громадянина. Вкажіть записи громадянина, якого записуєте.', en: "The appeal or case file is another citizen's. Name the booked citizen's own." },
  NOT_CONSIDERED: { ru: 'Сначала вопрос рассматривает служба: укажите обращение из журнала, в котором он рассмотрен.', uk: 'Спочатку питання розглядає служба: вкажіть звернення з журналу, у якому його розглянуто.', en: 'The service considers the question first: name the journal appeal it was considered in.' },
  RECEPTION_STATE: { ru: 'Это действие сейчас недоступно для записи на приём.', uk: 'Ця дія зараз недоступна для запису на прийом.', en: 'This cannot be done to the reception booking now.' },
  OUTREACH_HELD: { ru: 'Выездной приём уже состоялся: его нельзя изменить.', uk: 'Виїзний прийом уже відбувся: його не можна змінити.', en: 'The outreach visit has taken place and can no longer be changed.' },
  OUTREACH_CANCELLED: { ru: 'Выездной приём отменён.', uk: 'Виїзний прийом скасовано.', en: 'The outreach visit is cancelled.' },
  LIST_EXISTS: { ru: 'У выезда уже есть список. Подтвердите замену.', uk: 'У виїзду вже є список. Підтвердіть заміну.', en: 'The visit already has a list. Confirm the replacement.' },
  CONNECTION_LOST: { ru: 'Нет связи с сервером. Повторяем…', uk: 'Немає зв’язку із сервером. Повторюємо…', en: 'No connection to the server. Retrying…' },
  TIMEOUT: { ru: 'Сервер не ответил вовремя.', uk: 'Сервер не відповів вчасно.', en: 'The server did not answer in time.' },
};

export function errorText(code: string, lang: Language): string {
  return ERROR_TEXT[code as ErrorCode]?.[lang] ?? { ru: 'Что-то пошло не так. Попробуйте ещё раз.', uk: 'Щось пішло не так. Спробуйте ще раз.', en: 'Something went wrong. Please try again.' }[lang];
}

export const CONNECTION_TEXT: Record<'connecting' | 'online' | 'offline' | 'refused', Phrases> = {
  connecting: { ru: 'Подключение…', uk: 'Підключення…', en: 'Connecting…' },
  online: { ru: 'На связи', uk: 'На зв’язку', en: 'Online' },
  offline: { ru: 'Нет связи с сервером — переподключаемся', uk: 'Немає зв’язку із сервером — перепідключаємося', en: 'No connection to the server — reconnecting' },
  refused: { ru: 'Сервер отказал в подключении', uk: 'Сервер відмовив у підключенні', en: 'The server refused the connection' },
};
