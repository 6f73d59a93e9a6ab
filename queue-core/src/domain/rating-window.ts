// The shapes of the citizen's rating (rating.ts has its rules): the window a booth holds, the log's record
// of a visit's rating, and why a window closed. In a module of their own so that types.ts imports no rules.

/** The rating window open at a booth, as the booth carries it (and its displays see it). */
export interface RatingWindow {
  /** The visit being rated. */
  ticketId: string;
  /** The window closes at this moment (epoch ms). */
  until: number;
  score: number | null;
  reason: string | null;
}

/** A visit's rating as the log keeps it: the visit and who served it, never who the citizen is. */
export interface Rating {
  ticketId: string;
  day: string;
  label: string;
  directionId: string;
  booth: number;
  staffId: string | null;
  openedAt: number;
  until: number;
  score: number | null;
  reason: string | null;
}

/** Why a window closed: its time ran out, the booth called the next citizen, the day ended. */
export type RatingClose = 'timeout' | 'call' | 'day-ended';
