// Who is called next, and the line in that order. The order is configuration (`routing.order`), applied
// rule by rule:
//   booked   — a ticket issued for a booking that is due (its time minus `booking.dueBeforeMin` has come)
//              goes first; among those, the earlier booking first;
//   priority — a higher priority rank (veteran, disabled, …) goes first;
//   wait     — the longer a ticket has been in line (its place, kept through transfers) goes first.
// A booth only sees tickets of the directions it serves, plus tickets transferred to it by number.
// "Call next" takes the head of `lineOf`, and the operator's panel lists `lineOf` itself: one order, so the
// list a specialist reads is the order the calls follow. The functions take what the staff's view also
// holds (tickets, booking times, the routing rules), so the panel runs this very code on its view.
import type { OfficeConfig } from '../config/schema.js';
import type { Booth, QueueState, Ticket } from './types.js';

export type RoutingRule = OfficeConfig['routing']['order'][number];

/** The part of the configuration that orders the line; staff screens receive it in their snapshot. */
export interface RoutingRules {
  order: RoutingRule[];
  /** Minutes before its time from which a booked ticket counts as due. */
  dueBeforeMin: number;
  priorities: { id: string; rank: number }[];
}

export const routingRules = (config: OfficeConfig): RoutingRules => ({
  order: [...config.routing.order], dueBeforeMin: config.booking.dueBeforeMin, priorities: config.priorities.map((p) => ({ id: p.id, rank: p.rank })),
});

/** The booked time of a booking by id, or undefined when it is not known. */
export type BookingTime = (bookingId: string) => number | undefined;

/** What the line needs to know of a booth. */
export type LineBooth = Pick<Booth, 'number' | 'directions'>;

export function callableBy(booth: LineBooth, ticket: Ticket): boolean {
  if (ticket.state !== 'waiting') return false;
  if (ticket.targetBooth !== null) return ticket.targetBooth === booth.number;
  return booth.directions.includes(ticket.directionId);
}

/** What the calling order looks at in a ticket. */
export type Placed = Pick<Ticket, 'id' | 'bookingId' | 'priority' | 'queuedAt'>;

function dueAt(rules: RoutingRules, bookingTime: BookingTime, ticket: Placed, now: number): number | null {
  if (!ticket.bookingId) return null;
  const at = bookingTime(ticket.bookingId);
  if (at === undefined) return null;
  return at - rules.dueBeforeMin * 60_000 <= now ? at : null;
}

const stateBookingTime = (state: QueueState): BookingTime => (id) => state.bookings[id]?.at;

const rankOf = (rules: RoutingRules, t: Placed) => rules.priorities.find((p) => p.id === t.priority)?.rank ?? 0;

type Comparator = (a: Placed, b: Placed) => number;

/** Negative when `a` is called before `b`. */
export function lineComparator(rules: RoutingRules, bookingTime: BookingTime, now: number): Comparator {
  const compare: Record<RoutingRule, Comparator> = {
    booked: (a, b) => {
      const da = dueAt(rules, bookingTime, a, now), db = dueAt(rules, bookingTime, b, now);
      if (da !== null && db !== null) return da - db;
      return da !== null ? -1 : db !== null ? 1 : 0;
    },
    priority: (a, b) => rankOf(rules, b) - rankOf(rules, a),
    wait: (a, b) => a.queuedAt - b.queuedAt,
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

export function routingComparator(state: QueueState, config: OfficeConfig, now: number): Comparator {
  return lineComparator(routingRules(config), stateBookingTime(state), now);
}

/**
 * Why a ticket stands where it does: the first rule of the routing order that lifts it ('booked' when its
 * booking is due, 'priority' for a priority rank), else its time in line — 'kept-place' when it was
 * transferred and kept its place, 'wait' otherwise.
 */
export type LineReason = 'booked' | 'priority' | 'kept-place' | 'wait';

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

function reasonOf(rules: RoutingRules, bookingTime: BookingTime, t: Ticket, now: number): LineReason {
  for (const rule of rules.order) {
    if (rule === 'booked' && dueAt(rules, bookingTime, t, now) !== null) return 'booked';
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
  const waiting: Ticket[] = [];
  for (const t of tickets) if (callableBy(booth, t)) waiting.push(t);
  waiting.sort(lineComparator(rules, bookingTime, now));
  return waiting.map((t) => ({
    ticket: t, reason: reasonOf(rules, bookingTime, t, now), since: t.queuedAt, bookedAt: dueAt(rules, bookingTime, t, now), sentToBooth: t.targetBooth !== null,
  }));
}

/** The tickets a booth may call, in the order it would call them. */
export function lineFor(state: QueueState, config: OfficeConfig, booth: LineBooth, now: number): Ticket[] {
  // Only the tickets still in the office can be in a line: the finished ones of the day are not looked at.
  return lineOf(state.tickets.open(), stateBookingTime(state), routingRules(config), booth, now).map((p) => p.ticket);
}

export const nextTicketFor = (state: QueueState, config: OfficeConfig, booth: LineBooth, now: number): Ticket | null =>
  lineFor(state, config, booth, now)[0] ?? null;
