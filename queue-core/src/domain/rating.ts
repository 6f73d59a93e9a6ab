// The citizen's rating of a visit (issue 17): when a specialist finishes a visit at a booth where the
// office lets citizens rate, a rating window opens for that visit; the citizen gives a score 1–5 in one
// touch (a face on the booth's touch display or tablet, or a key of the booth's rating keypad), then
// maybe one reason. The rating belongs to the visit (its ticket), never to the citizen; one per visit;
// it is given only by the booth's own rating device, never from the specialist's panel; the window
// closes quietly when its time runs out or the booth calls the next citizen. Pure: the rules here are
// applied by domain/queue.ts, which records every step as a `rating` event.
import type { OfficeConfig } from '../config/schema.js';
import { queueError, type QueueError } from './errors.js';
import type { Actor, Booth, Ticket } from './types.js';
import type { Rating, RatingWindow } from './rating-window.js';

export type { Rating, RatingClose, RatingWindow } from './rating-window.js';

/** A score of 4 or 5 counts as satisfied: the share of them is the office's satisfaction figure. */
export const isSatisfied = (score: number): boolean => score >= SATISFIED_FROM;

/** The booth's rating settings when the office lets citizens rate there; else null. */
export function ratingBooth(config: OfficeConfig, booth: number) {
  if (!config.rating.enabled) return null;
  return config.rating.booths.find((b) => b.booth === booth) ?? null;
}

/** The window a finished visit opens at its booth, or null when the booth takes no ratings. */
export function windowFor(config: OfficeConfig, ticket: Ticket, now: number): RatingWindow | null {
  if (ticket.booth === null || !ratingBooth(config, ticket.booth)) return null;
  return { ticketId: ticket.id, until: now + config.rating.timeoutSeconds * 1000, score: null, reason: null };
}

/** The log's record of a window: the visit's ticket and the booth's specialist, with the window as it stands. */
export function ratingOf(ticket: Ticket, booth: Booth, w: RatingWindow): Rating {
  return {
    ticketId: ticket.id, day: ticket.day, label: ticket.label, directionId: ticket.directionId, booth: booth.number, staffId: ticket.staffId,
    openedAt: ticket.finishedAt ?? w.until, until: w.until, score: w.score, reason: w.reason,
  };
}

/** Whether the window is open at `now`: a window past its time takes nothing, even before it is closed in the log. */
export const windowOpen = (w: RatingWindow | null | undefined, now: number): w is RatingWindow => !!w && now < w.until;

export interface RateCommand { booth: number; score?: number; reason?: string }

/** A score counts as satisfied from this up (4 and 5 of 5), in the statistics and for the reasons offered. */
export const SATISFIED_FROM = 4;

/**
 * The reasons offered after a score: `low` ones after 1–3, `high` ones after 4–5, `any` after every
 * score. The screen shows these and the core accepts only these, so a 5 never carries "waited long".
 */
export function reasonsFor<R extends { when: 'low' | 'high' | 'any' }>(reasons: readonly R[], score: number): R[] {
  return reasons.filter((r) => r.when === 'any' || (r.when === 'high') === (score >= SATISFIED_FROM));
}

/**
 * The window after the citizen's touch, or why it is refused. A score comes first and once; a reason
 * may follow it once, and must be one of the office's reasons. Only the booth's own rating device rates.
 */
export function rate(config: OfficeConfig, booth: Booth, actor: Actor, cmd: RateCommand, now: number): RatingWindow | QueueError {
  if (!ratingBooth(config, booth.number)) return queueError('RATING_OFF', `Booth ${booth.number} takes no ratings`);
  if (actor.role !== 'display' || actor.booth !== booth.number) return queueError('ROLE_FORBIDDEN', `Only booth ${booth.number}'s own rating screen or keypad rates its visits`);
  const w = booth.rating;
  if (!windowOpen(w, now)) return queueError('RATING_CLOSED', `No visit to rate at booth ${booth.number} now`);
  if (cmd.score === undefined && cmd.reason === undefined) return queueError('BAD_REQUEST', 'Say a score or a reason');
  let next = w;
  if (cmd.score !== undefined) {
    if (!Number.isInteger(cmd.score) || cmd.score < 1 || cmd.score > 5) return queueError('BAD_REQUEST', 'score: expected a whole number 1–5');
    if (w.score !== null) return queueError('RATING_GIVEN', 'This visit is already rated');
    next = { ...next, score: cmd.score };
  }
  if (cmd.reason !== undefined) {
    if (!config.rating.reasons.some((r) => r.id === cmd.reason)) return queueError('RATING_REASON_NOT_FOUND', `No rating reason "${cmd.reason}"`);
    if (next.score === null) return queueError('BAD_REQUEST', 'A reason follows the score');
    if (w.reason !== null) return queueError('RATING_GIVEN', 'This visit already has its reason');
    if (!reasonsFor(config.rating.reasons, next.score).some((r) => r.id === cmd.reason)) {
      return queueError('RATING_REASON_NOT_FOUND', `Reason "${cmd.reason}" is not offered after a score of ${next.score}`);
    }
    next = { ...next, reason: cmd.reason };
  }
  return next;
}
