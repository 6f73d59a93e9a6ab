// The mix of routing.ts: how many priority tickets a direction has called in a row, and the calling order
// with an ordinary ticket taken in turn after so many. The rules and their examples are at the top of
// routing.ts; this module only counts and takes turns.
import { mixOf, rankOf, type Placed, type RoutingRules } from './routing-rules.js';
import type { Ticket } from './types.js';

/** What mixing counts a ticket as: a booked one is neither priority nor ordinary. */
const mixKind = (rules: RoutingRules, t: Placed): 'priority' | 'ordinary' | null =>
  t.bookingId ? null : rankOf(rules, t) > 0 ? 'priority' : 'ordinary';

/** The times a ticket was called since it was last transferred (a recall is not a call). */
function callsSinceTransfer(t: Pick<Ticket, 'history'>): number[] {
  const calls: number[] = [];
  for (const step of t.history) {
    if (step.action === 'transferred') calls.length = 0;
    else if (step.action === 'called') calls.push(step.at);
  }
  return calls;
}

/** Per mixing direction, the priority tickets called since its last ordinary one was called (today's tickets). */
export function priorityStreaks(tickets: Iterable<Ticket>, rules: RoutingRules): Map<string, number> {
  const lastOrdinary = new Map<string, number>();
  const priorityCalls = new Map<string, number[]>();
  for (const t of tickets) {
    const kind = mixKind(rules, t);
    if (!kind || !mixOf(rules, t.directionId)) continue;
    const calls = callsSinceTransfer(t);
    if (kind === 'ordinary') lastOrdinary.set(t.directionId, Math.max(lastOrdinary.get(t.directionId) ?? -Infinity, ...calls));
    else priorityCalls.set(t.directionId, [...(priorityCalls.get(t.directionId) ?? []), ...calls]);
  }
  const streaks = new Map<string, number>();
  for (const [d, calls] of priorityCalls) streaks.set(d, calls.filter((at) => at > (lastOrdinary.get(d) ?? -Infinity)).length);
  return streaks;
}

/** The line order `sorted` (the comparator's) as successive calls take it, with the mix's turns; `streaks` as counted today. */
export function mixTurns<T extends Placed>(sorted: T[], rules: RoutingRules, now: number, streaks: ReadonlyMap<string, number>): { ticket: T; mixed: boolean }[] {
  const streak = new Map(streaks);
  // Per direction, its ordinary tickets in line order: the first one not yet taken is the longest-waiting.
  const ordinary = new Map<string, { list: T[]; at: number }>();
  for (const t of sorted) {
    if (mixKind(rules, t) !== 'ordinary') continue;
    const o = ordinary.get(t.directionId) ?? { list: [], at: 0 };
    o.list.push(t);
    ordinary.set(t.directionId, o);
  }
  const taken = new Set<T>();
  const firstOrdinary = (d: string): T | undefined => {
    const o = ordinary.get(d);
    if (!o) return undefined;
    while (o.at < o.list.length && taken.has(o.list[o.at]!)) o.at++;
    return o.list[o.at];
  };
  const out: { ticket: T; mixed: boolean }[] = [];
  for (let i = 0; out.length < sorted.length;) {
    while (taken.has(sorted[i]!)) i++;
    const head = sorted[i]!;
    const d = head.directionId, mix = mixOf(rules, d);
    let next = head;
    if (mix && mixKind(rules, head) === 'priority' && (streak.get(d) ?? 0) >= mix.priorityInRow) {
      const longest = firstOrdinary(d);
      if (longest && now - longest.queuedAt >= mix.ordinaryWaitMin * 60_000) next = longest;
    }
    taken.add(next);
    out.push({ ticket: next, mixed: next !== head });
    const kind = mixKind(rules, next);
    if (kind) streak.set(d, kind === 'priority' ? (streak.get(d) ?? 0) + 1 : 0);
  }
  return out;
}

