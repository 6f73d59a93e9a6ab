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
  const wait = ctx.kiosks.takeIssue(kiosk, now);
  if (wait > 0) return { error: queueError('ISSUING_TOO_FAST', 'Tickets are issued one after another; wait a moment', { retryAfterMs: wait }) };
  const answer = await issue(req, s, ctx);
  if ('error' in answer) ctx.kiosks.giveBackIssue(kiosk, now);
  return answer;
};

/**
 * A booking code typed at a kiosk: charged to the limits first, and every refusal answered alike, so a
 * code that exists but is not due yet (or has passed) reads exactly as a wrong one. Only staff learn
 * "too early, from 10:40". One refusal is told as it is: a code already checked in today names its
 * ticket, since a used code takes nobody's turn and the citizen who lost the paper needs the number.
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
  return { error: queueError('BOOKING_NOT_FOUND', 'No booking can be checked in with this code now') };
};
