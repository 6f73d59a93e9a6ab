// The statistics of the client service, pure: from grouped counts (what SQLite returns for a date range)
// to the tables the head of the service reads, charts and exports. Every table has the same shape, so one
// chart, one table view and one CSV export serve them all. Averages are in minutes, one decimal.
import { APPEAL_TYPES, CATEGORIES, FEEDBACK_KINDS, RESULTS } from './types.js';
import { reportedResult, UNRECORDED } from './visit-results.js';
import { normReport, type BreachRow, type NormCounts, type NormTotals } from './norm-stats.js';
import { ratingReport, type RatingCounts, type RatingTotals } from './rating-stats.js';
import { lifeReport, type LifeSituationCounts } from './life-stats.js';

type Key = string | number | null;
export interface TicketCounts {
  k: Key;
  tickets: number;
  served: number;
  noShows: number;
  booked: number;
  waitSum: number | null;
  waitCount: number;
  serviceSum: number | null;
  serviceCount: number;
}
export interface AppealCounts { k: Key; appeals: number; repeats: number }
export interface PhoneCounts { k: Key; phones: number }
/** Entries of the book of feedback of a month and kind: how many, answered, answered by their deadline. */
export interface FeedbackCounts { month: string; kind: string; entries: number; answered: number; inTime: number }
export interface QuarterCounts { month: string; category: string; appealType: string; result: string; appeals: number; repeats: number }
/** Visits (finished tickets, and cards without one) by the ticket's result and the card's, as stored. */
export interface VisitResultCounts { ticketResult: string | null; cardResult: string | null; visits: number; cards: number }

/** One group of the hour × direction × specialist split (and, for appeals, × reason). */
export interface Slot { hour: number | null; direction: string | null; staff: string | null }

/** What the store reads for a date range: per day, per slot, and the journal's monthly split (see journal-store.ts). */
export interface StatsRows {
  ticketsByDay: TicketCounts[];
  ticketsBySlot: (TicketCounts & Slot)[];
  appealsByDay: AppealCounts[];
  appealsBySlot: (AppealCounts & Slot & { reason: string })[];
  monthly: QuarterCounts[];
  visitResults: VisitResultCounts[];
  phonesByDay: PhoneCounts[];
  phonesBySlot: (PhoneCounts & Slot)[];
  /** The waiting-time norm (norm-stats.ts). */
  servedByDay: NormCounts[];
  breachedByDay: NormCounts[];
  breaches: BreachRow[];
  /** The book of feedback (feedback_entries). */
  feedbackByMonth: FeedbackCounts[];
  /** The citizens' ratings (rating-stats.ts). */
  ratings: RatingCounts[];
  /** Life situations (life-stats.ts): the tickets of each by how they ended, and the steps they left for the next. */
  lifeSituations: LifeSituationCounts[];
  lifeSteps: (TicketCounts & Slot)[];
}

export { TABLE_IDS, type TableId, type Cell, type ReportTable } from './report-table.js';
import type { ReportTable, TableId } from './report-table.js';

export interface StatsTotals extends NormTotals, RatingTotals {
  days: number;
  tickets: number;
  served: number;
  noShows: number;
  unserved: number;
  booked: number;
  walkIn: number;
  avgWaitMin: number | null;
  avgServiceMin: number | null;
  appeals: number;
  repeats: number;
  phones: number;
}

export interface StatsReport {
  from: string;
  to: string;
  totals: StatsTotals;
  tables: ReportTable[];
}

const minutes = (sum: number | null, count: number): number | null => (count > 0 && sum !== null ? Math.round(sum / count / 6_000) / 10 : null);

/** 1 = Monday … 7 = Sunday, for an office day "YYYY-MM-DD". */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return ((new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7) + 1;
}

export const quarterOf = (month: string): string => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

function emptyTickets(k: Key): TicketCounts {
  return { k, tickets: 0, served: 0, noShows: 0, booked: 0, waitSum: null, waitCount: 0, serviceSum: null, serviceCount: 0 };
}

function addTickets(into: TicketCounts, r: TicketCounts): void {
  into.tickets += r.tickets;
  into.served += r.served;
  into.noShows += r.noShows;
  into.booked += r.booked;
  if (r.waitSum !== null) into.waitSum = (into.waitSum ?? 0) + r.waitSum;
  into.waitCount += r.waitCount;
  if (r.serviceSum !== null) into.serviceSum = (into.serviceSum ?? 0) + r.serviceSum;
  into.serviceCount += r.serviceCount;
}

/** Folds rows into groups by a derived key (a day into its weekday or month, a slot into its hour). */
function regroup<R, G>(rows: R[], key: (r: R) => string | number, add: (into: G, r: R) => void, empty: (k: Key) => G): Map<string | number, G> {
  const out = new Map<string | number, G>();
  for (const r of rows) {
    const k = key(r);
    let g = out.get(k);
    if (!g) out.set(k, (g = empty(k)));
    add(g, r);
  }
  return out;
}

const addAppeals = (into: AppealCounts, r: Pick<AppealCounts, 'appeals' | 'repeats'>) => ((into.appeals += r.appeals), (into.repeats += r.repeats));
const addPhones = (into: PhoneCounts, r: PhoneCounts) => (into.phones += r.phones);
const rollTickets = <R extends TicketCounts>(rows: R[], key: (r: R) => string | number) => regroup(rows, key, addTickets, emptyTickets);
const rollAppeals = <R extends Pick<AppealCounts, 'appeals' | 'repeats'>>(rows: R[], key: (r: R) => string | number) => regroup(rows, key, addAppeals, emptyAppeals);
const rollPhones = <R extends PhoneCounts>(rows: R[], key: (r: R) => string | number) => regroup(rows, key, addPhones, emptyPhones);
const emptyAppeals = (k: Key): AppealCounts => ({ k, appeals: 0, repeats: 0 });
const emptyPhones = (k: Key): PhoneCounts => ({ k, phones: 0 });
const sortKeys = (keys: Iterable<string | number>) => [...new Set(keys)].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));

/**
 * The book of feedback by month: entries of each kind, all of them, how many were answered, how many of
 * those by their deadline, and how many still wait for an answer.
 */
function feedbackTable(rows: FeedbackCounts[]): ReportTable {
  const months = new Map<string, Map<string, number>>();
  for (const r of rows) {
    let m = months.get(r.month);
    if (!m) months.set(r.month, (m = new Map()));
    for (const [col, n] of [[`feedback:${r.kind}`, r.entries], ['entries', r.entries], ['answered', r.answered], ['answeredInTime', r.inTime]] as const) m.set(col, (m.get(col) ?? 0) + n);
  }
  const cols = [...FEEDBACK_KINDS.map((k) => `feedback:${k}`), 'entries', 'answered', 'answeredInTime'];
  return {
    id: 'feedbackByMonth', chart: 'entries', columns: ['month', ...cols, 'unanswered'],
    rows: [...months.keys()].sort().map((k) => { const m = months.get(k)!; return [k, ...cols.map((c) => m.get(c) ?? 0), (m.get('entries') ?? 0) - (m.get('answered') ?? 0)]; }),
  };
}

/**
 * One row per result of the list (those that occur, in the list's order), then visits whose old result
 * names none: how many visits ended so, how many of them have a visitor card, and their share of all
 * visits. A visit counts once, under its card's result when it has a card (see visit-results.ts).
 */
export function resultTable(rows: VisitResultCounts[]): ReportTable {
  const counted = new Map<string, { visits: number; cards: number }>();
  for (const r of rows) {
    const k = reportedResult(r.ticketResult, r.cardResult);
    const c = counted.get(k) ?? { visits: 0, cards: 0 };
    counted.set(k, { visits: c.visits + r.visits, cards: c.cards + r.cards });
  }
  const total = [...counted.values()].reduce((n, c) => n + c.visits, 0);
  const keys = [...RESULTS, UNRECORDED].filter((k) => counted.has(k));
  return {
    id: 'byResult', chart: 'visits', columns: ['result', 'visits', 'cards', 'share'],
    rows: keys.map((k) => { const c = counted.get(k)!; return [k, c.visits, c.cards, Math.round((c.visits / total) * 1000) / 10]; }),
  };
}

export function buildReport(from: string, to: string, rows: StatsRows): StatsReport {
  const all = emptyTickets(null);
  for (const r of rows.ticketsByDay) addTickets(all, r);
  const appeals = rows.appealsByDay.reduce((n, r) => n + r.appeals, 0);
  const repeats = rows.appealsByDay.reduce((n, r) => n + r.repeats, 0);
  const phones = rows.phonesByDay.reduce((n, r) => n + r.phones, 0);
  const norm = normReport(rows.servedByDay, rows.breachedByDay, rows.breaches);
  const rating = ratingReport(rows.ratings);
  // A statistics worker of an older build (or a test's rows) may have none.
  const life = lifeReport(rows.lifeSituations ?? []);
  const steps = rows.lifeSteps ?? [];
  const workedDays = new Set([...rows.ticketsByDay, ...rows.appealsByDay, ...rows.phonesByDay].map((r) => String(r.k)));
  const totals: StatsTotals = {
    days: workedDays.size,
    tickets: all.tickets, served: all.served, noShows: all.noShows, unserved: all.tickets - all.served - all.noShows,
    booked: all.booked, walkIn: all.tickets - all.booked,
    avgWaitMin: minutes(all.waitSum, all.waitCount), avgServiceMin: minutes(all.serviceSum, all.serviceCount),
    appeals, repeats, phones,
    ...norm.totals,
    ...rating.totals,
  };

  // By hour of day.
  const tHour = rollTickets(rows.ticketsBySlot, (r) => r.hour ?? ''), aHour = rollAppeals(rows.appealsBySlot, (r) => r.hour ?? ''), pHour = rollPhones(rows.phonesBySlot, (r) => r.hour ?? '');
  const hours = sortKeys([...tHour.keys(), ...aHour.keys(), ...pHour.keys()].filter((k) => k !== ''));
  const byHour: ReportTable = {
    id: 'byHour', chart: 'tickets', columns: ['hour', 'tickets', 'appeals', 'phones', 'avgWaitMin'],
    rows: hours.map((h) => { const t = tHour.get(h); return [h, t?.tickets ?? 0, aHour.get(h)?.appeals ?? 0, pHour.get(h)?.phones ?? 0, t ? minutes(t.waitSum, t.waitCount) : null]; }),
  };

  // By weekday and by month, folded from the days.
  const folded = (key: (day: string) => string | number) => ({
    t: rollTickets(rows.ticketsByDay, (r) => key(String(r.k))),
    a: rollAppeals(rows.appealsByDay, (r) => key(String(r.k))),
    p: rollPhones(rows.phonesByDay, (r) => key(String(r.k))),
    days: regroup([...workedDays], key, (into: { n: number }) => (into.n += 1), () => ({ n: 0 })),
  });
  const wd = folded(weekdayOf);
  const byWeekday: ReportTable = {
    id: 'byWeekday', chart: 'ticketsPerDay', columns: ['weekday', 'days', 'tickets', 'ticketsPerDay', 'appeals', 'phones', 'avgWaitMin'],
    rows: sortKeys(wd.days.keys()).map((k) => {
      const t = wd.t.get(k) ?? emptyTickets(k), n = wd.days.get(k)!.n;
      return [k, n, t.tickets, Math.round((t.tickets / n) * 10) / 10, wd.a.get(k)?.appeals ?? 0, wd.p.get(k)?.phones ?? 0, minutes(t.waitSum, t.waitCount)];
    }),
  };
  const mo = folded((d) => d.slice(0, 7));
  const byMonth: ReportTable = {
    id: 'byMonth', chart: 'tickets', columns: ['month', 'tickets', 'served', 'noShows', 'booked', 'appeals', 'repeats', 'phones', 'avgWaitMin', 'avgServiceMin'],
    rows: sortKeys(mo.days.keys()).map((k) => {
      const t = mo.t.get(k) ?? emptyTickets(k), a = mo.a.get(k) ?? emptyAppeals(k);
      return [k, t.tickets, t.served, t.noShows, t.booked, a.appeals, a.repeats, mo.p.get(k)?.phones ?? 0, minutes(t.waitSum, t.waitCount), minutes(t.serviceSum, t.serviceCount)];
    }),
  };

  // The quarterly analysis of section VI: how many, how many repeated, of what character, from whom, with what result.
  const qCols = [...APPEAL_TYPES.map((x) => `type:${x}`), ...CATEGORIES.map((x) => `category:${x}`), ...RESULTS.map((x) => `result:${x}`)];
  const quarters = new Map<string, Map<string, number>>();
  for (const r of rows.monthly) {
    const q = quarterOf(r.month);
    let m = quarters.get(q);
    if (!m) quarters.set(q, (m = new Map()));
    for (const col of ['appeals', `type:${r.appealType}`, `category:${r.category}`, `result:${r.result}`]) m.set(col, (m.get(col) ?? 0) + r.appeals);
    m.set('repeats', (m.get('repeats') ?? 0) + r.repeats);
  }
  const byQuarter: ReportTable = {
    id: 'byQuarter', chart: 'appeals', columns: ['quarter', 'appeals', 'repeats', ...qCols],
    rows: sortKeys(quarters.keys()).map((q) => { const m = quarters.get(q as string)!; return [q, ...['appeals', 'repeats', ...qCols].map((c) => m.get(c) ?? 0)]; }),
  };

  // By direction and by specialist: the queue's figures beside the journal's.
  // A life situation's steps each count in their own direction's (and specialist's) figures: its ticket's
  // row holds its last step, the steps it left for the next are in lifeSteps.
  const tDir = rollTickets([...rows.ticketsBySlot, ...steps], (r) => r.direction ?? ''), aDir = rollAppeals(rows.appealsBySlot, (r) => r.direction ?? '');
  const byDirection: ReportTable = {
    id: 'byDirection', chart: 'tickets', columns: ['direction', 'tickets', 'served', 'noShows', 'booked', 'walkIn', 'avgWaitMin', 'avgServiceMin', 'appeals'],
    rows: sortKeys([...tDir.keys(), ...aDir.keys()]).map((k) => {
      const t = tDir.get(k) ?? emptyTickets(k);
      return [k, t.tickets, t.served, t.noShows, t.booked, t.tickets - t.booked, minutes(t.waitSum, t.waitCount), minutes(t.serviceSum, t.serviceCount), aDir.get(k)?.appeals ?? 0];
    }),
  };
  // Tickets no specialist touched (closed unserved at the end of the day) belong to nobody.
  // Entries of the book of feedback were written by citizens at a kiosk: no specialist's, no matter of the list.
  const visits = rows.appealsBySlot.filter((r) => r.staff !== '');
  const tStaff = rollTickets([...rows.ticketsBySlot, ...steps].filter((r) => r.staff !== null), (r) => r.staff!), aStaff = rollAppeals(visits, (r) => r.staff ?? ''), pStaff = rollPhones(rows.phonesBySlot, (r) => r.staff ?? '');
  const byStaff: ReportTable = {
    id: 'byStaff', chart: 'served', columns: ['staff', 'served', 'noShows', 'avgServiceMin', 'appeals', 'repeats', 'phones'],
    rows: sortKeys([...tStaff.keys(), ...aStaff.keys(), ...pStaff.keys()]).map((k) => {
      const t = tStaff.get(k) ?? emptyTickets(k), a = aStaff.get(k) ?? emptyAppeals(k);
      return [k, t.served, t.noShows, minutes(t.serviceSum, t.serviceCount), a.appeals, a.repeats, pStaff.get(k)?.phones ?? 0];
    }),
  };

  const appealTable = (id: TableId, label: string, m: Map<string | number, AppealCounts>, order?: readonly string[]): ReportTable => {
    // Fixed lists keep their order; the open list of reasons goes from the most frequent down.
    const keys = order ? [...order.filter((k) => m.has(k)), ...sortKeys([...m.keys()].filter((k) => !order.includes(String(k))))]
      : sortKeys(m.keys()).sort((a, b) => m.get(b)!.appeals - m.get(a)!.appeals);
    return { id, chart: 'appeals', columns: [label, 'appeals', 'repeats', 'share'], rows: keys.map((k) => { const r = m.get(k)!; return [k, r.appeals, r.repeats, appeals ? Math.round((r.appeals / appeals) * 1000) / 10 : 0]; }) };
  };

  return {
    from, to, totals,
    tables: [
      byHour, byWeekday, byMonth, byQuarter, byDirection, byStaff,
      resultTable(rows.visitResults),
      appealTable('byCategory', 'category', rollAppeals(rows.monthly, (r) => r.category), CATEGORIES),
      appealTable('byType', 'appealType', rollAppeals(rows.monthly, (r) => r.appealType), APPEAL_TYPES),
      appealTable('byReason', 'reason', rollAppeals(visits, (r) => r.reason)),
      ...norm.tables,
      feedbackTable(rows.feedbackByMonth),
      ...rating.tables,
      ...life.tables,
    ],
  };
}
