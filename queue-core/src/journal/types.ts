// The appeal journal of the client service (the seed's "Information system"): one record per visit,
// phone consultations, and what the reports are made of.

export const CATEGORIES = ['pensioner', 'working', 'unemployed', 'student', 'other'] as const;
// `thanks` came with the book of feedback (feedback.ts): a citizen's thanks is kept like a proposal or a complaint.
export const APPEAL_TYPES = ['proposal', 'statement', 'complaint', 'consultation', 'documents', 'certificate', 'thanks'] as const;
/** The result of a visit: one list for the visitor card and for the ticket's finish (visit-results.ts). */
export const RESULTS = ['explained', 'review', 'control', 'filed', 'accepted', 'returned', 'issued'] as const;

export type Category = (typeof CATEGORIES)[number];
export type AppealType = (typeof APPEAL_TYPES)[number];
export type AppealResult = (typeof RESULTS)[number];

export interface Citizen {
  fullName: string;
  address: string;
  /** Series and number as written, e.g. "8104 123456". */
  passport: string;
}

export interface Appeal {
  id: string;
  /** The visit: when, which ticket, who served it at which booth. */
  at: number;
  day: string;
  ticketId: string | null;
  ticketLabel: string | null;
  /** A life situation's ticket: the step (from 0) this card is the visit of; each step has its own card. */
  step?: number | null;
  directionId: string | null;
  staffId: string;
  booth: number | null;
  /** Null once erased under the retention rule. */
  citizen: Citizen | null;
  category: Category;
  appealType: AppealType;
  /** A reason id from the configured list (benefits, subsidies, child allowance, …). */
  reason: string;
  result: AppealResult;
  /** The documents accepted (listed on the receipt). */
  documents: string[];
  /** With "returned": the documents that were missing (listed on the memo). */
  missingDocuments: string[];
  notes: string;
  dueAt: number | null;
  closedAt: number | null;
  /** Earlier visits of the same citizen within the repeat period, when this one is a repeat. */
  repeatOf: string[];
  createdAt: number;
  updatedAt: number;
  erasedAt: number | null;
  /** Present on an entry of the book of feedback left at a kiosk (feedback.ts); absent on a visit. */
  feedback?: Feedback | null;
  /** The outreach visit the appeal was taken on (absent for a visit to the office). */
  outreachVisitId?: string | null;
  /** Entered in the journal later than the limit after its outreach visit (journal.outreach.lateAfterDays). */
  lateEntry?: boolean;
}

/** What a citizen wrote in the book of feedback, and the head's answer. */
export interface Feedback {
  kind: FeedbackKind;
  /** The citizen's words; erased with the other personal data. */
  text: string;
  contactName: string;
  contactPhone: string;
  /** The kiosk it was typed at. */
  kiosk: string;
  /** The head's answer, written when the entry is taken off control. */
  answer: string;
  answeredBy: string | null;
}

/** The book of feedback's kinds: each is also the appeal type of its journal record. */
export const FEEDBACK_KINDS = ['thanks', 'proposal', 'complaint'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** The short form of an earlier visit, shown beside a repeat appeal. */
export type AppealSummary = Pick<Appeal, 'id' | 'at' | 'ticketLabel' | 'staffId' | 'appealType' | 'reason' | 'result'>;

export const appealSummary = (a: Appeal): AppealSummary => ({ id: a.id, at: a.at, ticketLabel: a.ticketLabel, staffId: a.staffId, appealType: a.appealType, reason: a.reason, result: a.result });

/** What a specialist (or an intake app) fills in; the daemon adds the visit, the deadline and the repeat flag. */
export interface AppealInput {
  /** Given to correct a saved record; absent for a new one. */
  id?: string;
  /** The called ticket the visit belongs to. */
  ticketId?: string | null;
  /** Only for the integration role, which has no staff member of its own. */
  staffId?: string;
  citizen: Citizen;
  category: Category;
  appealType: AppealType;
  reason: string;
  result: AppealResult;
  documents?: string[];
  missingDocuments?: string[];
  notes?: string;
  /** The outreach visit the appeal was taken on; the appeal then has no ticket. */
  outreachVisitId?: string | null;
}

export interface PhoneConsultation {
  id: string;
  at: number;
  day: string;
  staffId: string;
  topic: string;
  result: string;
  /** Who called, when they gave a name; erased with the other personal data. */
  caller: string;
  notes: string;
  erasedAt: number | null;
}

export interface PhoneInput {
  staffId?: string;
  topic: string;
  result: string;
  caller?: string;
  notes?: string;
}

/** One line of the audit trail: who read or wrote which journal record. */
export interface AuditEntry {
  at: number;
  actor: string;
  role: string;
  action: 'save' | 'read' | 'search' | 'document' | 'close' | 'phone-save' | 'phone-read' | 'erase' | 'booking-save' | 'booking-read' | 'draft-save' | 'draft-read' | 'draft-discard' | 'feedback-save' | 'feedback-answer' | 'outreach-save' | 'outreach-read' | 'case-save' | 'case-read' | 'reception-save' | 'reception-read';
  record: string | null;
}
