// Life situations: a direction that is a bundle of steps ("Рождение ребёнка": documents, then the
// certificate at booth 3, then a consultation). One ticket leads the citizen through them. Pure rules:
//
//   issue      — the ticket takes the bundle's own letter and daily numbering, and waits in the first
//                step's direction (or for the first step's booth);
//   finish     — a step finished (not a no-show) that is not the last sends the ticket on at once: it
//                waits in the next step's direction, or for the next step's booth, WITH ITS PLACE KEPT:
//                its place in line stays the one it had (its issue time, unless an operator moved it to
//                the back on a transfer). The citizen already waited once; a bundle is one visit, so a
//                citizen who came at 9:00 goes before one who came at 9:10 at every step, and is not sent
//                behind everyone who came while they sat at step one. Priority and due bookings still come
//                first by the office's routing order, as for any ticket;
//   last step  — its finish completes the bundle;
//   no-show    — a no-show at any step, or the ticket closed unserved (the day ended), breaks the bundle
//                off at that step: nothing more is queued.
// The queue (queue.ts) applies these; each move is a `next-step` ticket event in the log.
import type { OfficeConfig } from '../config/schema.js';
import type { BundleStep, Ticket, TicketBundle } from './types.js';

/** The steps of a direction that is a life situation, or null for an ordinary direction. */
export function stepsOf(config: OfficeConfig, directionId: string): BundleStep[] | null {
  const steps = config.directions.find((d) => d.id === directionId)?.steps;
  return steps && steps.length > 0 ? steps.map((s) => ({ direction: s.direction, booth: s.booth ?? null })) : null;
}

/** Where a newly issued ticket of this life situation waits, and the bundle it carries; null for an ordinary direction. */
export function firstStep(config: OfficeConfig, directionId: string): { directionId: string; targetBooth: number | null; bundle: TicketBundle } | null {
  const steps = stepsOf(config, directionId);
  if (!steps) return null;
  const first = steps[0]!;
  return { directionId: first.direction, targetBooth: first.booth, bundle: { id: directionId, steps, step: 0, movedAt: null, fromBooth: null, ended: null } };
}

/** Whether the ticket is at the last step of its bundle (or is no bundle at all). */
export const atLastStep = (t: Ticket): boolean => !t.bundle || t.bundle.step >= t.bundle.steps.length - 1;

/**
 * A finished ticket's next move: the ticket waiting at its next step (place kept), or, after the last
 * step, the same finished ticket with its bundle completed. An ordinary ticket is returned as it is.
 */
export function afterFinish(t: Ticket, now: number, booth: number): { next: Ticket | null; finished: Ticket } {
  const b = t.bundle;
  if (!b || b.ended) return { next: null, finished: t };
  if (atLastStep(t)) return { next: null, finished: { ...t, bundle: { ...b, ended: 'completed' } } };
  const step = b.step + 1;
  const to = b.steps[step]!;
  const next: Ticket = {
    ...t, state: 'waiting', directionId: to.direction, targetBooth: to.booth,
    // Its place in line is kept: see the header.
    queuedAt: t.queuedAt, calledAt: null, startedAt: null, finishedAt: null, result: null,
    bundle: { ...b, step, movedAt: now, fromBooth: booth },
  };
  return { next, finished: t };
}

/** A ticket that leaves the office unserved at this step (a no-show, closed at the day's end): its bundle is broken off here. */
export function breakOff(t: Ticket): Ticket {
  return t.bundle && !t.bundle.ended ? { ...t, bundle: { ...t.bundle, ended: 'broken' } } : t;
}

/** "2 of 4": the step a ticket is at, counted from 1, and how many there are. */
export function stepOf(t: Pick<Ticket, 'bundle'>): { step: number; of: number } | null {
  return t.bundle ? { step: t.bundle.step + 1, of: t.bundle.steps.length } : null;
}

/**
 * Which step of its bundle a visitor card saved now belongs to: each step is a visit of its own, with its
 * own card (staff, booth, result). At the booth (called, serving) or ended: the step it is at; waiting after
 * being sent on: the step just finished, whose card is saved late. Null for an ordinary ticket.
 */
export function cardStepOf(t: Pick<Ticket, 'state' | 'bundle'>): number | null {
  const b = t.bundle;
  if (!b) return null;
  if (t.state === 'waiting' && b.movedAt !== null && b.step > 0) return b.step - 1;
  return b.step;
}

/** A direction that is a life situation is served through its steps: no booth serves it directly. */
export const isLifeSituation = (config: OfficeConfig, directionId: string): boolean => stepsOf(config, directionId) !== null;

/** How long the displays show where a citizen was sent on: long enough to read it and walk off. */
export const NEXT_STEP_SHOWN_MS = 60_000;

/** A citizen sent on to the next step: shown on the booth display that finished the step and in the hall. */
export interface NextStepNotice {
  ticketId: string;
  label: string;
  /** The next step's booth; null: wait to be called (the step is a direction's line). */
  booth: number | null;
  fromBooth: number;
  at: number;
  step: number;
  of: number;
}

/**
 * The citizens sent on to their next step in the last `shownMs`, newest first, while they still wait for
 * it (called there, the ordinary call takes over). From what every screen's view holds (public tickets).
 */
export function nextStepNotices(tickets: Iterable<Pick<Ticket, 'id' | 'label' | 'state' | 'targetBooth' | 'bundle'>>, now: number, shownMs = NEXT_STEP_SHOWN_MS): NextStepNotice[] {
  const out: NextStepNotice[] = [];
  for (const t of tickets) {
    const b = t.bundle;
    if (t.state !== 'waiting' || !b || b.movedAt === null || b.fromBooth === null) continue;
    if (now < b.movedAt || now - b.movedAt >= shownMs) continue;
    out.push({ ticketId: t.id, label: t.label, booth: t.targetBooth, fromBooth: b.fromBooth, at: b.movedAt, step: b.step + 1, of: b.steps.length });
  }
  return out.sort((a, b) => b.at - a.at);
}
