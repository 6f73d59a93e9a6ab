// The rules of outreach visits, pure: when an appeal taken on a visit is entered late, how the visits of
// past years add up by settlement and year, and how many visits each settlement is suggested next year.

export interface OutreachRules {
  /** An appeal taken on a visit is entered in the journal within this many days (the seed: two). */
  lateAfterDays: number;
  /** How many appeals one visit's specialists take in a day: the unit the forecast is divided by. */
  appealsPerVisit: number;
  /** How many past years the forecast averages. */
  historyYears: number;
}

export const DEFAULT_OUTREACH_RULES: OutreachRules = { lateAfterDays: 2, appealsPerVisit: 15, historyYears: 3 };

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Entered more than `lateAfterDays` calendar days after the visit day (the visit day itself is day 0). */
export const isLateEntry = (visitDay: string, recordedDay: string, rules: Pick<OutreachRules, 'lateAfterDays'>): boolean =>
  dayNumber(recordedDay) - dayNumber(visitDay) > rules.lateAfterDays;

/** The same settlement however it was typed: lower case, ё → е, one space, no quotes. */
export const settlementKey = (name: string) => name.toLowerCase().replace(/ё/g, 'е').replace(/["«»]/g, '').replace(/\s+/g, ' ').trim();

/** The id of a new visit: its day and its number among that day's visits. */
export const visitId = (day: string, taken: number) => `V-${day.replaceAll('-', '')}-${taken + 1}`;

/** One settlement in one year. */
export interface SettlementYear {
  settlement: string;
  year: number;
  /** Visits planned or held, not cancelled. */
  visits: number;
  cancelled: number;
  listed: number;
  appeals: number;
  late: number;
}

/** The next year's suggestion for one settlement. */
export interface SettlementSuggestion {
  settlement: string;
  /** Appeals each of the past years (oldest first), 0 for a year without a visit. */
  pastAppeals: number[];
  /** The expected appeals next year: the mean of the past years, rounded up. */
  expectedAppeals: number;
  suggestedVisits: number;
}

export interface OutreachAnalysis {
  fromYear: number;
  toYear: number;
  rows: SettlementYear[];
  /** Per year, all settlements together. */
  totals: Omit<SettlementYear, 'settlement'>[];
  suggestion: { year: number; basedOn: number[]; appealsPerVisit: number; settlements: SettlementSuggestion[] };
}

/**
 * The suggestion for `year`, made as the seed's office plans (by settlement, from the past years): for
 * each settlement visited in the `historyYears` years before `year`, the expected appeals are the mean of
 * those years' appeals (a year without a visit counts 0, so a settlement dropped from the plan fades out),
 * rounded up; the visits suggested are the expected appeals divided by what one visit takes
 * (`appealsPerVisit`), rounded up, and at least one for a settlement where anyone came or was listed or
 * whose visit was cancelled, so a place is not dropped after one quiet year. Ranked by expected appeals, then by name.
 */
export function suggestVisits(rows: SettlementYear[], year: number, rules: OutreachRules): OutreachAnalysis['suggestion'] {
  const basedOn = Array.from({ length: rules.historyYears }, (_, i) => year - rules.historyYears + i);
  const bySettlement = new Map<string, SettlementYear[]>();
  for (const r of rows) if (basedOn.includes(r.year)) bySettlement.set(r.settlement, [...(bySettlement.get(r.settlement) ?? []), r]);
  const settlements = [...bySettlement].map(([settlement, years]): SettlementSuggestion => {
    const pastAppeals = basedOn.map((y) => years.filter((r) => r.year === y).reduce((n, r) => n + r.appeals, 0));
    const expectedAppeals = Math.ceil(pastAppeals.reduce((a, b) => a + b, 0) / basedOn.length);
    // A settlement whose visit was cancelled was still waiting for one: it keeps its place in the plan.
    const anyone = years.some((r) => r.appeals > 0 || r.listed > 0 || r.cancelled > 0);
    const suggestedVisits = expectedAppeals > 0 ? Math.ceil(expectedAppeals / rules.appealsPerVisit) : anyone ? 1 : 0;
    return { settlement, pastAppeals, expectedAppeals, suggestedVisits };
  });
  settlements.sort((a, b) => b.expectedAppeals - a.expectedAppeals || a.settlement.localeCompare(b.settlement, 'ru'));
  return { year, basedOn, appealsPerVisit: rules.appealsPerVisit, settlements };
}

/** The analysis from the grouped counts the store reads (one row per settlement and year). */
export function buildAnalysis(fromYear: number, toYear: number, rows: SettlementYear[], rules: OutreachRules): OutreachAnalysis {
  const inRange = rows.filter((r) => r.year >= fromYear && r.year <= toYear).sort((a, b) => a.year - b.year || a.settlement.localeCompare(b.settlement, 'ru'));
  const totals = [];
  for (let y = fromYear; y <= toYear; y++) {
    const of = inRange.filter((r) => r.year === y);
    totals.push({ year: y, visits: sum(of, 'visits'), cancelled: sum(of, 'cancelled'), listed: sum(of, 'listed'), appeals: sum(of, 'appeals'), late: sum(of, 'late') });
  }
  return { fromYear, toYear, rows: inRange, totals, suggestion: suggestVisits(rows, toYear + 1, rules) };
}

const sum = (rows: SettlementYear[], k: 'visits' | 'cancelled' | 'listed' | 'appeals' | 'late') => rows.reduce((n, r) => n + r[k], 0);
