// The rules of the case-file route, pure: which move may follow which state and who makes it, when a file
// is overdue where it lies, when its storage term ends, and when the retention rule erases its personal
// data. The daemon asks these; nothing here reads a clock or a table.
import type { CaseFile, CaseFileMove, CaseFileMoveKind, CaseFileState } from './case-file-types.js';

export type CaseFileRole = 'operator' | 'consultant' | 'supervisor' | 'archivist';

/** Each move: the state it leaves, the state it reaches, and the roles that make it. */
export const ROUTE: Record<CaseFileMoveKind, { from: CaseFileState; to: CaseFileState; roles: readonly CaseFileRole[] }> = {
  accept: { from: 'formed', to: 'accepted', roles: ['supervisor'] },
  return: { from: 'formed', to: 'returned', roles: ['supervisor'] },
  complete: { from: 'returned', to: 'formed', roles: ['operator', 'consultant', 'supervisor'] },
  bundle: { from: 'accepted', to: 'bundled', roles: ['supervisor'] },
  hand: { from: 'bundled', to: 'at-payments', roles: ['supervisor'] },
  close: { from: 'at-payments', to: 'closed', roles: ['supervisor', 'archivist'] },
  shelve: { from: 'closed', to: 'archived', roles: ['archivist'] },
  issue: { from: 'archived', to: 'issued', roles: ['archivist'] },
  'take-back': { from: 'issued', to: 'archived', roles: ['archivist'] },
};

/** A case file is formed from a journal appeal for documents whose result is "accepted", not erased. */
export const formableFrom = (a: { appealType: string; result: string; citizen: unknown }): boolean =>
  a.appealType === 'documents' && a.result === 'accepted' && a.citizen !== null;

/** Who destroys files by an act: the head or the archivist, once their storage term has ended. */
export const DESTROY_ROLES: readonly CaseFileRole[] = ['supervisor', 'archivist'];

export type MoveRefusal =
  | { code: 'wrong-role'; kind: CaseFileMoveKind; roles: readonly CaseFileRole[] }
  | { code: 'out-of-order'; kind: CaseFileMoveKind; state: CaseFileState; needs: CaseFileState }
  | { code: 'not-own'; kind: CaseFileMoveKind }
  | { code: 'no-reasons' }
  | { code: 'unknown-reason'; reason: string }
  | { code: 'bundle-handed'; bundle: string; year: number };

/**
 * Whether `role` (staff member `staffId`) may make `move` on `file` now: the right role, the right state,
 * an operator only on a file she formed, a return with at least one of the configured reasons.
 */
export function checkMove(file: Pick<CaseFile, 'state' | 'formedBy'>, move: CaseFileMove, role: string, staffId: string | undefined, returnReasons: readonly string[]): MoveRefusal | null {
  const step = ROUTE[move.kind];
  if (!(step.roles as readonly string[]).includes(role)) return { code: 'wrong-role', kind: move.kind, roles: step.roles };
  if (file.state !== step.from) return { code: 'out-of-order', kind: move.kind, state: file.state, needs: step.from };
  if (move.kind === 'complete' && role === 'operator' && file.formedBy !== staffId) return { code: 'not-own', kind: move.kind };
  if (move.kind === 'return') {
    if (move.reasons.length === 0) return { code: 'no-reasons' };
    const unknown = move.reasons.find((r) => !returnReasons.includes(r));
    if (unknown !== undefined) return { code: 'unknown-reason', reason: unknown };
  }
  return null;
}

/**
 * A bundle number names one bundle in a year: once a bundle has been handed to the payments department,
 * its number is not used again that year (files may still join a bundle not yet handed on). `handedIn`
 * are the office years in which a bundle of that number was handed on.
 */
export function checkBundleNumber(bundle: string, year: number, handedIn: readonly number[]): MoveRefusal | null {
  return handedIn.includes(year) ? { code: 'bundle-handed', bundle, year } : null;
}

/** The file after a move that `checkMove` allowed. */
export function applyMove(file: CaseFile, move: CaseFileMove, at: number, by: string): CaseFile {
  const next: CaseFile = { ...file, state: ROUTE[move.kind].to, since: at };
  switch (move.kind) {
    case 'accept': return { ...next, holder: by };
    case 'return': return { ...next, holder: file.formedBy, returns: file.returns + 1, returnReasons: [...move.reasons] };
    case 'complete': return { ...next, holder: by };
    case 'bundle': return { ...next, bundle: move.bundle, holder: by };
    case 'hand': return { ...next, holder: `payments:${move.receivedBy}` };
    case 'close': return { ...next, holder: by, closedAt: at };
    case 'shelve': return { ...next, holder: null, archive: { year: move.year, place: move.place, sheets: move.sheets } };
    case 'issue': return { ...next, holder: move.to };
    case 'take-back': return { ...next, holder: null };
  }
}

/**
 * How long a file may lie in each state, in working days, before it is overdue. A working day is Monday to
 * Friday that is not one of the office calendar's holidays (`schedule.holidays`).
 */
export type OverdueTerms = Record<'formed' | 'returned' | 'accepted' | 'bundled' | 'at-payments' | 'closed' | 'issued', number>;

/**
 * The defaults: the head checks a formed file within 1 working day (the seed's "в течение рабочего дня"
 * after it), a returned one is completed within 5, an accepted one is bundled within 2 and the bundle
 * handed to the payments department within 2 more; the department gives it back within 10; a closed
 * file is shelved within 5; a file issued from the archive comes back within 3.
 */
export const DEFAULT_OVERDUE_TERMS: OverdueTerms = { formed: 1, returned: 5, accepted: 2, bundled: 2, 'at-payments': 10, closed: 5, issued: 3 };

/** Whole days number of a calendar day "YYYY-MM-DD". */
const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
const dayText = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** Whether day number `d` is a working day: Monday to Friday, not a holiday of the office calendar. */
function working(d: number, holidays: readonly string[]): boolean {
  // 1970-01-01 (day 0) was a Thursday: weekday = (day + 4) mod 7, 0 = Sunday.
  const w = (d + 4) % 7;
  return w !== 0 && w !== 6 && (holidays.length === 0 || !holidays.includes(dayText(d)));
}

/** Working days after `fromDay` up to and including `toDay`; 0 when `toDay` is not later. */
export function workingDaysBetween(fromDay: string, toDay: string, holidays: readonly string[] = []): number {
  const from = dayNumber(fromDay);
  const to = dayNumber(toDay);
  if (to <= from) return 0;
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (working(d, holidays)) n++;
  return n;
}

/** The term of the state a file lies in, or null where it is not watched (archived, destroyed). */
export const termOf = (state: CaseFileState, terms: OverdueTerms): number | null =>
  state in terms ? terms[state as keyof OverdueTerms] : null;

/** Overdue: it has lain in its state more working days than the term (the day of the move itself is day 0). */
export function isOverdue(state: CaseFileState, sinceDay: string, today: string, terms: OverdueTerms, holidays: readonly string[] = []): boolean {
  const term = termOf(state, terms);
  return term !== null && workingDaysBetween(sinceDay, today, holidays) > term;
}

/**
 * The last day a file may lie in `state` since `sinceDay` without being overdue: the term's last working
 * day. It is always a working day: a term that would end on a weekend or a holiday ends on the working day
 * before it (Friday), and the file is overdue from the next working day on. A term of 0 ends on the day of
 * the move itself.
 */
export function lastDayInTerm(state: CaseFileState, sinceDay: string, terms: OverdueTerms, holidays: readonly string[] = []): string | null {
  const term = termOf(state, terms);
  if (term === null) return null;
  let day = dayNumber(sinceDay);
  for (let left = term; left > 0;) {
    day++;
    if (working(day, holidays)) left--;
  }
  return dayText(day);
}

/** Storage terms: years after the year a file was closed, by payment type, with a default. */
export interface StorageTerms {
  years: number;
  byPaymentType: Record<string, number>;
}

export const DEFAULT_STORAGE: StorageTerms = { years: 5, byPaymentType: {} };

/**
 * A file's storage term is counted, as archives count it, from 1 January of the year after the one it was
 * closed in: a file closed in 2026 kept 5 years may be destroyed from 1 January 2032.
 */
export function storageEndsOn(closedYear: number, paymentType: string, terms: StorageTerms): string {
  const years = terms.byPaymentType[paymentType] ?? terms.years;
  return `${closedYear + years + 1}-01-01`;
}

/** Only a file on the archive's shelf (not issued) whose term has ended may go into a destruction act. */
export function mayDestroy(file: Pick<CaseFile, 'state' | 'closedAt' | 'paymentType'>, closedYear: number | null, today: string, terms: StorageTerms): boolean {
  return file.state === 'archived' && closedYear !== null && today >= storageEndsOn(closedYear, file.paymentType, terms);
}

/**
 * The journal's retention rule reaches case files as it reaches visits: the name of a file formed before the
 * retention cut-off is erased, unless the file is held in the archive (shelved or issued), where its storage
 * term governs and the destruction act erases it. A destroyed or already erased file has nothing left.
 */
export function retentionErases(file: Pick<CaseFile, 'formedAt' | 'state' | 'erasedAt'>, cutoff: number): boolean {
  return file.erasedAt === null && file.formedAt < cutoff && file.state !== 'archived' && file.state !== 'issued' && file.state !== 'destroyed';
}

/** The same name however it was typed: lower case, ё → е, one space; the key the search and the book sort by. */
export const caseNameKey = (name: string) => name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** The id of a new file: its year and its number among that year's files, five digits. */
export const caseFileId = (year: number, taken: number) => `LD-${year}-${String(taken + 1).padStart(5, '0')}`;

/** The default reasons a file is returned for completion. */
export const DEFAULT_RETURN_REASONS = ['no-document', 'application-error', 'no-signature', 'expired-document', 'wrong-copy', 'other'];

/** "2026-Q2" */
export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
