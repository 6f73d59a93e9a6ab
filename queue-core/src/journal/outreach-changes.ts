// What may still change about an outreach visit, pure: a visit is moved (new day, new specialists) or
// takes a settlement's corrected list only while it is ahead — not cancelled, its day not past, no
// appeal taken on it recorded; it is cancelled only while nothing was taken on it. Each refusal is a code
// the screens translate and a message naming the visit.
import type { OutreachVisit } from './outreach-types.js';

export type OutreachRefusal = { code: 'OUTREACH_CANCELLED' | 'OUTREACH_HELD' | 'BAD_REQUEST'; message: string };

export const MAX_CANCEL_REASON = 300;

const held = (v: OutreachVisit, today: string): OutreachRefusal | null => {
  if (v.appeals > 0) return { code: 'OUTREACH_HELD', message: `The visit ${v.id} to ${v.settlement} has ${v.appeals} appeals recorded: it took place` };
  if (v.day < today) return { code: 'OUTREACH_HELD', message: `The visit ${v.id} to ${v.settlement} was on ${v.day}, in the past` };
  return null;
};

const cancelled = (v: OutreachVisit): OutreachRefusal | null =>
  v.cancelledAt === null ? null : { code: 'OUTREACH_CANCELLED', message: `The visit ${v.id} to ${v.settlement} is cancelled` };

/** A new day and/or specialists for a visit still ahead; the new day is today or later. */
export function rescheduleRefusal(v: OutreachVisit, newDay: string, today: string): OutreachRefusal | null {
  return cancelled(v) ?? held(v, today)
    ?? (newDay < today ? { code: 'BAD_REQUEST', message: `day: ${newDay} is in the past` } : null);
}

/** A settlement's list (first or corrected) for a visit still ahead. */
export const importRefusal = (v: OutreachVisit, today: string): OutreachRefusal | null => cancelled(v) ?? held(v, today);

/** A visit not yet cancelled on which no appeal was taken: a visit that did not take place may be cancelled after its day. */
export function cancelRefusal(v: OutreachVisit, reason: string): OutreachRefusal | null {
  if (!reason) return { code: 'BAD_REQUEST', message: 'reason: say why the visit is cancelled' };
  if (reason.length > MAX_CANCEL_REASON) return { code: 'BAD_REQUEST', message: `reason: at most ${MAX_CANCEL_REASON} characters` };
  return cancelled(v) ?? (v.appeals > 0 ? { code: 'OUTREACH_HELD', message: `The visit ${v.id} to ${v.settlement} has ${v.appeals} appeals recorded: it took place` } : null);
}

/** An appeal is linked only to a visit that was not cancelled. */
export const linkRefusal = (v: OutreachVisit): OutreachRefusal | null => cancelled(v);
