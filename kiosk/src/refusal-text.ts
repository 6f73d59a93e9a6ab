// What the kiosk says when the daemon refuses a ticket or a booking code, and whether the citizen is
// offered to type the code again. The check-in window comes from the daemon's snapshot: a refused code
// does not tell whether it exists (README, "Kiosks"), so the kiosk says from when a booked ticket is given
// in general, which the citizen can match with the time the consultant gave. Only a code whose check-in
// opens within the next hours is answered "too early" by the daemon, with the time it opens.
import { ClientError, type Snapshot } from 'queue-core/protocol';
import { clock, errorText, minutesText, waitText, type Language } from 'queue-core/ui';
import type { KioskText } from './strings.js';

export interface Refusal {
  message: string;
  /** A booking code was refused: the citizen may type it again. */
  codeAgain: boolean;
}

export function refusalText(e: unknown, t: KioskText, lang: Language, view: Snapshot | null): Refusal {
  const code = e instanceof ClientError ? e.code : 'INTERNAL';
  const details = e instanceof ClientError ? e.details : undefined;
  const wait = typeof details?.retryAfterMs === 'number' ? waitText(details.retryAfterMs, lang) : null;
  switch (code) {
    case 'TOO_MANY_CODES': return { message: wait ? t.tooManyCodes(wait) : errorText(code, lang), codeAgain: true };
    case 'ISSUING_TOO_FAST': return { message: wait ? t.tooFast(wait) : errorText(code, lang), codeAgain: false };
    case 'BOOKING_CHECKED_IN':
      return { message: typeof details?.ticketLabel === 'string' ? t.codeUsed(details.ticketLabel) : errorText(code, lang), codeAgain: true };
    case 'CHECK_IN_TOO_EARLY':
      return {
        message: typeof details?.opensAt === 'number' && view ? t.tooEarly(clock(details.opensAt, view.office.timezone, lang)) : errorText(code, lang),
        codeAgain: false,
      };
    case 'BOOKING_NOT_FOUND': {
      const w = view?.checkIn;
      return { message: w ? t.codeRefused(minutesText(w.earlyMin, lang), minutesText(w.lateMin, lang)) : errorText(code, lang), codeAgain: true };
    }
    default: return { message: errorText(code, lang), codeAgain: false };
  }
}
