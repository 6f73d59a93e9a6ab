// The waiting-time norm (Government decree No. 1376, item 18, and the services' regulations): how long a
// ticket has waited against its norm, which tickets near it or breach it, and why, in terms the head of
// the service can act on. Pure: the daemon's alert service asks these after every change and on a timer.
import type { OfficeConfig } from '../config/schema.js';
import type { Booth, QueueState, Ticket } from './types.js';

export { NORM_CAUSES, type NormCauseKind, type NormCause, type NormBreach } from './norm-breach.js';
import type { NormBreach, NormCause } from './norm-breach.js';

/** Calls in a row without the citizen coming that count as a cause. */
export const NO_SHOW_CHAIN = 3;

/** The norm in minutes of a direction, for a walk-in or a booked citizen. */
export function normMinutesOf(config: OfficeConfig, directionId: string, booked: boolean): number {
  const d = config.directions.find((x) => x.id === directionId);
  const norm = config.alerts.norm;
  return booked ? d?.bookedNormMinutes ?? norm.bookedWaitMinutes : d?.normMinutes ?? norm.waitMinutes;
}

export interface TicketWait {
  from: number;
  /** The first call, or null while the ticket has not been called. */
  calledAt: number | null;
  normMinutes: number;
  /** The moment the norm is passed. */
  deadline: number;
}

/**
 * A ticket's first wait (from its issue, or its booked time, to its first call) against its norm. A ticket
 * sent on after a call waits again, but that is the office's doing, not the line's: only the first counts.
 */
export function ticketWait(t: Ticket, state: QueueState, config: OfficeConfig): TicketWait {
  const booking = t.bookingId ? state.bookings[t.bookingId] : undefined;
  const from = booking ? Math.max(t.issuedAt, booking.at) : t.issuedAt;
  const normMinutes = normMinutesOf(config, t.directionId, t.bookingId !== null);
  const calledAt = t.history.find((s) => s.action === 'called')?.at ?? null;
  return { from, calledAt, normMinutes, deadline: from + normMinutes * 60_000 };
}

const serves = (b: Booth, directionId: string) => b.directions.includes(directionId);

/** The longest run of no-shows among the direction's calls since `from`, in the order they were called. */
function noShowChain(state: QueueState, directionId: string, from: number): number {
  const calls: { at: number; noShow: boolean }[] = [];
  for (const t of state.tickets.values()) {
    if (t.directionId !== directionId) continue;
    for (const s of t.history) if (s.action === 'called' && s.at >= from) calls.push({ at: s.at, noShow: t.state === 'no-show' });
  }
  calls.sort((a, b) => a.at - b.at);
  let run = 0, longest = 0;
  for (const c of calls) longest = Math.max(longest, (run = c.noShow ? run + 1 : 0));
  return longest;
}

/**
 * Why a direction's line has not moved since `from`: no booth open for it; every booth serving it at
 * lunch, or on a break; lunches that overlap; a chain of citizens who did not come; a booth on a break;
 * or, when none of these holds, more citizens than the open booths receive in time.
 */
export function normCause(state: QueueState, directionId: string, from: number): NormCause {
  const booths = Object.values(state.booths).filter((b) => serves(b, directionId)).sort((a, b) => a.number - b.number);
  const open = booths.filter((b) => b.status === 'open');
  const away = booths.filter((b) => b.status === 'break');
  const lunch = away.filter((b) => b.breakKind === 'lunch');
  const numbers = (bs: Booth[]) => bs.map((b) => b.number);
  if (open.length === 0 && away.length === 0) return { kind: 'no-booth', booths: [], count: 0 };
  if (open.length === 0) return { kind: lunch.length === away.length ? 'all-lunch' : 'all-break', booths: numbers(away), count: 0 };
  if (lunch.length >= 2) return { kind: 'lunch-overlap', booths: numbers(lunch), count: 0 };
  const chain = noShowChain(state, directionId, from);
  if (chain >= NO_SHOW_CHAIN) return { kind: 'no-shows', booths: [], count: chain };
  if (away.length > 0) return { kind: 'some-break', booths: numbers(away), count: 0 };
  return { kind: 'busy', booths: [], count: 0 };
}

export interface NormWatch {
  ticket: Ticket;
  wait: TicketWait;
}

/** Tickets still waiting for their first call, each with its wait. */
function firstWaits(state: QueueState, config: OfficeConfig): NormWatch[] {
  const out: NormWatch[] = [];
  for (const t of state.tickets.open()) {
    if (t.state !== 'waiting') continue;
    const wait = ticketWait(t, state, config);
    if (wait.calledAt === null) out.push({ ticket: t, wait });
  }
  return out;
}

/** Per direction, the waiting ticket that passed its norm first, if any (now past its deadline). */
export function overNorm(state: QueueState, config: OfficeConfig, now: number): Map<string, NormWatch> {
  return earliestBy(firstWaits(state, config).filter((w) => now > w.wait.deadline));
}

/** Per direction, the waiting ticket nearest its norm among those within `alerts.norm.warnBeforeMinutes` of it. */
export function nearNorm(state: QueueState, config: OfficeConfig, now: number): Map<string, NormWatch> {
  const lead = config.alerts.norm.warnBeforeMinutes * 60_000;
  if (lead === 0) return new Map();
  return earliestBy(firstWaits(state, config).filter((w) => now >= w.wait.deadline - lead && now <= w.wait.deadline));
}

function earliestBy(watches: NormWatch[]): Map<string, NormWatch> {
  const out = new Map<string, NormWatch>();
  for (const w of watches) {
    const held = out.get(w.ticket.directionId);
    if (!held || w.wait.deadline < held.wait.deadline) out.set(w.ticket.directionId, w);
  }
  return out;
}

/**
 * The breaches not yet recorded: tickets of the day still in the office whose first wait passed their
 * norm, whether they still wait or were called late. Each is recorded once (`recorded` holds ticket ids).
 */
export function newBreaches(state: QueueState, config: OfficeConfig, recorded: ReadonlySet<string>, now: number): NormBreach[] {
  const out: NormBreach[] = [];
  for (const t of state.tickets.open()) {
    if (recorded.has(t.id)) continue;
    const wait = ticketWait(t, state, config);
    const end = wait.calledAt ?? (t.state === 'waiting' ? now : null);
    if (end === null || end <= wait.deadline) continue;
    out.push({
      ticketId: t.id, label: t.label, day: t.day, directionId: t.directionId, booked: t.bookingId !== null,
      normMinutes: wait.normMinutes, waitFrom: wait.from, at: wait.deadline, cause: normCause(state, t.directionId, wait.from),
    });
  }
  return out.sort((a, b) => a.at - b.at);
}
