// What the hall, the kiosk and the head of the service see at a glance: per direction, how many wait,
// the longest wait so far and the estimate for a ticket taken now; and whether tickets are issued.
import type { OfficeConfig } from '../config/schema.js';
import { placeOfWalkIn, waitingIn } from './estimate.js';
import { issuingRefusal } from './queue.js';
import { scheduleStatus, type ScheduleStatus } from './schedule.js';
import type { QueueState } from './types.js';
import type { Zone } from './office-time.js';
import type { ErrorCode } from './errors.js';
import { stepsOf } from './life-situations.js';

export interface DirectionSummary {
  id: string;
  waiting: number;
  /** Minutes the longest-waiting ticket of the direction has been in line. */
  longestWaitMinutes: number;
  /** Estimated minutes for a ticket issued now. */
  waitMinutes: number;
  /** Why the kiosk cannot issue now, or null. */
  refusal: ErrorCode | null;
}

export interface QueueSummary {
  day: string;
  schedule: ScheduleStatus;
  directions: DirectionSummary[];
}

export function summarize(state: QueueState, config: OfficeConfig, now: number, zone: Zone = config.office.timezone): QueueSummary {
  const directions = config.directions.map((d): DirectionSummary => {
    // A life situation's ticket joins its first step's line: the kiosk tells the citizen that line's figures.
    const line = stepsOf(config, d.id)?.[0]?.direction ?? d.id;
    const waiting = waitingIn(state, line);
    let oldest = now;
    for (const t of state.tickets.waiting(line)) if (t.queuedAt < oldest) oldest = t.queuedAt;
    return {
      id: d.id,
      waiting,
      longestWaitMinutes: Math.floor((now - oldest) / 60_000),
      waitMinutes: placeOfWalkIn(state, config, line, now).waitMinutes,
      refusal: issuingRefusal(state, config, line, now, undefined, zone)?.code ?? null,
    };
  });
  return { day: state.day, schedule: scheduleStatus(config.schedule, zone, now), directions };
}
