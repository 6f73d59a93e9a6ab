// Bookings hold a citizen's name and phone, so what reaches staff screens is audited as the journal's
// records are: the day's bookings shown to a new staff session, and every booking a request changed.
import type { StoredEvent } from '../store/queue-store.js';
import type { GatewayContext, Session } from './context.js';
import type { JournalActor } from './journal-service.js';

const actorOf = (s: Session): JournalActor => ({ role: s.role ?? 'unknown', staffId: s.staffId, booth: s.booth, integration: s.integration });

/** The bookings in the snapshot a staff session (or an integration) was just sent. */
export function auditBookingsShown(ctx: GatewayContext, s: Session): void {
  ctx.options.journal?.auditBookings(actorOf(s), 'listed', Object.keys(ctx.service.state.bookings));
}

/** The bookings a request of this session booked, moved, cancelled or checked in. */
export function auditBookingsChanged(ctx: GatewayContext, s: Session, events: readonly StoredEvent[]): void {
  const ids = events.flatMap(({ event }) => (event.type === 'booking' ? [event.booking.id] : []));
  ctx.options.journal?.auditBookings(actorOf(s), 'changed', ids);
}
