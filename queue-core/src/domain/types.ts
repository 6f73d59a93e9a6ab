// The queue's vocabulary: tickets, booths, bookings, the state that holds them, the commands that change
// it and the events those changes produce. Times are epoch milliseconds; an office day is "YYYY-MM-DD" in
// the office's own time zone.
import type { TicketBook } from './ticket-book.js';
import type { NormBreach } from './norm-breach.js';
import type { Rating, RatingClose, RatingWindow } from './rating-window.js';

export type TicketState = 'waiting' | 'called' | 'serving' | 'done' | 'no-show' | 'closed';
export type TicketSource = 'kiosk' | 'consultant' | 'booking';
export type TicketAction = 'issued' | 'called' | 'recalled' | 'started' | 'finished' | 'no-show' | 'transferred' | 'closed' | 'result-recorded' | 'next-step';

/** One step of a life situation (life-situations.ts): a direction's queue, or one booth serving that direction. */
export interface BundleStep {
  direction: string;
  /** Only this booth calls the step; null: any booth of the direction. */
  booth: number | null;
}

/** Where a ticket of a life situation is in it: the situation, its steps as they were at issue, and the step it is at. */
export interface TicketBundle {
  /** The life situation: the id of the direction the ticket was issued under (its letter and numbering). */
  id: string;
  steps: BundleStep[];
  /** The step the ticket is at, from 0. */
  step: number;
  /** When the step before finished and sent the ticket here; null at the first step. */
  movedAt: number | null;
  /** The booth whose finish sent the ticket here; null at the first step. */
  fromBooth: number | null;
  /** null while the citizen is in it; 'completed' when the last step finished; 'broken' when a no-show or a close ended it early. */
  ended: 'completed' | 'broken' | null;
}

export interface TicketStep {
  at: number;
  action: TicketAction;
  booth?: number;
  staffId?: string;
  note?: string;
}

export interface Ticket {
  id: string;
  day: string;
  number: number;
  /** What the citizen sees and hears: prefix + number, e.g. "Д105". */
  label: string;
  directionId: string;
  priority: string | null;
  bookingId: string | null;
  source: TicketSource;
  state: TicketState;
  issuedAt: number;
  /** The ticket's place in line: its issue time, kept on transfer unless the operator says otherwise. */
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** The booth that called it last. */
  booth: number | null;
  /** Set when transferred to a particular booth: only that booth may call it. */
  targetBooth: number | null;
  staffId: string | null;
  recalls: number;
  transfers: number;
  /** The visit's result, an id of the one list shared with the visitor card (journal/visit-results.ts). */
  result: string | null;
  history: TicketStep[];
  /** Set on a ticket of a life situation (a bundle of steps); absent or null on an ordinary one. */
  bundle?: TicketBundle | null;
}

export type BoothStatus = 'closed' | 'open' | 'break';
export type BreakKind = 'lunch' | 'technical';

export interface Booth {
  number: number;
  status: BoothStatus;
  staffId: string | null;
  staffName: string | null;
  directions: string[];
  breakKind: BreakKind | null;
  breakUntil: number | null;
  /** The ticket called to or served at this booth right now. */
  ticketId: string | null;
  since: number | null;
  /** The rating window of the visit finished here last, while it is open (rating.ts); absent where nobody rates. */
  rating?: RatingWindow | null;
}

export type BookingState = 'booked' | 'checked-in' | 'cancelled';

export interface Booking {
  id: string;
  /** Given to the citizen; typed at the kiosk to check in. */
  code: string;
  directionId: string;
  at: number;
  day: string;
  citizenName: string;
  phone: string;
  state: BookingState;
  ticketId: string | null;
  createdAt: number;
  createdBy: string | null;
}

export interface QueueState {
  day: string;
  /** The last number issued today per direction; absent means none yet. */
  lastNumber: Record<string, number>;
  /** Today's tickets by id, with those still in the office indexed by direction (see ticket-book.ts). */
  tickets: TicketBook<Ticket>;
  booths: Record<number, Booth>;
  /** Bookings from today on, by id. */
  bookings: Record<string, Booking>;
  /** Recent service durations per direction (ms), newest last; feeds the wait estimate. */
  serviceTimes: Record<string, number[]>;
  bookingSeq: number;
  /** The office day the head of the service ended early (closeDay): no booth opens again that day. */
  endedDay?: string | null;
}

export interface Actor {
  role: 'kiosk' | 'display' | 'operator' | 'consultant' | 'supervisor' | 'integration' | 'archivist' | 'system';
  staffId?: string;
  /** The booth an operator is bound to. */
  booth?: number;
}

export type Command =
  | { type: 'issue'; directionId: string; priority?: string | null; source?: TicketSource }
  | { type: 'checkIn'; code: string }
  | { type: 'openBooth'; booth: number; staffId: string; directions?: string[] }
  | { type: 'closeBooth'; booth: number }
  | { type: 'callNext'; booth: number }
  | { type: 'callTicket'; booth: number; ticketId: string }
  | { type: 'recall'; booth: number }
  | { type: 'start'; booth: number }
  /** `result`: an id of the one list of results (journal/visit-results.ts), or an old one that maps onto it. */
  | { type: 'finish'; booth: number; result: string }
  /** The visitor card of a finished ticket got its result later: the ticket records the same. */
  | { type: 'recordResult'; ticketId: string; result: string }
  | { type: 'noShow'; booth: number }
  | { type: 'transfer'; booth: number; toDirection?: string; toBooth?: number; keepPlace?: boolean }
  | { type: 'breakStart'; booth: number; kind: BreakKind; until: number }
  | { type: 'breakEnd'; booth: number }
  | { type: 'book'; directionId: string; at: number; citizenName: string; phone: string }
  | { type: 'moveBooking'; bookingId: string; at: number }
  | { type: 'cancelBooking'; bookingId: string }
  | { type: 'rollDay' }
  /** The head of the service ends the day early: unserved tickets are closed, booths close. */
  | { type: 'closeDay' }
  /** The configuration changed (the context carries the new one): booths are added, dropped or updated. */
  | { type: 'configure' }
  /** The citizen rates the visit just finished at the booth: a score 1–5, then maybe a reason (rating.ts). */
  | { type: 'rate'; booth: number; score?: number; reason?: string }
  /** The daemon closes a rating window whose time has run out. */
  | { type: 'closeRating'; booth: number; ticketId: string };

export type CommandType = Command['type'];

export type AlertKind = 'long-wait' | 'norm-near' | 'break-over' | 'printer' | 'printer-paper-low' | 'printer-no-status' | 'voice' | 'button' | 'storage' | 'clock' | 'priority-issuing' | 'login-locked' | 'feedback' | 'kiosk-help' | 'reception-overdue';
export type AlertSeverity = 'warning' | 'critical';

/** Something that needs a person, raised by the daemon (see alerts.ts); held until it resolves or is acknowledged. */
export interface Alert {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  /** What it is about: a direction id, a booth number, the device ("printer", "voice"), or a locked login ("staff:<id>", "others"). */
  subject: string;
  /** The moment the condition began (epoch ms). */
  since: number;
  /** Words in the office language. */
  message: string;
  /** The technical text behind the words (a device's or the system's own, in English), shown a click away. */
  detail?: string;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
}

export type AlertAction = 'raised' | 'acknowledged' | 'resolved';

export type QueueEvent =
  | { type: 'ticket'; action: TicketAction; at: number; ticket: Ticket }
  | { type: 'booth'; at: number; booth: Booth }
  | { type: 'booking'; action: 'booked' | 'moved' | 'cancelled' | 'checked-in'; at: number; booking: Booking }
  | { type: 'day'; at: number; day: string }
  /** Staff only: an alert raised, acknowledged by the head of the service, or resolved. */
  | { type: 'alert'; action: AlertAction; at: number; alert: Alert }
  /** Staff only: a ticket waited past its norm (norm.ts), recorded with its cause when it happened. */
  | { type: 'norm'; action: 'breached'; at: number; breach: NormBreach }
  /** Staff only: a visit's rating window opened, the citizen rated it (score, then maybe a reason), or it closed. */
  | { type: 'rating'; action: 'opened' | 'rated' | 'closed'; at: number; rating: Rating; closed?: RatingClose };
