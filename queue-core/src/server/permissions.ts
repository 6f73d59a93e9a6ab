// Which role may send which request. The daemon checks this before a request reaches the queue.
import type { RequestType, Role } from '../protocol/messages.js';

const BOOTH_ACTIONS: RequestType[] = ['callNext', 'callTicket', 'recall', 'start', 'finish', 'noShow', 'transfer', 'breakStart', 'breakEnd', 'closeBooth'];
const BOOKING: RequestType[] = ['book', 'moveBooking', 'cancelBooking', 'slots'];

export const ALLOWED: Record<Role, ReadonlySet<RequestType>> = {
  kiosk: new Set(['hello', 'ping', 'issue', 'checkIn']),
  display: new Set(['hello', 'ping']),
  operator: new Set(['hello', 'ping', ...BOOTH_ACTIONS]),
  consultant: new Set(['hello', 'ping', 'issue', 'checkIn', 'reprint', ...BOOKING]),
  supervisor: new Set(['hello', 'ping', 'issue', 'checkIn', 'reprint', 'closeDay', 'getConfig', 'setConfig', ...BOOKING, ...BOOTH_ACTIONS]),
  integration: new Set(['hello', 'ping']),
};

export const mayRequest = (role: Role, type: RequestType): boolean => ALLOWED[role].has(type);

export const isBoothAction = (type: RequestType): boolean => BOOTH_ACTIONS.includes(type);
