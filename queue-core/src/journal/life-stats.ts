// The statistics of the life situations, pure: bundles started, completed, broken off (and at which step),
// still in the office, and the time from issue to the end of the whole bundle, from the rows of the
// life_situations table (store/migrations.ts). The steps themselves count in their directions' figures
// (stats.ts folds the `lifeSteps` rows into the tables by direction and by specialist).
import type { Cell, ReportTable } from './report-table.js';

/** Tickets of a life situation grouped by how they ended and the step they were at then (its direction: the step's service). */
export interface LifeSituationCounts { situation: string; outcome: 'completed' | 'broken' | null; step: number; direction?: string | null; tickets: number; durationSum: number | null }

const minutes = (sum: number, count: number): number | null => (count > 0 ? Math.round(sum / count / 6_000) / 10 : null);

/**
 * Two tables: by situation (started, completed, broken off, still in the office, the average
 * minutes from issue to the end of a completed bundle), and the broken-off ones by the step they stopped
 * at ("birth:2": at its second step) with that step's direction, which names the step for a person
 * ("Рождение ребёнка: 2. Выдача справок").
 */
export function lifeReport(rows: LifeSituationCounts[]): { tables: ReportTable[] } {
  const by = new Map<string, { started: number; completed: number; broken: number; open: number; durationSum: number }>();
  const breaks = new Map<string, { key: string; direction: string | null; tickets: number }>();
  for (const r of rows) {
    const s = by.get(r.situation) ?? { started: 0, completed: 0, broken: 0, open: 0, durationSum: 0 };
    s.started += r.tickets;
    if (r.outcome === 'completed') {
      s.completed += r.tickets;
      s.durationSum += r.durationSum ?? 0;
    } else if (r.outcome === 'broken') {
      s.broken += r.tickets;
      const key = `${r.situation}:${r.step + 1}`, direction = r.direction ?? null;
      const k = `${key}\u0000${direction ?? ''}`;
      const b = breaks.get(k) ?? { key, direction, tickets: 0 };
      b.tickets += r.tickets;
      breaks.set(k, b);
    } else s.open += r.tickets;
    by.set(r.situation, s);
  }
  const names = [...by.keys()].sort();
  return {
    tables: [
      {
        id: 'lifeSituations', chart: 'started', columns: ['lifeSituation', 'started', 'completed', 'brokenOff', 'inOffice', 'avgBundleMin'],
        rows: names.map((k): Cell[] => { const s = by.get(k)!; return [k, s.started, s.completed, s.broken, s.open, minutes(s.durationSum, s.completed)]; }),
      },
      {
        id: 'lifeBreaks', chart: 'brokenOff', columns: ['lifeStep', 'direction', 'brokenOff'],
        rows: [...breaks.values()].sort((a, b) => {
          const [sa, na] = a.key.split(':'), [sb, nb] = b.key.split(':');
          return sa! < sb! ? -1 : sa! > sb! ? 1 : Number(na) - Number(nb) || ((a.direction ?? '') < (b.direction ?? '') ? -1 : 1);
        }).map((b): Cell[] => [b.key, b.direction, b.tickets]),
      },
    ],
  };
}
