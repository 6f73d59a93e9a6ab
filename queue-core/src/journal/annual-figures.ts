// The annual analysis of the client service (seed 000: "В 2011 г. … обратилось 18 864 человека …"), pure:
// from the grouped counts of a year or a quarter and of the same period a year before, the figures the
// head hands to the director, each beside last year's. What counts as what is decided here once:
// - served: the citizens served, each once — a finished ticket (however many visitor cards it has), or a
//   visitor card that belongs to no finished ticket. A life situation is one citizen on one ticket: served
//   once when any of its steps was served, whether the bundle was completed or broken off at a later step
//   (served at step 1, a no-show at step 2: one citizen served, not a completed bundle, and not none); a
//   completed bundle is one citizen, not one a step. Its steps still count as visits in the statistics'
//   tables by direction, specialist and result;
// - a set of documents accepted: an appeal of type "documents" with result "accepted", split by its reason
//   (the kind of payment); registration reasons are not payments and are counted apart;
// - an oral consultation on documents: a consultation whose card gave the citizen a memo of the documents
//   to bring (`missingDocuments` not empty); any other consultation is one on payments;
// - a registration request: any appeal except a consultation whose reason is a registration reason;
// - a certificate issued: type "certificate" with result "issued";
// - a set returned as incomplete: result "returned", by each missing document the card names.
import { buildReport, type StatsReport, type StatsRows } from './stats.js';

/** The reason ids that mean residence registration rather than a payment (the default list's "registration"). */
export const REGISTRATION_REASONS: readonly string[] = ['registration'];

/** Appeals counted by type, result and reason (the journal's covering index gives them). */
export interface KindCounts { appealType: string; result: string; reason: string; appeals: number; repeats: number }
/** Returned sets by the document named missing; `repeats` of them were repeat appeals. */
export interface MissingCounts { document: string; appeals: number; repeats: number }

/** What the store reads for one period (see store/annual-queries.ts). */
export interface AnnualRows {
  stats: StatsRows;
  /** The citizens served (see the header; store/annual-queries.ts, ANNUAL_SERVED). */
  served: number;
  kinds: KindCounts[];
  /** Consultations whose card lists documents to bring. */
  consultationsOnDocuments: number;
  missing: MissingCounts[];
}

export interface AnnualPeriod { year: number; quarter: number | null; from: string; to: string }

export const FIGURE_IDS = [
  'served', 'setsAccepted', 'consultationsOnDocuments', 'consultationsOnPayments', 'consultationShare', 'registrationRequests',
  'certificatesIssued', 'returnedIncomplete', 'repeatAppeals', 'phoneConsultations', 'ratings', 'satisfiedPct', 'avgWaitMin',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];
/** A count, a share in per cent (its change is in points), or minutes. */
export type FigureUnit = 'count' | 'percent' | 'minutes';

export interface Compared {
  now: number | null;
  before: number | null;
  /** Counts and minutes: the change in per cent of last year's; shares: the change in points. Null when either is missing or last year's is 0. */
  change: number | null;
}

export interface Figure extends Compared { id: FigureId; unit: FigureUnit }
/** One bar pair of a chart: this period's and last year's same period's. */
export interface Bar { key: string; now: number; before: number }

export interface AnnualReport {
  period: AnnualPeriod;
  previous: AnnualPeriod;
  /**
   * The office day the figures were read on when the period had not ended then (a year or a quarter in
   * progress: its figures are partial, "по состоянию на" that day); null for a period already over.
   */
  asOf: string | null;
  figures: Figure[];
  /** Sets accepted by reason (kind of payment), the most frequent first. */
  setsByReason: Bar[];
  /** Returned sets by missing document, the most frequent first (at most `MISSING_SHOWN`). */
  missingDocuments: (MissingCounts & { before: number })[];
  /** Visitors (tickets taken) by month "01".."12", weekday "1".."7" (Monday first) and hour "08".. of the day. */
  byMonth: Bar[];
  byWeekday: Bar[];
  byHour: Bar[];
}

export const MISSING_SHOWN = 15;
const UNITS: Record<FigureId, FigureUnit> = {
  served: 'count', setsAccepted: 'count', consultationsOnDocuments: 'count', consultationsOnPayments: 'count', consultationShare: 'percent',
  registrationRequests: 'count', certificatesIssued: 'count', returnedIncomplete: 'count', repeatAppeals: 'count', phoneConsultations: 'count',
  ratings: 'count', satisfiedPct: 'percent', avgWaitMin: 'minutes',
};

const one = (x: number) => Math.round(x * 10) / 10;

/** The year, or its quarter 1–4: its first and last office day. */
export function annualPeriod(year: number, quarter?: number | null): AnnualPeriod {
  const q = quarter ?? null;
  const first = q ? (q - 1) * 3 + 1 : 1, last = q ? q * 3 : 12;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { year, quarter: q, from: `${year}-${mm(first)}-01`, to: `${year}-${mm(last)}-${lastDay}` };
}

export function compare(now: number | null, before: number | null, unit: FigureUnit): Compared {
  let change: number | null = null;
  if (now !== null && before !== null) change = unit === 'percent' ? one(now - before) : before > 0 ? one(((now - before) / before) * 100) : null;
  return { now, before, change };
}

/** The single figures of one period. */
export function periodFigures(rows: AnnualRows, report: StatsReport = buildReport('', '', rows.stats)): Record<FigureId, number | null> {
  const t = report.totals;
  const sum = (pick: (k: KindCounts) => boolean, field: 'appeals' | 'repeats' = 'appeals') => rows.kinds.filter(pick).reduce((n, k) => n + k[field], 0);
  const registration = (k: KindCounts) => REGISTRATION_REASONS.includes(k.reason);
  const setsAccepted = sum((k) => k.appealType === 'documents' && k.result === 'accepted' && !registration(k));
  const consultations = sum((k) => k.appealType === 'consultation');
  const onDocuments = Math.min(rows.consultationsOnDocuments, consultations);
  return {
    served: rows.served,
    setsAccepted,
    consultationsOnDocuments: onDocuments,
    consultationsOnPayments: consultations - onDocuments,
    // The seed's share: oral consultations on documents against the sets accepted (3 110 / 10 345 = 30,1 %).
    consultationShare: setsAccepted > 0 ? one((onDocuments / setsAccepted) * 100) : null,
    registrationRequests: sum((k) => registration(k) && k.appealType !== 'consultation'),
    certificatesIssued: sum((k) => k.appealType === 'certificate' && k.result === 'issued'),
    returnedIncomplete: sum((k) => k.result === 'returned'),
    repeatAppeals: t.repeats,
    phoneConsultations: t.phones,
    ratings: t.ratings,
    satisfiedPct: t.satisfiedPct,
    avgWaitMin: t.avgWaitMin,
  };
}

/** A chart's bars: every key of `keys`, this period's and last year's counts (0 where nothing was). */
function bars(keys: string[], now: Map<string, number>, before: Map<string, number>): Bar[] {
  return keys.map((key) => ({ key, now: now.get(key) ?? 0, before: before.get(key) ?? 0 }));
}

/** A column of a statistics table by its row label, the label turned into a key by `key`. */
function column(report: StatsReport, table: 'byMonth' | 'byWeekday' | 'byHour', col: string, key: (label: string | number) => string): Map<string, number> {
  const t = report.tables.find((x) => x.id === table)!;
  const i = t.columns.indexOf(col);
  const out = new Map<string, number>();
  for (const r of t.rows) out.set(key(r[0]!), (out.get(key(r[0]!)) ?? 0) + Number(r[i] ?? 0));
  return out;
}

/** One document however it was typed: case and spaces aside ("Справка о доходах", " справка  о доходах"). */
export const documentKey = (d: string) => d.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru').replace(/ё/g, 'е');

/** Counts of the same document under its spellings put together, named by the spelling written most often. */
export function sameDocuments(rows: MissingCounts[]): MissingCounts[] {
  const groups = new Map<string, { spellings: MissingCounts[]; appeals: number; repeats: number }>();
  for (const r of rows) {
    const k = documentKey(r.document);
    const g = groups.get(k) ?? { spellings: [], appeals: 0, repeats: 0 };
    g.spellings.push(r);
    g.appeals += r.appeals;
    g.repeats += r.repeats;
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => {
    const name = g.spellings.sort((x, y) => y.appeals - x.appeals || (x.document < y.document ? -1 : 1))[0]!.document;
    return { document: name, appeals: g.appeals, repeats: g.repeats };
  });
}

const pad = (n: string | number) => String(n).padStart(2, '0');

/** `today`: the office day the report is made on; a period that has not ended by it is marked `asOf`. */
export function annualReport(period: AnnualPeriod, now: AnnualRows, before: AnnualRows, today?: string): AnnualReport {
  const previous = annualPeriod(period.year - 1, period.quarter);
  const rNow = buildReport(period.from, period.to, now.stats), rBefore = buildReport(previous.from, previous.to, before.stats);
  const a = periodFigures(now, rNow), b = periodFigures(before, rBefore);
  const figures = FIGURE_IDS.map((id) => ({ id, unit: UNITS[id], ...compare(a[id], b[id], UNITS[id]) }));

  const accepted = (rows: AnnualRows) => {
    const m = new Map<string, number>();
    for (const k of rows.kinds) if (k.appealType === 'documents' && k.result === 'accepted' && !REGISTRATION_REASONS.includes(k.reason)) m.set(k.reason, (m.get(k.reason) ?? 0) + k.appeals);
    return m;
  };
  const accNow = accepted(now), accBefore = accepted(before);
  const setsByReason = bars([...new Set([...accNow.keys(), ...accBefore.keys()])], accNow, accBefore)
    .sort((x, y) => y.now - x.now || y.before - x.before || (x.key < y.key ? -1 : 1));

  const missingBefore = new Map(sameDocuments(before.missing).map((m) => [documentKey(m.document), m.appeals]));
  const missingDocuments = sameDocuments(now.missing).sort((x, y) => y.appeals - x.appeals || (x.document < y.document ? -1 : 1)).slice(0, MISSING_SHOWN)
    .map((m) => ({ ...m, before: missingBefore.get(documentKey(m.document)) ?? 0 }));

  const first = period.quarter ? (period.quarter - 1) * 3 + 1 : 1;
  const months = Array.from({ length: period.quarter ? 3 : 12 }, (_, i) => pad(first + i));
  const monthKey = (label: string | number) => String(label).slice(5, 7);
  const hoursNow = column(rNow, 'byHour', 'tickets', pad), hoursBefore = column(rBefore, 'byHour', 'tickets', pad);
  // The hours from the first to the last anyone came in either period, none left out between.
  const came = [...hoursNow.keys(), ...hoursBefore.keys()].filter((h) => (hoursNow.get(h) ?? 0) + (hoursBefore.get(h) ?? 0) > 0).map(Number);
  const hours = came.length ? Array.from({ length: Math.max(...came) - Math.min(...came) + 1 }, (_, i) => pad(Math.min(...came) + i)) : [];
  return {
    period, previous, asOf: today !== undefined && today <= period.to ? today : null, figures, setsByReason, missingDocuments,
    byMonth: bars(months, column(rNow, 'byMonth', 'tickets', monthKey), column(rBefore, 'byMonth', 'tickets', monthKey)),
    byWeekday: bars(['1', '2', '3', '4', '5', '6', '7'], column(rNow, 'byWeekday', 'tickets', String), column(rBefore, 'byWeekday', 'tickets', String))
      // Saturday and Sunday are shown only when the office worked on them.
      .filter((bar) => Number(bar.key) <= 5 || bar.now > 0 || bar.before > 0),
    byHour: bars(hours, hoursNow, hoursBefore),
  };
}

/** A figure of the report by its id. */
export const figureOf = (r: AnnualReport, id: FigureId): Figure => r.figures.find((f) => f.id === id)!;
