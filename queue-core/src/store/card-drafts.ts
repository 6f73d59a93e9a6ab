// Drafts of visitor cards: what a specialist has typed into a ticket's card and not yet saved, one per
// ticket, kept whole as JSON. Saving the card, or discarding it, deletes the draft; the day's erasure
// deletes what was left behind.
import type { SqliteDb } from './sqlite.js';

/** The card's fields as typed, each as text (lists one item a line). */
export type CardDraftFields = Partial<Record<'fullName' | 'address' | 'passport' | 'category' | 'appealType' | 'reason' | 'result' | 'documents' | 'missing' | 'notes', string>>;

export interface CardDraft {
  ticketId: string;
  staffId: string;
  at: number;
  fields: CardDraftFields;
}

export class CardDrafts {
  constructor(private readonly db: SqliteDb) {}

  get(ticketId: string): CardDraft | null {
    const row = this.db.get<{ staff_id: string; at: number; body: string }>('SELECT staff_id, at, body FROM card_drafts WHERE ticket_id = ?', [ticketId]);
    return row ? { ticketId, staffId: row.staff_id, at: row.at, fields: JSON.parse(row.body) as CardDraftFields } : null;
  }

  put(d: CardDraft): void {
    this.db.run('INSERT OR REPLACE INTO card_drafts (ticket_id, staff_id, at, body) VALUES (?, ?, ?, ?)', [d.ticketId, d.staffId, d.at, JSON.stringify(d.fields)]);
  }

  /** Returns whether there was one. */
  delete(ticketId: string): boolean {
    return this.db.run('DELETE FROM card_drafts WHERE ticket_id = ?', [ticketId]).changes > 0;
  }

  /** Deletes drafts last typed before `cutoff`; returns how many went. */
  deleteBefore(cutoff: number): number {
    return this.db.run('DELETE FROM card_drafts WHERE at < ?', [cutoff]).changes;
  }
}
