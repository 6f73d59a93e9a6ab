// Office hours: which days and hours the office receives citizens, including "the second and fourth
// Saturday", holidays, and when the kiosk stops issuing tickets before closing.
import type { ScheduleConfig } from '../config/schema.js';
import { addDays, formatClock, localTime, officeDay, parseClock, toTimeZone, weekdayOf, zonedEpoch, type Zone } from './office-time.js';

export interface Span {
  from: number; // minutes since local midnight
  to: number;
}

const toSpan = (h: string): Span => {
  const [a, b] = h.split('-');
  return { from: parseClock(a!), to: parseClock(b!) };
};

/** The n-th occurrence of its weekday within the month (1 for days 1–7, 2 for 8–14, …). */
export const weekOfMonth = (dayOfMonth: number): number => Math.ceil(dayOfMonth / 7);

/** Opening hours on a local day; empty when the office is closed all day. */
export function hoursOn(schedule: ScheduleConfig, day: string): Span[] {
  if (schedule.holidays.includes(day)) return [];
  const weekday = weekdayOf(day);
  const dom = Number(day.slice(8, 10));
  const spans = schedule.week[weekday].map(toSpan);
  for (const rule of schedule.nthWeekdays) {
    if (rule.weekday === weekday && rule.weeks.includes(weekOfMonth(dom))) spans.push(...rule.hours.map(toSpan));
  }
  return spans.sort((a, b) => a.from - b.from);
}

/** A day's hours as every screen tells them: round the clock, a holiday, closed, or these spans. */
export interface DayHours {
  day: string;
  alwaysOpen: boolean;
  holiday: boolean;
  spans: Span[];
}

export function hoursOfDay(schedule: ScheduleConfig, day: string): DayHours {
  return { day, alwaysOpen: schedule.alwaysOpen, holiday: schedule.holidays.includes(day), spans: schedule.alwaysOpen ? [] : hoursOn(schedule, day) };
}

/** Today's hours in the office's time zone: what the hall shows under "open today". */
export const hoursToday = (schedule: ScheduleConfig, timeZone: Zone, now: number): DayHours => hoursOfDay(schedule, officeDay(now, timeZone));

/** "08:30–17:30". */
export const spanText = (s: Span): string => `${formatClock(s.from)}–${formatClock(s.to)}`;

export interface ScheduleStatus {
  open: boolean;
  alwaysOpen: boolean;
  /** When the current opening ends (epoch ms), if open and not round the clock. */
  closesAt: number | null;
  /** The next opening (epoch ms), if closed and one is known within the horizon. */
  opensAt: number | null;
}

export function scheduleStatus(schedule: ScheduleConfig, zone: Zone, now: number, horizonDays = 14): ScheduleStatus {
  if (schedule.alwaysOpen) return { open: true, alwaysOpen: true, closesAt: null, opensAt: null };
  const timeZone = toTimeZone(zone);
  const lt = localTime(now, timeZone);
  for (const span of hoursOn(schedule, lt.day)) {
    if (lt.minutes >= span.from && lt.minutes < span.to) {
      return { open: true, alwaysOpen: false, closesAt: zonedEpoch(lt.day, span.to, timeZone), opensAt: null };
    }
  }
  for (let i = 0; i <= horizonDays; i++) {
    const day = addDays(lt.day, i);
    const next = hoursOn(schedule, day).find((s) => i > 0 || s.from > lt.minutes);
    if (next) return { open: false, alwaysOpen: false, closesAt: null, opensAt: zonedEpoch(day, next.from, timeZone) };
  }
  return { open: false, alwaysOpen: false, closesAt: null, opensAt: null };
}
