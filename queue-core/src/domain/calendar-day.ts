// What counts as a day wherever one is written as text (protocol requests, the config's holidays):
// `YYYY-MM-DD` that exists on the calendar, so "2026-02-30" is refused rather than rolled into March.

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
