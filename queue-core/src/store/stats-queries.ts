// The grouped counts the statistics are built from. Each table is read as few times as possible, and
// only through covering indexes (see migrations.ts), so ten years of a busy office report without
// touching the JSON bodies. Run by the statistics workers, off the main thread, split in two lanes of
// about equal work that run side by side on a machine's two cores.
import type { SqliteDb } from './sqlite.js';
import type { StatsRows } from '../journal/stats.js';

// sum() skips NULLs: a ticket never called adds nothing to the wait, one never started nothing to the service.
const TICKET_COUNTS = `count(*) AS tickets, sum(state = 'done') AS served, sum(state = 'no-show') AS noShows, count(booking_id) AS booked,
  sum(called_at - issued_at) AS waitSum, count(called_at) AS waitCount,
  sum(CASE state WHEN 'done' THEN finished_at - started_at END) AS serviceSum, count(CASE state WHEN 'done' THEN started_at END) AS serviceCount`;

/** One query per part of the rows, each over office days `from`..`to` given as its two parameters. */
const QUERIES: Record<keyof StatsRows, string> = {
  // Day first follows the index: no sorting.
  ticketsByDay: `SELECT day AS k, ${TICKET_COUNTS} FROM tickets WHERE day BETWEEN ? AND ? GROUP BY day`,
  ticketsBySlot: `SELECT hour, direction, staff_id AS staff, ${TICKET_COUNTS} FROM tickets WHERE day BETWEEN ? AND ? GROUP BY hour, direction, staff_id`,
  appealsByDay: 'SELECT day AS k, count(*) AS appeals, sum(is_repeat) AS repeats FROM appeals WHERE day BETWEEN ? AND ? GROUP BY day',
  appealsBySlot: `SELECT hour, direction, staff_id AS staff, reason, count(*) AS appeals, sum(is_repeat) AS repeats
    FROM appeals WHERE day BETWEEN ? AND ? GROUP BY hour, direction, staff_id, reason`,
  monthly: `SELECT substr(day, 1, 7) AS month, category, appeal_type AS appealType, result, count(*) AS appeals, sum(is_repeat) AS repeats
    FROM appeals WHERE day BETWEEN ? AND ? GROUP BY month, category, appeal_type, result`,
  // One result per visit: a finished ticket with its card's result beside its own, and the cards that
  // belong to no finished ticket (entries of the book of feedback are no visits). Both read through
  // covering indexes (migrations.ts, "one result per visit").
  visitResults: `WITH span(first, last) AS (SELECT ?, ?)
    SELECT t.result AS ticketResult, a.result AS cardResult, count(*) AS visits, count(a.ticket_id) AS cards
      FROM span, tickets t LEFT JOIN appeals a ON a.ticket_id = t.id WHERE t.day BETWEEN span.first AND span.last AND t.state = 'done' GROUP BY t.result, a.result
    UNION ALL
    SELECT NULL, a.result, count(*), count(*) FROM span, appeals a WHERE a.day BETWEEN span.first AND span.last
      AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = a.ticket_id AND t.state = 'done')
      AND NOT EXISTS (SELECT 1 FROM feedback_entries f WHERE f.appeal_id = a.id) GROUP BY a.result`,
  phonesByDay: 'SELECT day AS k, count(*) AS phones FROM phone_consultations WHERE day BETWEEN ? AND ? GROUP BY day',
  phonesBySlot: 'SELECT hour, staff_id AS staff, count(*) AS phones FROM phone_consultations WHERE day BETWEEN ? AND ? GROUP BY hour, staff_id',
  // The waiting-time norm: tickets served per day and direction (from the covering index), and those of
  // them whose wait breached it (the breaches, few, each looked up by its ticket's key).
  servedByDay: `SELECT day, direction, sum(state = 'done') AS served, 0 AS breached FROM tickets WHERE day BETWEEN ? AND ? GROUP BY day, direction`,
  breachedByDay: `SELECT t.day AS day, t.direction AS direction, 0 AS served, count(*) AS breached
    FROM norm_breaches b JOIN tickets t ON t.id = b.ticket_id WHERE b.day BETWEEN ? AND ? AND t.state = 'done' GROUP BY t.day, t.direction`,
  breaches: `SELECT day, time, label, direction, booked, norm_minutes AS normMinutes, cause, cause_booths AS causeBooths, cause_count AS causeCount
    FROM norm_breaches WHERE day BETWEEN ? AND ? ORDER BY day, at, label`,
  // The book of feedback, from its own covering index.
  feedbackByMonth: `SELECT substr(day, 1, 7) AS month, kind, count(*) AS entries, count(closed_at) AS answered,
    sum(closed_at IS NOT NULL AND (due_at IS NULL OR closed_at <= due_at)) AS inTime FROM feedback_entries WHERE day BETWEEN ? AND ? GROUP BY month, kind`,
  // The citizens' ratings, from the covering index.
  ratings: `SELECT substr(day, 1, 7) AS month, staff_id AS staff, direction, reason, count(*) AS ratings, sum(score >= 4) AS satisfied, sum(score) AS scoreSum
    FROM ratings WHERE day BETWEEN ? AND ? GROUP BY month, staff_id, direction, reason`,
  // Life situations, from their covering indexes: the tickets by how they ended, and the steps they left
  // for the next (each a visit served at its step), in the shape of the tickets' counts.
  lifeSituations: `SELECT situation, outcome, step, direction, count(*) AS tickets, sum(ended_at - issued_at) AS durationSum
    FROM life_situations WHERE day BETWEEN ? AND ? GROUP BY situation, outcome, step, direction`,
  lifeSteps: `SELECT hour, direction, staff_id AS staff, count(*) AS tickets, count(*) AS served, 0 AS noShows, 0 AS booked,
    sum(called_at - waited_from) AS waitSum, count(called_at) AS waitCount, sum(finished_at - started_at) AS serviceSum, count(started_at) AS serviceCount
    FROM life_steps WHERE day BETWEEN ? AND ? GROUP BY hour, direction, staff_id`,
};

export type StatsPart = keyof StatsRows;

/** The two lanes: the grouped reads of the appeals by slot and by month weigh about as much as all the rest. */
export const STATS_LANES: StatsPart[][] = [
  ['ticketsByDay', 'ticketsBySlot', 'appealsByDay', 'phonesByDay', 'phonesBySlot', 'servedByDay', 'breachedByDay', 'breaches', 'feedbackByMonth', 'visitResults', 'ratings', 'lifeSituations', 'lifeSteps'],
  ['appealsBySlot', 'monthly'],
];

/** The named parts for office days `from`..`to` inclusive, read in one read transaction (one moment). */
export function readStatsRows(db: SqliteDb, from: string, to: string, parts: readonly StatsPart[] = Object.keys(QUERIES) as StatsPart[]): Partial<StatsRows> {
  return db.raw.transaction(() => {
    const rows: Partial<Record<StatsPart, unknown[]>> = {};
    for (const part of parts) rows[part] = db.all(QUERIES[part], [from, to]);
    return rows as Partial<StatsRows>;
  }).deferred();
}
