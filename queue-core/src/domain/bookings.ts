// Pre-booked appointments: which slots are free, and the code a citizen types at the kiosk.
import type { OfficeConfig } from '../config/schema.js';
import { hoursOn } from './schedule.js';
import { toTimeZone, zonedEpoch, type Zone } from './office-time.js';
import type { Booking, QueueState } from './types.js';

export const isActiveBooking = (b: Booking): boolean => b.state === 'booked' || b.state === 'checked-in';

export function bookingsInSlot(state: QueueState, directionId: string, at: number, exceptId?: string): number {
  return Object.values(state.bookings).filter((b) => b.directionId === directionId && b.at === at && isActiveBooking(b) && b.id !== exceptId).length;
}

export interface Slot {
  at: number;
  free: number;
}

/** Slot starts of a local day for a direction, with how many places are left in each; `zone` is the office's. */
export function slotsOn(state: QueueState, config: OfficeConfig, directionId: string, day: string, now: number, zone: Zone = config.office.timezone): Slot[] {
  const timeZone = toTimeZone(zone);
  const { slotMinutes, perSlot } = config.booking;
  const spans = hoursOn(config.schedule, day);
  const open = spans.length > 0 ? spans : config.schedule.alwaysOpen ? [{ from: 0, to: 24 * 60 }] : [];
  const slots: Slot[] = [];
  for (const span of open) {
    for (let m = span.from; m + slotMinutes <= span.to; m += slotMinutes) {
      const at = zonedEpoch(day, m, timeZone);
      if (at <= now) continue;
      slots.push({ at, free: perSlot - bookingsInSlot(state, directionId, at) });
    }
  }
  return slots;
}

/**
 * Nine digits, unique among bookings still to come; `random` is the caller's entropy. Nine, so that trying
 * codes at the kiosk's limits takes years (docs/protocol.md, "Booking codes and their limits"); codes of
 * six digits made before stay valid for their bookings.
 */
export const BOOKING_CODE_DIGITS = 9;

export function newBookingCode(state: QueueState, random: () => number): string {
  const taken = new Set(Object.values(state.bookings).filter(isActiveBooking).map((b) => b.code));
  for (;;) {
    const code = String(Math.floor(random() * 900_000_000) + 100_000_000);
    if (!taken.has(code)) return code;
  }
}
