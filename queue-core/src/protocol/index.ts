// The shared protocol: message types, the version, error codes and the browser-safe client.
export * from './messages.js';
export { PROTOCOL_VERSION } from './version.js';
export { ERROR_CODES, type ErrorCode, type QueueError } from '../domain/errors.js';
export { QueueClient, ClientError, type ClientOptions, type ClientStatus, type WebSocketLike, type WebSocketConstructor } from './client.js';
export { applyEvent, latestCalls } from './mirror.js';
export { SESSION_END_REASONS, SESSION_ENDED_CLOSE, SESSION_END_WORDS, sessionEndWords, type SessionEndReason } from './session-end.js';
export type { Ticket, Booth, Booking, TicketState, QueueEvent, Alert, AlertKind, AlertSeverity } from '../domain/types.js';
export type { QueueSummary, DirectionSummary } from '../domain/summary.js';
export type { Localized, ScheduleConfig } from '../config/schema.js';
export { CATEGORIES, APPEAL_TYPES, RESULTS } from '../journal/types.js';
export type { Appeal, AppealInput, AppealSummary, AppealType, AppealResult, Category, Citizen, PhoneConsultation, PhoneInput, AuditEntry } from '../journal/types.js';
export type { StatsReport, StatsTotals, ReportTable, TableId, Cell } from '../journal/stats.js';
export type { OutreachVisit, ListedCitizen } from '../journal/outreach-types.js';
export type { OutreachAnalysis, SettlementYear } from '../journal/outreach-rules.js';
export { deadlineState, type DeadlineState } from '../journal/rules.js';
export type { AnnualReport, Figure, FigureId, Bar } from '../journal/annual-figures.js';
