// Personal case files ("личные дела"): the complete set of documents accepted at a booth, followed inside
// the office from the booth to the archive and, when its storage term ends, to its destruction by an act.
// What a file is, the moves of its route, and the events of its own log.

/** Where a file is on its route. */
export const CASE_FILE_STATES = ['formed', 'returned', 'accepted', 'bundled', 'at-payments', 'closed', 'archived', 'issued', 'destroyed'] as const;
export type CaseFileState = (typeof CASE_FILE_STATES)[number];

/** The moves a person makes with a file; each one is an event of the file's log. */
export type CaseFileMove =
  | { kind: 'accept' }
  | { kind: 'return'; reasons: string[]; note?: string }
  | { kind: 'complete' }
  | { kind: 'bundle'; bundle: string }
  | { kind: 'hand'; receivedBy: string }
  | { kind: 'close' }
  | { kind: 'shelve'; year: number; place: string; sheets: number }
  | { kind: 'issue'; to: string }
  | { kind: 'take-back' };
export type CaseFileMoveKind = CaseFileMove['kind'];

export interface CaseFile {
  /** "ЛД-2026-00017": the year it was formed and its number in that year. */
  id: string;
  appealId: string;
  /** The appeal's reason: the kind of payment (benefits, subsidies, child allowance…). */
  paymentType: string;
  /** The citizen's full name: the only personal data a file copies; empty once erased. */
  fullName: string;
  /** The specialist who formed it at the booth. */
  formedBy: string;
  formedAt: number;
  state: CaseFileState;
  /** Since when it is where it is (the last move). */
  since: number;
  /** Who holds it now: a staff id, the payments department's receiver (`payments:<name>`), or null (shelf). */
  holder: string | null;
  bundle: string | null;
  /** How many times the head returned it for completion, and the reasons the last time. */
  returns: number;
  returnReasons: string[];
  closedAt: number | null;
  archive: { year: number; place: string; sheets: number } | null;
  /** The destruction act ("3/2031") once destroyed. */
  act: string | null;
  /** When its personal data was erased (by the act, or by the retention rule). */
  erasedAt: number | null;
}

/** One line of a file's history: a move, by whom and when. */
export interface CaseFileStep {
  at: number;
  by: string;
  kind: 'formed' | CaseFileMoveKind | 'destroyed' | 'erased';
  /** What the move said: the reasons, the bundle, who received it, the shelf, the act. */
  detail: string;
}

/**
 * The case-file log: every change is one of these, committed first; the files, the archive book and the
 * returned-for-completion counts are projections of it (store/case-file-store.ts).
 */
export type CaseFileEvent =
  | { type: 'case-formed'; at: number; by: string; file: { id: string; appealId: string; paymentType: string; fullName: string } }
  | { type: 'case-moved'; at: number; by: string; fileId: string; move: CaseFileMove }
  | { type: 'case-destroyed'; at: number; by: string; fileId: string; act: string }
  | { type: 'case-erased'; at: number; fileId: string };

/** A member of the destruction commission, as the act lists them for signature. */
export interface CommissionMember {
  name: string;
  position: string;
}

/** The act of destruction of personal data (Roskomnadzor order No. 179 of 28.10.2022). */
export interface DestructionAct {
  /** "3/2031": its number in the year it was made. */
  id: string;
  year: number;
  number: number;
  at: number;
  by: string;
  method: string;
  commission: CommissionMember[];
  /** The files destroyed, with what each held (the names stay on the act, which is kept for three years). */
  files: { id: string; fullName: string; paymentType: string; formedDay: string; closedDay: string | null; sheets: number }[];
}

/** The returned-for-completion analysis: one group of checked files. */
export interface ReturnGroup {
  key: string;
  checked: number;
  returned: number;
}

export interface ReturnAnalysis {
  fromYear: number;
  toYear: number;
  /** By year, and by quarter ("2026-Q1"); by payment type and by specialist (ids), files checked in the years. */
  byYear: ReturnGroup[];
  byQuarter: ReturnGroup[];
  byPaymentType: ReturnGroup[];
  bySpecialist: ReturnGroup[];
  /** Returns by reason: how many times each reason was given (`checked` is every return in the years). */
  byReason: ReturnGroup[];
}
