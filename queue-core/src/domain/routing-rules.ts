// The routing rules as the line reads them: the part of the configuration that orders a booth's line, sent
// to staff screens in their snapshot, and the few questions routing.ts and priority-mix.ts ask of it. What
// the rules mean, with examples, is at the top of routing.ts.
import type { OfficeConfig } from '../config/schema.js';
import type { Ticket } from './types.js';

export type RoutingRule = OfficeConfig['routing']['order'][number];

/** How one direction softens strict priority (see the top of routing.ts). */
export interface DirectionRouting {
  mix?: { priorityInRow: number; ordinaryWaitMin: number };
  ageing?: { minutesPerRank: number };
}

/** The part of the configuration that orders the line; staff screens receive it in their snapshot. */
export interface RoutingRules {
  order: RoutingRule[];
  /** Minutes before its time from which a booked ticket counts as due. */
  dueBeforeMin: number;
  priorities: { id: string; rank: number }[];
  /** By direction id; a direction not named keeps strict priority. */
  directions: Record<string, DirectionRouting>;
}

export const routingRules = (config: OfficeConfig): RoutingRules => ({
  order: [...config.routing.order], dueBeforeMin: config.booking.dueBeforeMin, priorities: config.priorities.map((p) => ({ id: p.id, rank: p.rank })),
  directions: structuredClone(config.routing.directions),
});

/** What the calling order looks at in a ticket. */
export type Placed = Pick<Ticket, 'id' | 'bookingId' | 'priority' | 'queuedAt' | 'directionId'>;

export const rankOf = (rules: RoutingRules, t: Placed) => rules.priorities.find((p) => p.id === t.priority)?.rank ?? 0;
export const mixOf = (rules: RoutingRules, directionId: string) => rules.directions[directionId]?.mix;
export const mixes = (rules: RoutingRules) => Object.values(rules.directions).some((d) => d.mix);

export const ageingOf = (rules: RoutingRules, t: Placed) => rules.directions[t.directionId]?.ageing;
