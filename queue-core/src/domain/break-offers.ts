// The end times a booth's break dialog offers: a technical break is short (a few minutes from now), a
// lunch ends when the booth's sliding lunch in the schedule ends. Screens show these and hold no rule of
// their own; the specialist may still type another time.
import type { ScheduleConfig } from '../config/schema.js';
import { localTime, parseClock, zonedEpoch, type Zone } from './office-time.js';
import type { BreakKind } from './types.js';

export interface BreakOffer {
  /** When the break ends, epoch ms on a whole minute. */
  until: number;
  /** Its length in minutes from now, for "5 min"; null for the lunch end from the schedule. */
  minutes: number | null;
}

export const TECHNICAL_BREAK_MINUTES = [5, 10, 15, 30] as const;
/** A lunch when the schedule gives this booth none, or its lunch is already over. */
export const LUNCH_MINUTES = [30, 45, 60] as const;

const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** The booth's lunch end today, when it is still ahead. */
export function lunchEnd(schedule: ScheduleConfig, zone: Zone, booth: number, now: number): number | null {
  const lunch = schedule.lunch.find((l) => l.booth === booth);
  if (!lunch) return null;
  const lt = localTime(now, zone);
  const end = zonedEpoch(lt.day, parseClock(lunch.hours.split('-')[1]!), zone);
  return end > now ? end : null;
}

/** The offered end times of a break of this kind started now, soonest first; the first is the default. */
export function breakOffers(kind: BreakKind, schedule: ScheduleConfig, zone: Zone, booth: number, now: number): BreakOffer[] {
  const after = (m: number): BreakOffer => ({ until: minute(now) + m * 60_000, minutes: m });
  if (kind === 'technical') return TECHNICAL_BREAK_MINUTES.map(after);
  const end = lunchEnd(schedule, zone, booth, now);
  return end !== null ? [{ until: end, minutes: null }] : LUNCH_MINUTES.map(after);
}
