// What each role may see. Public screens (kiosk, hall and booth displays) get numbers, booths and counts,
// never a name beyond the specialist's name plate, nor bookings or history. A specialist at a booth gets
// the whole queue and the bookings' times (her line puts a due booking first), but not their citizens'
// names, phones or check-in codes; the consultant, the head and integrations get everything.
import type { OfficeConfig } from '../config/schema.js';
import type { Alert, Booking, Booth, QueueEvent, QueueState, Ticket } from '../domain/types.js';
import { routingRules } from '../domain/routing.js';
import { hallsOf, type HallFilter } from '../domain/halls.js';
import { RESULTS } from '../journal/types.js';
import { RESULT_TEXT } from '../journal/labels.js';
import type { QueueSummary } from '../domain/summary.js';
import { officeDay, type Zone } from '../domain/office-time.js';
import { upcomingReceptions } from '../journal/reception-rules.js';
import type { DeviceStatus, PublicBooth, PublicTicket, Role, Snapshot, ViewEvent } from '../protocol/messages.js';

/** Who a notice is for: public screens, or every staff screen. */
export type Audience = 'public' | 'staff';

export const audienceOf = (role: Role): Audience => (role === 'kiosk' || role === 'display' ? 'public' : 'staff');

/** Which picture of the queue a session is sent: public, a booth specialist's (bookings without citizens), or the whole. */
export type View = 'public' | 'booth' | 'staff';

// The archivist (case files) sees the office as a booth does: bookings without the citizens' names.
export const viewOf = (role: Role): View => (role === 'operator' || role === 'archivist' ? 'booth' : audienceOf(role));

/** A booking as a booth sees it: when and for what, with no citizen and no code. */
export const boothBooking = (b: Booking): Booking => ({ ...b, code: '', citizenName: '', phone: '', createdBy: null });

export const publicTicket = (t: Ticket): PublicTicket => ({
  id: t.id, label: t.label, directionId: t.directionId, state: t.state, booth: t.booth, targetBooth: t.targetBooth,
  issuedAt: t.issuedAt, calledAt: t.calledAt, recalls: t.recalls, priority: t.priority,
  // A life situation's progress (its steps and where the ticket goes next) is the office's, nobody's personal data.
  ...(t.bundle ? { bundle: t.bundle } : {}),
});

export const publicBooth = (b: Booth): PublicBooth => ({
  number: b.number, status: b.status, staffName: b.staffName, directions: b.directions, breakKind: b.breakKind, breakUntil: b.breakUntil, ticketId: b.ticketId,
  // The booth's rating screen shows the window; it holds the visit's ticket id and the score, nobody's name.
  ...(b.rating !== undefined ? { rating: b.rating } : {}),
});

/**
 * The event as a hall display sees it: its booths, and the tickets in its hall. A transfer goes to every
 * hall, since the ticket may just have left one (its display must stop showing the call).
 */
export function hallEvent(event: ViewEvent, hall: HallFilter): ViewEvent | null {
  if (event.type === 'booth') return hall.hasBooth(event.booth.number) ? event : null;
  if (event.type === 'ticket') return event.action === 'transferred' || event.action === 'next-step' || hall.hasTicket(event.ticket) ? event : null;
  return event;
}

/** The counts of a hall's directions only. */
export const hallSummary = (summary: QueueSummary, hall: HallFilter): QueueSummary => ({ ...summary, directions: summary.directions.filter((d) => hall.hasDirection(d.id)) });

/** The event as the audience may see it, or null when it is not theirs to see. */
export function viewEvent(event: QueueEvent, audience: View): ViewEvent | null {
  if (audience === 'staff') return event;
  // A visit's rating, with the specialist who served it, is for the head of the service, not for the booths.
  if (event.type === 'rating') return null;
  if (audience === 'booth') return event.type === 'booking' ? { ...event, booking: boothBooking(event.booking) } : event;
  switch (event.type) {
    case 'ticket': return { ...event, ticket: publicTicket(event.ticket) };
    case 'booth': return { ...event, booth: publicBooth(event.booth) };
    case 'booking': return null;
    case 'day': return event;
    case 'alert': return null;
    case 'norm': return null;
  }
}

// The book keeps no order of its own; within one millisecond the lower number was issued first.
const inIssueOrder = (a: Ticket, b: Ticket) => a.issuedAt - b.issuedAt || a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The picture a screen starts from. Staff get every ticket of the day; public screens only those still in
 * the office (waiting, called, serving): what the hall lists, the booth panels show and the counts come
 * from. The finished ones are no screen's business and would make each public snapshot grow all day.
 */
export function snapshot(state: QueueState, config: OfficeConfig, summary: QueueSummary, devices: DeviceStatus, audience: View, now: number, alerts: Alert[] = [], hall?: HallFilter, zone: Zone = config.office.timezone): Snapshot {
  let tickets = [...(audience === 'public' ? state.tickets.open() : state.tickets.values())].sort(inIssueOrder);
  let booths = Object.values(state.booths).sort((a, b) => a.number - b.number);
  let directions = config.directions;
  // A hall display is sent its hall alone: its booths, its directions and their counts, the tickets in it.
  if (hall && audience === 'public') {
    tickets = tickets.filter((t) => hall.hasTicket(t));
    booths = booths.filter((b) => hall.hasBooth(b.number));
    directions = directions.filter((d) => hall.hasDirection(d.id));
    summary = hallSummary(summary, hall);
  }
  const base: Snapshot = {
    now,
    office: { name: config.office.name, address: config.office.address, phones: config.office.phones, timezone: config.office.timezone, language: config.office.language },
    directions: directions.map((d) => ({ id: d.id, prefix: d.prefix, name: d.name, ...(d.steps?.length ? { lifeSituation: true as const } : {}) })),
    priorities: config.priorities,
    feedback: { enabled: config.feedback.enabled, maxLength: config.feedback.maxLength },
    checkIn: { earlyMin: config.booking.checkInEarlyMin, lateMin: config.booking.checkInLateMin },
    schedule: config.schedule,
    display: config.display,
    accessibility: config.accessibility,
    booths: audience === 'public' ? booths.map(publicBooth) : booths,
    tickets: audience === 'public' ? tickets.map(publicTicket) : tickets,
    summary,
    devices,
    halls: hallsOf(config).map((h) => ({ id: h.id, name: h.name, booths: h.booths, directions: h.directions })),
    ...(hall && audience === 'public' ? { hall: hall.hall.id } : {}),
    ...(config.rating.enabled ? { rating: { timeoutSeconds: config.rating.timeoutSeconds, reasons: config.rating.reasons } } : {}),
    // The management's next reception days, published on every screen (seed 001, §4.1): who and when, no names of citizens.
    ...(config.reception.hours.length ? { reception: upcomingReceptions(config.reception, config.schedule.holidays, officeDay(now, zone), config.reception.publishDays) } : {}),
  };
  if (audience === 'public') return base;
  return {
    ...base,
    results: RESULTS.map((id) => ({ id, name: RESULT_TEXT[id] })),
    alerts,
    routing: routingRules(config),
    staff: config.staff.map((s) => ({ id: s.id, name: s.name, role: s.role })),
    bookings: Object.values(state.bookings).map((b) => (audience === 'staff' ? b : boothBooking(b))).sort((a, b) => a.at - b.at),
    reasons: config.journal.reasons,
  };
}
