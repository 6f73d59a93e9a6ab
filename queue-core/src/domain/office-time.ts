// Office-local calendar arithmetic for a configured IANA time zone. Pure: it reads no clock, only the
// epoch milliseconds it is given, and holds nothing between calls. A zone's offsets come from its TZif
// rules when the caller's ZoneBook has them (the daemon reads the system's time zone database, see
// system-zones.ts); otherwise, as in a browser or a test, from Intl.
import { zoneOffsetMs, type ZoneRules } from './zone-rules.js';

/** The days of the week as the config names them, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Finds a zone's rules by its IANA name; null when it has none for that name. */
export type ZoneSource = (name: string) => ZoneRules | null;

/**
 * An office time zone: its IANA name and its offset from UTC at any instant. The daemon gets its zones from
 * its ZoneBook (zone-book.ts), which reads the system's time zone database and keeps what it read.
 */
export interface TimeZone {
  readonly name: string;
  offsetMs(at: number): number;
}

/**
 * A zone, or just its IANA name. A name is read through Intl afresh on every call (some 0.5 ms): fine for a
 * screen's occasional date, while anything that asks often holds a TimeZone from a ZoneBook.
 */
export type Zone = TimeZone | string;

/** A zone whose offsets come from its TZif rules. */
export function rulesZone(rules: ZoneRules): TimeZone {
  return { name: rules.name, offsetMs: (at) => zoneOffsetMs(rules, at) };
}

/** A zone whose offsets come from Intl (ICU's copy of the database, as old as the Node build); it keeps its formatter. */
export function intlZone(name: string): TimeZone {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  return {
    name,
    offsetMs(at) {
      const parts: Record<string, number> = {};
      for (const p of f.formatToParts(new Date(at))) parts[p.type] = Number(p.value);
      const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
      return wall - (at - (((at % 1000) + 1000) % 1000));
    },
  };
}

/** The zone itself, or one read through Intl for a bare name (for as long as the caller keeps it). */
export const toTimeZone = (zone: Zone): TimeZone => (typeof zone === 'string' ? intlZone(zone) : zone);

/** True for a time zone Intl knows (a ZoneBook also knows those of its zone source). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC in milliseconds at an instant. */
export function offsetMs(at: number, timeZone: Zone): number {
  return toTimeZone(timeZone).offsetMs(at);
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

export function localTime(at: number, timeZone: Zone): LocalTime {
  const wall = new Date(at + offsetMs(at, timeZone));
  const year = wall.getUTCFullYear(), month = wall.getUTCMonth() + 1, dayOfMonth = wall.getUTCDate();
  return {
    day: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`,
    year, month, dayOfMonth,
    weekday: WEEKDAYS[wall.getUTCDay()]!,
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** "24.11.2026" and "09:07": how a moment is written on tickets and documents, in the office's zone. */
export function officeDateText(at: number, timeZone: Zone): { date: string; time: string } {
  const t = localTime(at, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${two(t.dayOfMonth)}.${two(t.month)}.${t.year}`, time: formatClock(t.minutes) };
}

export const officeDay = (at: number, timeZone: Zone): string => localTime(at, timeZone).day;

/** "08:30" → 510. */
export function parseClock(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

export const formatClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Epoch ms of a local wall-clock minute on a local day. */
export function zonedEpoch(day: string, minutes: number, timeZone: Zone): number {
  const zone = toTimeZone(timeZone);
  const [y, mo, d] = day.split('-').map(Number);
  const wall = Date.UTC(y!, mo! - 1, d!, Math.floor(minutes / 60), minutes % 60);
  // Two passes settle the offset even on a day the zone changes its offset.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const lt = localTime(guess, zone);
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
  return WEEKDAYS[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}
