// The head of the service's reading: the statistics report (its grouped reads run in the statistics
// worker, so the queue keeps answering while a ten-year report is counted) and the audit trail.
import { officeDay } from '../domain/office-time.js';
import { buildReport, type StatsReport } from '../journal/stats.js';
import type { AuditEntry } from '../journal/types.js';
import { DAY, fail, ok, type JournalAnswer, type JournalContext } from './journal-context.js';

export async function statistics(ctx: JournalContext, from: string, to: string): Promise<JournalAnswer<{ report: StatsReport }>> {
  if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
  try {
    return ok({ report: buildReport(from, to, await ctx.store.statsRows(from, to)) });
  } catch (e) {
    ctx.log(`statistics failed: ${(e as Error).message}`);
    return fail('STORAGE_FAILED', `The statistics could not be read: ${(e as Error).message}`);
  }
}

export function auditTrail(ctx: JournalContext, from: string, to: string, limit: number): JournalAnswer<{ entries: AuditEntry[] }> {
  if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
  const start = Date.parse(`${from}T00:00:00Z`) - DAY, end = Date.parse(`${to}T00:00:00Z`) + 2 * DAY; // a day's margin for the zone
  const entries = ctx.store.auditLog(start, end, limit).filter((e) => { const d = officeDay(e.at, ctx.tz); return d >= from && d <= to; });
  return ok({ entries });
}
