// One ticket as its holder sees it on the phone (the ticket page, server/ticket-page.ts): its state, the
// people ahead and the expected wait — counted exactly as the kiosk's answer and the paper ticket count
// them (estimate.ts placeInLine, in the line's own order, routing.ts) — the booth once it is called, and
// when the phone should buzz. Nothing about any other ticket. Pure.
import type { OfficeConfig } from '../config/schema.js';
import { placeInLine } from './estimate.js';
import type { QueueState, Ticket } from './types.js';

/** The phone buzzes once when this many people or fewer are ahead. */
export const NEAR_AHEAD = 2;

export type TicketStatusKind = 'waiting' | 'called' | 'serving' | 'finished' | 'missed' | 'closed';

/** A moment the phone buzzes for, once: `key` changes when a new moment comes (a recall, a transfer). */
export interface Buzz {
  key: string;
  /** navigator.vibrate's pattern: milliseconds on, off, on… */
  pattern: number[];
}

export interface TicketStatus {
  label: string;
  directionId: string;
  kind: TicketStatusKind;
  /** People ahead while waiting; 0 otherwise. */
  ahead: number;
  waitMinutes: number;
  /** The booth it is called to or served at. */
  booth: number | null;
  buzz: Buzz | null;
}

const NEAR_PATTERN = [300, 150, 300];
const CALLED_PATTERN = [600, 200, 600, 200, 600];

const KINDS: Record<Ticket['state'], TicketStatusKind> = {
  waiting: 'waiting', called: 'called', serving: 'serving', done: 'finished', 'no-show': 'missed', closed: 'closed',
};

export function ticketStatus(state: QueueState, config: OfficeConfig, ticket: Ticket, now: number): TicketStatus {
  const kind = KINDS[ticket.state];
  const { ahead, waitMinutes } = placeInLine(state, config, ticket, now);
  // A transfer puts the ticket in a new line, and each recall is a new call: each may buzz again.
  const buzz: Buzz | null =
    kind === 'waiting' && ahead <= NEAR_AHEAD ? { key: `near:${ticket.transfers}`, pattern: NEAR_PATTERN }
    : kind === 'called' ? { key: `called:${ticket.transfers}:${ticket.recalls}`, pattern: CALLED_PATTERN }
    : null;
  return {
    label: ticket.label,
    directionId: ticket.directionId,
    kind,
    ahead,
    waitMinutes,
    booth: kind === 'called' || kind === 'serving' ? ticket.booth : null,
    buzz,
  };
}
