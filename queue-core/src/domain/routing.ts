// Who is called next. The order is configuration (`routing.order`), applied rule by rule:
//   booked   — a ticket issued for a booking that is due (its time minus `booking.dueBeforeMin` has come)
//              goes first; among those, the earlier booking first;
//   priority — a higher priority rank (veteran, disabled, …) goes first;
//   wait     — the longer a ticket has been in line (its place, kept through transfers) goes first.
// A booth only sees tickets of the directions it serves, plus tickets transferred to it by number.
import type { OfficeConfig } from '../config/schema.js';
import type { Booth, QueueState, Ticket } from './types.js';

export function callableBy(booth: Booth, ticket: Ticket): boolean {
  if (ticket.state !== 'waiting') return false;
  if (ticket.targetBooth !== null) return ticket.targetBooth === booth.number;
  return booth.directions.includes(ticket.directionId);
}

export function dueBookingAt(state: QueueState, config: OfficeConfig, ticket: Ticket, now: number): number | null {
  if (!ticket.bookingId) return null;
  const booking = state.bookings[ticket.bookingId];
  if (!booking) return null;
  return booking.at - config.booking.dueBeforeMin * 60_000 <= now ? booking.at : null;
}

type Comparator = (a: Ticket, b: Ticket) => number;

export function routingComparator(state: QueueState, config: OfficeConfig, now: number): Comparator {
  const rank = (t: Ticket) => config.priorities.find((p) => p.id === t.priority)?.rank ?? 0;
  const rules: Record<OfficeConfig['routing']['order'][number], Comparator> = {
    booked: (a, b) => {
      const da = dueBookingAt(state, config, a, now), db = dueBookingAt(state, config, b, now);
      if (da !== null && db !== null) return da - db;
      return da !== null ? -1 : db !== null ? 1 : 0;
    },
    priority: (a, b) => rank(b) - rank(a),
    wait: (a, b) => a.queuedAt - b.queuedAt,
  };
  const order = config.routing.order.map((r) => rules[r]);
  return (a, b) => {
    for (const rule of order) {
      const c = rule(a, b);
      if (c !== 0) return c;
    }
    return a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** The tickets a booth may call, in the order it would call them. */
export function lineFor(state: QueueState, config: OfficeConfig, booth: Booth, now: number): Ticket[] {
  return Object.values(state.tickets).filter((t) => callableBy(booth, t)).sort(routingComparator(state, config, now));
}

export const nextTicketFor = (state: QueueState, config: OfficeConfig, booth: Booth, now: number): Ticket | null =>
  lineFor(state, config, booth, now)[0] ?? null;
