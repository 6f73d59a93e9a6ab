// Every message of the /ws protocol, in one place for the daemon and every app. Requests are derived
// from the schemas the daemon validates with; server messages are declared here. Types only: importing
// this file costs an app nothing at run time.
import type { z } from 'zod/v3';
import type { requestSchemas, RequestType, ROLES } from './schema.js';
import type { Alert, Booking, Booth, QueueEvent, Ticket, TicketAction } from '../domain/types.js';
import type { RoutingRules } from '../domain/routing.js';
import type { QueueError } from '../domain/errors.js';
import type { QueueSummary } from '../domain/summary.js';
import type { Slot } from '../domain/bookings.js';
import type { Localized, ScheduleConfig } from '../config/schema.js';
import type { Appeal, AppealSummary, AuditEntry, PhoneConsultation } from '../journal/types.js';
import type { StatsReport } from '../journal/stats.js';

export type { RequestType };
export type Role = (typeof ROLES)[number];
export type RequestId = string | number;
export type Request = { [K in RequestType]: z.infer<(typeof requestSchemas)[K]> }[RequestType];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;
/** A request as an app writes it: the client adds the id. */
export type RequestBody<K extends RequestType> = Omit<RequestOf<K>, 'id' | 'type'>;

/** A ticket as the public (kiosk, hall and booth displays) may see it: no staff, no booking, no history. */
export type PublicTicket = Pick<Ticket, 'id' | 'label' | 'directionId' | 'state' | 'booth' | 'targetBooth' | 'issuedAt' | 'calledAt' | 'recalls' | 'priority'>;
export type PublicBooth = Pick<Booth, 'number' | 'status' | 'staffName' | 'directions' | 'breakKind' | 'breakUntil' | 'ticketId'>;

export type ViewEvent =
  | { type: 'ticket'; action: TicketAction; at: number; ticket: Ticket | PublicTicket }
  | { type: 'booth'; at: number; booth: Booth | PublicBooth }
  | Extract<QueueEvent, { type: 'booking' | 'day' | 'alert' }>;

export interface SequencedEvent {
  seq: number;
  event: ViewEvent;
}

export interface DirectionInfo {
  id: string;
  prefix: string;
  name: Localized;
}

export interface DeviceStatus {
  printer: { state: 'ok' | 'simulated' | 'failed' | 'unknown'; detail?: string };
  voice: { state: 'ok' | 'simulated' | 'fallback' | 'off' | 'failed'; engine?: string; detail?: string };
  buttons: { booth: number; state: 'connected' | 'missing' | 'simulated' }[];
}

export interface Snapshot {
  now: number;
  office: { name: string; address: string; phones: string[]; timezone: string; language: 'ru' | 'uk' | 'en' };
  directions: DirectionInfo[];
  priorities: { id: string; name: Localized; rank: number }[];
  schedule: ScheduleConfig;
  display: { infoLine: Localized[]; recentCalls: number; highlightSeconds: number };
  booths: (Booth | PublicBooth)[];
  tickets: (Ticket | PublicTicket)[];
  summary: QueueSummary;
  devices: DeviceStatus;
  /** Staff roles only. */
  results?: { id: string; name: Localized }[];
  /** Staff roles only: the daemon's alerts not yet acknowledged, oldest first. */
  alerts?: Alert[];
  /** Staff roles only: what orders the line (the panel lists it with `lineOf` from queue-core/domain). */
  routing?: RoutingRules;
  staff?: { id: string; name: string; role: string }[];
  bookings?: Booking[];
  /** Staff roles only: the journal's configured list of reasons (kinds of social payment). */
  reasons?: { id: string; name: Localized }[];
}

export interface HelloResult {
  protocol: number;
  role: Role;
  seq: number;
  staff?: { id: string; name: string; role: string };
  booth?: number;
  /** How the client is brought up to date: 'events' replayed since its lastSeq, or a fresh 'snapshot'. */
  sync: 'events' | 'snapshot' | 'current';
}

export type Notice =
  | { kind: 'print'; ticketId: string; label: string; ok: boolean; error?: QueueError }
  | { kind: 'devices'; devices: DeviceStatus }
  | { kind: 'button'; booth: number; action: string; ok: boolean; error?: QueueError }
  | { kind: 'alert'; level: 'warning' | 'error'; code: string; message: string; at: number }
  /** The office configuration changed; a new snapshot follows. */
  | { kind: 'config'; at: number };

export type ServerMessage =
  | { type: 'result'; id: RequestId; data: unknown }
  | { type: 'error'; id: RequestId | null; error: QueueError }
  | { type: 'snapshot'; seq: number; snapshot: Snapshot }
  /** One committed change (or the changes missed while away): events in order, then the new counts. */
  | { type: 'update'; events: SequencedEvent[]; summary: QueueSummary }
  | { type: 'notice'; notice: Notice };

/** What each request answers with. */
export interface ResultOf {
  hello: HelloResult;
  ping: { now: number };
  issue: { ticket: Ticket | PublicTicket; ahead: number; waitMinutes: number };
  checkIn: { ticket: Ticket | PublicTicket; ahead: number; waitMinutes: number };
  callNext: { ticket: Ticket };
  callTicket: { ticket: Ticket };
  recall: { ticket: Ticket };
  start: { ticket: Ticket };
  finish: { ticket: Ticket };
  noShow: { ticket: Ticket };
  transfer: { ticket: Ticket };
  breakStart: Record<string, never>;
  breakEnd: Record<string, never>;
  closeBooth: Record<string, never>;
  book: { booking: Booking };
  moveBooking: { booking: Booking };
  cancelBooking: { booking: Booking };
  slots: { slots: Slot[] };
  reprint: { ok: true };
  closeDay: Record<string, never>;
  getConfig: { config: Record<string, unknown>; savedTo: string | null };
  setConfig: { savedTo: string | null; restartNeeded: boolean };
  journalSave: { appeal: Appeal; earlier: AppealSummary[] };
  journalGet: { appeal: Appeal; earlier: AppealSummary[] };
  journalSearch: { appeals: Appeal[] };
  journalDue: { overdue: Appeal[]; dueSoon: Appeal[]; open: number };
  journalClose: { appeal: Appeal };
  journalDocument: { html: string };
  phoneSave: { consultation: PhoneConsultation };
  phoneList: { consultations: PhoneConsultation[] };
  stats: { report: StatsReport };
  auditLog: { entries: AuditEntry[] };
  alertAck: { alert: Alert };
}
