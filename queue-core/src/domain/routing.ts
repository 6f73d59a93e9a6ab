// Who is called next, and the line in that order. The order is configuration (`routing.order`), applied
// rule by rule:
//   booked   — a ticket issued for a booking that is due (its time minus `booking.dueBeforeMin` has come)
//              goes first; among those, the earlier booking first;
//   priority — a higher priority rank (veteran, disabled, …) goes first;
//   wait     — the longer a ticket has been in line (its place, kept through transfers) goes first.
// A booth only sees tickets of the directions it serves, plus tickets transferred to it by number.
//
// That is strict priority, and it stays so unless a direction softens it in `routing.directions.<id>`
// (both need "priority" before "wait" in the order; bookings keep their place either way):
//
//   ageing { minutesPerRank: K } — each K minutes of waiting count as one priority rank step. A ticket
//     stands as if it had come rank × K minutes earlier, and is called by that time: the priority rule no
//     longer lifts it on its own. With K = 3 and a veteran of rank 10 (a head start of 30 minutes): an
//     ordinary visitor who came at 9:00 goes before a veteran who came at 9:40, and after one who came at
//     9:20. Ordinary visitors keep their order among themselves, and so do veterans: all wait alike.
//     In the line, an ordinary ticket standing before a priority one of its direction reads "long wait".
//     At a booth that also serves a strict direction, that direction's priority tickets still go first.
//
//   mix { priorityInRow: N, ordinaryWaitMin: M } — counted by direction, whichever booth calls (three
//     booths do not each call N in a row, and a ticket's people ahead can be counted): after N
//     priority tickets called in a row, while the longest-waiting ordinary ticket has waited M minutes
//     or more, that ordinary ticket is called before the next priority one; then priority again. With
//     N = 2, M = 15, veterans V1…V5 and ordinary O1 (waiting 20 min) O2 (5 min), a fresh day calls
//     V1 V2 O1 V3 V4 V5 O2: O2 waits for the veterans, as under strict priority, for it has not waited
//     15 minutes. "In a row" is since the last ordinary ticket of the direction was called (a
//     ticket's calls before it was transferred do not count); booked tickets neither count nor break it.
//     In the line, the ordinary ticket called in turn reads "the priority line takes turns".
//
// "Call next" takes the head of `lineOf`, and the operator's panel lists `lineOf` itself: one order, so the
// list a specialist reads is the order the calls follow; the people ahead on a ticket (estimate.ts) are
// counted in the same order. The functions take what the staff's view also holds (tickets, booking times,
// the routing rules), so the panel runs this very code on its view.
import type { OfficeConfig } from '../config/schema.js';
import type { Booth, QueueState, Ticket } from './types.js';
import { mixTurns, priorityStreaks } from './priority-mix.js';
import { ageingOf, mixes, mixOf, rankOf, routingRules, type Placed, type RoutingRule, type RoutingRules } from './routing-rules.js';

export { priorityStreaks } from './priority-mix.js';
export { routingRules, type DirectionRouting, type Placed, type RoutingRule, type RoutingRules } from './routing-rules.js';

/** The booked time of a booking by id, or undefined when it is not known. */
export type BookingTime = (bookingId: string) => number | undefined;

/** What the line needs to know of a booth. */
export type LineBooth = Pick<Booth, 'number' | 'directions'>;

export function callableBy(booth: LineBooth, ticket: Ticket): boolean {
  if (ticket.state !== 'waiting') return false;
  if (ticket.targetBooth !== null) return ticket.targetBooth === booth.number;
  return booth.directions.includes(ticket.directionId);
}

function dueAt(rules: RoutingRules, bookingTime: BookingTime, ticket: Placed, now: number): number | null {
  if (!ticket.bookingId) return null;
  const at = bookingTime(ticket.bookingId);
  if (at === undefined) return null;
  return at - rules.dueBeforeMin * 60_000 <= now ? at : null;
}

export const stateBookingTime = (state: QueueState): BookingTime => (id) => state.bookings[id]?.at;

/** The rank the `priority` rule compares: none where the direction ages its tickets (the rank is a head start there). */
const ruleRank = (rules: RoutingRules, t: Placed) => (ageingOf(rules, t) ? 0 : rankOf(rules, t));

/** The time the `wait` rule compares: the place in line, rank × minutesPerRank earlier where the direction ages. */
function standsSince(rules: RoutingRules, t: Placed): number {
  const ageing = ageingOf(rules, t);
  return ageing ? t.queuedAt - rankOf(rules, t) * ageing.minutesPerRank * 60_000 : t.queuedAt;
}

type Comparator = (a: Placed, b: Placed) => number;

/** Negative when `a` is called before `b` — before any mixing (see `callingOrder`). */
export function lineComparator(rules: RoutingRules, bookingTime: BookingTime, now: number): Comparator {
  const compare: Record<RoutingRule, Comparator> = {
    booked: (a, b) => {
      const da = dueAt(rules, bookingTime, a, now), db = dueAt(rules, bookingTime, b, now);
      if (da !== null && db !== null) return da - db;
      return da !== null ? -1 : db !== null ? 1 : 0;
    },
    priority: (a, b) => ruleRank(rules, b) - ruleRank(rules, a),
    wait: (a, b) => standsSince(rules, a) - standsSince(rules, b),
  };
  const order = rules.order.map((r) => compare[r]);
  return (a, b) => {
    for (const rule of order) {
      const c = rule(a, b);
      if (c !== 0) return c;
    }
    return a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/**
 * Waiting tickets in the order successive "call next" now would take them: the comparator's order, with an
 * ordinary ticket taken out of turn (`mixed`) where a direction's mix says so. `streaks` from `priorityStreaks`.
 */
export function callingOrder<T extends Placed>(tickets: Iterable<T>, rules: RoutingRules, bookingTime: BookingTime, now: number, streaks: ReadonlyMap<string, number>): { ticket: T; mixed: boolean }[] {
  const sorted = [...tickets].sort(lineComparator(rules, bookingTime, now));
  return mixes(rules) ? mixTurns(sorted, rules, now, streaks) : sorted.map((ticket) => ({ ticket, mixed: false }));
}

/**
 * Why a ticket stands where it does: 'mixed' when its direction's mix calls it before a priority ticket;
 * else the first rule of the routing order that lifts it ('booked' when its booking is due; 'priority' for
 * a priority rank; where the direction ages, 'aged' when it stands before a higher rank of its direction),
 * else its time in line — 'kept-place' when it was transferred and kept its place, 'wait' otherwise.
 */
export type LineReason = 'booked' | 'priority' | 'aged' | 'mixed' | 'kept-place' | 'wait';

export interface LinePlace {
  ticket: Ticket;
  reason: LineReason;
  /** Since when the ticket counts as in line (its place). */
  since: number;
  /** The booked time, for a ticket whose booking is due. */
  bookedAt: number | null;
  /** Sent to this booth by number rather than by direction. */
  sentToBooth: boolean;
}

function reasonOf(rules: RoutingRules, bookingTime: BookingTime, t: Ticket, now: number, outranked: boolean): LineReason {
  for (const rule of rules.order) {
    if (rule === 'booked' && dueAt(rules, bookingTime, t, now) !== null) return 'booked';
    if (rule === 'priority' && ageingOf(rules, t) && outranked) return 'aged';
    if (rule === 'priority' && rankOf(rules, t) > 0) return 'priority';
    if (rule === 'wait') break;
  }
  return keptPlace(t) ? 'kept-place' : 'wait';
}

/** Transferred, and its place in line is older than the transfer. */
function keptPlace(t: Ticket): boolean {
  for (let i = t.history.length - 1; i >= 0; i--) {
    const step = t.history[i]!;
    if (step.action === 'transferred') return t.queuedAt < step.at;
  }
  return false;
}

/** A booth's waiting tickets in exactly the order successive "call next" would call them, each with why. */
export function lineOf(tickets: Iterable<Ticket>, bookingTime: BookingTime, rules: RoutingRules, booth: LineBooth, now: number): LinePlace[] {
  const all = [...tickets];
  const order = callingOrder(all.filter((t) => callableBy(booth, t)), rules, bookingTime, now, mixes(rules) ? priorityStreaks(all, rules) : new Map());
  // Outranked: a higher rank of the same direction stands later in the line.
  const highestAfter = new Map<string, number>();
  const outranked = new Array<boolean>(order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i]!.ticket, rank = rankOf(rules, t);
    outranked[i] = (highestAfter.get(t.directionId) ?? 0) > rank;
    highestAfter.set(t.directionId, Math.max(rank, highestAfter.get(t.directionId) ?? 0));
  }
  return order.map(({ ticket: t, mixed }, i) => ({
    ticket: t, reason: mixed ? 'mixed' : reasonOf(rules, bookingTime, t, now, outranked[i]!), since: t.queuedAt, bookedAt: dueAt(rules, bookingTime, t, now), sentToBooth: t.targetBooth !== null,
  }));
}

/** The tickets a booth may call, in the order it would call them. */
export function lineFor(state: QueueState, config: OfficeConfig, booth: LineBooth, now: number): Ticket[] {
  const rules = routingRules(config);
  // Only the tickets still in the office can be in a line; the finished ones are looked at only for a mix's count.
  return lineOf(mixes(rules) ? state.tickets.values() : state.tickets.open(), stateBookingTime(state), rules, booth, now).map((p) => p.ticket);
}

export const nextTicketFor = (state: QueueState, config: OfficeConfig, booth: LineBooth, now: number): Ticket | null =>
  lineFor(state, config, booth, now)[0] ?? null;

/** The tickets of its direction that successive "call next" would take before `ticket` (waiting, or about to be issued). */
export function aheadInDirection(state: QueueState, config: OfficeConfig, ticket: Placed, now: number): number {
  const rules = routingRules(config);
  const bookingTime = stateBookingTime(state);
  const others: Placed[] = [];
  for (const t of state.tickets.waiting(ticket.directionId)) if (t.id !== ticket.id) others.push(t);
  if (!mixOf(rules, ticket.directionId)) {
    // Without a mix the order is the comparator's alone: count, no need to sort a long line.
    const before = lineComparator(rules, bookingTime, now);
    return others.filter((t) => before(t, ticket) < 0).length;
  }
  return callingOrder([ticket, ...others], rules, bookingTime, now, priorityStreaks(state.tickets.values(), rules)).findIndex((p) => p.ticket === ticket);
}
