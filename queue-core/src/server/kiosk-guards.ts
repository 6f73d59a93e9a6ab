// What an enrolled kiosk may do, and how fast: its issuing is limited to what a line of people can tap,
// a kiosk that asks for many priority tickets is shown to the head of the service as an alert, and booking
// codes typed at it are limited and every refusal of one reads alike. Staff screens are not limited here:
// they signed in with a PIN.
import { queueError } from '../domain/errors.js';
import { CheckInLimits } from './check-in-limits.js';
import { storedKey, type Handler, type Session } from './context.js';

/** The kiosk a session was enrolled as; a kiosk session always has one (sign-in.ts). */
const kioskOf = (s: Session) => s.kiosk ?? s.address;

/**
 * Issuing from a kiosk: watched for priority, then limited; an issue the rules refused is not counted. A
 * keyed retry of a tap already done (its answer was lost with the connection) is no new tap: it passes, and
 * gets the ticket that tap made.
 */
export const limitKioskIssue = (issue: Handler<'issue'>): Handler<'issue'> => async (req, s, ctx) => {
  if (s.role !== 'kiosk') return issue(req, s, ctx);
  const key = storedKey(req, s);
  if (key !== undefined && ctx.service.store.findRequest(key) !== undefined) return issue(req, s, ctx);
  const kiosk = kioskOf(s);
  const now = ctx.service.now();
  if (req.priority && ctx.kiosks.notePriority(kiosk, now)) {
    ctx.log(`kiosk ${kiosk}: unusually many priority tickets asked (server.kioskIssuing.priorityAlertOver)`);
    void ctx.options.alerts?.check();
  }
  const { waitMs, officeReached } = ctx.kiosks.takeIssue(kiosk, now);
  if (waitMs > 0) {
    if (officeReached) ctx.log(`kiosk ${kiosk}: refused, all kiosks together have reached their issuing limit (server.kioskIssuing.allKiosks)`);
    return { error: queueError('ISSUING_TOO_FAST', 'Tickets are issued one after another; wait a moment', { retryAfterMs: waitMs }) };
  }
  const answer = await issue(req, s, ctx);
  if ('error' in answer) ctx.kiosks.giveBackIssue(kiosk, now);
  return answer;
};

/**
 * How long before its check-in opens a kiosk is told "too early, check-in opens at 11:10" for a right
 * code. Earlier than that the code reads as a wrong one, so that a code found by trying can only be one
 * of the few bookings of the next hours: docs/protocol.md, "Booking codes and their limits", has the
 * arithmetic (still years for one code at the limits).
 */
export const TELL_TOO_EARLY_WITHIN_MS = 2 * 60 * 60_000;

/**
 * A booking code typed at a kiosk: charged to the limits first, and every refusal answered alike, so a
 * code that has passed, or is due only hours from now, reads exactly as a wrong one. Two refusals are told
 * as they are: a code already checked in today names its ticket, since a used code takes nobody's turn
 * and the citizen who lost the paper needs the number; and a code whose check-in opens within
 * TELL_TOO_EARLY_WITHIN_MS says from what time (`details.opensAt`, nothing else about the booking), since
 * the citizen who came early needs to know when to come back. Staff learn the booked time itself.
 */
export const limitKioskCheckIn = (checkIn: Handler<'checkIn'>): Handler<'checkIn'> => async (req, s, ctx) => {
  if (s.role !== 'kiosk') return checkIn(req, s, ctx);
  const now = ctx.service.now();
  s.codeBucket ??= CheckInLimits.connectionBucket(now);
  const charged = ctx.kiosks.checkIns.charge(s.codeBucket, s.address, req.code, now);
  if ('retryAfterMs' in charged) return { error: queueError('TOO_MANY_CODES', 'Too many wrong codes; wait before the next try', { retryAfterMs: charged.retryAfterMs }) };
  const answer = await checkIn(req, s, ctx);
  if (!('error' in answer)) {
    ctx.kiosks.checkIns.refund(charged.charge);
    return answer;
  }
  if (answer.error.code === 'STORAGE_FAILED' || answer.error.code === 'INTERNAL' || answer.error.code === 'BOOKING_CHECKED_IN') return answer;
  const opensAt = checkInOpensAt(answer.error, ctx.service.config.booking.checkInEarlyMin);
  if (opensAt !== null && opensAt - now <= TELL_TOO_EARLY_WITHIN_MS) {
    ctx.kiosks.checkIns.refund(charged.charge);
    return { error: queueError('CHECK_IN_TOO_EARLY', 'Check-in for this code opens later', { opensAt }) };
  }
  return { error: queueError('BOOKING_NOT_FOUND', 'No booking can be checked in with this code now') };
};

/** When check-in opens for a code refused as too early, from the booked time the rules answered with. */
function checkInOpensAt(error: { code: string; details?: Record<string, unknown> }, earlyMin: number): number | null {
  if (error.code !== 'CHECK_IN_TOO_EARLY' || typeof error.details?.at !== 'number') return null;
  return error.details.at - earlyMin * 60_000;
}
