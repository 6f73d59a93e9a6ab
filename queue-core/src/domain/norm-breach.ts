// What a breach of the waiting-time norm records (see norm.ts): plain data, shared by the events and the store.
/** Why a direction's line stood still, most telling first (see normCause in norm.ts). */
export const NORM_CAUSES = ['no-booth', 'all-lunch', 'all-break', 'lunch-overlap', 'no-shows', 'some-break', 'busy'] as const;
export type NormCauseKind = (typeof NORM_CAUSES)[number];

export interface NormCause {
  kind: NormCauseKind;
  /** The booths it is about: those on lunch or break; empty for the other causes. */
  booths: number[];
  /** For 'no-shows': how many citizens in a row did not come. */
  count: number;
}

/** One ticket that waited longer than its norm: what the `norm` event of the log carries. */
export interface NormBreach {
  ticketId: string;
  label: string;
  day: string;
  directionId: string;
  booked: boolean;
  normMinutes: number;
  /** When the wait began: the issue, or for a booked citizen the booked time if she came earlier. */
  waitFrom: number;
  /** The moment the norm was passed: waitFrom + the norm. */
  at: number;
  cause: NormCause;
}
