// Office-local calendar arithmetic for a configured IANA time zone. Pure: it reads no clock, only the
// epoch milliseconds it is given, and uses Intl for the zone's offsets.
import type { Weekday } from '../config/schema.js';

const WEEKDAY_BY_SHORT: Record<string, Weekday> = { Sun: 'sun', Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalTime {
  day: string; // YYYY-MM-DD
  year: number;
  month: number; // 1-12
  dayOfMonth: number;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

export function localTime(at: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) parts[p.type] = p.value;
  const year = Number(parts.year), month = Number(parts.month), dayOfMonth = Number(parts.day);
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    year, month, dayOfMonth,
    weekday: WEEKDAY_BY_SHORT[parts.weekday!]!,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

export const officeDay = (at: number, timeZone: string): string => localTime(at, timeZone).day;

/** "08:30" → 510. */
export function parseClock(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

export const formatClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Epoch ms of a local wall-clock minute on a local day. */
export function zonedEpoch(day: string, minutes: number, timeZone: string): number {
  const [y, mo, d] = day.split('-').map(Number);
  const wall = Date.UTC(y!, mo! - 1, d!, Math.floor(minutes / 60), minutes % 60);
  // Two passes settle the offset even on a day the zone changes its offset.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const lt = localTime(guess, timeZone);
    const [ly, lm, ld] = lt.day.split('-').map(Number);
    const seen = Date.UTC(ly!, lm! - 1, ld!, Math.floor(lt.minutes / 60), lt.minutes % 60);
    guess += wall - seen;
  }
  return guess;
}

/** The local day `n` days after `day` (calendar arithmetic, zone-independent). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

export function weekdayOf(day: string): Weekday {
  const [y, m, d] = day.split('-').map(Number);
  return (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}
