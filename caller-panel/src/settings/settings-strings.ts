// The words of the head's settings forms. Russian is the office's language; Ukrainian and English follow it.
import type { Language } from 'queue-core/ui';

const ru = {
  sections: { office: 'Офис', directions: 'Направления', booths: 'Кабины', halls: 'Залы', staff: 'Сотрудники', priorities: 'Льготы', schedule: 'Расписание', holidays: 'Праздники', advanced: 'Для опытных (JSON)' } as Record<string, string>,
  add: 'Добавить', remove: 'Удалить', id: 'Код (латиницей)', prefix: 'Буква талона', nameRu: 'Название (рус.)', nameUk: 'Название (укр.)', nameEn: 'Название (англ.)',
  serviceMinutes: 'Минут на человека', firstNumber: 'Первый номер', boothNumber: 'Номер кабины', serves: 'Принимает по направлениям',
  fullName: 'ФИО', role: 'Роль', pinReset: 'Сменить ПИН-код', newPin: 'Новый ПИН-код', pinAgain: 'ПИН-код ещё раз', setPin: 'Задать',
  pinMismatch: 'ПИН-коды не совпадают', pinSet: 'Новый ПИН-код будет задан при сохранении; открытые сеансы сотрудника завершатся',
  pinKept: 'ПИН-код задан', rank: 'Очерёдность (1–100, больше — раньше)', alwaysOpen: 'Открыто круглосуточно (демо)',
  week: 'Часы работы (например 08:30-17:30; несколько — через запятую)', days: { mon: 'Пн', tue: 'Вт', wed: 'Ср', thu: 'Чт', fri: 'Пт', sat: 'Сб', sun: 'Вс' } as Record<string, string>,
  stopIssuing: 'Прекращать выдачу талонов за (мин) до закрытия', lunch: 'Обед кабин', lunchHours: 'Время обеда', holiday: 'Нерабочий день',
  problems: 'Не сохранено — исправьте:', advancedNote: 'Вся конфигурация как в файле; проверяется так же.', jsonBroken: 'JSON: текст не читается',
  noStaffBooth: 'Кабину специалист выбирает при входе.',
  hallsNote: 'Без залов всё учреждение — один зал. У каждого зала своё табло (/display/hall/<код>); кабины и направления, не отмеченные ни в одном зале, относятся к первому. Динамики зала — имя звукового устройства ALSA (например plughw:1,0); «everywhere» — объявлять во всех залах; пусто — общий.',
  speaker: 'Динамики зала',
};
export type SettingsText = typeof ru;

const uk: SettingsText = {
  sections: { office: 'Офіс', directions: 'Напрями', booths: 'Кабіни', halls: 'Зали', staff: 'Співробітники', priorities: 'Пільги', schedule: 'Розклад', holidays: 'Свята', advanced: 'Для досвідчених (JSON)' },
  add: 'Додати', remove: 'Вилучити', id: 'Код (латиницею)', prefix: 'Літера талона', nameRu: 'Назва (рос.)', nameUk: 'Назва (укр.)', nameEn: 'Назва (англ.)',
  serviceMinutes: 'Хвилин на людину', firstNumber: 'Перший номер', boothNumber: 'Номер кабіни', serves: 'Приймає за напрямами',
  fullName: 'ПІБ', role: 'Роль', pinReset: 'Змінити ПІН-код', newPin: 'Новий ПІН-код', pinAgain: 'ПІН-код ще раз', setPin: 'Задати',
  pinMismatch: 'ПІН-коди не збігаються', pinSet: 'Новий ПІН-код буде задано під час збереження; відкриті сеанси співробітника завершаться',
  pinKept: 'ПІН-код задано', rank: 'Черговість (1–100, більше — раніше)', alwaysOpen: 'Відчинено цілодобово (демо)',
  week: 'Години роботи (наприклад 08:30-17:30; кілька — через кому)', days: { mon: 'Пн', tue: 'Вт', wed: 'Ср', thu: 'Чт', fri: 'Пт', sat: 'Сб', sun: 'Нд' },
  stopIssuing: 'Припиняти видачу талонів за (хв) до зачинення', lunch: 'Обід кабін', lunchHours: 'Час обіду', holiday: 'Неробочий день',
  problems: 'Не збережено — виправте:', advancedNote: 'Уся конфігурація як у файлі; перевіряється так само.', jsonBroken: 'JSON: текст не читається',
  noStaffBooth: 'Кабіну спеціаліст обирає під час входу.',
  hallsNote: 'Без залів уся установа — один зал. Кожен зал має своє табло (/display/hall/<код>); кабіни й напрями, не позначені в жодному залі, належать до першого. Динаміки залу — ім’я звукового пристрою ALSA (наприклад plughw:1,0); «everywhere» — оголошувати в усіх залах; порожньо — спільний.',
  speaker: 'Динаміки залу',
};

const en: SettingsText = {
  sections: { office: 'Office', directions: 'Services', booths: 'Booths', halls: 'Halls', staff: 'Staff', priorities: 'Priorities', schedule: 'Schedule', holidays: 'Holidays', advanced: 'Advanced (JSON)' },
  add: 'Add', remove: 'Remove', id: 'Id (latin letters)', prefix: 'Ticket letter', nameRu: 'Name (Russian)', nameUk: 'Name (Ukrainian)', nameEn: 'Name (English)',
  serviceMinutes: 'Minutes per person', firstNumber: 'First number', boothNumber: 'Booth number', serves: 'Serves',
  fullName: 'Full name', role: 'Role', pinReset: 'Change PIN', newPin: 'New PIN', pinAgain: 'PIN again', setPin: 'Set',
  pinMismatch: 'The PINs differ', pinSet: 'The new PIN is set when you save; the member\'s open sessions will end',
  pinKept: 'PIN set', rank: 'Rank (1–100, higher is called first)', alwaysOpen: 'Open round the clock (demo)',
  week: 'Opening hours (e.g. 08:30-17:30; several separated by commas)', days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  stopIssuing: 'Stop issuing tickets (min) before closing', lunch: 'Booth lunches', lunchHours: 'Lunch hours', holiday: 'Day off',
  problems: 'Not saved — please fix:', advancedNote: 'The whole configuration as in the file; checked the same way.', jsonBroken: 'JSON: the text cannot be read',
  noStaffBooth: 'A specialist chooses the booth when signing in.',
  hallsNote: 'Without halls the whole office is one hall. Each hall has its own display (/display/hall/<id>); booths and services ticked in no hall belong to the first. Speaker: the ALSA sound device (e.g. plughw:1,0); "everywhere" announces in every hall; empty: the common PA.',
  speaker: 'Speaker',
};

export const SETTINGS_TEXT: Record<Language, SettingsText> = { ru, uk, en };
