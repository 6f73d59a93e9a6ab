// The management's reception as the public screens publish it: the daemon sends the next reception days
// (snapshot `reception`); a screen shows the first one not yet over by the daemon's clock, so a hall TV
// left on moves to the next day once a reception day has ended, in the office's language.
import type { ReceptionSession } from '../journal/reception-rules.js';
// When a slot has passed is the journal's rule; a panel left open asks it by its own clock.
export { slotPassed } from '../journal/reception-rules.js';
import { localTime, zonedEpoch } from '../domain/office-time.js';
import { longDate } from './format.js';
import type { Language } from './i18n.js';

export const RECEPTION_TITLE: Record<Language, string> = {
  ru: 'Приём граждан руководством',
  uk: 'Прийом громадян керівництвом',
  en: 'Reception of citizens by the management',
};

/** The first published reception day whose hours have not ended at `now`. */
export function nextReception(sessions: readonly ReceptionSession[] | undefined, now: number, timeZone: string): ReceptionSession | null {
  const here = localTime(now, timeZone);
  const clock = `${String(Math.floor(here.minutes / 60)).padStart(2, '0')}:${String(here.minutes % 60).padStart(2, '0')}`;
  return (sessions ?? []).find((s) => s.day > here.day || (s.day === here.day && s.to > clock)) ?? null;
}

/** "Начальник управления Иванова И. И." and "вторник, 8 декабря, 10:00–12:00". */
export function receptionLines(s: ReceptionSession, timeZone: string, lang: Language): { who: string; when: string } {
  const noon = zonedEpoch(s.day, 12 * 60, timeZone);
  return { who: s.who[lang] ?? s.who.ru, when: `${longDate(noon, timeZone, lang)}, ${s.from}–${s.to}` };
}
