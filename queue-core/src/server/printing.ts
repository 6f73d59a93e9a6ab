// Printing: the ticket printed after an issue (the outcome arrives as a notice) and `reprint`. A printer
// that fails or throws never takes the daemon down and never undoes the issue.
import { own } from '../domain/own.js';
import { ALERT_WORDS } from '../domain/alert-words.js';
import type { Ticket } from '../domain/index.js';
import { queueError, type QueueError } from '../domain/errors.js';
import { placeInLine } from '../domain/estimate.js';
import type { GatewayContext, Handler, Session } from './context.js';

/**
 * Printing follows the commit and never holds up the answer: the ticket is laid out on the next turn of
 * the event loop, after the kiosk has its reply and the hall its update. The outcome arrives as a notice.
 */
export function printIssued(s: Session, ctx: GatewayContext, issued: { ticket: Ticket; ahead: number; waitMinutes: number }, large = false): void {
  const print = ctx.options.print;
  if (!print) return;
  const { ticket } = issued;
  // Through a promise, so that a printer adapter that throws instead of rejecting cannot take the daemon down.
  setImmediate(() => Promise.resolve().then(() => print(ticket, { ahead: issued.ahead, waitMinutes: issued.waitMinutes, ...(large ? { large } : {}) })).then(
    (outcome) => ctx.tell(s, { kind: 'print', ticketId: ticket.id, label: ticket.label, ok: true, ...(outcome && !outcome.confirmed ? { status: 'unknown' as const } : {}) }),
    (e: unknown) => {
      const error = toQueueError(e, 'PRINTER_FAILED');
      ctx.tell(s, { kind: 'print', ticketId: ticket.id, label: ticket.label, ok: false, error });
      const words = ALERT_WORDS.notPrinted(ticket.label, error.details?.cause as string | undefined, ctx.service.config.office.language);
      ctx.notify({ kind: 'alert', level: 'error', code: error.code, message: words, detail: error.message, at: ctx.service.now() }, 'staff');
    },
  ));
}

export const reprint: Handler<'reprint'> = async (req, _s, ctx) => {
  const print = ctx.options.print;
  if (!print) return { error: queueError('PRINTER_FAILED', 'No printer is configured') };
  const { state, config } = ctx.service;
  const ticket = state.tickets.get(req.ticketId) ?? (await ctx.service.store.ticket(req.ticketId));
  if (!ticket) return { error: queueError('TICKET_NOT_FOUND', `No ticket ${req.ticketId}`) };
  // A reprint shows the line as it stands now.
  const place = placeInLine(state, config, ticket, ctx.service.clock());
  try {
    await print(ticket, { ...place, reprint: true });
    return { data: { ok: true } };
  } catch (e) {
    return { error: toQueueError(e, 'PRINTER_FAILED') };
  }
};

function toQueueError(e: unknown, fallback: QueueError['code']): QueueError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e && typeof (e as QueueError).message === 'string') {
    const err = e as QueueError;
    return { code: fallback, message: err.message, details: { cause: String(err.code) } };
  }
  return queueError(fallback, String(e));
}
