// Keeps a client's copy of the office up to date: a snapshot, then each event applied in order.
// Pure, shared by every app, so that all screens agree on what an event means.
import type { Snapshot, ViewEvent } from './messages.js';

const STILL_IN_OFFICE: ReadonlySet<string> = new Set(['waiting', 'called', 'serving']);

export function applyEvent(view: Snapshot, event: ViewEvent): Snapshot {
  switch (event.type) {
    case 'ticket': {
      const i = view.tickets.findIndex((t) => t.id === event.ticket.id);
      const tickets = [...view.tickets];
      // A public screen (its snapshot has no bookings) holds, like its snapshot, only the tickets still in
      // the office: one left open all day does not gather the day's finished tickets.
      if (!view.bookings && !STILL_IN_OFFICE.has(event.ticket.state)) {
        if (i >= 0) tickets.splice(i, 1);
      } else if (i >= 0) tickets[i] = event.ticket;
      else tickets.push(event.ticket);
      return { ...view, tickets };
    }
    case 'booth':
      return { ...view, booths: view.booths.map((b) => (b.number === event.booth.number ? event.booth : b)) };
    case 'booking': {
      if (!view.bookings) return view;
      const others = view.bookings.filter((b) => b.id !== event.booking.id);
      return { ...view, bookings: [...others, event.booking].sort((a, b) => a.at - b.at) };
    }
    case 'day':
      // Yesterday's tickets leave the screens; the day's closing events already marked them closed.
      return { ...view, tickets: view.tickets.filter((t) => t.id.startsWith(`${event.day}/`)) };
    case 'alert': {
      if (!view.alerts) return view;
      const others = view.alerts.filter((a) => a.id !== event.alert.id);
      return { ...view, alerts: event.action !== 'resolved' ? [...others, event.alert].sort((a, b) => a.since - b.since) : others };
    }
    case 'norm':
      // Kept in the log for the statistics; the alert that goes with it is what the screens show.
      return view;
    case 'rating':
      // Kept in the log for the statistics; the booth's own event carries the window its screens show.
      return view;
  }
}

/** The latest calls, newest first: what the hall display lists. */
export function latestCalls(view: Snapshot, limit: number) {
  return view.tickets
    .filter((t) => t.calledAt !== null && (t.state === 'called' || t.state === 'serving'))
    .sort((a, b) => b.calledAt! - a.calledAt!)
    .slice(0, limit);
}
