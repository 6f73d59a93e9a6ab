// The book of feedback at work: an entry left at a kiosk becomes a journal appeal (with its row in
// feedback_entries), the head lists the entries not yet answered, and answers one, which takes it off
// control. The rules are journal/feedback.ts; each change, its audit line and its idempotency key are
// one synchronous transaction, as for the other journal records.
import { officeDay } from '../domain/office-time.js';
import { queueError } from '../domain/errors.js';
import { answerFeedback, checkFeedback, feedbackAppeal, type FeedbackInput, type FeedbackRules } from '../journal/feedback.js';
import type { Appeal } from '../journal/types.js';
import { FeedbackStore } from '../store/feedback-store.js';
import { ALERT_WORDS } from '../domain/alert-words.js';
import type { AlertCondition } from '../domain/alerts.js';
import { ok, type JournalActor, type JournalAnswer, type JournalContext } from './journal-context.js';

export const feedbackRules = (ctx: JournalContext): FeedbackRules => ctx.queue.config.feedback;

/** What the kiosk is told: the registration number and when an answer is due, nothing of the text. */
export type LeftFeedback = { id: string; dueAt: number | null };

export function leaveFeedback(ctx: JournalContext, input: FeedbackInput, actor: JournalActor): JournalAnswer<LeftFeedback> {
  const repeated = ctx.repeated<LeftFeedback>(actor, 'feedback-save', (a) => a.id);
  if (repeated) return repeated;
  const checked = checkFeedback(input, feedbackRules(ctx));
  if (!checked.ok) return { ok: false, error: checked.error };
  const { store } = ctx;
  const now = ctx.queue.now();
  try {
    return ok(store.write(() => {
      const day = officeDay(now, ctx.tz);
      const appeal = feedbackAppeal(checked.entry, { id: store.nextAppealId(day), at: now, day, kiosk: actor.kiosk ?? actor.role }, feedbackRules(ctx));
      store.putAppeal(appeal, ctx.hourOf(now));
      new FeedbackStore(store.db).putEntry(appeal);
      store.audit([ctx.entry(actor, 'feedback-save', appeal.id)]);
      return ctx.remember(actor, now, { id: appeal.id, dueAt: appeal.dueAt });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/**
 * The head's alert: the newest entry not yet answered, with how many wait. Its subject is that entry, so
 * each new entry is a new alert (the one before it resolves), and answering every entry ends it.
 */
export function feedbackAlert(ctx: JournalContext): AlertCondition[] {
  if (!feedbackRules(ctx).enabled) return [];
  const book = new FeedbackStore(ctx.store.db);
  const newest = book.open(1)[0];
  if (!newest?.feedback) return [];
  const lang = ctx.queue.config.office.language;
  return [{ kind: 'feedback', subject: newest.id, severity: 'warning', since: newest.at, message: ALERT_WORDS.feedback(newest.feedback.kind, newest.id, lang) }];
}

/** The entries nobody has answered yet, newest first, with the count of them all; a read of each, audited. */
export function listFeedback(ctx: JournalContext, actor: JournalActor): JournalAnswer<{ open: Appeal[]; count: number }> {
  const book = new FeedbackStore(ctx.store.db);
  const open = book.open(200);
  ctx.auditedList(actor, 'search', 'feedback not answered', open.map((a) => a.id));
  return ok({ open, count: book.countOpen() });
}

export function answerFeedbackEntry(ctx: JournalContext, id: string, answer: string, actor: JournalActor): JournalAnswer<{ appeal: Appeal }> {
  const repeated = ctx.repeated<{ appeal: Appeal }>(actor, 'read', (a) => a.appeal.id);
  if (repeated) return repeated;
  const { store } = ctx;
  try {
    return ok(store.write(() => {
      const a = store.appeal(id);
      if (!a) throw queueError('APPEAL_NOT_FOUND', `No appeal ${id}`);
      const answered = answerFeedback(a, answer, actor.staffId ?? actor.role, ctx.queue.now());
      if (!answered.ok) throw answered.error;
      store.putAppeal(answered.appeal, ctx.hourOf(a.at));
      new FeedbackStore(store.db).putEntry(answered.appeal);
      store.audit([ctx.entry(actor, 'feedback-answer', id)]);
      return ctx.remember(actor, ctx.queue.now(), { appeal: answered.appeal });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}


