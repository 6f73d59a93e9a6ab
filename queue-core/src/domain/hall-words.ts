// Where to go, in the office language: the kiosk's ticket screen and the printed ticket say it when the
// office has more than one hall, and the page of a hall display that does not exist says so. Pure.
import type { Language } from '../config/schema.js';

type Names = { ru: string; uk?: string; en?: string };

export const hallName = (name: Names, lang: Language): string => name[lang] ?? name.ru;

// "Зал 2" reads "Пройдите в зал 2": the name after the verb starts in lower case, as a sentence would.
const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase() + name.slice(1);

/** "Пройдите в зал 2". */
export function goToHallText(name: Names, lang: Language): string {
  const n = hallName(name, lang);
  switch (lang) {
    case 'ru': return `Пройдите в ${inSentence(n)}`;
    case 'uk': return `Пройдіть у ${inSentence(n)}`;
    case 'en': return `Please go to ${n}`;
  }
}

/** The page served at /display/hall/<id> for a hall the configuration does not have. */
export function unknownHallText(id: string, known: { id: string; name?: Names }[], lang: Language): { title: string; body: string; list: string } {
  const list = known.map((h) => `/display/hall/${h.id}${h.name ? ` — ${hallName(h.name, lang)}` : ''}`).join('\n');
  switch (lang) {
    case 'ru': return { title: 'Такого зала нет', body: `В настройках учреждения нет зала «${id}». Проверьте адрес табло.`, list: `Залы учреждения:\n${list}` };
    case 'uk': return { title: 'Такого залу немає', body: `У налаштуваннях установи немає залу «${id}». Перевірте адресу табло.`, list: `Зали установи:\n${list}` };
    case 'en': return { title: 'No such hall', body: `The office's configuration has no hall "${id}". Check the display's address.`, list: `The office's halls:\n${list}` };
  }
}
