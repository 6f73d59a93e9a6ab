// People ahead and the estimated wait per direction, from recent service times and booths on duty.
import type { OfficeConfig } from '../config/schema.js';
import { aheadInDirection, type Placed } from './routing.js';
import type { QueueState, Ticket } from './types.js';

/** How many recent service durations a direction keeps for its estimate. */
export const SERVICE_SAMPLES = 20;

export function averageServiceMs(state: QueueState, config: OfficeConfig, directionId: string): number {
  const samples = state.serviceTimes[directionId] ?? [];
  const configured = (config.directions.find((d) => d.id === directionId)?.serviceMinutes ?? 15) * 60_000;
  if (samples.length < 3) return configured;
  // The median resists the one citizen who took an hour.
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Booths open now (not on break) that serve the direction; at least one, so a wait is never infinite. */
export function boothsOnDuty(state: QueueState, directionId: string): number {
  const n = Object.values(state.booths).filter((b) => b.status === 'open' && b.directions.includes(directionId)).length;
  return Math.max(1, n);
}

export function waitingIn(state: QueueState, directionId: string): number {
  let n = 0;
  for (const _ of state.tickets.waiting(directionId)) n++;
  return n;
}

/** Minutes a citizen with `ahead` people in front is expected to wait. */
export function estimateWaitMinutes(state: QueueState, config: OfficeConfig, directionId: string, ahead: number): number {
  if (ahead <= 0) return 0;
  return Math.ceil((ahead * averageServiceMs(state, config, directionId)) / boothsOnDuty(state, directionId) / 60_000);
}

/**
 * The people ahead of a waiting ticket — those of its direction that "call next" would take before it — and
 * the expected wait. The one count behind the kiosk's answer on issue and check-in and a reprinted ticket.
 */
export function placeInLine(state: QueueState, config: OfficeConfig, ticket: Placed & Pick<Ticket, 'state' | 'directionId'>, now: number): { ahead: number; waitMinutes: number } {
  if (ticket.state !== 'waiting') return { ahead: 0, waitMinutes: 0 };
  const ahead = aheadInDirection(state, config, ticket, now);
  return { ahead, waitMinutes: estimateWaitMinutes(state, config, ticket.directionId, ahead) };
}

/** The place of a walk-in ticket taken now (no priority, no booking): what the kiosk shows before a tap. */
export const placeOfWalkIn = (state: QueueState, config: OfficeConfig, directionId: string, now: number): { ahead: number; waitMinutes: number } =>
  // The id sorts after every real one, so among tickets queued in the same millisecond it comes last, as it would.
  placeInLine(state, config, { id: '\uffff', state: 'waiting', directionId, bookingId: null, priority: null, queuedAt: now }, now);

export function recordServiceTime(samples: number[] | undefined, ms: number): number[] {
  return [...(samples ?? []), ms].slice(-SERVICE_SAMPLES);
}
