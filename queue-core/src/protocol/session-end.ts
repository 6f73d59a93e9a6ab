// Why the daemon ends a signed-in session: the rights it was opened with are gone (the booth was closed or
// taken by another specialist, the staff member was removed, given another role or a new PIN, the integration's
// token was replaced). The daemon sends a `session-ended` notice with the reason, then closes the socket
// with SESSION_ENDED_CLOSE; the client stops reconnecting and the screen shows the words below.
import type { Language } from '../config/schema.js';

export const SESSION_END_REASONS = ['day-ended', 'booth-closed', 'booth-taken', 'booth-removed', 'staff-removed', 'role-changed', 'pin-changed', 'integration-removed', 'token-replaced'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** The WebSocket close code that follows the notice (4000–4999 are the application's own). */
export const SESSION_ENDED_CLOSE = 4001;

export const SESSION_END_WORDS: Record<SessionEndReason, Record<Language, string>> = {
  'day-ended': { ru: 'Приём на сегодня окончен. Кабина закрыта.', uk: 'Прийом на сьогодні закінчено. Кабіну зачинено.', en: 'Reception has ended for today. The booth is closed.' },
  'booth-closed': { ru: 'Кабина закрыта. Войдите снова, чтобы продолжить.', uk: 'Кабіну зачинено. Увійдіть знову, щоб продовжити.', en: 'The booth was closed. Sign in again to go on.' },
  'booth-taken': { ru: 'Кабину занял другой специалист. Войдите снова.', uk: 'Кабіну зайняв інший спеціаліст. Увійдіть знову.', en: 'Another specialist has taken the booth. Sign in again.' },
  'booth-removed': { ru: 'Этой кабины больше нет в настройках.', uk: 'Цієї кабіни більше немає в налаштуваннях.', en: 'This booth is no longer in the configuration.' },
  'staff-removed': { ru: 'Сотрудник удалён из настроек. Сеанс завершён.', uk: 'Співробітника вилучено з налаштувань. Сеанс завершено.', en: 'The staff member was removed from the configuration. The session has ended.' },
  'role-changed': { ru: 'Ваша роль изменена. Войдите снова.', uk: 'Вашу роль змінено. Увійдіть знову.', en: 'Your role has changed. Sign in again.' },
  'pin-changed': { ru: 'Ваш ПИН-код изменён. Войдите с новым ПИН-кодом.', uk: 'Ваш ПІН-код змінено. Увійдіть із новим ПІН-кодом.', en: 'Your PIN was changed. Sign in with the new PIN.' },
  'integration-removed': { ru: 'Интеграция удалена из настроек.', uk: 'Інтеграцію вилучено з налаштувань.', en: 'The integration was removed from the configuration.' },
  'token-replaced': { ru: 'Ключ интеграции заменён.', uk: 'Ключ інтеграції замінено.', en: 'The integration token was replaced.' },
};

export const sessionEndWords = (reason: string, lang: Language): string =>
  (SESSION_END_WORDS as Record<string, Record<Language, string> | undefined>)[reason]?.[lang] ?? { ru: 'Сеанс завершён. Войдите снова.', uk: 'Сеанс завершено. Увійдіть знову.', en: 'The session has ended. Sign in again.' }[lang];
