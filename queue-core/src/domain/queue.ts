// The queue's rules as one pure function: decide(state, command, context) → new state and events, or an
// error value. No I/O, no clock, no randomness of its own: the adapter passes `now` and `random` in.
// A newcomer who wants to change who is called next opens routing.ts; everything else that a command
// does to tickets, booths and bookings is here.
import { own } from './own.js';
import type { OfficeConfig } from '../config/schema.js';
import { queueError, type QueueError } from './errors.js';
import { estimateWaitMinutes, placeInLine, placeOfWalkIn, recordServiceTime } from './estimate.js';
import { officeDay, type TimeZone, type Zone } from './office-time.js';
import { callableBy, nextTicketFor } from './routing.js';
import { scheduleStatus } from './schedule.js';
import { bookingsInSlot, newBookingCode, slotsOn } from './bookings.js';
import { TicketBook } from './ticket-book.js';
import { resultOf } from '../journal/visit-results.js';
import { rate, ratingOf, windowFor, type RatingClose } from './rating.js';
import { afterFinish, breakOff, firstStep, isLifeSituation } from './life-situations.js';
import type { Actor, Booking, Booth, Command, QueueEvent, QueueState, Ticket, TicketAction, TicketSource } from './types.js';

export interface Context {
  now: number;
  config: OfficeConfig;
  actor: Actor;
  /** Entropy for booking codes, in [0, 1). */
  random: () => number;
  /** The office's time zone (the daemon's ZoneBook gives it); without it, `config.office.timezone` through Intl. */
  zone?: TimeZone;
}

const zoneOf = (ctx: Context): Zone => ctx.zone ?? ctx.config.office.timezone;

export interface IssuedTicket {
  ticket: Ticket;
  ahead: number;
  waitMinutes: number;
}

export type Reply =
  | { kind: 'none' }
  | ({ kind: 'issued' } & IssuedTicket)
  | { kind: 'ticket'; ticket: Ticket }
  | { kind: 'booking'; booking: Booking };

export type Decision = { ok: true; state: QueueState; events: QueueEvent[]; reply: Reply } | { ok: false; error: QueueError };

const ACTIVE: ReadonlySet<Ticket['state']> = new Set(['waiting', 'called', 'serving']);
const NONE: Reply = { kind: 'none' };

export function initialState(config: OfficeConfig, day: string): QueueState {
  const booths: Record<number, Booth> = {};
  for (const b of config.booths) booths[b.number] = closedBooth(b.number, b.directions);
  return { day, lastNumber: {}, tickets: TicketBook.empty(), booths, bookings: {}, serviceTimes: {}, bookingSeq: 0 };
}

const closedBooth = (number: number, directions: string[]): Booth => ({
  number, status: 'closed', staffId: null, staffName: null, directions, breakKind: null, breakUntil: null, ticketId: null, since: null,
});

/** Accumulates one command's changes so that each changed entity becomes exactly one event. */
class Change {
  events: QueueEvent[] = [];
  constructor(public state: QueueState, readonly now: number) {}

  ticket(t: Ticket, action: TicketAction, step: Omit<Ticket['history'][number], 'at' | 'action'> = {}): Ticket {
    const next = { ...t, history: [...t.history, { at: this.now, action, ...step }] };
    this.state = { ...this.state, tickets: this.state.tickets.with(next) };
    this.events.push({ type: 'ticket', action, at: this.now, ticket: next });
    return next;
  }

  /** A booth changed; a rating window it no longer holds is closed in the log first (`closed` says why). */
  booth(b: Booth, closed: RatingClose = 'call'): void {
    const prev = this.state.booths[b.number];
    const w = prev?.rating;
    if (prev && w && b.rating?.ticketId !== w.ticketId) {
      const t = this.state.tickets.get(w.ticketId);
      if (t) this.events.push({ type: 'rating', action: 'closed', at: this.now, rating: ratingOf(t, prev, w), closed });
    }
    this.state = { ...this.state, booths: { ...this.state.booths, [b.number]: b } };
    this.events.push({ type: 'booth', at: this.now, booth: b });
  }

  booking(b: Booking, action: 'booked' | 'moved' | 'cancelled' | 'checked-in'): void {
    this.state = { ...this.state, bookings: { ...this.state.bookings, [b.id]: b } };
    this.events.push({ type: 'booking', action, at: this.now, booking: b });
  }
}

/** Unserved tickets are closed as such and every booth closes. */
function closeAll(c: Change, config: OfficeConfig, note: string): void {
  for (const t of [...c.state.tickets.open()]) {
    if (ACTIVE.has(t.state)) c.ticket(breakOff({ ...t, state: 'closed', finishedAt: c.now }), 'closed', { note });
  }
  for (const b of Object.values(c.state.booths)) {
    // A booth closed with a rating window still open (its specialist signed out after the last visit) drops it now.
    if (b.status !== 'closed' || b.rating) c.booth(closedBooth(b.number, config.booths.find((x) => x.number === b.number)?.directions ?? b.directions), 'day-ended');
  }
}

/** Closes the past office day; the counters restart for the new one. */
function rollDay(c: Change, config: OfficeConfig, day: string): void {
  closeAll(c, config, 'day ended');
  const bookings: Record<string, Booking> = {};
  for (const b of Object.values(c.state.bookings)) if (b.day >= day) bookings[b.id] = b;
  c.state = { ...c.state, day, lastNumber: {}, tickets: TicketBook.empty(), bookings };
  c.events.push({ type: 'day', at: c.now, day });
}

export function decide(state: QueueState, cmd: Command, ctx: Context): Decision {
  const c = new Change(state, ctx.now);
  // The office day only moves forward: a clock stepped back across midnight (a Pi booting with its last
  // saved time before NTP answers) or a time zone moved westward keeps the current day and its numbering.
  const today = officeDay(ctx.now, zoneOf(ctx));
  if (today > state.day) rollDay(c, ctx.config, today);
  const result = apply(c, cmd, ctx);
  if ('code' in result) return { ok: false, error: result };
  return { ok: true, state: c.state, events: c.events, reply: result };
}

function apply(c: Change, cmd: Command, ctx: Context): Reply | QueueError {
  switch (cmd.type) {
    case 'rollDay': return NONE;
    case 'closeDay':
      // No booth opens again today, so no ticket is issued either (issuingRefusal): nobody would serve it.
      closeAll(c, ctx.config, 'day ended by the head of the service');
      c.state = { ...c.state, endedDay: c.state.day };
      return NONE;
    case 'issue': return issue(c, ctx, cmd.directionId, cmd.priority ?? null, cmd.source ?? 'kiosk', null);
    case 'checkIn': return checkIn(c, ctx, cmd.code);
    case 'configure': return configure(c, ctx.config);
    case 'openBooth': return openBooth(c, ctx, cmd.booth, cmd.staffId, cmd.directions);
    case 'book': return book(c, ctx, cmd.directionId, cmd.at, cmd.citizenName, cmd.phone);
    case 'moveBooking': return moveBooking(c, ctx, cmd.bookingId, cmd.at);
    case 'cancelBooking': return cancelBooking(c, cmd.bookingId);
    case 'recordResult': return recordResult(c, cmd.ticketId, cmd.result);
    default: return boothAction(c, ctx, cmd);
  }
}

/** A finished ticket of today takes the result its visitor card was given after the finish. */
function recordResult(c: Change, ticketId: string, asked: string): Reply | QueueError {
  const t = c.state.tickets.get(ticketId);
  if (!t) return queueError('TICKET_NOT_FOUND', `No ticket ${ticketId} today`);
  if (t.state !== 'done') return queueError('TICKET_NOT_WAITING', `Ticket ${t.label} is ${t.state}, not finished`);
  const result = resultOf(asked);
  if (!result) return queueError('RESULT_NOT_FOUND', `No result "${asked}"`);
  if (t.result === result) return { kind: 'ticket', ticket: t };
  return { kind: 'ticket', ticket: c.ticket({ ...t, result }, 'result-recorded') };
}

export type IssuingRefusal = QueueError & { code: 'OFFICE_CLOSED' | 'ISSUING_STOPPED' | 'WAIT_EXCEEDS_CLOSING' };

/** Whether the kiosk may issue a ticket of this direction now, and if not, why. */
export function issuingRefusal(state: QueueState, config: OfficeConfig, directionId: string, now: number, ahead?: number, zone: Zone = config.office.timezone): IssuingRefusal | null {
  if (dayEnded(state)) return { code: 'ISSUING_STOPPED', message: 'The head of the service has ended reception for today', details: { dayEnded: true } };
  const status = scheduleStatus(config.schedule, zone, now);
  if (status.alwaysOpen) return null;
  if (!status.open || status.closesAt === null) {
    return { code: 'OFFICE_CLOSED', message: 'The office is closed now', details: { opensAt: status.opensAt } };
  }
  const stopAt = status.closesAt - config.schedule.stopIssuingBeforeCloseMin * 60_000;
  if (now >= stopAt) {
    return { code: 'ISSUING_STOPPED', message: 'Tickets are no longer issued today', details: { closesAt: status.closesAt, stoppedAt: stopAt } };
  }
  const waitMinutes = ahead === undefined ? placeOfWalkIn(state, config, directionId, now).waitMinutes : estimateWaitMinutes(state, config, directionId, ahead);
  if (now + waitMinutes * 60_000 >= status.closesAt) {
    return { code: 'WAIT_EXCEEDS_CLOSING', message: 'The expected wait runs past closing time', details: { closesAt: status.closesAt, waitMinutes } };
  }
  return null;
}

function issue(c: Change, ctx: Context, directionId: string, priority: string | null, source: TicketSource, booking: Booking | null): Reply | QueueError {
  const { config, now } = ctx;
  const direction = config.directions.find((d) => d.id === directionId);
  if (!direction) return queueError('DIRECTION_NOT_FOUND', `No direction "${directionId}"`);
  if (priority !== null && !config.priorities.some((p) => p.id === priority)) return queueError('PRIORITY_NOT_FOUND', `No priority "${priority}"`);
  const number = (c.state.lastNumber[directionId] ?? direction.firstNumber - 1) + 1;
  const day = c.state.day;
  // A life situation numbers its tickets under its own letter, and they wait at its first step.
  const first = firstStep(config, directionId);
  const draft: Ticket = {
    id: `${day}/${directionId}/${number}`, day, number, label: `${direction.prefix}${number}`, directionId: first?.directionId ?? directionId, priority,
    bookingId: booking?.id ?? null, source, state: 'waiting', issuedAt: now, queuedAt: now, calledAt: null, startedAt: null,
    finishedAt: null, booth: null, targetBooth: first?.targetBooth ?? null, staffId: ctx.actor.staffId ?? null, recalls: 0, transfers: 0, result: null, history: [],
    ...(first ? { bundle: first.bundle } : {}),
  };
  // Booking tickets carry their own time: the kiosk must not turn away a citizen who booked (checkIn
  // refuses only after the head ended the day).
  const { ahead } = placeInLine(c.state, config, draft, now);
  if (!booking) {
    const refusal = issuingRefusal(c.state, config, draft.directionId, now, ahead, zoneOf(ctx));
    if (refusal) return refusal;
  }
  c.state = { ...c.state, lastNumber: { ...c.state.lastNumber, [directionId]: number } };
  const ticket = c.ticket(draft, 'issued');
  return { kind: 'issued', ticket, ...placeInLine(c.state, config, ticket, now) };
}

function checkIn(c: Change, ctx: Context, code: string): Reply | QueueError {
  const { config, now } = ctx;
  // After the day ended every code gets the same answer, so a refusal tells nothing about the code.
  if (dayEnded(c.state)) return issuingRefusal(c.state, config, '', now, 0, zoneOf(ctx))!;
  const booking = Object.values(c.state.bookings).find((b) => b.code === code && b.state === 'booked' && b.day === c.state.day);
  if (!booking) return usedCode(c, code) ?? queueError('BOOKING_NOT_FOUND', `No booking for today with code ${code}`);
  if (now < booking.at - config.booking.checkInEarlyMin * 60_000) return queueError('CHECK_IN_TOO_EARLY', 'Check-in opens closer to the booked time', { at: booking.at });
  if (now > booking.at + config.booking.checkInLateMin * 60_000) return queueError('CHECK_IN_TOO_LATE', 'The booked time has passed', { at: booking.at });
  // The ticket is issued against the booking as it stands; the booking then points at it.
  const issued = issue(c, ctx, booking.directionId, null, 'booking', booking);
  if ('code' in issued || issued.kind !== 'issued') return issued;
  c.booking({ ...booking, state: 'checked-in', ticketId: issued.ticket.id }, 'checked-in');
  return issued;
}

/** A code already checked in today names the ticket it was issued: the citizen may have lost the paper. */
function usedCode(c: Change, code: string): QueueError | null {
  const used = Object.values(c.state.bookings).filter((b) => b.code === code && b.state === 'checked-in' && b.day === c.state.day && b.ticketId !== null);
  const last = used.sort((a, b) => b.at - a.at)[0];
  const ticket = last ? c.state.tickets.get(last.ticketId!) : undefined;
  return ticket ? queueError('BOOKING_CHECKED_IN', 'A ticket was already issued for this code', { ticketLabel: ticket.label }) : null;
}

function staffName(config: OfficeConfig, staffId: string): string | null {
  return config.staff.find((s) => s.id === staffId)?.name ?? null;
}

function openBooth(c: Change, ctx: Context, number: number, staffId: string, directions?: string[]): Reply | QueueError {
  const booth = c.state.booths[number];
  if (!booth) return queueError('BOOTH_NOT_FOUND', `No booth ${number}`);
  const name = staffName(ctx.config, staffId);
  if (name === null) return queueError('STAFF_NOT_FOUND', `No staff member "${staffId}"`);
  if (dayEnded(c.state)) return queueError('DAY_ENDED', 'The head of the service has ended reception for today');
  if (booth.status !== 'closed' && booth.staffId !== staffId) return queueError('BOOTH_TAKEN', `Booth ${number} is open by another specialist`, { staffName: booth.staffName });
  const asked = directions && directions.length > 0 ? directions : null;
  const listed = asked ?? (booth.directions.length > 0 ? booth.directions : ctx.config.booths.find((b) => b.number === number)!.directions);
  const unknown = listed.find((d) => !ctx.config.directions.some((x) => x.id === d));
  if (unknown) return queueError('DIRECTION_NOT_FOUND', `No direction "${unknown}"`);
  // A life situation is served through its steps' directions: no booth serves the bundle itself. Asked
  // for, it is refused; a booth's earlier list that held one (before this rule) is opened without it.
  const bundle = asked?.find((d) => isLifeSituation(ctx.config, d));
  if (bundle) return queueError('DIRECTION_NOT_SERVED', `"${bundle}" is a life situation: a booth serves the directions of its steps`, { direction: bundle });
  const chosen = listed.filter((d) => !isLifeSituation(ctx.config, d));
  if (booth.status !== 'closed' && booth.staffId === staffId && sameSet(booth.directions, chosen)) return NONE;
  c.booth({ ...booth, status: booth.status === 'break' ? 'break' : 'open', staffId, staffName: name, directions: [...chosen], since: booth.since ?? ctx.now });
  return NONE;
}

/** Whether the head of the service has ended today's reception (closeDay); a new office day starts afresh. */
export const dayEnded = (state: QueueState): boolean => !!state.endedDay && state.endedDay === state.day;

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

type BoothCommand = Exclude<Command, { type: 'rollDay' | 'closeDay' | 'configure' | 'issue' | 'checkIn' | 'openBooth' | 'book' | 'moveBooking' | 'cancelBooking' | 'recordResult' }>;

function boothAction(c: Change, ctx: Context, cmd: BoothCommand): Reply | QueueError {
  const booth = c.state.booths[cmd.booth];
  if (!booth) return queueError('BOOTH_NOT_FOUND', `No booth ${cmd.booth}`);
  const current = booth.ticketId ? c.state.tickets.get(booth.ticketId) ?? null : null;
  const active = current && (current.state === 'called' || current.state === 'serving') ? current : null;
  const who = { booth: booth.number, staffId: booth.staffId ?? undefined };
  const mustBeOpen = (): QueueError | null =>
    booth.status === 'closed' ? queueError('BOOTH_CLOSED', `Booth ${booth.number} is closed`)
      : booth.status === 'break' ? queueError('BOOTH_ON_BREAK', `Booth ${booth.number} is on a break`)
        : null;
  const mustHaveTicket = (...states: Ticket['state'][]): QueueError | null =>
    !active ? queueError('BOOTH_IDLE', `Booth ${booth.number} has no ticket`)
      : !states.includes(active.state) ? queueError('TICKET_STATE', `Ticket ${active.label} is ${active.state}`)
        : null;
  const call = (t: Ticket): Reply => {
    const ticket = c.ticket({ ...t, state: 'called', calledAt: ctx.now, booth: booth.number, staffId: booth.staffId, targetBooth: null }, 'called', who);
    // Calling the next citizen closes the last visit's rating window.
    c.booth({ ...booth, ticketId: ticket.id, ...(booth.rating ? { rating: null } : {}) });
    return { kind: 'ticket', ticket };
  };
  const release = () => c.booth({ ...booth, ticketId: null });

  switch (cmd.type) {
    case 'closeBooth': {
      if (active) return queueError('BOOTH_BUSY', `Finish ticket ${active.label} first`);
      if (booth.status === 'closed') return NONE;
      // The citizen of the last visit may still rate it after the specialist signs out.
      c.booth({ ...closedBooth(booth.number, booth.directions), ...(booth.rating ? { rating: booth.rating } : {}) });
      return NONE;
    }
    case 'callNext': {
      const refusal = mustBeOpen() ?? (active ? queueError('BOOTH_BUSY', `Finish ticket ${active.label} first`) : null);
      if (refusal) return refusal;
      const next = nextTicketFor(c.state, ctx.config, booth, ctx.now);
      return next ? call(next) : queueError('QUEUE_EMPTY', 'Nobody is waiting for this booth');
    }
    case 'callTicket': {
      const refusal = mustBeOpen() ?? (active ? queueError('BOOTH_BUSY', `Finish ticket ${active.label} first`) : null);
      if (refusal) return refusal;
      const t = c.state.tickets.get(cmd.ticketId);
      if (!t) return queueError('TICKET_NOT_FOUND', `No ticket ${cmd.ticketId} today`);
      if (t.state !== 'waiting') return queueError('TICKET_NOT_WAITING', `Ticket ${t.label} is ${t.state}`);
      if (t.targetBooth !== null && !callableBy(booth, t)) return queueError('DIRECTION_NOT_SERVED', `Ticket ${t.label} was sent to booth ${t.targetBooth}`);
      return call(t);
    }
    case 'recall': {
      const refusal = mustHaveTicket('called');
      if (refusal) return refusal;
      const ticket = c.ticket({ ...active!, recalls: active!.recalls + 1, calledAt: ctx.now }, 'recalled', who);
      return { kind: 'ticket', ticket };
    }
    case 'start': {
      const refusal = mustHaveTicket('called');
      if (refusal) return refusal;
      return { kind: 'ticket', ticket: c.ticket({ ...active!, state: 'serving', startedAt: ctx.now }, 'started', who) };
    }
    case 'finish': {
      const refusal = mustHaveTicket('called', 'serving');
      if (refusal) return refusal;
      const result = resultOf(cmd.result);
      if (!result) return queueError('RESULT_NOT_FOUND', `No result "${cmd.result}"`);
      const t = active!;
      // A step of a life situation that is not its last sends the ticket on to the next step at once.
      const { next, finished } = afterFinish({ ...t, state: 'done', finishedAt: ctx.now, result }, ctx.now, booth.number);
      const ticket = c.ticket(finished, 'finished', who);
      if (next) c.ticket({ ...next, history: ticket.history }, 'next-step', { ...who, note: next.targetBooth !== null ? `step ${next.bundle!.step + 1}: booth ${next.targetBooth}` : `step ${next.bundle!.step + 1}: direction ${next.directionId}` });
      const served = ctx.now - (t.startedAt ?? t.calledAt ?? ctx.now);
      c.state = { ...c.state, serviceTimes: { ...c.state.serviceTimes, [t.directionId]: recordServiceTime(c.state.serviceTimes[t.directionId], served) } };
      // Where the office lets citizens rate, the finished visit opens its rating window at the booth.
      const window = windowFor(ctx.config, ticket, ctx.now);
      c.booth({ ...booth, ticketId: null, ...(window ? { rating: window } : {}) });
      if (window) c.events.push({ type: 'rating', action: 'opened', at: ctx.now, rating: ratingOf(ticket, booth, window) });
      return { kind: 'ticket', ticket };
    }
    case 'noShow': {
      const refusal = mustHaveTicket('called');
      if (refusal) return refusal;
      // A no-show ends a life situation at this step: nothing more is queued.
      const ticket = c.ticket(breakOff({ ...active!, state: 'no-show', finishedAt: ctx.now }), 'no-show', who);
      release();
      return { kind: 'ticket', ticket };
    }
    case 'transfer': {
      const refusal = mustHaveTicket('called', 'serving');
      if (refusal) return refusal;
      if (cmd.toDirection === undefined && cmd.toBooth === undefined) return queueError('BAD_REQUEST', 'Say where to transfer: a direction or a booth');
      if (cmd.toDirection !== undefined && !ctx.config.directions.some((d) => d.id === cmd.toDirection)) return queueError('DIRECTION_NOT_FOUND', `No direction "${cmd.toDirection}"`);
      // A life situation has no line of its own: a ticket sent "to" it would wait where no booth calls.
      if (cmd.toDirection !== undefined && isLifeSituation(ctx.config, cmd.toDirection)) return queueError('DIRECTION_NOT_SERVED', `"${cmd.toDirection}" is a life situation: transfer to the direction of one of its steps`, { direction: cmd.toDirection });
      if (cmd.toBooth !== undefined) {
        if (!c.state.booths[cmd.toBooth]) return queueError('BOOTH_NOT_FOUND', `No booth ${cmd.toBooth}`);
        if (cmd.toBooth === booth.number) return queueError('BAD_REQUEST', 'A ticket cannot be transferred to its own booth');
      }
      const t = active!;
      const ticket = c.ticket({
        ...t, state: 'waiting', directionId: cmd.toDirection ?? t.directionId, targetBooth: cmd.toBooth ?? null,
        queuedAt: cmd.keepPlace === false ? ctx.now : t.queuedAt, transfers: t.transfers + 1, calledAt: null, startedAt: null,
      }, 'transferred', { ...who, note: cmd.toBooth !== undefined ? `booth ${cmd.toBooth}` : `direction ${cmd.toDirection}` });
      release();
      return { kind: 'ticket', ticket };
    }
    case 'breakStart': {
      if (booth.status === 'closed') return queueError('BOOTH_CLOSED', `Booth ${booth.number} is closed`);
      if (active) return queueError('BOOTH_BUSY', `Finish ticket ${active.label} first`);
      if (!(cmd.until > ctx.now)) return queueError('BAD_TIME', 'A break must end in the future');
      c.booth({ ...booth, status: 'break', breakKind: cmd.kind, breakUntil: cmd.until });
      return NONE;
    }
    case 'rate': {
      const next = rate(ctx.config, booth, ctx.actor, cmd, ctx.now);
      if ('code' in next) return next;
      const t = c.state.tickets.get(next.ticketId);
      if (!t) return queueError('RATING_CLOSED', `No visit to rate at booth ${booth.number} now`);
      c.booth({ ...booth, rating: next });
      c.events.push({ type: 'rating', action: 'rated', at: ctx.now, rating: ratingOf(t, booth, next) });
      return NONE;
    }
    case 'closeRating': {
      const w = booth.rating;
      if (!w || w.ticketId !== cmd.ticketId || ctx.now < w.until) return NONE;
      c.booth({ ...booth, rating: null }, 'timeout');
      return NONE;
    }
    case 'breakEnd': {
      if (booth.status !== 'break') return queueError('TICKET_STATE', `Booth ${booth.number} is not on a break`);
      c.booth({ ...booth, status: 'open', breakKind: null, breakUntil: null });
      return NONE;
    }
  }
}

/** Brings the booths in line with a new configuration; refuses what would strand a citizen or a specialist. */
function configure(c: Change, config: OfficeConfig): Reply | QueueError {
  const directions = new Set(config.directions.map((d) => d.id));
  for (const t of c.state.tickets.open()) {
    if (ACTIVE.has(t.state) && !directions.has(t.directionId)) return queueError('CONFIG_INVALID', `direction "${t.directionId}" still has ticket ${t.label} in line`);
  }
  const booths = { ...c.state.booths };
  for (const b of Object.values(booths)) {
    if (!config.booths.some((x) => x.number === b.number)) {
      if (b.status !== 'closed') return queueError('CONFIG_INVALID', `booth ${b.number} is open: close it before removing it`);
      delete booths[b.number];
    }
  }
  c.state = { ...c.state, booths };
  for (const conf of config.booths) {
    const b = c.state.booths[conf.number];
    if (!b) c.booth(closedBooth(conf.number, conf.directions));
    else if (b.status === 'closed' && !sameSet(b.directions, conf.directions)) c.booth({ ...b, directions: [...conf.directions] });
  }
  return NONE;
}

function validateSlot(c: Change, ctx: Context, directionId: string, at: number, exceptId?: string): QueueError | null {
  if (!ctx.config.directions.some((d) => d.id === directionId)) return queueError('DIRECTION_NOT_FOUND', `No direction "${directionId}"`);
  if (!Number.isInteger(at) || at <= ctx.now) return queueError('BAD_TIME', 'A booking must be in the future');
  if (at > ctx.now + ctx.config.booking.horizonDays * 86_400_000) return queueError('BAD_TIME', `Bookings are taken ${ctx.config.booking.horizonDays} days ahead at most`);
  const day = officeDay(at, zoneOf(ctx));
  if (!slotsOn(c.state, ctx.config, directionId, day, ctx.now, zoneOf(ctx)).some((s) => s.at === at)) {
    return queueError('SLOT_OUTSIDE_HOURS', 'That time is not a booking slot within office hours');
  }
  if (bookingsInSlot(c.state, directionId, at, exceptId) >= ctx.config.booking.perSlot) return queueError('SLOT_TAKEN', 'That slot is already booked');
  return null;
}

function book(c: Change, ctx: Context, directionId: string, at: number, citizenName: string, phone: string): Reply | QueueError {
  if (!citizenName.trim()) return queueError('BAD_REQUEST', 'The citizen\'s name is required');
  const refusal = validateSlot(c, ctx, directionId, at);
  if (refusal) return refusal;
  const seq = c.state.bookingSeq + 1;
  const booking: Booking = {
    id: `b${seq}`, code: newBookingCode(c.state, ctx.random), directionId, at, day: officeDay(at, zoneOf(ctx)),
    citizenName: citizenName.trim(), phone: phone.trim(), state: 'booked', ticketId: null, createdAt: ctx.now, createdBy: ctx.actor.staffId ?? null,
  };
  c.state = { ...c.state, bookingSeq: seq };
  c.booking(booking, 'booked');
  return { kind: 'booking', booking };
}

function moveBooking(c: Change, ctx: Context, bookingId: string, at: number): Reply | QueueError {
  const b = own(c.state.bookings, bookingId);
  if (!b) return queueError('BOOKING_NOT_FOUND', `No booking ${bookingId}`);
  if (b.state !== 'booked') return queueError('BOOKING_STATE', `Booking ${b.code} is ${b.state}`);
  const refusal = validateSlot(c, ctx, b.directionId, at, b.id);
  if (refusal) return refusal;
  const booking = { ...b, at, day: officeDay(at, zoneOf(ctx)) };
  c.booking(booking, 'moved');
  return { kind: 'booking', booking };
}

function cancelBooking(c: Change, bookingId: string): Reply | QueueError {
  const b = own(c.state.bookings, bookingId);
  if (!b) return queueError('BOOKING_NOT_FOUND', `No booking ${bookingId}`);
  if (b.state !== 'booked') return queueError('BOOKING_STATE', `Booking ${b.code} is ${b.state}`);
  const booking = { ...b, state: 'cancelled' as const };
  c.booking(booking, 'cancelled');
  return { kind: 'booking', booking };
}
