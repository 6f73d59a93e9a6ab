// Requests a client may send, as schemas checked at the edge before anything else sees them. The daemon
// imports this; apps import only the types derived from it (messages.ts), so no validator ships to them.
import { z } from 'zod/v3';
import { PROTOCOL_VERSION } from './version.js';
import { APPEAL_TYPES, CATEGORIES, RESULTS } from '../journal/types.js';

const requestId = z.union([z.string().max(64), z.number().int()]);
const booth = z.number().int().min(1).max(99);
const epoch = z.number().int().min(0);
const text = (max: number) => z.string().max(max);

/** Every request: its correlation id, and for changing requests an idempotency key (see client.ts). */
const base = <K extends string, T extends z.ZodRawShape>(type: K, shape: T) =>
  z.object({ id: requestId, type: z.literal(type), key: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected 8–64 letters, digits, _ or -').optional(), ...shape }).strict();

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like "2026-11-24"');
const documentList = z.array(text(200)).max(40);

/** A visit record as a specialist or an intake app fills it in (see docs/protocol.md, "The appeal journal"). */
const appealInput = z.object({
  id: text(32).optional(),
  ticketId: text(64).nullable().optional(),
  staffId: text(32).optional(),
  citizen: z.object({ fullName: text(200), address: text(300), passport: text(40) }).strict(),
  category: z.enum(CATEGORIES),
  appealType: z.enum(APPEAL_TYPES),
  reason: text(32),
  result: z.enum(RESULTS),
  documents: documentList.optional(),
  missingDocuments: documentList.optional(),
  notes: text(2000).optional(),
}).strict();

const phoneInput = z.object({ staffId: text(32).optional(), topic: text(300), result: text(300), caller: text(200).optional(), notes: text(2000).optional() }).strict();

export const ROLES = ['kiosk', 'display', 'operator', 'consultant', 'supervisor', 'integration'] as const;

export const requestSchemas = {
  hello: base('hello', {
    protocol: z.literal(PROTOCOL_VERSION),
    role: z.enum(ROLES),
    staffId: text(32).optional(),
    pin: text(16).optional(),
    token: text(256).optional(),
    /** The booth an operator works at, or the booth a booth display shows. */
    booth: booth.optional(),
    directions: z.array(text(32)).max(20).optional(),
    lastSeq: z.number().int().min(0).optional(),
    client: text(64).optional(),
  }),
  ping: base('ping', {}),
  issue: base('issue', { directionId: text(32), priority: text(32).nullable().optional() }),
  checkIn: base('checkIn', { code: z.string().regex(/^\d{6}$/, 'expected the six-digit booking code') }),
  callNext: base('callNext', { booth: booth.optional() }),
  callTicket: base('callTicket', { booth: booth.optional(), ticketId: text(64) }),
  recall: base('recall', { booth: booth.optional() }),
  start: base('start', { booth: booth.optional() }),
  finish: base('finish', { booth: booth.optional(), result: text(32) }),
  noShow: base('noShow', { booth: booth.optional() }),
  transfer: base('transfer', { booth: booth.optional(), toDirection: text(32).optional(), toBooth: booth.optional(), keepPlace: z.boolean().optional() }),
  breakStart: base('breakStart', { booth: booth.optional(), kind: z.enum(['lunch', 'technical']), until: epoch }),
  breakEnd: base('breakEnd', { booth: booth.optional() }),
  closeBooth: base('closeBooth', { booth: booth.optional() }),
  book: base('book', { directionId: text(32), at: epoch, citizenName: text(200), phone: text(40) }),
  moveBooking: base('moveBooking', { bookingId: text(32), at: epoch }),
  cancelBooking: base('cancelBooking', { bookingId: text(32) }),
  slots: base('slots', { directionId: text(32), day }),
  reprint: base('reprint', { ticketId: text(64) }),
  closeDay: base('closeDay', {}),
  /** The head of the service has seen an alert. */
  alertAck: base('alertAck', { alertId: text(200) }),
  getConfig: base('getConfig', {}),
  /** The whole office configuration, checked by the same schema as the config file. */
  setConfig: base('setConfig', { config: z.record(z.string(), z.unknown()) }),
  journalSave: base('journalSave', { appeal: appealInput }),
  journalGet: base('journalGet', { appealId: text(32) }),
  journalSearch: base('journalSearch', { text: text(200).optional(), from: day.optional(), to: day.optional(), limit: z.number().int().min(1).max(200).optional() }),
  journalDue: base('journalDue', {}),
  journalClose: base('journalClose', { appealId: text(32), result: z.enum(RESULTS).optional() }),
  journalDocument: base('journalDocument', { appealId: text(32), kind: z.enum(['receipt', 'memo']), lang: z.enum(['ru', 'uk', 'en']).optional() }),
  phoneSave: base('phoneSave', { consultation: phoneInput }),
  phoneList: base('phoneList', { from: day, to: day }),
  stats: base('stats', { from: day, to: day }),
  auditLog: base('auditLog', { from: day, to: day, limit: z.number().int().min(1).max(1000).optional() }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export const REQUEST_TYPES = Object.keys(requestSchemas) as RequestType[];
