// Errors are values: a stable code that apps translate, and a plain message for logs and integrators.

export const ERROR_CODES = [
  'BAD_REQUEST', 'UNKNOWN_TYPE', 'FRAME_TOO_LARGE', 'PROTOCOL_VERSION', 'NOT_AUTHENTICATED', 'ROLE_FORBIDDEN',
  'LOGIN_FAILED', 'LOGIN_LOCKED', 'INTERNAL', 'STORAGE_FAILED', 'CONFIG_INVALID',
  'DIRECTION_NOT_FOUND', 'PRIORITY_NOT_FOUND', 'BOOTH_NOT_FOUND', 'STAFF_NOT_FOUND', 'TICKET_NOT_FOUND',
  'BOOKING_NOT_FOUND', 'RESULT_NOT_FOUND', 'HALL_NOT_FOUND', 'OFFICE_CLOSED', 'ISSUING_STOPPED', 'WAIT_EXCEEDS_CLOSING',
  'BOOTH_CLOSED', 'DAY_ENDED', 'BOOTH_ON_BREAK', 'BOOTH_BUSY', 'BOOTH_IDLE', 'BOOTH_TAKEN', 'DIRECTION_NOT_SERVED',
  'QUEUE_EMPTY', 'TICKET_NOT_WAITING', 'TICKET_STATE', 'SLOT_TAKEN', 'SLOT_OUTSIDE_HOURS', 'BOOKING_STATE',
  'CHECK_IN_TOO_EARLY', 'CHECK_IN_TOO_LATE', 'BOOKING_CHECKED_IN', 'BAD_TIME', 'PRINTER_FAILED',
  'APPEAL_NOT_FOUND', 'APPEAL_ERASED', 'APPEAL_CLOSED', 'REASON_NOT_FOUND', 'NOTHING_TO_PRINT', 'ALERT_NOT_FOUND',
  'KIOSK_NOT_ENROLLED', 'TOO_MANY_CODES', 'ISSUING_TOO_FAST',
  // The kiosk's "call for help" (accessibility.helpButton): switched off in the configuration, or pressed too often.
  'HELP_NOT_ENABLED', 'HELP_TOO_FAST',
  // Personal case files: no such file; a move or an act the route refuses (details.text says why); a file already formed; no such act.
  'CASE_FILE_NOT_FOUND', 'CASE_FILE_REFUSED', 'CASE_FILE_EXISTS', 'ACT_NOT_FOUND',
  // Reception by the management (journal/reception-rules.ts): no such booking; no reception then; not a slot
  // of it; a day gone by; booked without a considered appeal; a decision or control step out of order;
  // an appeal or case file linked to a booking that is another citizen's.
  'RECEPTION_NOT_FOUND', 'NOT_A_RECEPTION_DAY', 'NOT_A_SLOT', 'RECEPTION_PAST', 'NOT_CONSIDERED', 'RECEPTION_STATE', 'NOT_THE_CITIZENS',
  // Outreach visits: no such visit; a settlement's file that cannot be read as a list at all; a visit that
  // took place or was cancelled (no longer moved, cancelled or given a list); a list replaced unconfirmed.
  'OUTREACH_NOT_FOUND', 'LIST_BROKEN', 'OUTREACH_HELD', 'OUTREACH_CANCELLED', 'LIST_EXISTS',
  // A virtual button pressed where the buttons are real hardware (only the simulated ones can be pressed remotely).
  'BUTTONS_NOT_SIMULATED',
  // An idempotency key sent again with a different request: refused, never answered with the first one.
  'KEY_REUSED',
  'SESSION_ENDED',
  // The book of feedback (journal/feedback.ts): switched off, nothing written, too long, left too often.
  'FEEDBACK_OFF', 'FEEDBACK_EMPTY', 'FEEDBACK_TOO_LONG', 'FEEDBACK_TOO_FAST',
  // The citizen's rating (domain/rating.ts): the booth takes none, no window is open, already given, an unknown reason, a screen not enrolled.
  'RATING_OFF', 'RATING_CLOSED', 'RATING_GIVEN', 'RATING_REASON_NOT_FOUND', 'RATING_NOT_ENROLLED', 'RATING_TOO_FAST',
  // Raised by the client itself, never sent by the daemon:
  'CONNECTION_LOST', 'TIMEOUT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface QueueError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export const queueError = (code: ErrorCode, message: string, details?: Record<string, unknown>): QueueError =>
  details ? { code, message, details } : { code, message };
