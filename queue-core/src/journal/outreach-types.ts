// Outreach visits ("выездные приёмы"): specialists go to a rural settlement on a planned day; three days
// before, the settlement sends the list of citizens who wish to come; the appeals taken on the spot are
// entered in the journal later, linked to the visit. What is kept, and the events that change it.

/** A planned visit; its list of citizens is kept apart (personal data, erased by retention). */
export interface OutreachVisit {
  /** "V-20261124-1": the visit day and its number among that day's visits. */
  id: string;
  settlement: string;
  day: string;
  /** Staff ids of the specialists who go. */
  specialists: string[];
  /** How many citizens the settlement listed; stays after the list's personal data is erased. */
  listed: number;
  /** Appeals recorded in the journal for this visit, and how many of them late. */
  appeals: number;
  late: number;
  plannedAt: number;
  plannedBy: string;
  listImportedAt: number | null;
  /** When the list's personal data was erased under the retention rule. */
  erasedAt: number | null;
  /** When the visit was cancelled and why; a cancelled visit is not held and takes no list or appeal. */
  cancelledAt: number | null;
  cancelReason: string | null;
}

/** One citizen of a settlement's list, as the file gave it; `line` is the file's line number. */
export interface ListedCitizen {
  line: number;
  fullName: string;
  address: string;
  phone: string;
  question: string;
}

export interface OutreachPlanInput {
  settlement: string;
  day: string;
  specialists: string[];
}

/** A planned visit moved: a new day, new specialists, or both (what is not given stays). */
export interface OutreachRescheduleInput {
  day?: string;
  specialists?: string[];
}

/**
 * The outreach log: every change is one of these, committed first; the visits, lists and links to the
 * journal are projections of it (store/outreach-store.ts) that can be rebuilt from the log alone.
 */
export type OutreachEvent =
  | { type: 'outreach-planned'; at: number; by: string; visit: { id: string; settlement: string; day: string; specialists: string[] } }
  // `listed` is written when retention empties `citizens`, so the count survives the erasure of the names.
  // A later list of the same visit replaces the earlier one (a settlement's corrected list).
  | { type: 'outreach-list'; at: number; by: string; visitId: string; citizens: ListedCitizen[]; listed?: number }
  | { type: 'outreach-appeal'; at: number; by: string; visitId: string; appealId: string; recordedDay: string; late: boolean }
  | { type: 'outreach-erased'; at: number; visitId: string }
  // The day and the specialists after a reschedule; the list and the id stay.
  | { type: 'outreach-rescheduled'; at: number; by: string; visitId: string; day: string; specialists: string[] }
  // `day` is the office day of the cancellation, from which the list's retention counts if it is earlier.
  | { type: 'outreach-cancelled'; at: number; by: string; visitId: string; reason: string; day: string };
