// The grouped counts the statistics are built from. Each table is read as few times as possible, and
// only through covering indexes (see migrations.ts), so ten years of a busy office report without
// touching the JSON bodies. Run by the statistics workers, off the main thread, split in two lanes of
// about equal work that run side by side on a machine's two cores.
import type { SqliteDb } from './sqlite.js';
import type { StatsRows } from '../journal/stats.js';
import { fromKey, SITUATION_COUNT_COLUMNS, SITUATION_RAW, STEP_COUNT_COLUMNS, STEP_RAW, TICKET_COUNT_COLUMNS, TICKET_RAW, TICKET_SUMS } from './stats-summary.js';

// sum() skips NULLs: a ticket never called adds nothing to the wait, one never started nothing to the service.
const TICKET_COUNTS = `count(*) AS tickets, sum(state = 'done') AS served, sum(state = 'no-show') AS noShows, count(booking_id) AS booked,
  sum(called_at - issued_at) AS waitSum, count(called_at) AS waitCount,
  sum(CASE state WHEN 'done' THEN finished_at - started_at END) AS serviceSum, count(CASE state WHEN 'done' THEN started_at END) AS serviceCount`;

/**
 * One query per part of the rows, each over office days `from`..`to` given as its two parameters, read
 * from the tickets and cards themselves: what the summary (stats-summary.ts) must always agree with. The
 * report reads SUMMARY_QUERIES where they have one; a test compares the two.
 */
export const RAW_QUERIES: Record<keyof StatsRows, string> = {
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

/**
 * The parts read from the summary (stats-summary.ts), with the named parameters of `spanOf`. The
 * day-keyed ones read days `from`..`to`; the month-keyed ones read the whole months of the range from
 * the summary and the days outside them from the rows themselves, through the covering indexes.
 */
const ticketSlots = (where: string) => `SELECT hour, direction, staff_id, ${TICKET_RAW} FROM tickets WHERE ${where} GROUP BY hour, direction, staff_id`;
const SUMMARY_QUERIES: Partial<Record<StatsPart, string>> = {
  ticketsByDay: `SELECT day AS k, ${TICKET_SUMS} FROM stats_ticket_days WHERE day BETWEEN @from AND @to GROUP BY day HAVING sum(tickets) > 0`,
  servedByDay: `SELECT day, ${fromKey('direction')} AS direction, sum(served) AS served, 0 AS breached FROM stats_ticket_days
    WHERE day BETWEEN @from AND @to GROUP BY day, 2 HAVING sum(tickets) > 0`,
  ticketsBySlot: `SELECT hour, direction, staff, ${TICKET_SUMS} FROM (
      SELECT ${fromKey('hour')} AS hour, ${fromKey('direction')} AS direction, ${fromKey('staff_id')} AS staff, ${TICKET_COUNT_COLUMNS}
        FROM stats_ticket_slot_years WHERE year BETWEEN @firstYear AND @lastYear
      UNION ALL SELECT ${fromKey('hour')}, ${fromKey('direction')}, ${fromKey('staff_id')}, ${TICKET_COUNT_COLUMNS}
        FROM stats_ticket_slots WHERE month BETWEEN @firstMonth AND @monthsBefore OR month BETWEEN @monthsAfter AND @lastMonth
      UNION ALL ${ticketSlots('day BETWEEN @from AND @before')}
      UNION ALL ${ticketSlots('day BETWEEN @after AND @to')})
    GROUP BY hour, direction, staff HAVING sum(tickets) > 0`,
  appealsByDay: 'SELECT day AS k, appeals, repeats FROM stats_appeal_days WHERE day BETWEEN @from AND @to AND appeals > 0',
  appealsBySlot: `SELECT hour, direction, staff, reason, sum(appeals) AS appeals, sum(repeats) AS repeats FROM (
      SELECT ${fromKey('hour')} AS hour, ${fromKey('direction')} AS direction, ${fromKey('staff_id')} AS staff, ${fromKey('reason')} AS reason, appeals, repeats
        FROM stats_appeal_slot_years WHERE year BETWEEN @firstYear AND @lastYear
      UNION ALL SELECT ${fromKey('hour')}, ${fromKey('direction')}, ${fromKey('staff_id')}, ${fromKey('reason')}, appeals, repeats
        FROM stats_appeal_slots WHERE month BETWEEN @firstMonth AND @monthsBefore OR month BETWEEN @monthsAfter AND @lastMonth
      UNION ALL SELECT hour, direction, staff_id, reason, count(*), sum(is_repeat) FROM appeals WHERE day BETWEEN @from AND @before GROUP BY hour, direction, staff_id, reason
      UNION ALL SELECT hour, direction, staff_id, reason, count(*), sum(is_repeat) FROM appeals WHERE day BETWEEN @after AND @to GROUP BY hour, direction, staff_id, reason)
    GROUP BY hour, direction, staff, reason HAVING sum(appeals) > 0`,
  monthly: `SELECT month, category, appealType, result, sum(appeals) AS appeals, sum(repeats) AS repeats FROM (
      SELECT month, ${fromKey('category')} AS category, ${fromKey('appeal_type')} AS appealType, ${fromKey('result')} AS result, appeals, repeats
        FROM stats_appeal_kinds WHERE month BETWEEN @firstMonth AND @lastMonth
      UNION ALL SELECT substr(day, 1, 7), category, appeal_type, result, count(*), sum(is_repeat) FROM appeals WHERE day BETWEEN @from AND @before GROUP BY substr(day, 1, 7), category, appeal_type, result
      UNION ALL SELECT substr(day, 1, 7), category, appeal_type, result, count(*), sum(is_repeat) FROM appeals WHERE day BETWEEN @after AND @to GROUP BY substr(day, 1, 7), category, appeal_type, result)
    GROUP BY month, category, appealType, result HAVING sum(appeals) > 0`,
  lifeSituations: `SELECT situation, outcome, step, direction, sum(tickets) AS tickets, CASE WHEN sum(duration_n) > 0 THEN sum(duration_sum) END AS durationSum FROM (
      SELECT ${fromKey('situation')} AS situation, ${fromKey('outcome')} AS outcome, ${fromKey('step')} AS step, ${fromKey('direction')} AS direction, ${SITUATION_COUNT_COLUMNS}
        FROM stats_life_situations WHERE month BETWEEN @firstMonth AND @lastMonth
      UNION ALL SELECT situation, outcome, step, direction, ${SITUATION_RAW} FROM life_situations WHERE day BETWEEN @from AND @before GROUP BY situation, outcome, step, direction
      UNION ALL SELECT situation, outcome, step, direction, ${SITUATION_RAW} FROM life_situations WHERE day BETWEEN @after AND @to GROUP BY situation, outcome, step, direction)
    GROUP BY situation, outcome, step, direction HAVING sum(tickets) > 0`,
  lifeSteps: `SELECT hour, direction, staff, sum(steps) AS tickets, sum(steps) AS served, 0 AS noShows, 0 AS booked,
      CASE WHEN sum(wait_n) > 0 THEN sum(wait_sum) END AS waitSum, sum(wait_count) AS waitCount,
      CASE WHEN sum(service_n) > 0 THEN sum(service_sum) END AS serviceSum, sum(service_count) AS serviceCount FROM (
      SELECT ${fromKey('hour')} AS hour, ${fromKey('direction')} AS direction, ${fromKey('staff_id')} AS staff, ${STEP_COUNT_COLUMNS}
        FROM stats_life_steps WHERE month BETWEEN @firstMonth AND @lastMonth
      UNION ALL SELECT hour, direction, staff_id, ${STEP_RAW} FROM life_steps WHERE day BETWEEN @from AND @before GROUP BY hour, direction, staff_id
      UNION ALL SELECT hour, direction, staff_id, ${STEP_RAW} FROM life_steps WHERE day BETWEEN @after AND @to GROUP BY hour, direction, staff_id)
    GROUP BY hour, direction, staff HAVING sum(steps) > 0`,
  visitResults: `SELECT ${fromKey('ticket_result')} AS ticketResult, ${fromKey('card_result')} AS cardResult, sum(visits) AS visits, sum(cards) AS cards
    FROM stats_visit_results WHERE day BETWEEN @from AND @to GROUP BY part, 1, 2 HAVING sum(visits) > 0 ORDER BY part, 1, 2`,
};

/** A month "YYYY-MM" moved by `by` months. */
const monthPlus = (month: string, by: number) => {
  const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};
const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

export interface Span {
  from: string;
  to: string;
  /** The whole months of the range (firstMonth > lastMonth when it has none). */
  firstMonth: string;
  lastMonth: string;
  /** The days outside them: `from`..`before` and `after`..`to`. */
  before: string;
  after: string;
  /** The whole years of the range (firstYear > lastYear when it has none). */
  firstYear: string;
  lastYear: string;
  /** The whole months outside them: firstMonth..monthsBefore and monthsAfter..lastMonth. */
  monthsBefore: string;
  monthsAfter: string;
}

/**
 * The named parameters of the summary's reads for office days `from`..`to`: its whole years, the whole
 * months outside them, and the days outside those. A bound "YYYY-MM-00" ("YYYY-00") sorts over every day
 * (month) before that month (year) and under its first, "YYYY-MM-99" ("YYYY-99") over every one of it.
 */
export function spanOf(from: string, to: string): Span {
  const firstMonth = from.slice(8) === '01' ? from.slice(0, 7) : monthPlus(from.slice(0, 7), 1);
  const lastMonth = Number(to.slice(8)) >= lastDayOf(to.slice(0, 7)) ? to.slice(0, 7) : monthPlus(to.slice(0, 7), -1);
  const noYears = { firstYear: '9999', lastYear: '0000' };
  // No whole month: every day is read from the rows, `from`..`to`; the days after are none.
  if (firstMonth > lastMonth) return { from, to, firstMonth: '9999-99', lastMonth: '0000-00', before: to, after: '9999-99-99', ...noYears, monthsBefore: '0000-00', monthsAfter: '9999-99' };
  const days = { from, to, firstMonth, lastMonth, before: `${firstMonth}-00`, after: `${lastMonth}-99` };
  const firstYear = firstMonth.slice(5) === '01' ? firstMonth.slice(0, 4) : String(Number(firstMonth.slice(0, 4)) + 1);
  const lastYear = lastMonth.slice(5) === '12' ? lastMonth.slice(0, 4) : String(Number(lastMonth.slice(0, 4)) - 1);
  // No whole year: every whole month is read by month, firstMonth..lastMonth; the months after are none.
  if (firstYear > lastYear) return { ...days, ...noYears, monthsBefore: lastMonth, monthsAfter: '9999-99' };
  return { ...days, firstYear, lastYear, monthsBefore: `${firstYear}-00`, monthsAfter: `${lastYear}-99` };
}

/** The two lanes: the grouped reads of the appeals by slot and by month weigh about as much as all the rest. */
export const STATS_LANES: StatsPart[][] = [
  ['ticketsByDay', 'ticketsBySlot', 'appealsByDay', 'phonesByDay', 'phonesBySlot', 'servedByDay', 'breachedByDay', 'breaches', 'feedbackByMonth', 'visitResults', 'ratings', 'lifeSituations', 'lifeSteps'],
  ['appealsBySlot', 'monthly'],
];

/** The named parts for office days `from`..`to` inclusive, read in one read transaction (one moment). */
export function readStatsRows(db: SqliteDb, from: string, to: string, parts: readonly StatsPart[] = Object.keys(RAW_QUERIES) as StatsPart[]): Partial<StatsRows> {
  const span = spanOf(from, to);
  return db.raw.transaction(() => {
    const rows: Partial<Record<StatsPart, unknown[]>> = {};
    for (const part of parts) {
      const summary = SUMMARY_QUERIES[part];
      rows[part] = summary ? db.statement(summary).all(span) : db.all(RAW_QUERIES[part], [from, to]);
    }
    return rows as Partial<StatsRows>;
  }).deferred();
}

/** The same parts read from the tickets and cards themselves (RAW_QUERIES), for the tests that hold the summary to them. */
export function readRawStatsRows(db: SqliteDb, from: string, to: string, parts: readonly StatsPart[] = Object.keys(RAW_QUERIES) as StatsPart[]): Partial<StatsRows> {
  return db.raw.transaction(() => {
    const rows: Partial<Record<StatsPart, unknown[]>> = {};
    for (const part of parts) rows[part] = db.all(RAW_QUERIES[part], [from, to]);
    return rows as Partial<StatsRows>;
  }).deferred();
}
