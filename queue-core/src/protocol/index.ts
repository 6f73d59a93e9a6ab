// The shared protocol: message types, the version, error codes and the browser-safe client.
export * from './messages.js';
export { PROTOCOL_VERSION } from './version.js';
export { ERROR_CODES, type ErrorCode, type QueueError } from '../domain/errors.js';
export { QueueClient, ClientError, type ClientOptions, type ClientStatus, type WebSocketLike, type WebSocketConstructor } from './client.js';
export { applyEvent, latestCalls } from './mirror.js';
export type { Ticket, Booth, Booking, TicketState, QueueEvent } from '../domain/types.js';
export type { QueueSummary, DirectionSummary } from '../domain/summary.js';
export type { Localized, ScheduleConfig } from '../config/schema.js';
