// The statistics of the waiting-time norm, pure: the share of visitors served within it per day and per
// month (all directions, then each), and the table of every breach with its cause, as recorded by the
// `norm` events when it happened (domain/norm.ts). Shares are percentages, one decimal.
import type { Cell, ReportTable } from './report-table.js';

/** Served tickets of a day and direction, and how many of them breached the norm (one or the other set). */
export interface NormCounts { day: string; direction: string; served: number; breached: number }
/** One breach as the norm_breaches table keeps it; `time` is office time "HH:MM". */
export interface BreachRow {
  day: string; time: string; label: string; direction: string; booked: number; normMinutes: number;
  cause: string; causeBooths: string; causeCount: number;
}

export interface NormTotals { servedWithinNorm: number; withinNormPct: number | null; normBreaches: number }

const pct = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

interface Tally { served: number; breached: number }

function tallyBy(rows: NormCounts[], key: (r: NormCounts) => string): Map<string, { all: Tally; byDirection: Map<string, Tally> }> {
  const out = new Map<string, { all: Tally; byDirection: Map<string, Tally> }>();
  for (const r of rows) {
    const k = key(r);
    let g = out.get(k);
    if (!g) out.set(k, (g = { all: { served: 0, breached: 0 }, byDirection: new Map() }));
    let d = g.byDirection.get(r.direction);
    if (!d) g.byDirection.set(r.direction, (d = { served: 0, breached: 0 }));
    for (const t of [g.all, d]) {
      t.served += r.served;
      t.breached += r.breached;
    }
  }
  return out;
}

/**
 * The norm's totals and tables. Each share table has a row per day (or month): served, served within the
 * norm, the share, then the share of each direction in a column "norm:<direction id>".
 */
export function normReport(served: NormCounts[], breached: NormCounts[], breaches: BreachRow[]): { totals: NormTotals; tables: ReportTable[] } {
  const rows = [...served, ...breached];
  const directions = [...new Set(served.filter((r) => r.served > 0).map((r) => r.direction))].sort();
  const share = (id: 'normByDay' | 'normByMonth', label: string, key: (r: NormCounts) => string): ReportTable => {
    const groups = tallyBy(rows, key);
    return {
      id, chart: 'withinNormPct', columns: [label, 'served', 'withinNorm', 'withinNormPct', ...directions.map((d) => `norm:${d}`)],
      rows: [...groups.keys()].sort().filter((k) => groups.get(k)!.all.served > 0).map((k): Cell[] => {
        const g = groups.get(k)!;
        const within = g.all.served - g.all.breached;
        return [k, g.all.served, within, pct(within, g.all.served), ...directions.map((d) => { const t = g.byDirection.get(d); return t ? pct(t.served - t.breached, t.served) : null; })];
      }),
    };
  };
  const all = rows.reduce((t, r) => ({ served: t.served + r.served, breached: t.breached + r.breached }), { served: 0, breached: 0 });
  const normBreaches: ReportTable = {
    id: 'normBreaches', chart: '', columns: ['day', 'time', 'ticket', 'direction', 'booked', 'normMin', 'cause', 'causeBooths', 'causeCount'],
    rows: breaches.map((b) => [b.day, b.time, b.label, b.direction, b.booked, b.normMinutes, b.cause, b.causeBooths, b.causeCount]),
  };
  return {
    totals: { servedWithinNorm: all.served - all.breached, withinNormPct: pct(all.served - all.breached, all.served), normBreaches: breaches.length },
    tables: [share('normByDay', 'day', (r) => r.day), share('normByMonth', 'month', (r) => r.day.slice(0, 7)), normBreaches],
  };
}
