// The shape of a statistics table (stats.ts, norm-stats.ts, rating-stats.ts): plain data, downloadable as CSV.
export const TABLE_IDS = ['byHour', 'byWeekday', 'byMonth', 'byQuarter', 'byDirection', 'byStaff', 'byResult', 'byCategory', 'byType', 'byReason', 'normByDay', 'normByMonth', 'normBreaches', 'feedbackByMonth', 'ratingByStaff', 'ratingByDirection', 'ratingByMonth', 'ratingByReason', 'lifeSituations', 'lifeBreaks'] as const;
export type TableId = (typeof TABLE_IDS)[number];
export type Cell = string | number | null;

export interface ReportTable {
  id: TableId;
  /** Column keys; the first is the row's label (an hour, a weekday 1–7, a month, an id). */
  columns: string[];
  rows: Cell[][];
  /** The column drawn as bars. */
  chart: string;
}
