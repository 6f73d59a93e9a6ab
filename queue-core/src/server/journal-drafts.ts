// The visitor card as a draft of its ticket: what the specialist types is kept in the daemon as she types,
// so a reload or a crashed panel brings it back, and no personal data is kept in the browser. Each write,
// read and discard is audited like a visitor card; saving the card deletes its draft (journal-records.ts),
// and drafts left behind go with the next day's erasure (journal-retention.ts).
import { CardDrafts, type CardDraft, type CardDraftFields } from '../store/card-drafts.js';
import { cardStepOf } from '../domain/life-situations.js';
import type { Ticket } from '../domain/types.js';
import { fail, ok, type JournalActor, type JournalAnswer, type JournalContext } from './journal-context.js';

export type DraftAnswer = { draft: { fields: CardDraftFields; at: number; staffId: string } | null };

/**
 * `fields` given: the draft is stored (replacing the last one); null: it is discarded; absent: it is read.
 * Only a ticket of today's queue has a draft.
 */
export function cardDraft(ctx: JournalContext, ticketId: string, fields: CardDraftFields | null | undefined, actor: JournalActor): JournalAnswer<DraftAnswer> {
  const ticket = ctx.ticket(ticketId);
  if (!ticket) return fail('TICKET_NOT_FOUND', `No ticket ${ticketId}`);
  const drafts = new CardDrafts(ctx.store.db);
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      if (fields === undefined) {
        const d = drafts.get(ticketId);
        if (d) ctx.store.audit([ctx.entry(actor, 'draft-read', ticketId)]);
        return { draft: d ? shown(d) : citizenOfStepBefore(ctx, ticket, actor) };
      }
      if (fields === null) {
        if (drafts.delete(ticketId)) ctx.store.audit([ctx.entry(actor, 'draft-discard', ticketId)]);
        return { draft: null };
      }
      const d: CardDraft = { ticketId, staffId: actor.staffId ?? actor.role, at: now, fields };
      drafts.put(d);
      ctx.store.audit([ctx.entry(actor, 'draft-save', ticketId)]);
      return { draft: shown(d) };
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/**
 * A life situation's next step is the same citizen: its card starts with the citizen of the step before's
 * card (name, address, passport), read and audited as a read of that card.
 */
function citizenOfStepBefore(ctx: JournalContext, ticket: Ticket, actor: JournalActor): DraftAnswer['draft'] {
  const step = cardStepOf(ticket);
  if (step === null || step === 0) return null;
  const before = ctx.store.appealOfTicket(ticket.id, step - 1);
  if (!before?.citizen || before.erasedAt) return null;
  ctx.store.audit([ctx.entry(actor, 'read', before.id)]);
  const { fullName, address, passport } = before.citizen;
  return { fields: { fullName, address, passport }, at: before.updatedAt, staffId: before.staffId };
}

const shown = (d: CardDraft) => ({ fields: d.fields, at: d.at, staffId: d.staffId });
