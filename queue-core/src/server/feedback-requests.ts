// The book of feedback's requests: a kiosk leaves an entry (limited per kiosk and for all kiosks together,
// like issuing and booking codes: the office network is not trusted), the head lists the entries not yet
// answered and answers one. The work is the journal's (journal-feedback.ts).
import { queueError } from '../domain/errors.js';
import { bodyHash } from './request-hash.js';
import type { RequestType } from '../protocol/messages.js';
import type { Handler } from './context.js';

type FeedbackRequest = 'feedbackLeave' | 'feedbackList' | 'feedbackAnswer';

const noJournal = { error: queueError('INTERNAL', 'The journal is not available on this daemon') };

export const feedbackHandlers = {
  feedbackLeave: async (req, s, ctx) => {
    const journal = ctx.options.journal;
    if (!journal) return noJournal;
    const kiosk = s.kiosk ?? s.address;
    const key = req.key ? `kiosk:${kiosk}:${req.key}` : undefined;
    const hash = key ? bodyHash({ ...req, id: undefined, key: undefined }) : undefined;
    // A keyed retry of an entry already kept (its answer was lost with the connection) is no new entry.
    const retry = key !== undefined && journal.store.findRequest(key) !== undefined;
    const now = ctx.service.now();
    if (!retry) {
      const wait = ctx.kiosks.takeFeedback(kiosk, now);
      if (wait > 0) return { error: queueError('FEEDBACK_TOO_FAST', 'Entries of the book of feedback are taken one after another; wait a moment', { retryAfterMs: wait }) };
    }
    const answer = await journal.leaveFeedback(
      { kind: req.kind, text: req.text, contactName: req.contactName, contactPhone: req.contactPhone },
      { role: s.role!, kiosk, key, bodyHash: hash });
    if (!answer.ok) {
      if (!retry) ctx.kiosks.giveBackFeedback(kiosk, now);
      return { error: answer.error };
    }
    void ctx.options.alerts?.check();
    return { data: answer.data };
  },
  feedbackList: async (_req, s, ctx) => {
    const journal = ctx.options.journal;
    if (!journal) return noJournal;
    const answer = await journal.feedbackList({ role: s.role!, staffId: s.staffId });
    return answer.ok ? { data: answer.data } : { error: answer.error };
  },
  feedbackAnswer: async (req, s, ctx) => {
    const journal = ctx.options.journal;
    if (!journal) return noJournal;
    const key = req.key ? `${s.role}:${s.staffId ?? ''}:${req.key}` : undefined;
    const hash = key ? bodyHash({ ...req, id: undefined, key: undefined }) : undefined;
    const answer = await journal.answerFeedback(req.appealId, req.answer, { role: s.role!, staffId: s.staffId, key, bodyHash: hash });
    if (answer.ok) void ctx.options.alerts?.check();
    return answer.ok ? { data: answer.data } : { error: answer.error };
  },
} satisfies { [K in FeedbackRequest & RequestType]: Handler<K> };
