// Which role may send which request. The daemon checks this before a request reaches the queue.
import type { RequestType, Role } from '../protocol/messages.js';

const BOOTH_ACTIONS: RequestType[] = ['callNext', 'callTicket', 'recall', 'start', 'finish', 'noShow', 'transfer', 'breakStart', 'breakEnd', 'closeBooth'];
const BOOKING: RequestType[] = ['book', 'moveBooking', 'cancelBooking', 'slots'];
/** The journal holds personal data: staff roles and the intake app only, never the kiosk or a display. */
const JOURNAL: RequestType[] = ['journalSave', 'journalGet', 'journalSearch', 'journalDue', 'journalClose', 'journalDocument', 'phoneSave', 'phoneList'];

export const ALLOWED: Record<Role, ReadonlySet<RequestType>> = {
  kiosk: new Set(['hello', 'ping', 'issue', 'checkIn']),
  display: new Set(['hello', 'ping']),
  operator: new Set(['hello', 'ping', ...BOOTH_ACTIONS, ...JOURNAL]),
  consultant: new Set(['hello', 'ping', 'issue', 'checkIn', 'reprint', ...BOOKING, ...JOURNAL]),
  supervisor: new Set(['hello', 'ping', 'issue', 'checkIn', 'reprint', 'closeDay', 'alertAck', 'getConfig', 'setConfig', 'stats', 'auditLog', ...BOOKING, ...BOOTH_ACTIONS, ...JOURNAL]),
  integration: new Set(['hello', 'ping', 'stats', ...JOURNAL]),
};

export const mayRequest = (role: Role, type: RequestType): boolean => ALLOWED[role].has(type);

export const isBoothAction = (type: RequestType): boolean => BOOTH_ACTIONS.includes(type);
