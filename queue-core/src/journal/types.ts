// The appeal journal of the client service (the seed's "Information system"): one record per visit,
// phone consultations, and what the reports are made of.

export const CATEGORIES = ['pensioner', 'working', 'unemployed', 'student', 'other'] as const;
export const APPEAL_TYPES = ['proposal', 'statement', 'complaint', 'consultation', 'documents', 'certificate'] as const;
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
}

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
  action: 'save' | 'read' | 'search' | 'document' | 'close' | 'phone-save' | 'phone-read' | 'erase' | 'booking-save' | 'booking-read' | 'draft-save' | 'draft-read' | 'draft-discard';
  record: string | null;
}
