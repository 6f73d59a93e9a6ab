// The appeal journal's records: a visit saved or corrected (with the citizen's earlier visits within the
// repeat period), read, searched, listed by deadline, closed, and printed as a receipt or a memo. Each
// change, its audit line and its idempotency key are one synchronous transaction.
import { CardDrafts } from '../store/card-drafts.js';
import { FeedbackStore } from '../store/feedback-store.js';
import { officeDay } from '../domain/office-time.js';
import { queueError } from '../domain/errors.js';
import { appealSummary, type Appeal, type AppealInput, type AppealSummary } from '../journal/types.js';
import { citizenKey, deadlineState, dueAt, repeatsOf, settledAtVisit } from '../journal/rules.js';
import { appealDocument, type DocumentKind } from '../journal/documents.js';
import { resultOf } from '../journal/visit-results.js';
import { cardStepOf } from '../domain/life-situations.js';
import type { Ticket } from '../domain/types.js';
import type { SearchQuery } from '../store/journal-store.js';
import { linkAppeal } from './journal-outreach.js';
import { DAY, fail, ok, type JournalActor, type JournalAnswer, type JournalContext } from './journal-context.js';

export type SavedAppeal = { appeal: Appeal; earlier: AppealSummary[] };

/** Creates or corrects a visit record; tells whether the citizen came before within the repeat period. */
export function saveAppeal(ctx: JournalContext, input: AppealInput, actor: JournalActor): JournalAnswer<SavedAppeal> {
  const repeated = ctx.repeated<SavedAppeal>(actor, 'read', (a) => a.appeal.id);
  if (repeated) return repeated;
  const staff = ctx.staffOf(actor, input.staffId, 'appeal.staffId');
  if (!staff.ok) return staff;
  if (!ctx.queue.config.journal.reasons.some((r) => r.id === input.reason)) return fail('REASON_NOT_FOUND', `reason: no reason "${input.reason}" in the configured list`);
  if (!input.citizen.fullName.trim()) return fail('BAD_REQUEST', "citizen.fullName: expected the citizen's full name");
  const ticket = input.ticketId ? ctx.ticket(input.ticketId) : null;
  if (input.ticketId && !ticket) return fail('TICKET_NOT_FOUND', `No ticket ${input.ticketId}`);
  if (input.ticketId && input.outreachVisitId) return fail('BAD_REQUEST', 'appeal.outreachVisitId: an appeal taken on an outreach visit has no ticket');
  const { store, rules } = ctx;
  const now = ctx.queue.now();
  try {
    return ok(store.write(() => {
      // One record per visit: a second save for the same ticket corrects the first. Each step of a life
      // situation is a visit of its own, with its own card.
      const step = ticket ? cardStepOf(ticket) : null;
      const prev = input.id ? store.appeal(input.id) : ticket ? store.appealOfTicket(ticket.id, step) : null;
      if (input.id && !prev) throw queueError('APPEAL_NOT_FOUND', `No appeal ${input.id}`);
      if (prev?.erasedAt) throw queueError('APPEAL_ERASED', `The personal data of ${prev.id} was erased under the retention rule`);
      // What a citizen wrote in the book of feedback is theirs: it is answered (feedbackAnswer), never rewritten.
      if (prev?.feedback) throw queueError('BAD_REQUEST', `${prev.id} is an entry of the book of feedback: answer it, it cannot be corrected as a visit`);
      const at = prev?.at ?? ticket?.calledAt ?? now;
      const day = prev?.day ?? officeDay(at, ctx.tz);
      const citizen = { fullName: input.citizen.fullName.trim(), address: input.citizen.address.trim(), passport: input.citizen.passport.trim() };
      const key = citizenKey(citizen);
      const earlier = key ? store.visitsOf(key, at - rules.repeatWithinDays * DAY, at).filter((a) => a.id !== prev?.id) : [];
      const repeats = repeatsOf(earlier, citizen, at, rules, prev?.id);
      const settled = settledAtVisit(input.result);
      let appeal: Appeal = {
        id: prev?.id ?? store.nextAppealId(day),
        at, day,
        ticketId: prev?.ticketId ?? ticket?.id ?? null,
        ticketLabel: prev?.ticketLabel ?? ticket?.label ?? null,
        ...(prev ? (prev.step !== undefined ? { step: prev.step } : {}) : step !== null ? { step } : {}),
        directionId: prev?.directionId ?? ticket?.directionId ?? null,
        staffId: prev?.staffId ?? staff.data,
        booth: prev?.booth ?? ticket?.booth ?? actor.booth ?? null,
        citizen,
        category: input.category, appealType: input.appealType, reason: input.reason, result: input.result,
        documents: clean(input.documents), missingDocuments: clean(input.missingDocuments), notes: (input.notes ?? '').trim(),
        dueAt: dueAt(input.appealType, input.result, at, rules),
        closedAt: settled ? (prev?.closedAt ?? now) : prev && !settledAtVisit(prev.result) ? prev.closedAt : null,
        repeatOf: repeats.map((a) => a.id),
        createdAt: prev?.createdAt ?? now, updatedAt: now, erasedAt: null,
      };
      // Taken on an outreach visit: linked to it in the outreach log, and flagged when entered late.
      const outreachVisit = input.outreachVisitId ?? prev?.outreachVisitId;
      if (outreachVisit) appeal = linkAppeal(ctx, appeal, outreachVisit, appeal.createdAt, actor);
      store.putAppeal(appeal, ctx.hourOf(at));
      store.audit([ctx.entry(actor, 'save', appeal.id)]);
      // The card is saved: its draft has done its work.
      if (appeal.ticketId && new CardDrafts(store.db).delete(appeal.ticketId)) store.audit([ctx.entry(actor, 'draft-discard', appeal.ticketId)]);
      return ctx.remember(actor, now, { appeal, earlier: repeats.map(appealSummary) });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/** One record with every earlier visit of the same citizen. */
export function getAppeal(ctx: JournalContext, id: string, actor: JournalActor): JournalAnswer<SavedAppeal> {
  const appeal = ctx.store.appeal(id);
  if (!appeal) return fail('APPEAL_NOT_FOUND', `No appeal ${id}`);
  const key = appeal.citizen ? citizenKey(appeal.citizen) : null;
  const earlier = key ? ctx.store.visitsOf(key, 0, appeal.at).filter((a) => a.id !== id) : [];
  ctx.audited(actor, 'read', id);
  return ok({ appeal, earlier: earlier.map(appealSummary) });
}

export async function searchAppeals(ctx: JournalContext, q: SearchQuery, actor: JournalActor): Promise<JournalAnswer<{ appeals: Appeal[] }>> {
  if (q.from && q.to && q.from > q.to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
  const appeals = await ctx.store.search(q);
  ctx.auditedList(actor, 'search', `"${(q.text ?? '').slice(0, 60)}" ${q.from ?? ''}..${q.to ?? ''}`, appeals.map((a) => a.id));
  return ok({ appeals });
}

/** What is overdue and what falls due within two days, with the count of all open appeals. */
export function dueAppeals(ctx: JournalContext, actor: JournalActor): JournalAnswer<{ overdue: Appeal[]; dueSoon: Appeal[]; open: number }> {
  const now = ctx.queue.now();
  const list = ctx.store.dueBefore(now + 2 * DAY);
  const overdue = list.filter((a) => deadlineState(a, now) === 'overdue');
  const dueSoon = list.filter((a) => deadlineState(a, now) === 'due-soon');
  ctx.auditedList(actor, 'search', 'deadlines', [...overdue, ...dueSoon].map((a) => a.id));
  return ok({ overdue, dueSoon, open: ctx.store.countOpen() });
}

/** Takes an appeal off control: answered, or filed. */
export function closeAppeal(ctx: JournalContext, id: string, result: Appeal['result'] | undefined, actor: JournalActor): JournalAnswer<{ appeal: Appeal }> {
  const repeated = ctx.repeated<{ appeal: Appeal }>(actor, 'read', (a) => a.appeal.id);
  if (repeated) return repeated;
  const { store } = ctx;
  try {
    return ok(store.write(() => {
      const a = store.appeal(id);
      if (!a) throw queueError('APPEAL_NOT_FOUND', `No appeal ${id}`);
      if (a.closedAt !== null) throw queueError('APPEAL_CLOSED', `${id} is already closed`);
      const now = ctx.queue.now();
      const appeal: Appeal = { ...a, result: result ?? a.result, closedAt: now, updatedAt: now };
      store.putAppeal(appeal, ctx.hourOf(a.at));
      if (appeal.feedback) new FeedbackStore(store.db).putEntry(appeal);
      store.audit([ctx.entry(actor, 'close', id)]);
      return ctx.remember(actor, now, { appeal });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/**
 * The card of a ticket just finished takes the ticket's result when it differs (the finish was the later
 * choice): one result per visit. Its deadline follows the new result as a save would set it.
 */
export function followTicketResult(ctx: JournalContext, ticket: Ticket): Appeal | null {
  const result = resultOf(ticket.result);
  const card = ctx.store.appealOfTicket(ticket.id, ticket.bundle?.step ?? null);
  if (!result || !card || card.result === result || card.erasedAt) return null;
  const now = ctx.queue.now();
  const appeal: Appeal = {
    ...card, result, updatedAt: now,
    dueAt: dueAt(card.appealType, result, card.at, ctx.rules),
    closedAt: settledAtVisit(result) ? (card.closedAt ?? now) : settledAtVisit(card.result) ? null : card.closedAt,
  };
  ctx.store.write(() => {
    ctx.store.putAppeal(appeal, ctx.hourOf(appeal.at));
    ctx.store.audit([ctx.entry({ role: 'operator', staffId: ticket.staffId ?? undefined }, 'save', appeal.id)]);
  });
  return appeal;
}

export function appealPaper(ctx: JournalContext, id: string, kind: DocumentKind, lang: 'ru' | 'uk' | 'en', actor: JournalActor): JournalAnswer<{ html: string }> {
  const appeal = ctx.store.appeal(id);
  if (!appeal) return fail('APPEAL_NOT_FOUND', `No appeal ${id}`);
  if (appeal.erasedAt) return fail('APPEAL_ERASED', `The personal data of ${id} was erased under the retention rule`);
  if (kind === 'receipt' && appeal.documents.length === 0) return fail('NOTHING_TO_PRINT', `${id}: no accepted documents are listed for a receipt`);
  if (kind === 'memo' && appeal.missingDocuments.length === 0) return fail('NOTHING_TO_PRINT', `${id}: no missing documents are listed for a memo`);
  const { config } = ctx.queue;
  const reason = config.journal.reasons.find((r) => r.id === appeal.reason);
  const html = appealDocument(kind, appeal, {
    office: config.office,
    zone: ctx.tz,
    staffName: config.staff.find((s) => s.id === appeal.staffId)?.name ?? appeal.staffId,
    reasonName: reason ? (reason.name[lang] ?? reason.name.ru) : appeal.reason,
    lang,
  });
  ctx.audited(actor, 'document', `${id} ${kind}`);
  return ok({ html });
}

const clean = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter(Boolean);
