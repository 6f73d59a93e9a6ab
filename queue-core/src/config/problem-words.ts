// A configuration problem as the head of the service reads it, in the office language: the checks word each
// problem for the config file ("directions[0].prefix: expected 1–2 letters, got \"\"") and this turns it into
// "Направление 1: префикс — нужно 1–2 буквы". The technical text stays beside it, a click away. Pure.
import type { Language } from './schema.js';

type Words = Record<Language, string>;

/** Lists whose items are named with their number: "Направление 2". */
const ITEMS: Record<string, Words> = {
  directions: { ru: 'Направление', uk: 'Напрям', en: 'Direction' },
  booths: { ru: 'Кабина', uk: 'Кабіна', en: 'Booth' },
  staff: { ru: 'Сотрудник', uk: 'Співробітник', en: 'Staff member' },
  priorities: { ru: 'Льгота', uk: 'Пільга', en: 'Priority' },
  results: { ru: 'Результат', uk: 'Результат', en: 'Result' },
  integrations: { ru: 'Интеграция', uk: 'Інтеграція', en: 'Integration' },
  infoLine: { ru: 'Сообщение бегущей строки', uk: 'Повідомлення рядка новин', en: 'Information line message' },
  reasons: { ru: 'Вопрос обращения', uk: 'Питання звернення', en: 'Matter' },
  kiosks: { ru: 'Киоск', uk: 'Кіоск', en: 'Kiosk' },
  halls: { ru: 'Зал', uk: 'Зал', en: 'Hall' },
  steps: { ru: 'шаг', uk: 'крок', en: 'step' },
};

/** Items whose list name is also used elsewhere, named by the section they are in: "rating.booths[0]" is a rating booth. */
const SECTION_ITEMS: Record<string, Record<string, Words>> = {
  reception: {
    hours: { ru: 'часы приёма, строка', uk: 'години прийому, рядок', en: 'reception hours, entry' },
  },
  rating: {
    booths: { ru: 'кабина с оценкой, строка', uk: 'кабіна з оцінкою, рядок', en: 'rating booth, entry' },
    reasons: { ru: 'причина оценки', uk: 'причина оцінки', en: 'rating reason' },
  },
};

/** Sections and fields: what the head sees in the form rather than the key in the file. */
const FIELDS: Record<string, Words> = {
  directions: { ru: 'Направления', uk: 'Напрями', en: 'Directions' },
  booths: { ru: 'Кабины', uk: 'Кабіни', en: 'Booths' },
  staff: { ru: 'Сотрудники', uk: 'Співробітники', en: 'Staff' },
  priorities: { ru: 'Льготы', uk: 'Пільги', en: 'Priorities' },
  results: { ru: 'Результаты', uk: 'Результати', en: 'Results' },
  integrations: { ru: 'Интеграции', uk: 'Інтеграції', en: 'Integrations' },
  kiosks: { ru: 'Киоски', uk: 'Кіоски', en: 'Kiosks' },
  halls: { ru: 'Залы', uk: 'Зали', en: 'Halls' },
  steps: { ru: 'шаги', uk: 'кроки', en: 'steps' },
  direction: { ru: 'направление', uk: 'напрям', en: 'direction' },
  booth: { ru: 'кабина', uk: 'кабіна', en: 'booth' },
  speaker: { ru: 'громкоговоритель', uk: 'гучномовець', en: 'speaker' },
  office: { ru: 'Учреждение', uk: 'Установа', en: 'Office' },
  name: { ru: 'название', uk: 'назва', en: 'name' },
  address: { ru: 'адрес', uk: 'адреса', en: 'address' },
  phones: { ru: 'телефоны', uk: 'телефони', en: 'phones' },
  language: { ru: 'язык', uk: 'мова', en: 'language' },
  timezone: { ru: 'часовой пояс', uk: 'часовий пояс', en: 'time zone' },
  id: { ru: 'код', uk: 'код', en: 'id' },
  prefix: { ru: 'префикс', uk: 'префікс', en: 'prefix' },
  number: { ru: 'номер', uk: 'номер', en: 'number' },
  pin: { ru: 'ПИН-код', uk: 'ПІН-код', en: 'PIN' },
  role: { ru: 'роль', uk: 'роль', en: 'role' },
  schedule: { ru: 'Расписание', uk: 'Розклад', en: 'Schedule' },
  display: { ru: 'Табло', uk: 'Табло', en: 'Display' },
  hardware: { ru: 'Оборудование', uk: 'Обладнання', en: 'Hardware' },
  alerts: { ru: 'Предупреждения', uk: 'Попередження', en: 'Alerts' },
  booking: { ru: 'Предварительная запись', uk: 'Попередній запис', en: 'Booking' },
  journal: { ru: 'Журнал', uk: 'Журнал', en: 'Journal' },
  caseFiles: { ru: 'Личные дела', uk: 'Особові справи', en: 'Case files' },
  overdueDays: { ru: 'сроки шагов маршрута, рабочих дней', uk: 'строки кроків маршруту, робочих днів', en: 'days per step of the route, working days' },
  storageYears: { ru: 'срок хранения, лет', uk: 'строк зберігання, років', en: 'storage term, years' },
  storageYearsByPaymentType: { ru: 'срок хранения по видам выплат, лет', uk: 'строк зберігання за видами виплат, років', en: 'storage term by payment type, years' },
  returnReasons: { ru: 'причины возврата на доработку', uk: 'причини повернення на доопрацювання', en: 'reasons for a return' },
  feedback: { ru: 'Книга отзывов и предложений', uk: 'Книга відгуків і пропозицій', en: 'Book of feedback' },
  enabled: { ru: 'включено', uk: 'увімкнено', en: 'switched on' },
  deadlineDays: { ru: 'срок ответа, дней', uk: 'строк відповіді, днів', en: 'days to answer' },
  maxLength: { ru: 'наибольшая длина текста', uk: 'найбільша довжина тексту', en: 'longest text' },
  thanks: { ru: 'благодарность', uk: 'подяка', en: 'thanks' },
  proposal: { ru: 'предложение', uk: 'пропозиція', en: 'proposal' },
  complaint: { ru: 'жалоба', uk: 'скарга', en: 'complaint' },
  routing: { ru: 'Порядок очереди', uk: 'Порядок черги', en: 'Order of the line' },
  printer: { ru: 'принтер', uk: 'принтер', en: 'printer' },
  voice: { ru: 'голосовое оповещение', uk: 'голосове оповіщення', en: 'voice' },
  finishResult: { ru: 'результат приёма от кнопки', uk: 'результат прийому від кнопки', en: "the button's result of the visit" },
  recentCalls: { ru: 'число последних вызовов', uk: 'кількість останніх викликів', en: 'recent calls' },
  highlightSeconds: { ru: 'время подсветки, с', uk: 'час підсвічування, с', en: 'highlight, s' },
  ticketPage: { ru: 'Талон в телефоне', uk: 'Талон у телефоні', en: 'Ticket on the phone' },
  baseUrl: { ru: 'адрес для QR-кода', uk: 'адреса для QR-коду', en: 'QR code address' },
  qrUrl: { ru: 'адрес QR-кода', uk: 'адреса QR-коду', en: 'QR code address' },
  accessibility: { ru: 'Доступность', uk: 'Доступність', en: 'Accessibility' },
  kioskMode: { ru: 'режим киоска для слабовидящих', uk: 'режим кіоску для людей із вадами зору', en: 'accessible kiosk mode' },
  helpButton: { ru: 'кнопка «Позвать на помощь»', uk: 'кнопка «Покликати на допомогу»', en: '"call for help" button' },
  rating: { ru: 'Оценка обслуживания', uk: 'Оцінка обслуговування', en: 'Service rating' },
  timeoutSeconds: { ru: 'время на оценку, с', uk: 'час на оцінку, с', en: 'time to rate, s' },
  keypad: { ru: 'клавиатура оценки', uk: 'клавіатура оцінки', en: 'rating keypad' },
  reception: { ru: 'Приём граждан руководством', uk: 'Прийом громадян керівництвом', en: 'Reception by the management' },
  who: { ru: 'кто принимает', uk: 'хто приймає', en: 'who receives' },
  weekday: { ru: 'день недели', uk: 'день тижня', en: 'weekday' },
  weeks: { ru: 'недели месяца', uk: 'тижні місяця', en: 'weeks of the month' },
  slotMinutes: { ru: 'минут на гражданина', uk: 'хвилин на громадянина', en: 'minutes a citizen' },
  publishDays: { ru: 'сколько дней приёма показывать', uk: 'скільки днів прийому показувати', en: 'reception days shown' },
};

/** What is wrong, by the English wording of the checks; `$1` is what the check named. */
const RULES: [RegExp, Words][] = [
  [/^expected 1–2 letters/, { ru: 'должен состоять из 1–2 букв', uk: 'має складатися з 1–2 літер', en: 'must be 1–2 letters' }],
  [/^expected 4–8 digits/, { ru: 'должен состоять из 4–8 цифр', uk: 'має складатися з 4–8 цифр', en: 'must be 4–8 digits' }],
  [/^required/, { ru: 'не заполнено', uk: 'не заповнено', en: 'is missing' }],
  [/^expected boolean/, { ru: 'нужно true (да) или false (нет)', uk: 'потрібно true (так) або false (ні)', en: 'must be true or false' }],
  [/^expected a whole number/, { ru: 'нужно целое число', uk: 'потрібне ціле число', en: 'must be a whole number' }],
  [/^expected a number ([≥>≤<] [\d.]+)/, { ru: 'нужно число $1', uk: 'потрібне число $1', en: 'must be a number $1' }],
  [/^expected at least (\d+) characters/, { ru: 'нужно не меньше $1 знаков', uk: 'потрібно щонайменше $1 знаків', en: 'must be at least $1 characters' }],
  [/^expected at most (\d+) characters/, { ru: 'нужно не больше $1 знаков', uk: 'потрібно не більше $1 знаків', en: 'must be at most $1 characters' }],
  [/^expected at least one direction/, { ru: 'нужно хотя бы одно направление', uk: 'потрібен хоча б один напрям', en: 'needs at least one direction' }],
  [/^expected at least one step/, { ru: 'нужен хотя бы один шаг', uk: 'потрібен хоча б один крок', en: 'needs at least one step' }],
  [/^expected an ordinary direction: "([^"]*)" is itself a life situation/, { ru: '«$1» — сама жизненная ситуация, шагом может быть только обычное направление', uk: '«$1» — сама життєва ситуація, кроком може бути лише звичайний напрям', en: '"$1" is itself a life situation: a step must be an ordinary direction' }],
  [/^expected the steps' directions: "([^"]*)" is a life situation/, { ru: '«$1» — жизненная ситуация: кабине назначают направления её шагов', uk: '«$1» — життєва ситуація: кабіні призначають напрями її кроків', en: '"$1" is a life situation: give the booth the directions of its steps' }],
  [/^expected at least one booth/, { ru: 'нужна хотя бы одна кабина', uk: 'потрібна хоча б одна кабіна', en: 'needs at least one booth' }],
  [/^expected hours like/, { ru: 'часы нужно указать как «08:30-17:30», начало раньше конца', uk: 'години треба вказати як «08:30-17:30», початок раніше кінця', en: 'hours must read like "08:30-17:30", start before end' }],
  [/^expected an IANA time zone/, { ru: 'неизвестный часовой пояс (пример: «Asia/Irkutsk»)', uk: 'невідомий часовий пояс (приклад: «Europe/Kyiv»)', en: 'unknown time zone (e.g. "Europe/London")' }],
  [/^expected a short latin id/, { ru: 'нужен короткий латинский код, например «certificates»', uk: 'потрібен короткий латинський код, наприклад «certificates»', en: 'must be a short latin id like "certificates"' }],
  [/^expected Russian text/, { ru: 'нужен текст на русском', uk: 'потрібен текст російською', en: 'needs the Russian text' }],
  [/^expected a date/, { ru: 'нужна существующая дата вида «2026-01-01»', uk: 'потрібна наявна дата вигляду «2026-01-01»', en: 'must be a real date like "2026-01-01"' }],
  [/^expected one of (.*)$/, { ru: 'допустимо: $1', uk: 'допустимо: $1', en: 'allowed: $1' }],
  [/^unknown field "([^"]*)"(?: \(did you mean "([^"]*)"\?\))?/, { ru: 'неизвестное поле «$1»', uk: 'невідоме поле «$1»', en: 'unknown field "$1"' }],
  [/^(?:\w+ )?"?([^"]*)"? is used twice/, { ru: '«$1» повторяется', uk: '«$1» повторюється', en: '"$1" is used twice' }],
  [/^unknown direction "([^"]*)"/, { ru: 'нет направления «$1»', uk: 'немає напряму «$1»', en: 'no direction "$1"' }],
  [/^booth (\d+) is already in hall "([^"]*)"/, { ru: 'кабина $1 уже в зале «$2»', uk: 'кабіна $1 вже в залі «$2»', en: 'booth $1 is already in hall "$2"' }],
  [/^direction "([^"]*)" is already in hall "([^"]*)"/, { ru: 'направление «$1» уже в зале «$2»', uk: 'напрям «$1» вже в залі «$2»', en: 'direction "$1" is already in hall "$2"' }],
  [/^booth (\d+) is in hall "([^"]*)" but direction "([^"]*)" is in hall "([^"]*)"/, { ru: 'кабина $1 в зале «$2», а направление «$3» — в зале «$4»: граждан направят не в тот зал', uk: 'кабіна $1 у залі «$2», а напрям «$3» — у залі «$4»: громадян направлять не до тієї зали', en: 'booth $1 is in hall "$2" but direction "$3" is in hall "$4": citizens would be sent to the wrong hall' }],
  [/^hall "([^"]*)" has no booth/, { ru: 'в зале «$1» нет ни одной кабины', uk: 'у залі «$1» немає жодної кабіни', en: 'hall "$1" has no booth' }],
  [/^expected an ALSA device name/, { ru: 'нужно имя звукового устройства ALSA или «everywhere»', uk: 'потрібне ім’я звукового пристрою ALSA або «everywhere»', en: 'needs an ALSA device name or "everywhere"' }],
  [/^unknown payment type "([^"]*)"/, { ru: 'нет вида выплаты «$1» среди вопросов журнала', uk: 'немає виду виплати «$1» серед питань журналу', en: 'no payment type "$1" among the journal\'s reasons' }],
  [/^unknown booth (\S+)/, { ru: 'нет кабины $1', uk: 'немає кабіни $1', en: 'no booth $1' }],
  [/^keep at least one supervisor/, { ru: 'оставьте хотя бы одного руководителя, иначе настройки больше никто не сможет изменить', uk: 'залиште хоча б одного керівника, інакше налаштування більше ніхто не зможе змінити', en: 'keep at least one head of the service, or nobody could change the settings again' }],
  [/^this is the example's placeholder/, { ru: 'это ключ-образец из примера, его знают все: задайте свой (openssl rand -hex 16)', uk: 'це ключ-зразок із прикладу, його знають усі: задайте свій (openssl rand -hex 16)', en: 'this is the example\'s placeholder, known to anyone: set a token of your own (openssl rand -hex 16)' }],
  [/^(cp\d+) cannot print (.*?) \(in/, { ru: 'кодовая страница $1 не может напечатать: $2', uk: 'кодова сторінка $1 не може надрукувати: $2', en: 'code page $1 cannot print: $2' }],
  [/^expected an address like "([^"]*)"/, { ru: 'нужен адрес вида «$1» (http или https, в конце «/t/»)', uk: 'потрібна адреса вигляду «$1» (http або https, наприкінці «/t/»)', en: 'must be an address like "$1" (http or https, ending in "/t/")' }],
  [/^expected no qrUrl while ticketPage is set/, { ru: 'уберите: при включённой странице талона QR-код ведёт на неё', uk: 'приберіть: коли сторінку талона ввімкнено, QR-код веде на неї', en: 'remove it: with the ticket page on, the QR code opens that page' }],
  [/^expected a way to rate/, { ru: 'укажите, чем оценивают: сенсорное табло (touchDisplay), планшет (tablet) или клавиатура (keypad)', uk: 'вкажіть, чим оцінюють: сенсорне табло (touchDisplay), планшет (tablet) або клавіатура (keypad)', en: 'say how citizens rate: touch display, tablet or keypad' }],
  [/^expected a token or addresses for the rating screen/, { ru: 'для экрана оценки нужен ключ (token) или адреса (addresses), чтобы оценку не могло поставить чужое устройство', uk: 'для екрана оцінки потрібен ключ (token) або адреси (addresses), щоб оцінку не міг поставити чужий пристрій', en: 'the rating screen needs a token or addresses, so that no other device can rate' }],
  [/^expected a slot that fits in the hours ([\d:]+-[\d:]+)/, { ru: 'приём одного гражданина не помещается в часы $1', uk: 'прийом одного громадянина не вміщується в години $1', en: 'one citizen\'s slot does not fit in the hours $1' }],
  [/^expected a token of at least 16/, { ru: 'ключ должен быть не короче 16 знаков', uk: 'ключ має бути не коротшим за 16 знаків', en: 'the token must be at least 16 characters' }],
];

const OTHER: Words = { ru: 'недопустимое значение', uk: 'неприпустиме значення', en: 'not an allowed value' };

/** "directions[1].prefix" → "Направление 2: префикс". Keys it does not know are shown as they are. */
export function placeWords(path: string, lang: Language): string {
  const parts: string[] = [];
  let section: string | undefined;
  for (const m of path.matchAll(/([^.[\]]+)(?:\[(\d+)\])?/g)) {
    const [, key, index] = m as unknown as [string, string, string | undefined];
    const item = (section !== undefined ? SECTION_ITEMS[section]?.[key] : undefined) ?? ITEMS[key];
    section ??= key;
    if (item && index !== undefined) parts.push(`${item[lang]} ${Number(index) + 1}`);
    else if (/^\d+$/.test(key)) parts.push(String(Number(key) + 1));
    else parts.push(FIELDS[key]?.[lang] ?? key + (index !== undefined ? ` ${Number(index) + 1}` : ''));
  }
  const [first, ...rest] = parts;
  return [first, rest.join(', ')].filter(Boolean).join(': ');
}

/** One problem of the checks (`path: what is wrong`) in words of the office language. */
export function problemWords(problem: string, lang: Language): string {
  const cut = problem.indexOf(': ');
  const [path, what] = cut < 0 ? ['', problem] : [problem.slice(0, cut), problem.slice(cut + 2)];
  const found = RULES.map(([re, words]) => [what.match(re), words] as const).find(([m]) => m);
  const said = found ? found[1][lang].replace(/\$(\d)/g, (_, i: string) => found[0]![Number(i)] ?? '') : OTHER[lang];
  const place = path ? placeWords(path, lang) : '';
  return place ? `${place} — ${said}` : said;
}
