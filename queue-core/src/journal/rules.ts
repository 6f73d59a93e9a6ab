// The journal's rules, pure: deadlines per appeal type, who counts as the same citizen, which visits are
// repeats, and when personal data must go.
import type { Appeal, AppealResult, AppealType, Citizen, PhoneConsultation } from './types.js';

export interface JournalRules {
  /** Days to answer per appeal type; 0 or absent means nothing to control. */
  deadlineDays: Partial<Record<AppealType, number>>;
  /** A citizen seen again within this many days is a repeat appeal. */
  repeatWithinDays: number;
  /** Personal fields are erased this many days after the visit. */
  retentionDays: number;
}

const DAY = 86_400_000;

/**
 * Results that settle the matter at the visit (explained, filed, returned as incomplete, certificate issued)
 * leave nothing to control; the others (sent for review, taken under control, documents accepted) stay open
 * until closed.
 */
export const settledAtVisit = (result: AppealResult): boolean => result === 'explained' || result === 'filed' || result === 'returned' || result === 'issued';

/** The date an answer is due, or null when the appeal type or its result needs no control. */
export function dueAt(type: AppealType, result: AppealResult, at: number, rules: JournalRules): number | null {
  const days = rules.deadlineDays[type] ?? 0;
  return days > 0 && !settledAtVisit(result) ? at + days * DAY : null;
}

/** "8104 123456", "81 04-123456" → "8104123456"; names: lower case, ё → е, single spaces. */
export const passportKey = (p: string) => p.replace(/[^0-9A-Za-zА-Яа-яЁё]/g, '').toUpperCase();
export const nameKey = (n: string) => n.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** The key that says two visits are the same person: the passport when given, else the full name. */
export function citizenKey(c: Citizen): string | null {
  const p = passportKey(c.passport);
  if (p.length >= 6) return `p:${p}`;
  const n = nameKey(c.fullName);
  return n ? `n:${n}` : null;
}

/** Earlier visits that make `at` a repeat appeal. */
export function repeatsOf(earlier: Appeal[], citizen: Citizen, at: number, rules: JournalRules, exceptId?: string): Appeal[] {
  const key = citizenKey(citizen);
  if (!key) return [];
  return earlier
    .filter((a) => a.id !== exceptId && a.citizen && citizenKey(a.citizen) === key && a.at < at && at - a.at <= rules.repeatWithinDays * DAY)
    .sort((a, b) => b.at - a.at);
}

export type DeadlineState = 'none' | 'open' | 'due-soon' | 'overdue' | 'closed';

export function deadlineState(a: Pick<Appeal, 'dueAt' | 'closedAt'>, now: number, soonDays = 2): DeadlineState {
  if (a.closedAt !== null) return 'closed';
  if (a.dueAt === null) return 'none';
  if (now > a.dueAt) return 'overdue';
  return a.dueAt - now <= soonDays * DAY ? 'due-soon' : 'open';
}

/** The cut-off before which personal data is erased. */
export const retentionCutoff = (now: number, rules: JournalRules) => now - rules.retentionDays * DAY;

/** The record without its personal fields; what is left still counts in the statistics. */
export function erase(a: Appeal, now: number): Appeal {
  // An entry of the book of feedback keeps its kind (it still counts); what was written and who wrote it go.
  const feedback = a.feedback ? { ...a.feedback, text: '', contactName: '', contactPhone: '', answer: '' } : a.feedback;
  return { ...a, citizen: null, notes: '', erasedAt: now, updatedAt: now, ...(feedback !== undefined ? { feedback } : {}) };
}

/** A call's free text (what it was about, what was said) can name and describe the caller: it goes too. */
export function erasePhone(p: PhoneConsultation, now: number): PhoneConsultation {
  return { ...p, topic: '', result: '', caller: '', notes: '', erasedAt: now };
}
