// The statistics of the citizens' ratings, pure: the satisfaction share (ratings of 4 or 5 of all
// ratings, as the office's survey counts "satisfied") by specialist, direction, month and reason, from
// the ratings the log's `rating` events filled (domain/rating.ts). Shares are percentages, one decimal.
import type { Cell, ReportTable } from './report-table.js';

/** Ratings grouped by month, specialist, direction and reason, as the ratings table's index gives them. */
export interface RatingCounts { month: string; staff: string | null; direction: string; reason: string | null; ratings: number; satisfied: number; scoreSum: number }

export interface RatingTotals { ratings: number; satisfiedPct: number | null }

const pct = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
const avg = (sum: number, n: number): number | null => (n > 0 ? Math.round((sum / n) * 10) / 10 : null);

interface Tally { ratings: number; satisfied: number; scoreSum: number }

function tally(rows: RatingCounts[], key: (r: RatingCounts) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const k = key(r);
    const t = out.get(k) ?? { ratings: 0, satisfied: 0, scoreSum: 0 };
    t.ratings += r.ratings;
    t.satisfied += r.satisfied;
    t.scoreSum += r.scoreSum;
    out.set(k, t);
  }
  return out;
}

/**
 * The totals and four tables. Each has a row per specialist (direction, month, reason): ratings, satisfied
 * (4–5), the share satisfied and the average score; the reasons' table also says what share of all
 * ratings named that reason. Ratings without a reason are left out of the reasons' table.
 */
export function ratingReport(rows: RatingCounts[]): { totals: RatingTotals; tables: ReportTable[] } {
  const all = rows.reduce((t, r) => ({ ratings: t.ratings + r.ratings, satisfied: t.satisfied + r.satisfied }), { ratings: 0, satisfied: 0 });
  const table = (id: ReportTable['id'], label: string, key: (r: RatingCounts) => string, order: (m: Map<string, Tally>) => string[]): ReportTable => {
    const groups = tally(rows, key);
    return {
      id, chart: 'satisfiedPct', columns: [label, 'ratings', 'satisfied', 'satisfiedPct', 'avgScore'],
      rows: order(groups).map((k): Cell[] => { const t = groups.get(k)!; return [k, t.ratings, t.satisfied, pct(t.satisfied, t.ratings), avg(t.scoreSum, t.ratings)]; }),
    };
  };
  const byName = (m: Map<string, Tally>) => [...m.keys()].sort();
  const reasons = tally(rows.filter((r) => r.reason !== null), (r) => r.reason!);
  const byReason: ReportTable = {
    id: 'ratingByReason', chart: 'ratings', columns: ['ratingReason', 'ratings', 'shareOfRatings', 'satisfiedPct'],
    rows: [...reasons.keys()].sort((a, b) => reasons.get(b)!.ratings - reasons.get(a)!.ratings || (a < b ? -1 : 1))
      .map((k) => { const t = reasons.get(k)!; return [k, t.ratings, pct(t.ratings, all.ratings), pct(t.satisfied, t.ratings)]; }),
  };
  return {
    totals: { ratings: all.ratings, satisfiedPct: pct(all.satisfied, all.ratings) },
    tables: [
      table('ratingByStaff', 'staff', (r) => r.staff ?? '', byName),
      table('ratingByDirection', 'direction', (r) => r.direction, byName),
      table('ratingByMonth', 'month', (r) => r.month, byName),
      byReason,
    ],
  };
}
