// The requests that become queue commands: issuing and check-in, the booth actions, bookings, the day's
// close, and the read-only `ping` and `slots`. Each is decided by domain/queue.ts through the queue
// service, which commits it before the answer goes out.
import type { Command, Reply } from '../domain/index.js';
import { queueError, type QueueError } from '../domain/errors.js';
import { finishResult } from '../journal/visit-results.js';
import { slotsOn } from '../domain/bookings.js';
import type { RequestOf, RequestType, ResultOf } from '../protocol/messages.js';
import { storedKey, type Answer, type GatewayContext, type Handler, type Session } from './context.js';
import { audienceOf, publicTicket, type Audience } from './views.js';
import { printIssued } from './printing.js';
import { limitKioskCheckIn, limitKioskIssue } from './kiosk-guards.js';
import { auditBookingsChanged } from './booking-audit.js';
import { hallOfDirection, hasSeveralHalls } from '../domain/halls.js';
import type { OfficeConfig } from '../config/schema.js';

/** Runs a command for the session, with the request's idempotency key, and prints an issued ticket. */
async function run<K extends RequestType>(cmd: Command, req: RequestOf<K>, s: Session, ctx: GatewayContext): Promise<Answer<ResultOf[K]>> {
  const role = s.role!;
  const key = storedKey(req, s);
  const outcome = await ctx.service.execute(cmd, { role, staffId: s.staffId, booth: s.booth }, key);
  if (!outcome.ok) return { error: outcome.error };
  auditBookingsChanged(ctx, s, outcome.events);
  if (outcome.reply.kind === 'issued' && !outcome.repeated) printIssued(s, ctx, outcome.reply, (req as { largePrint?: boolean }).largePrint === true);
  return { data: replyData(outcome.reply, audienceOf(role), ctx.service.config) as ResultOf[K] };
}

/** Where a new ticket's citizen goes: the hall of its direction, when the office has more than one. */
function hallToGo(config: OfficeConfig, directionId: string) {
  const hall = hasSeveralHalls(config) ? hallOfDirection(config, directionId) : undefined;
  return hall ? { id: hall.id, name: hall.name } : null;
}

function replyData(reply: Reply, audience: Audience, config: OfficeConfig): unknown {
  switch (reply.kind) {
    case 'none': return {};
    case 'issued': return { ticket: audience === 'public' ? publicTicket(reply.ticket) : reply.ticket, ahead: reply.ahead, waitMinutes: reply.waitMinutes, hall: hallToGo(config, reply.ticket.directionId) };
    case 'ticket': return { ticket: reply.ticket };
    case 'booking': return { booking: reply.booking };
  }
}

type BoothRequest = 'callNext' | 'callTicket' | 'recall' | 'start' | 'finish' | 'noShow' | 'transfer' | 'breakStart' | 'breakEnd' | 'closeBooth';

/**
 * A booth action acts on the operator's own booth (naming another is refused); a supervisor names the
 * booth. `command` turns the request into the queue command for that booth.
 */
const boothAction = <K extends BoothRequest>(command: (req: RequestOf<K>, booth: number, ctx: GatewayContext) => Command | QueueError): Handler<K> => (req, s, ctx) => {
  const requested = (req as { booth?: number }).booth;
  if (s.role === 'operator' && requested !== undefined && requested !== s.booth) return { error: queueError('ROLE_FORBIDDEN', `You work at booth ${s.booth}, not ${requested}`) };
  const booth = s.role === 'operator' ? s.booth : requested;
  if (booth === undefined) return { error: queueError('BAD_REQUEST', 'booth: say which booth') };
  const cmd = command(req, booth, ctx);
  if (!('type' in cmd)) return { error: cmd };
  return run<K>(cmd, req, s, ctx);
};

/**
 * A finish records one result for the visit: the one asked for, else the visitor card's (and without
 * either it asks for one). The card then follows the ticket (journal-service.ts).
 */
function finishCommand(asked: string | undefined, booth: number, ctx: GatewayContext): Command | QueueError {
  const ticketId = ctx.service.state.booths[booth]?.ticketId ?? null;
  const card = ticketId && ctx.options.journal ? ctx.options.journal.cardResult(ticketId) : null;
  const decided = finishResult(asked, card);
  return 'error' in decided ? queueError(decided.error, decided.message) : { type: 'finish', booth, result: decided.result };
}

export const queueHandlers = {
  ping: (_req, _s, ctx) => ({ data: { now: ctx.service.clock() } }),
  issue: limitKioskIssue((req, s, ctx) => run({ type: 'issue', directionId: req.directionId, priority: req.priority ?? null, source: s.role === 'kiosk' ? 'kiosk' : 'consultant' }, req, s, ctx)),
  checkIn: limitKioskCheckIn((req, s, ctx) => run({ type: 'checkIn', code: req.code }, req, s, ctx)),
  callNext: boothAction((_req, booth) => ({ type: 'callNext', booth })),
  callTicket: boothAction((req, booth) => ({ type: 'callTicket', booth, ticketId: req.ticketId })),
  recall: boothAction((_req, booth) => ({ type: 'recall', booth })),
  start: boothAction((_req, booth) => ({ type: 'start', booth })),
  finish: boothAction((req, booth, ctx) => finishCommand(req.result, booth, ctx)),
  noShow: boothAction((_req, booth) => ({ type: 'noShow', booth })),
  transfer: boothAction((req, booth) => ({ type: 'transfer', booth, toDirection: req.toDirection, toBooth: req.toBooth, keepPlace: req.keepPlace })),
  breakStart: boothAction((req, booth) => ({ type: 'breakStart', booth, kind: req.kind, until: req.until })),
  breakEnd: boothAction((_req, booth) => ({ type: 'breakEnd', booth })),
  closeBooth: boothAction((_req, booth) => ({ type: 'closeBooth', booth })),
  slots: (req, _s, ctx) => {
    if (!ctx.service.config.directions.some((d) => d.id === req.directionId)) return { error: queueError('DIRECTION_NOT_FOUND', `No direction "${req.directionId}"`) };
    return { data: { slots: slotsOn(ctx.service.state, ctx.service.config, req.directionId, req.day, ctx.service.clock(), ctx.service.zone) } };
  },
  book: (req, s, ctx) => run({ type: 'book', directionId: req.directionId, at: req.at, citizenName: req.citizenName, phone: req.phone }, req, s, ctx),
  moveBooking: (req, s, ctx) => run({ type: 'moveBooking', bookingId: req.bookingId, at: req.at }, req, s, ctx),
  cancelBooking: (req, s, ctx) => run({ type: 'cancelBooking', bookingId: req.bookingId }, req, s, ctx),
  closeDay: (req, s, ctx) => run({ type: 'closeDay' }, req, s, ctx),
} satisfies Partial<{ [K in RequestType]: Handler<K> }>;
