// The grouped counts the statistics are built from, read in one go on one connection. Each table is read
// as few times as possible, and only through covering indexes (see migrations.ts), so ten years of a busy
// office report without touching the JSON bodies. Run by the statistics worker, off the main thread.
import type { SqliteDb } from './sqlite.js';
import type { AppealCounts, PhoneCounts, QuarterCounts, StatsRows, TicketCounts } from '../journal/stats.js';

interface Slot { hour: number; direction: string | null; staff: string | null }

// sum() skips NULLs: a ticket never called adds nothing to the wait, one never started nothing to the service.
const TICKET_COUNTS = `count(*) AS tickets, sum(state = 'done') AS served, sum(state = 'no-show') AS noShows, count(booking_id) AS booked,
  sum(called_at - issued_at) AS waitSum, count(called_at) AS waitCount,
  sum(CASE state WHEN 'done' THEN finished_at - started_at END) AS serviceSum, count(CASE state WHEN 'done' THEN started_at END) AS serviceCount`;

/** For office days `from`..`to` inclusive. */
export function readStatsRows(db: SqliteDb, from: string, to: string): StatsRows {
  const range = [from, to];
  // Reading every table in one read transaction gives counts from one moment, while the daemon writes on.
  return db.raw.transaction(() => ({
    // Day first follows the index: no sorting.
    ticketsByDay: db.all<TicketCounts>(`SELECT day AS k, ${TICKET_COUNTS} FROM tickets WHERE day BETWEEN ? AND ? GROUP BY day`, range),
    ticketsBySlot: db.all<TicketCounts & Slot>(`SELECT hour, direction, staff_id AS staff, ${TICKET_COUNTS} FROM tickets WHERE day BETWEEN ? AND ? GROUP BY hour, direction, staff_id`, range),
    appealsByDay: db.all<AppealCounts>('SELECT day AS k, count(*) AS appeals, sum(is_repeat) AS repeats FROM appeals WHERE day BETWEEN ? AND ? GROUP BY day', range),
    appealsBySlot: db.all<AppealCounts & Slot & { reason: string }>(`SELECT hour, direction, staff_id AS staff, reason, count(*) AS appeals, sum(is_repeat) AS repeats
      FROM appeals WHERE day BETWEEN ? AND ? GROUP BY hour, direction, staff_id, reason`, range),
    monthly: db.all<QuarterCounts>(`SELECT substr(day, 1, 7) AS month, category, appeal_type AS appealType, result, count(*) AS appeals, sum(is_repeat) AS repeats
      FROM appeals WHERE day BETWEEN ? AND ? GROUP BY month, category, appeal_type, result`, range),
    phonesByDay: db.all<PhoneCounts>('SELECT day AS k, count(*) AS phones FROM phone_consultations WHERE day BETWEEN ? AND ? GROUP BY day', range),
    phonesBySlot: db.all<PhoneCounts & Slot>('SELECT hour, staff_id AS staff, count(*) AS phones FROM phone_consultations WHERE day BETWEEN ? AND ? GROUP BY hour, staff_id', range),
  })).deferred();
}
