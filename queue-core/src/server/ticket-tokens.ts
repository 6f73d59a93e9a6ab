// The ticket page's tokens: each printed QR code carries one, and it opens that one ticket and nothing
// else. A token is derived, not stored: the first 128 bits of HMAC-SHA256 over the ticket's id under a
// secret that only the daemon holds (a file in its data folder, made once from the system's random
// source), written in base64url — 22 characters. Knowing any number of tokens and ticket numbers tells
// nothing of another ticket's token. The ticket's id holds its office day, and only today's tickets are
// looked up, so a token ends with the day without any record of it; a reprint carries the same token.
// Deriving rather than recording keeps the event log as it was: no event, column or migration for a
// value the daemon can always compute again.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** 22 base64url characters: what a token looks like, checked before any lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** The token of a ticket, by its id ("2026-11-24/documents/105"), under the daemon's secret. */
export function ticketToken(secret: Buffer, ticketId: string): string {
  return createHmac('sha256', secret).update(`ticket-page\0${ticketId}`).digest().subarray(0, 16).toString('base64url');
}

/** The file in the data folder that keeps the secret across restarts, so printed tickets stay valid. */
export const SECRET_FILE = 'ticket-page.key';

/** Reads the daemon's secret, making it on first use (32 random bytes, readable by the daemon's user only). */
export function ticketPageSecret(dataDir: string): Buffer {
  const file = join(dataDir, SECRET_FILE);
  if (existsSync(file)) {
    const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (secret.length >= 32) return secret;
    throw new Error(`${file}: expected 64 hexadecimal digits; delete the file to make a new secret (tickets printed today then stop opening their page)`);
  }
  const secret = randomBytes(32);
  writeFileSync(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * Finds the ticket a token belongs to among the tickets given (today's): the tokens of tickets it has not
 * seen are computed when a token is not found, so each ticket costs one HMAC a day.
 */
export class TicketTokens {
  private byToken = new Map<string, string>();
  private seen = new Set<string>();
  private day = '';

  constructor(private readonly secret: Buffer) {}

  tokenOf(ticketId: string): string {
    return ticketToken(this.secret, ticketId);
  }

  /** The id of the ticket among `tickets` whose token this is, or null. */
  find(token: string, day: string, tickets: Iterable<{ id: string; day: string }>): string | null {
    if (!TOKEN_PATTERN.test(token)) return null;
    if (day !== this.day) {
      this.day = day;
      this.byToken.clear();
      this.seen.clear();
    }
    let id = this.byToken.get(token);
    if (id === undefined) {
      for (const t of tickets) {
        if (t.day !== day || this.seen.has(t.id)) continue;
        this.seen.add(t.id);
        this.byToken.set(this.tokenOf(t.id), t.id);
      }
      id = this.byToken.get(token);
    }
    return id ?? null;
  }
}
