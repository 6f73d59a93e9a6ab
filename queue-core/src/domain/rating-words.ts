// The rating's words in the office language (ru, uk or en): each score's name under its face, for the
// booth's rating screen and the statistics.
import type { Language } from '../config/schema.js';

const SCORES: Record<Language, readonly string[]> = {
  ru: ['Очень плохо', 'Плохо', 'Нормально', 'Хорошо', 'Отлично'],
  uk: ['Дуже погано', 'Погано', 'Нормально', 'Добре', 'Чудово'],
  en: ['Very poor', 'Poor', 'Fair', 'Good', 'Excellent'],
};

/** The name of a score 1–5. */
export const scoreText = (score: number, lang: Language): string => SCORES[lang][score - 1] ?? String(score);
