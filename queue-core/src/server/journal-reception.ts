// Reception by the management through the journal service: the published reception days and their slots,
// a citizen booked (only with the journal appeals the question was considered in), moved, cancelled, the
// materials of a day read and printed (audited reads: they hold personal data), the head's decision put
// under control and taken off it "to the file", the control list, the overdue alerts and the retention of
// the bookings' personal data. Every change is an event of the reception log committed with its
// projection, its audit line and its idempotency key in one transaction.
import { addDays, localTime, officeDay, zonedEpoch } from '../domain/office-time.js';
import type { AlertCondition } from '../domain/alerts.js';
import { appealSummary, type AppealSummary } from '../journal/types.js';
import type { LinkedCaseFile, ReceptionBookInput, ReceptionBooking, ReceptionDecideInput } from '../journal/reception-types.js';
import {
  assignmentsOf, bookingId, consideredAppeals, controlProblems, controlState, receptionOn, receptionsBetween, slotPassed, slotRefusal, slotTimes, strangerOf,
  type ControlFilter, type OfficeNow, type ControlState, type MyAssignment, type ReceptionSession,
} from '../journal/reception-rules.js';
import { RECEPTION_ALERT, RECEPTION_REFUSAL } from '../journal/reception-words.js';
import { queueError } from '../domain/errors.js';
import { invitationPaper, materialsPaper, type PaperContext } from '../journal/reception-paper.js';
import { ReceptionStore } from '../store/reception-store.js';
import { CaseFileStore } from '../store/case-file-store.js';
import { fail, ok, type JournalActor, type JournalAnswer, type JournalContext } from './journal-context.js';

/** A reception day with its slots; a slot names its booking, never the citizen, and says whether its time has passed. */
export type ScheduledSession = ReceptionSession & { slots: { time: string; bookingId: string | null; passed: boolean }[] };
export type ControlItem = ReceptionBooking & { control: ControlState };
export type ControlAnswer = { items: ControlItem[]; counts: { onControl: number; overdue: number; done: number } };
export type MineAnswer = { items: (ReceptionBooking & Omit<MyAssignment, 'booking'>)[]; counts: { onControl: number; overdue: number } };
export type MaterialsAnswer = { day: string; sessions: ScheduledSession[]; bookings: ReceptionBooking[]; appeals: AppealSummary[]; caseFiles: LinkedCaseFile[] };

const reception = (ctx: JournalContext) => new ReceptionStore(ctx.store.db);
const caseFiles = (ctx: JournalContext) => new CaseFileStore(ctx.store.db, (at) => officeDay(at, ctx.tz));
const by = (actor: JournalActor) => actor.staffId ?? (actor.integration ? `integration:${actor.integration}` : actor.role);
const rulesOf = (ctx: JournalContext) => ctx.queue.config.reception;
const holidaysOf = (ctx: JournalContext) => ctx.queue.config.schedule.holidays;
const todayOf = (ctx: JournalContext) => officeDay(ctx.queue.now(), ctx.tz);
const nowOf = (ctx: JournalContext): OfficeNow => { const l = localTime(ctx.queue.now(), ctx.tz); return { day: l.day, minutes: l.minutes }; };
const langOf = (ctx: JournalContext) => ctx.queue.config.office.language;
const oneLine = (s: string) => s.trim().replace(/\s+/g, ' ');
/** A refusal with the words for the person in details.text, in the office's language. */
const refuse = (code: Parameters<typeof fail>[0], message: string, text: string): JournalAnswer<never> => ({ ok: false, error: queueError(code, message, { text }) });

function withSlots(sessions: ReceptionSession[], bookings: ReceptionBooking[], now: OfficeNow): ScheduledSession[] {
  return sessions.map((s) => ({
    ...s,
    slots: slotTimes(s).map((time) => ({ time, bookingId: bookings.find((b) => b.state === 'booked' && b.day === s.day && b.session === s.session && b.time === time)?.id ?? null, passed: slotPassed(now, s.day, time) })),
  }));
}

/** The reception days between two days with their slots, and the bookings on them (audited: they carry names). */
export function schedule(ctx: JournalContext, from: string, to: string, actor: JournalActor): JournalAnswer<{ sessions: ScheduledSession[]; bookings: ReceptionBooking[] }> {
  if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
  if (addDays(from, 92) < to) return fail('BAD_REQUEST', 'to: at most three months at a time');
  const bookings = reception(ctx).bookingsBetween(from, to);
  const shown = bookings.filter((b) => b.citizen);
  if (shown.length) ctx.auditedList(actor, 'reception-read', `reception ${from}..${to}`, shown.map((b) => b.id));
  return ok({ sessions: withSlots(receptionsBetween(rulesOf(ctx), holidaysOf(ctx), from, to), bookings, nowOf(ctx)), bookings });
}

/**
 * Checks the appeals a booking names (`field`, its path in the request): at least one, each in the journal.
 * The refusal carries the office's words in details.text and by field in details.fields, for a screen to
 * show them next to the field.
 */
function consideredIn(ctx: JournalContext, field: string, ids: readonly string[]): JournalAnswer<string[]> {
  const r = consideredAppeals(ids, (id) => !!ctx.store.appeal(id));
  if ('appealIds' in r) return ok(r.appealIds);
  const p = r.problem;
  const [code, message, text] = p.why === 'missing'
    ? ['NOT_CONSIDERED' as const, `${field}: name the journal appeal the question was considered in; the service considers a question before the head receives on it`, RECEPTION_REFUSAL.notConsidered(langOf(ctx))]
    : ['APPEAL_NOT_FOUND' as const, `${field}: no appeal ${p.id} in the journal`, RECEPTION_REFUSAL.appealNotFound(p.id, langOf(ctx))];
  return { ok: false, error: queueError(code, message, { text, fields: { [field]: text } }) };
}

/**
 * The appeals and case files linked to a booking must be the booked citizen's: the full names compared
 * as the case-file search compares them. The refusal names the record, never the other citizen.
 */
function citizensOwn(ctx: JournalContext, fullName: string, appealIds: readonly string[], fileIds: readonly string[]): JournalAnswer<never> | null {
  const appeal = strangerOf(fullName, appealIds.map((id) => ({ id, fullName: ctx.store.appeal(id)?.citizen?.fullName ?? '' })));
  if (appeal) return refuse('NOT_THE_CITIZENS', `appealIds: appeal ${appeal} is another citizen's`, RECEPTION_REFUSAL.notTheCitizens('appeal', appeal, langOf(ctx)));
  const store = caseFiles(ctx);
  const file = strangerOf(fullName, fileIds.map((id) => ({ id, fullName: store.file(id)?.fullName ?? '' })));
  if (file) return refuse('NOT_THE_CITIZENS', `caseFiles: case file ${file} is another citizen's`, RECEPTION_REFUSAL.notTheCitizens('caseFile', file, langOf(ctx)));
  return null;
}

/**
 * Checks the case files a booking names: each number an existing personal case file (the case-file
 * projection), written as the file's own number; none is also fine.
 */
function linkedFiles(ctx: JournalContext, field: string, ids: readonly string[]): JournalAnswer<string[]> {
  const unique = [...new Set(ids.map(oneLine).filter(Boolean))];
  const store = caseFiles(ctx);
  const missing = unique.find((id) => !store.file(id));
  if (missing) return fail('CASE_FILE_NOT_FOUND', `${field}: no case file ${missing}; name a file of the citizen's (caseFileSearch finds them by name)`);
  return ok(unique);
}

/** Where each linked file is now, read from the case-file projection (a number that names no file: state null). */
function whereabouts(ctx: JournalContext, ids: readonly string[]): LinkedCaseFile[] {
  const store = caseFiles(ctx);
  return ids.map((id) => {
    const f = store.file(id);
    return f ? { id, paymentType: f.paymentType, state: f.state, holder: f.holder, since: f.since, place: f.state === 'archived' ? f.archive?.place ?? null : null }
      : { id, paymentType: null, state: null, holder: null, since: null, place: null };
  });
}

function slotProblem(ctx: JournalContext, at: { day: string; session: number; time: string }, movingId?: string): JournalAnswer<never> | null {
  const store = reception(ctx);
  const refusal = slotRefusal(rulesOf(ctx), holidaysOf(ctx), nowOf(ctx), at, store.bookingsBetween(at.day, at.day), movingId);
  if (!refusal) return null;
  const words = {
    NOT_A_RECEPTION_DAY: `day: the management does not receive on ${at.day} (reception.hours[${at.session}])`,
    NOT_A_SLOT: `time: ${at.time} is not a slot of the reception hours`,
    RECEPTION_PAST: `time: ${at.day} ${at.time} has passed`,
    SLOT_TAKEN: `time: ${at.day} ${at.time} is already booked`,
  } as const;
  return fail(refusal, words[refusal]);
}

export function book(ctx: JournalContext, input: ReceptionBookInput, actor: JournalActor): JournalAnswer<{ booking: ReceptionBooking }> {
  const repeated = ctx.repeated<{ booking: ReceptionBooking }>(actor, 'reception-read', (a) => a.booking.id);
  if (repeated) return repeated;
  const fullName = oneLine(input.citizen.fullName);
  if (!fullName) return fail('BAD_REQUEST', "booking.citizen.fullName: expected the citizen's name");
  const question = oneLine(input.question);
  if (!question) return fail('BAD_REQUEST', 'booking.question: expected the question in short');
  const appeals = consideredIn(ctx, 'booking.appealIds', input.appealIds);
  if (!appeals.ok) return appeals;
  const files = linkedFiles(ctx, 'booking.caseFiles', input.caseFiles ?? []);
  if (!files.ok) return files;
  const refused = slotProblem(ctx, input) ?? citizensOwn(ctx, fullName, appeals.data, files.data);
  if (refused) return refused;
  const store = reception(ctx);
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      const id = bookingId(input.day, store.bookingsOn(input.day));
      store.commit({
        type: 'reception-booked', at: now, by: by(actor),
        booking: { id, day: input.day, session: input.session, time: input.time, citizen: { fullName, phone: oneLine(input.citizen.phone ?? '') }, question, appealIds: appeals.data, caseFiles: files.data },
      });
      ctx.store.audit([ctx.entry(actor, 'reception-save', id)]);
      return ctx.remember(actor, now, { booking: store.booking(id)! });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/** One change of a booking: found, in a state that allows it, committed with its audit line and key. */
function change(ctx: JournalContext, id: string, actor: JournalActor, make: (b: ReceptionBooking, now: number) => JournalAnswer<Parameters<ReceptionStore['commit']>[0]>): JournalAnswer<{ booking: ReceptionBooking }> {
  const repeated = ctx.repeated<{ booking: ReceptionBooking }>(actor, 'reception-read', (a) => a.booking.id);
  if (repeated) return repeated;
  const store = reception(ctx);
  const b = store.booking(id);
  if (!b) return fail('RECEPTION_NOT_FOUND', `No reception booking ${id}`);
  const now = ctx.queue.now();
  const event = make(b, now);
  if (!event.ok) return event;
  try {
    return ok(ctx.store.write(() => {
      store.commit(event.data);
      ctx.store.audit([ctx.entry(actor, 'reception-save', `${id} ${event.data.type.replace('reception-', '')}`)]);
      return ctx.remember(actor, now, { booking: store.booking(id)! });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

export function move(ctx: JournalContext, id: string, to: { day: string; session: number; time: string }, actor: JournalActor) {
  return change(ctx, id, actor, (b, at) => {
    if (b.state !== 'booked' || b.decision) return fail('RECEPTION_STATE', `${id}: only a booking not yet received can be moved`);
    return slotProblem(ctx, to, id) ?? ok({ type: 'reception-moved' as const, at, by: by(actor), bookingId: id, ...to });
  });
}

export function cancel(ctx: JournalContext, id: string, actor: JournalActor) {
  return change(ctx, id, actor, (b, at) => {
    if (b.state !== 'booked' || b.decision) return fail('RECEPTION_STATE', `${id}: only a booking not yet received can be cancelled`);
    return ok({ type: 'reception-cancelled' as const, at, by: by(actor), bookingId: id });
  });
}

/** The materials prepared for the reception: the considered appeals and the citizen's case files (each an existing file). */
export function setMaterials(ctx: JournalContext, id: string, appealIds: string[], caseFileIds: string[], actor: JournalActor) {
  return change(ctx, id, actor, (b, at) => {
    if (b.state !== 'booked') return fail('RECEPTION_STATE', `${id}: the booking was cancelled`);
    const appeals = consideredIn(ctx, 'appealIds', appealIds);
    if (!appeals.ok) return appeals;
    const files = linkedFiles(ctx, 'caseFiles', caseFileIds);
    if (!files.ok) return files;
    const strange = citizensOwn(ctx, b.citizen?.fullName ?? '', appeals.data, files.data);
    if (strange) return strange;
    return ok({ type: 'reception-materials' as const, at, by: by(actor), bookingId: id, appealIds: appeals.data, caseFiles: files.data });
  });
}

/** The head's decision after the reception; under control it needs a deadline not before the reception day and a staff member who answers for it. */
export function decide(ctx: JournalContext, input: ReceptionDecideInput, actor: JournalActor) {
  return change(ctx, input.bookingId, actor, (b, at) => {
    if (b.state !== 'booked') return fail('RECEPTION_STATE', `${b.id}: the booking was cancelled`);
    if (b.day > todayOf(ctx)) return fail('RECEPTION_STATE', `${b.id}: the reception on ${b.day} has not been held yet`);
    if (b.decision?.control?.doneAt) return fail('RECEPTION_STATE', `${b.id}: the decision is already off control, in the file`);
    const text = input.decision.trim();
    if (!text) return fail('BAD_REQUEST', 'decision: expected what the head decided');
    const asked = input.control ?? null;
    let control: { deadline: string; responsible: string } | null = null;
    if (asked) {
      const problems = controlProblems(asked, b.day, ctx.queue.config.staff.map((s) => s.id));
      const first = problems[0];
      if (first) {
        // Each problem by its field (details.problems, as a schema's are) and in the office's words (details.text, and by field in details.fields).
        const code = first.why === 'unknown-staff' ? 'STAFF_NOT_FOUND' : 'BAD_REQUEST';
        const english = { missing: 'required', 'before-reception': `${asked.deadline} is before the reception day ${b.day}`, 'unknown-staff': `no staff member "${asked.responsible}"` };
        const lines = problems.map((p) => `${p.field}: ${english[p.why]}`);
        const words = problems.map((p) => [p.field, RECEPTION_REFUSAL.control(p, b.day, langOf(ctx))] as const);
        // details.fields: the words by field, for a screen to show each next to its field.
        return { ok: false, error: queueError(code, lines.join('; '), { problems: lines, text: words.map(([, w]) => w).join(' '), fields: Object.fromEntries(words) }) };
      }
      control = { deadline: asked.deadline!.trim(), responsible: asked.responsible!.trim() };
    }
    return ok({ type: 'reception-decided' as const, at, by: by(actor), bookingId: b.id, text, control });
  });
}

/** The decision is carried out: off control "to the file", with the date and who. */
export function done(ctx: JournalContext, id: string, note: string, actor: JournalActor) {
  return change(ctx, id, actor, (b, at) => {
    const c = b.decision?.control;
    if (!c) return fail('RECEPTION_STATE', `${id}: no decision of it is under control`);
    if (c.doneAt !== null) return fail('RECEPTION_STATE', `${id}: already off control, in the file`);
    return ok({ type: 'reception-done' as const, at, by: by(actor), bookingId: id, note: oneLine(note) });
  });
}

export function controlList(ctx: JournalContext, filter: ControlFilter, limit: number, actor: JournalActor): JournalAnswer<ControlAnswer> {
  const today = todayOf(ctx);
  const { bookings, counts } = reception(ctx).control(filter, today, limit);
  if (bookings.length) ctx.auditedList(actor, 'reception-read', `reception control ${filter}`, bookings.map((b) => b.id));
  return ok({ items: bookings.map((b) => ({ ...b, control: controlState(b, today) })), counts });
}

/**
 * The signed-in staff member's own decisions on control ("на контроле у меня"): those they answer for and
 * those whose case files they hold now; overdue first. Audited like the control list: they carry names.
 */
export function mine(ctx: JournalContext, actor: JournalActor): JournalAnswer<MineAnswer> {
  if (!actor.staffId) return fail('BAD_REQUEST', '(root): only a signed-in staff member has assignments of their own');
  const files = caseFiles(ctx);
  const found = assignmentsOf(actor.staffId, reception(ctx).open(), (id) => files.file(id)?.holder ?? null, todayOf(ctx));
  if (found.length) ctx.auditedList(actor, 'reception-read', 'reception control mine', found.map((a) => a.booking.id));
  const items = found.map(({ booking, ...rest }) => ({ ...booking, ...rest }));
  return ok({ items, counts: { onControl: items.filter((i) => i.control === 'on-control').length, overdue: items.filter((i) => i.control === 'overdue').length } });
}

/**
 * A reception day's materials on the screen: the bookings, the considered appeals and where each linked
 * case file is at this moment (audited: the bookings as `reception-read`, the files as `case-read`).
 */
export function materials(ctx: JournalContext, day: string, actor: JournalActor): JournalAnswer<MaterialsAnswer> {
  const bookings = reception(ctx).bookingsBetween(day, day).filter((b) => b.state === 'booked');
  const appeals = [...new Set(bookings.flatMap((b) => b.appealIds))].map((id) => ctx.store.appeal(id)).filter((a) => a !== null).map(appealSummary);
  const files = whereabouts(ctx, [...new Set(bookings.flatMap((b) => b.caseFiles))]);
  ctx.auditedList(actor, 'reception-read', `reception materials ${day}`, bookings.map((b) => b.id));
  if (files.length) ctx.auditedList(actor, 'case-read', `reception materials ${day}`, files.map((f) => f.id));
  return ok({ day, sessions: withSlots(receptionsBetween(rulesOf(ctx), holidaysOf(ctx), day, day), bookings, nowOf(ctx)), bookings, appeals, caseFiles: files });
}

function paperContext(ctx: JournalContext, lang: 'ru' | 'uk' | 'en'): PaperContext {
  const { config } = ctx.queue;
  return {
    office: config.office, lang,
    reasonName: (id) => { const r = config.journal.reasons.find((x) => x.id === id)?.name; return r ? (r[lang] ?? r.ru) : id; },
    staffName: (id) => config.staff.find((s) => s.id === id)?.name ?? id,
    dayOf: (at) => officeDay(at, ctx.tz),
  };
}

/** The day's materials as an A4 page for the head (audited as a document of each booking). */
export function printMaterials(ctx: JournalContext, day: string, lang: 'ru' | 'uk' | 'en', actor: JournalActor): JournalAnswer<{ html: string }> {
  const m = materials(ctx, day, actor);
  if (!m.ok) return m;
  const html = materialsPaper(day, m.data.sessions, m.data.bookings, new Map(m.data.appeals.map((a) => [a.id, a])), new Map(m.data.caseFiles.map((f) => [f.id, f])), paperContext(ctx, lang));
  ctx.audited(actor, 'document', `reception materials ${day}`);
  return ok({ html });
}

/** The citizen's invitation (A5): day, time, who receives, the question. */
export function printInvitation(ctx: JournalContext, id: string, lang: 'ru' | 'uk' | 'en', actor: JournalActor): JournalAnswer<{ html: string }> {
  const b = reception(ctx).booking(id);
  if (!b) return fail('RECEPTION_NOT_FOUND', `No reception booking ${id}`);
  if (b.state !== 'booked' || !b.citizen) return fail('RECEPTION_STATE', `${id}: cancelled or erased, nothing to print`);
  const s = receptionOn(rulesOf(ctx), [], b.day, b.session);
  if (!s) return fail('RECEPTION_STATE', `${id}: the reception hours it was booked in are no longer configured`);
  ctx.audited(actor, 'document', id);
  return ok({ html: invitationPaper(b, s, paperContext(ctx, lang)) });
}

/** The head's alerts: each decision under control past its deadline, until it comes off control. */
export function overdueAlerts(ctx: JournalContext): AlertCondition[] {
  const today = todayOf(ctx);
  const lang = ctx.queue.config.office.language;
  const name = (id: string) => ctx.queue.config.staff.find((s) => s.id === id)?.name ?? id;
  return reception(ctx).control('overdue', today, 20).bookings.map((b) => {
    const c = b.decision!.control!;
    // Overdue from the start of the day after the deadline.
    return { kind: 'reception-overdue', subject: b.id, severity: 'warning', since: zonedEpoch(addDays(c.deadline, 1), 0, ctx.tz), message: RECEPTION_ALERT.overdue(b.id, c.deadline, name(c.responsible), lang) };
  });
}

/** Erases the personal data of bookings whose reception day is older than the retention period; returns how many. */
export function eraseBookings(ctx: JournalContext, cutoff: number, limit: number): number {
  const store = reception(ctx);
  const lastDay = addDays(officeDay(cutoff, ctx.tz), -1);
  const ids = store.toErase(lastDay, limit);
  const now = ctx.queue.now();
  for (const id of ids) store.erase(id, now);
  return ids.length;
}
