// Reception of citizens by the management (seed 001, §IV): the head receives on published days; the
// consultant books a citizen into a slot once the service has considered the question (the booking names
// the journal appeals it was considered in); the materials (those appeals and the case files) are
// prepared for the day; the head's decision may go under control with a deadline and a responsible
// staff member, and comes off control "to the file" when done. What is kept, and the events that change it.
import type { CaseFileState } from './case-file-types.js';

/** A citizen booked into one slot of a reception day. */
export interface ReceptionBooking {
  /** "R-20261208-1": the reception day and the booking's number among that day's. */
  id: string;
  /** The reception day and which configured reception hours (reception.hours[session]). */
  day: string;
  session: number;
  /** "10:15": the slot's start. */
  time: string;
  /** Personal data: null once erased under the retention rule. */
  citizen: { fullName: string; phone: string } | null;
  /** The question in short; empty once erased. */
  question: string;
  /** The journal appeals the question was considered in (at least one). */
  appealIds: string[];
  /** The numbers of existing personal case files (journal/case-file-types.ts) prepared for the reception. */
  caseFiles: string[];
  state: 'booked' | 'cancelled';
  bookedAt: number;
  bookedBy: string;
  decision: ReceptionDecision | null;
  erasedAt: number | null;
}

/**
 * A linked case file as the materials show it: its number, payment type and where it is now (state, who
 * holds it, since when), read from the case-file projection when the materials are made. A number booked
 * before files were linked that names no file has `state` null.
 */
export interface LinkedCaseFile {
  id: string;
  paymentType: string | null;
  state: CaseFileState | null;
  holder: string | null;
  since: number | null;
  /** On the archive's shelf: where ("стеллаж 3, полка 2"). */
  place: string | null;
}

export interface ReceptionDecision {
  /** What the head decided; empty once erased. */
  text: string;
  at: number;
  by: string;
  /** Under control: the deadline and who answers for it; `doneAt` once it came off control "to the file". */
  control: { deadline: string; responsible: string; doneAt: number | null; doneBy: string | null; note: string } | null;
}

export interface ReceptionBookInput {
  day: string;
  session: number;
  time: string;
  citizen: { fullName: string; phone?: string };
  question: string;
  appealIds: string[];
  caseFiles?: string[];
}

export interface ReceptionDecideInput {
  bookingId: string;
  decision: string;
  /** Both are needed to put it under control; a missing one is refused by its field (reception-rules.ts, controlProblems). */
  control?: { deadline?: string; responsible?: string } | null;
}

/**
 * The reception log: every change is one of these, committed first; the bookings are a projection of it
 * (store/reception-store.ts) that can be rebuilt from the log alone.
 */
export type ReceptionEvent =
  | { type: 'reception-booked'; at: number; by: string; booking: Pick<ReceptionBooking, 'id' | 'day' | 'session' | 'time' | 'citizen' | 'question' | 'appealIds' | 'caseFiles'> }
  | { type: 'reception-moved'; at: number; by: string; bookingId: string; day: string; session: number; time: string }
  | { type: 'reception-materials'; at: number; by: string; bookingId: string; appealIds: string[]; caseFiles: string[] }
  | { type: 'reception-cancelled'; at: number; by: string; bookingId: string }
  | { type: 'reception-decided'; at: number; by: string; bookingId: string; text: string; control: { deadline: string; responsible: string } | null }
  | { type: 'reception-done'; at: number; by: string; bookingId: string; note: string }
  | { type: 'reception-erased'; at: number; bookingId: string };
