// The rules of the management's reception, pure: which days the configured hours fall on (holidays
// skipped), the slots of a day, whether a slot can be booked, and where a decision under control stands
// (on control, overdue, done "to the file").
import type { ReceptionConfig } from '../config/schema.js';
import type { Localized } from '../config/schema.js';
import { addDays, formatClock, parseClock, weekdayOf } from '../domain/office-time.js';
import { weekOfMonth } from '../domain/schedule.js';
import type { ReceptionBooking } from './reception-types.js';
import { caseNameKey } from './case-file-rules.js';

/** One reception day of one configured entry of reception.hours. */
export interface ReceptionSession {
  day: string;
  /** The index of its entry in reception.hours. */
  session: number;
  who: Localized;
  from: string;
  to: string;
  slotMinutes: number;
}

/** How far ahead the days are looked for: a rule "every fifth Monday" may skip months. */
const HORIZON_DAYS = 400;

const sessionOn = (rules: ReceptionConfig, day: string, i: number): ReceptionSession | null => {
  const h = rules.hours[i];
  if (!h || weekdayOf(day) !== h.weekday) return null;
  if (h.weeks.length && !h.weeks.includes(weekOfMonth(Number(day.slice(8, 10))))) return null;
  const [from, to] = h.hours.split('-') as [string, string];
  return { day, session: i, who: h.who, from, to, slotMinutes: h.slotMinutes };
};

/** The reception of entry `session` on `day`, or null when that entry does not receive then or it is a holiday. */
export function receptionOn(rules: ReceptionConfig, holidays: readonly string[], day: string, session: number): ReceptionSession | null {
  return holidays.includes(day) ? null : sessionOn(rules, day, session);
}

/** The next `count` reception days from `fromDay` (inclusive), earliest first; on one day, by the hour. */
export function upcomingReceptions(rules: ReceptionConfig, holidays: readonly string[], fromDay: string, count: number): ReceptionSession[] {
  const out: ReceptionSession[] = [];
  if (rules.hours.length === 0) return out;
  for (let n = 0; n < HORIZON_DAYS && out.length < count; n++) {
    const day = addDays(fromDay, n);
    if (holidays.includes(day)) continue;
    const found = rules.hours.map((_, i) => sessionOn(rules, day, i)).filter((s): s is ReceptionSession => s !== null);
    out.push(...found.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)).slice(0, count - out.length));
  }
  return out;
}

/** The reception days between two days inclusive. */
export function receptionsBetween(rules: ReceptionConfig, holidays: readonly string[], from: string, to: string): ReceptionSession[] {
  const out: ReceptionSession[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (let i = 0; i < rules.hours.length; i++) {
      const s = receptionOn(rules, holidays, day, i);
      if (s) out.push(s);
    }
  }
  return out.sort((a, b) => (a.day + a.from < b.day + b.from ? -1 : a.day + a.from > b.day + b.from ? 1 : 0));
}

/** The slots' start times: every `slotMinutes` from the start, each ending by the end. */
export function slotTimes(s: Pick<ReceptionSession, 'from' | 'to' | 'slotMinutes'>): string[] {
  const out: string[] = [];
  for (let m = parseClock(s.from); m + s.slotMinutes <= parseClock(s.to); m += s.slotMinutes) out.push(formatClock(m));
  return out;
}

export type SlotRefusal = 'NOT_A_RECEPTION_DAY' | 'NOT_A_SLOT' | 'RECEPTION_PAST' | 'SLOT_TAKEN';

/** The office's "now": its day and the minutes since its midnight. */
export interface OfficeNow { day: string; minutes: number }

/** A slot has passed once its start time has come on its day, or its day has gone by. */
export const slotPassed = (now: OfficeNow, day: string, time: string): boolean =>
  day < now.day || (day === now.day && parseClock(time) <= now.minutes);

/**
 * Why a citizen cannot be booked into `time` of `session` on `day`, or null: the day must be one of the
 * entry's reception days, the time one of its slots, the slot not passed (an earlier day, or today at or
 * after its start), and the slot free (a booking being moved does not hold its own slot against itself).
 */
export function slotRefusal(rules: ReceptionConfig, holidays: readonly string[], now: OfficeNow, at: { day: string; session: number; time: string }, taken: readonly Pick<ReceptionBooking, 'id' | 'time' | 'session' | 'state'>[], movingId?: string): SlotRefusal | null {
  const s = receptionOn(rules, holidays, at.day, at.session);
  if (!s) return 'NOT_A_RECEPTION_DAY';
  if (!slotTimes(s).includes(at.time)) return 'NOT_A_SLOT';
  if (slotPassed(now, at.day, at.time)) return 'RECEPTION_PAST';
  if (taken.some((b) => b.state === 'booked' && b.session === at.session && b.time === at.time && b.id !== movingId)) return 'SLOT_TAKEN';
  return null;
}

/** The same citizen: the full names compared the way the case-file search compares them (case, ё, spaces). An erased name is nobody's. */
export const sameCitizen = (a: string, b: string): boolean => caseNameKey(a) !== '' && caseNameKey(a) === caseNameKey(b);

/** What is wrong with the appeals a booking names: none named, or a number the journal does not have. */
export type AppealsProblem = { why: 'missing' } | { why: 'not-found'; id: string };

/**
 * The journal appeals a booking names, each once (§4.2: the booking comes after the service has considered
 * the question, so at least one, each in the journal), or what is wrong with them.
 */
export function consideredAppeals(ids: readonly string[], inJournal: (id: string) => boolean): { appealIds: string[] } | { problem: AppealsProblem } {
  const unique = [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
  if (unique.length === 0) return { problem: { why: 'missing' } };
  const missing = unique.find((id) => !inJournal(id));
  return missing ? { problem: { why: 'not-found', id: missing } } : { appealIds: unique };
}

/** The first of the linked records (appeals or case files) that is not the booked citizen's, or null. */
export function strangerOf(fullName: string, linked: readonly { id: string; fullName: string }[]): string | null {
  return linked.find((r) => !sameCitizen(fullName, r.fullName))?.id ?? null;
}

/** The id of a new booking: its reception day and its number among that day's bookings. */
export const bookingId = (day: string, taken: number) => `R-${day.replaceAll('-', '')}-${taken + 1}`;

/** Where a booking's decision stands. */
export type ControlState = 'no-decision' | 'decided' | 'on-control' | 'overdue' | 'done';
export const CONTROL_FILTERS = ['on-control', 'overdue', 'done', 'all'] as const;
export type ControlFilter = (typeof CONTROL_FILTERS)[number];

/** A decision under control is overdue from the day after its deadline until it comes off control. */
export function controlState(b: Pick<ReceptionBooking, 'decision'>, today: string): ControlState {
  const d = b.decision;
  if (!d) return 'no-decision';
  if (!d.control) return 'decided';
  if (d.control.doneAt !== null) return 'done';
  return d.control.deadline < today ? 'overdue' : 'on-control';
}

/** A field of a decision put under control that is missing or wrong, by its path in the request. */
export type ControlProblem =
  | { field: 'control.deadline'; why: 'missing' | 'before-reception' }
  | { field: 'control.responsible'; why: 'missing' | 'unknown-staff' };

/**
 * What stops a decision going under control: it needs its deadline (not before the reception day) and a
 * staff member who answers for it. Every problem, each by its field; none when it can go under control.
 */
export function controlProblems(control: { deadline?: string; responsible?: string }, receptionDay: string, staffIds: readonly string[]): ControlProblem[] {
  const out: ControlProblem[] = [];
  const deadline = control.deadline?.trim() ?? '';
  const responsible = control.responsible?.trim() ?? '';
  if (!deadline) out.push({ field: 'control.deadline', why: 'missing' });
  else if (deadline < receptionDay) out.push({ field: 'control.deadline', why: 'before-reception' });
  if (!responsible) out.push({ field: 'control.responsible', why: 'missing' });
  else if (!staffIds.includes(responsible)) out.push({ field: 'control.responsible', why: 'unknown-staff' });
  return out;
}

/** Why a decision on control is a staff member's own: they answer for it, or they hold one of its case files. */
export type MineBecause = 'responsible' | 'holder';

/** A decision on control as one staff member's assignment. */
export interface MyAssignment {
  booking: ReceptionBooking;
  control: 'on-control' | 'overdue';
  because: MineBecause[];
  /** The booking's case files this staff member holds now. */
  heldFiles: string[];
}

/**
 * A staff member's own decisions on control, of those not yet off control: those they answer for and
 * those whose case files they hold (the materials are with them); overdue first, then by deadline.
 */
export function assignmentsOf(staffId: string, open: readonly ReceptionBooking[], holderOf: (caseFile: string) => string | null, today: string): MyAssignment[] {
  const out: MyAssignment[] = [];
  for (const b of open) {
    const c = b.decision?.control;
    if (!c || c.doneAt !== null || b.state !== 'booked') continue;
    const heldFiles = b.caseFiles.filter((id) => holderOf(id) === staffId);
    const because: MineBecause[] = [...(c.responsible === staffId ? ['responsible' as const] : []), ...(heldFiles.length ? ['holder' as const] : [])];
    if (because.length) out.push({ booking: b, control: controlState(b, today) === 'overdue' ? 'overdue' : 'on-control', because, heldFiles });
  }
  // By deadline, then booking: an overdue decision's deadline is before every other's, so those come first.
  const order = (a: MyAssignment) => `${a.booking.decision!.control!.deadline} ${a.booking.id}`;
  return out.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
