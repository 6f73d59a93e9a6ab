// The book of feedback and suggestions (the seed's "Книга отзывов и предложений" at the consultant's desk),
// pure: what a citizen may write at the kiosk (thanks, a proposal or a complaint, with an optional name
// and phone), how an entry is checked, and the journal record it becomes — an appeal of the matching type
// with its deadline, under control until the head answers it.
import { FEEDBACK_KINDS, type Appeal, type Feedback, type FeedbackKind } from './types.js';
import { queueError, type QueueError } from '../domain/errors.js';

export { FEEDBACK_KINDS, type Feedback, type FeedbackKind } from './types.js';

/** The configuration's `feedback` section as the rules use it. */
export interface FeedbackRules {
  enabled: boolean;
  /** Days to answer per kind; 0: the entry is kept and counted but not put under control. */
  deadlineDays: Record<FeedbackKind, number>;
  /** The longest text a citizen may leave, in characters. */
  maxLength: number;
}

export interface FeedbackInput {
  kind: FeedbackKind;
  text: string;
  contactName?: string;
  contactPhone?: string;
}

const DAY = 86_400_000;
/** Line breaks stay (a citizen may write paragraphs); other control characters are dropped. */
const tidy = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '').replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
const oneLine = (s: string) => s.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim();

/** A phone as people write it: digits with +, spaces, brackets or dashes, 5 to 15 digits. */
export const isPhone = (p: string) => /^[+\d][\d\s()-]*$/.test(p) && (p.match(/\d/g)?.length ?? 0) >= 5 && (p.match(/\d/g)?.length ?? 0) <= 15;

export type Checked = { ok: true; entry: Required<FeedbackInput> } | { ok: false; error: QueueError };

/** The entry as it will be kept, or why it cannot be. */
export function checkFeedback(input: FeedbackInput, rules: FeedbackRules): Checked {
  if (!rules.enabled) return { ok: false, error: queueError('FEEDBACK_OFF', 'The book of feedback is not switched on in this office (feedback.enabled)') };
  if (!FEEDBACK_KINDS.includes(input.kind)) return { ok: false, error: queueError('BAD_REQUEST', `kind: expected one of ${FEEDBACK_KINDS.join(', ')}`) };
  const text = tidy(input.text);
  if (!text) return { ok: false, error: queueError('FEEDBACK_EMPTY', 'text: nothing was written') };
  if (text.length > rules.maxLength) return { ok: false, error: queueError('FEEDBACK_TOO_LONG', `text: at most ${rules.maxLength} characters, got ${text.length}`, { maxLength: rules.maxLength }) };
  const contactName = oneLine(input.contactName ?? '');
  const contactPhone = oneLine(input.contactPhone ?? '');
  if (contactPhone && !isPhone(contactPhone)) return { ok: false, error: queueError('BAD_REQUEST', 'contactPhone: expected a phone number of 5–15 digits') };
  return { ok: true, entry: { kind: input.kind, text, contactName, contactPhone } };
}

/** When an answer is due, or null when the kind is not put under control. */
export const feedbackDueAt = (kind: FeedbackKind, at: number, rules: FeedbackRules): number | null =>
  rules.deadlineDays[kind] > 0 ? at + rules.deadlineDays[kind] * DAY : null;

/**
 * The journal record of a checked entry. It has no ticket, no specialist and no matter from the list of
 * reasons: it is the citizen's own word. The contact, when given, stands where a visit has the citizen.
 */
export function feedbackAppeal(entry: Required<FeedbackInput>, where: { id: string; at: number; day: string; kiosk: string }, rules: FeedbackRules): Appeal {
  const feedback: Feedback = { kind: entry.kind, text: entry.text, contactName: entry.contactName, contactPhone: entry.contactPhone, kiosk: where.kiosk, answer: '', answeredBy: null };
  return {
    id: where.id, at: where.at, day: where.day,
    ticketId: null, ticketLabel: null, directionId: null, staffId: '', booth: null,
    citizen: { fullName: entry.contactName, address: '', passport: '' },
    category: 'other', appealType: entry.kind, reason: '', result: 'review',
    documents: [], missingDocuments: [], notes: '',
    dueAt: feedbackDueAt(entry.kind, where.at, rules), closedAt: null,
    repeatOf: [], createdAt: where.at, updatedAt: where.at, erasedAt: null,
    feedback,
  };
}

/** The entry answered and taken off control; refused for a visit record or one already answered. */
export function answerFeedback(a: Appeal, answer: string, by: string, now: number): { ok: true; appeal: Appeal } | { ok: false; error: QueueError } {
  if (!a.feedback) return { ok: false, error: queueError('BAD_REQUEST', `${a.id} is a visit record, not an entry of the book of feedback`) };
  if (a.erasedAt !== null) return { ok: false, error: queueError('APPEAL_ERASED', `The personal data of ${a.id} was erased under the retention rule`) };
  if (a.closedAt !== null) return { ok: false, error: queueError('APPEAL_CLOSED', `${a.id} is already answered`) };
  const text = tidy(answer);
  if (!text) return { ok: false, error: queueError('BAD_REQUEST', 'answer: write what was answered or done') };
  return { ok: true, appeal: { ...a, result: 'explained', closedAt: now, updatedAt: now, feedback: { ...a.feedback, answer: text, answeredBy: by } } };
}
