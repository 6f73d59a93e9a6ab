// Personal case files through the journal: a file formed from an accepted appeal, each move of its route
// checked by the pure rules and committed as an event of the case-file log with its audit line and its
// idempotency key in one transaction; where each file is, the overdue ones, the search by name and the
// archive's alphabetical book (each an audited read: they show names); the destruction act that erases the
// names of the files it lists; the names erased by the retention rule; the returned-for-completion analysis.
import { officeDateText, officeDay } from '../domain/office-time.js';
import { queueError } from '../domain/errors.js';
import type { CaseFile, CaseFileMove, CaseFileState, CaseFileStep, CommissionMember, DestructionAct, ReturnAnalysis } from '../journal/case-file-types.js';
import {
  caseFileId, checkBundleNumber, checkMove, DESTROY_ROLES, formableFrom, isOverdue, lastDayInTerm, mayDestroy, retentionErases, storageEndsOn, workingDaysBetween,
  type OverdueTerms, type StorageTerms,
} from '../journal/case-file-rules.js';
import { appealNotOwnText, refusalText } from '../journal/case-file-words.js';
import { actPaper } from '../journal/case-file-act.js';
import { CaseFileStore } from '../store/case-file-store.js';
import type { Appeal } from '../journal/types.js';
import { fail, ok, type JournalActor, type JournalAnswer, type JournalContext } from './journal-context.js';

export type OverdueFile = { file: CaseFile; lastDay: string; workingDays: number };
export type DestroyableFile = { file: CaseFile; storageEnded: string };

const LIMIT = 500;
const files = (ctx: JournalContext) => new CaseFileStore(ctx.store.db, (at) => officeDay(at, ctx.tz));
const settings = (ctx: JournalContext) => ctx.queue.config.journal.caseFiles;
const terms = (ctx: JournalContext): OverdueTerms => settings(ctx).overdueDays;
/** The office calendar's holidays: not working days for the terms of the route. */
const holidays = (ctx: JournalContext): readonly string[] => ctx.queue.config.schedule.holidays;
const storage = (ctx: JournalContext): StorageTerms => ({ years: settings(ctx).storageYears, byPaymentType: settings(ctx).storageYearsByPaymentType });
const by = (actor: JournalActor) => actor.staffId ?? (actor.integration ? `integration:${actor.integration}` : actor.role);
const today = (ctx: JournalContext) => officeDay(ctx.queue.now(), ctx.tz);
const lang = (ctx: JournalContext) => ctx.queue.config.office.language;
const notFound = (id: string) => fail('CASE_FILE_NOT_FOUND', `No case file ${id}`);
/** An operator sees and completes the files she formed; the head and the archivist see all. */
const mayRead = (f: CaseFile, actor: JournalActor) => actor.role !== 'operator' || f.formedBy === actor.staffId;

/** A file formed from a journal appeal with result "accepted" and type "documents": its reason is the payment type. */
export function formFile(ctx: JournalContext, appealId: string, actor: JournalActor): JournalAnswer<{ file: CaseFile }> {
  const repeated = ctx.repeated<{ file: CaseFile }>(actor, 'case-read', (a) => a.file.id);
  if (repeated) return repeated;
  const appeal = ctx.store.appeal(appealId);
  if (!appeal) return fail('APPEAL_NOT_FOUND', `No appeal ${appealId}`);
  if (!appeal.citizen) return fail('APPEAL_ERASED', `Appeal ${appealId}: its personal data have been erased`);
  if (!formableFrom(appeal)) {
    return { ok: false, error: queueError('CASE_FILE_REFUSED', `Appeal ${appealId} is not a set of documents accepted`, { text: notAcceptedText(lang(ctx)) }) };
  }
  if (actor.role === 'operator' && appeal.staffId !== actor.staffId) {
    return { ok: false, error: queueError('CASE_FILE_REFUSED', `Appeal ${appealId} was received by another specialist`, { appealId, text: appealNotOwnText(appealId, lang(ctx)) }) };
  }
  const store = files(ctx);
  const existing = store.fileOfAppeal(appealId);
  if (existing) return { ok: false, error: queueError('CASE_FILE_EXISTS', `Appeal ${appealId} already has case file ${existing.id}`, { fileId: existing.id }) };
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      const year = Number(officeDay(now, ctx.tz).slice(0, 4));
      const id = caseFileId(year, store.formedIn(year));
      store.commit({ type: 'case-formed', at: now, by: by(actor), file: { id, appealId, paymentType: appeal.reason, fullName: appeal.citizen!.fullName } });
      ctx.store.audit([ctx.entry(actor, 'case-save', `${id} formed from ${appealId}`)]);
      return ctx.remember(actor, now, { file: store.file(id)! });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

const notAcceptedText = (l: 'ru' | 'uk' | 'en') => ({
  ru: 'Личное дело формируется из обращения «приём документов» с результатом «документы приняты»',
  uk: 'Особова справа формується зі звернення «прийом документів» з результатом «документи прийнято»',
  en: 'A case file is formed from a "documents" appeal whose result is "accepted"',
}[l]);

/**
 * The appeals of the last `days` office days a file may be formed from and has not been yet (an
 * operator: those she received), newest first; an audited list (it shows names).
 */
export async function formableAppeals(ctx: JournalContext, days: number, actor: JournalActor): Promise<JournalAnswer<{ appeals: Appeal[] }>> {
  const to = today(ctx);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const store = files(ctx);
  const appeals = (await ctx.store.search({ from, to, limit: 1000 }))
    .filter((a) => formableFrom(a) && (actor.role !== 'operator' || a.staffId === actor.staffId) && !store.fileOfAppeal(a.id))
    .slice(0, 200);
  ctx.auditedList(actor, 'read', `appeals to form case files from, ${from}..${to}`, appeals.map((a) => a.id));
  return ok({ appeals });
}

/** The settings the screens show: the reasons of a return, the terms of each step, the storage term. */
export function caseFileSettings(ctx: JournalContext): JournalAnswer<{ returnReasons: { id: string; name: { ru: string; uk?: string; en?: string } }[]; overdueDays: OverdueTerms; storageYears: number }> {
  const s = settings(ctx);
  return ok({ returnReasons: s.returnReasons, overdueDays: s.overdueDays, storageYears: s.storageYears });
}

/** One move of the route, if the rules allow it; refused in words otherwise. */
export function moveFile(ctx: JournalContext, fileId: string, move: CaseFileMove, actor: JournalActor): JournalAnswer<{ file: CaseFile }> {
  const repeated = ctx.repeated<{ file: CaseFile }>(actor, 'case-read', (a) => a.file.id);
  if (repeated) return repeated;
  const store = files(ctx);
  const file = store.file(fileId);
  if (!file) return notFound(fileId);
  const reasons = settings(ctx).returnReasons.map((r) => r.id);
  const year = Number(today(ctx).slice(0, 4));
  const refusal = checkMove(file, move, actor.role, actor.staffId, reasons)
    ?? (move.kind === 'bundle' ? checkBundleNumber(move.bundle, year, store.bundleHandedIn(move.bundle, year - 1)) : null);
  if (refusal) {
    const code = refusal.code === 'wrong-role' ? 'ROLE_FORBIDDEN' : 'CASE_FILE_REFUSED';
    return { ok: false, error: queueError(code, `${fileId}: ${move.kind} refused (${refusal.code})`, { ...refusal, text: refusalText(fileId, refusal, lang(ctx)) }) };
  }
  if (move.kind === 'issue' && !ctx.queue.config.staff.some((s) => s.id === move.to)) return fail('STAFF_NOT_FOUND', `move.to: no staff member "${move.to}"`);
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      store.commit({ type: 'case-moved', at: now, by: by(actor), fileId, move });
      ctx.store.audit([ctx.entry(actor, 'case-save', `${fileId} ${move.kind}`)]);
      return ctx.remember(actor, now, { file: store.file(fileId)! });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/** A file and its route; an audited read. */
export function getFile(ctx: JournalContext, id: string, actor: JournalActor): JournalAnswer<{ file: CaseFile; history: CaseFileStep[] }> {
  const store = files(ctx);
  const file = store.file(id);
  if (!file || !mayRead(file, actor)) return notFound(id);
  ctx.audited(actor, 'case-read', id);
  return ok({ file, history: store.history(id) });
}

/** The operator's own files, or the files in one state for the head and the archivist; an audited list. */
export function listFiles(ctx: JournalContext, state: CaseFileState | undefined, actor: JournalActor): JournalAnswer<{ files: CaseFile[] }> {
  const store = files(ctx);
  const list = actor.role === 'operator' || state === undefined
    ? store.formedByStaff(actor.staffId ?? '', LIMIT).filter((f) => !state || f.state === state)
    : store.inState(state, LIMIT);
  ctx.auditedList(actor, 'case-read', `case files ${actor.role === 'operator' ? 'formed by me' : state}`, list.map((f) => f.id));
  return ok({ files: list });
}

/** Files by the beginning of the citizen's name ("Иванов", "иванов а"), alphabetically; an audited search. */
export function searchFiles(ctx: JournalContext, name: string, actor: JournalActor): JournalAnswer<{ files: CaseFile[] }> {
  const text = name.trim();
  if (text.length < 2) return fail('BAD_REQUEST', 'name: type at least two letters of the name');
  const list = files(ctx).byName(text, LIMIT).filter((f) => mayRead(f, actor));
  ctx.auditedList(actor, 'case-read', `case files named "${text}"`, list.map((f) => f.id));
  return ok({ files: list });
}

/** The latest day a file may have been moved on and be overdue today: `term + 1` working days back. */
export function overdueBound(todayDay: string, term: number, off: readonly string[] = []): string {
  let day = todayDay;
  while (workingDaysBetween(day, todayDay, off) <= term) day = shift(day, -1);
  return day;
}
const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Every file lying at a step longer than its term, the longest first; an audited list. */
export function overdueFiles(ctx: JournalContext, actor: JournalActor): JournalAnswer<{ overdue: OverdueFile[] }> {
  const store = files(ctx);
  const t = terms(ctx);
  const day = today(ctx);
  const off = holidays(ctx);
  const overdue: OverdueFile[] = [];
  for (const state of Object.keys(t) as (keyof OverdueTerms)[]) {
    for (const file of store.lyingSince(state, overdueBound(day, t[state], off), LIMIT)) {
      const since = officeDay(file.since, ctx.tz);
      if (!isOverdue(state, since, day, t, off)) continue;
      overdue.push({ file, lastDay: lastDayInTerm(state, since, t, off)!, workingDays: workingDaysBetween(since, day, off) });
    }
  }
  overdue.sort((a, b) => a.lastDay.localeCompare(b.lastDay) || a.file.id.localeCompare(b.file.id));
  ctx.auditedList(actor, 'case-read', 'case files overdue', overdue.map((o) => o.file.id));
  return ok({ overdue });
}

/** The archivist's alphabetical book: the files held in the archive, of one archive year or all; audited. */
export function archiveBook(ctx: JournalContext, year: number | undefined, actor: JournalActor): JournalAnswer<{ files: CaseFile[] }> {
  const list = files(ctx).book(year ?? null, 2000);
  ctx.auditedList(actor, 'case-read', `archive book ${year ?? 'all years'}`, list.map((f) => f.id));
  return ok({ files: list });
}

/** Shelved files whose storage term has ended, the oldest first: what a destruction act may list. */
export function destroyable(ctx: JournalContext, actor: JournalActor): JournalAnswer<{ files: DestroyableFile[] }> {
  const s = storage(ctx);
  const day = today(ctx);
  const shortest = Math.min(s.years, ...Object.values(s.byPaymentType));
  const store = files(ctx);
  const list = store.shelvedClosedBy(Number(day.slice(0, 4)) - shortest - 1, 2000)
    .map((file) => ({ file, closedYear: Number(officeDay(file.closedAt!, ctx.tz).slice(0, 4)) }))
    .filter(({ file, closedYear }) => mayDestroy(file, closedYear, day, s))
    .map(({ file, closedYear }) => ({ file, storageEnded: storageEndsOn(closedYear, file.paymentType, s) }));
  ctx.auditedList(actor, 'case-read', 'case files to destroy', list.map((d) => d.file.id));
  return ok({ files: list });
}

/**
 * Makes the act of destruction: every file listed must be on the shelf with its storage term ended (else
 * nothing is destroyed and the first one that is not is named); the act keeps their names, as the order
 * requires, and the files and their log lose them in the same transaction.
 */
export function destroyFiles(ctx: JournalContext, input: { fileIds: string[]; method: string; commission: CommissionMember[] }, actor: JournalActor): JournalAnswer<{ act: DestructionAct }> {
  const repeated = ctx.repeated<{ act: DestructionAct }>(actor, 'case-read', (a) => `act ${a.act.id}`);
  if (repeated) return repeated;
  if (!(DESTROY_ROLES as readonly string[]).includes(actor.role)) return fail('ROLE_FORBIDDEN', 'Only the head of the service or the archivist destroys case files');
  const ids = [...new Set(input.fileIds)];
  if (ids.length === 0) return fail('BAD_REQUEST', 'fileIds: list the files the act destroys');
  if (!input.method.trim()) return fail('BAD_REQUEST', 'method: say how the files are destroyed');
  if (input.commission.length === 0 || input.commission.some((m) => !m.name.trim() || !m.position.trim())) return fail('BAD_REQUEST', 'commission: name each person who destroys the files, with their position');
  const store = files(ctx);
  const s = storage(ctx);
  const day = today(ctx);
  const listed: CaseFile[] = [];
  for (const id of ids) {
    const f = store.file(id);
    if (!f) return notFound(id);
    const closedYear = f.closedAt === null ? null : Number(officeDay(f.closedAt, ctx.tz).slice(0, 4));
    if (!mayDestroy(f, closedYear, day, s)) {
      const text = termText(id, f, closedYear, s, lang(ctx));
      return { ok: false, error: queueError('CASE_FILE_REFUSED', `${id} may not be destroyed yet`, { fileId: id, text }) };
    }
    listed.push(f);
  }
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      const year = Number(day.slice(0, 4));
      const number = store.actsIn(year) + 1;
      const act: DestructionAct = {
        id: `${number}/${year}`, year, number, at: now, by: by(actor), method: input.method.trim(),
        commission: input.commission.map((m) => ({ name: m.name.trim(), position: m.position.trim() })),
        files: listed.map((f) => ({
          id: f.id, fullName: f.fullName, paymentType: f.paymentType, formedDay: officeDay(f.formedAt, ctx.tz),
          closedDay: f.closedAt === null ? null : officeDay(f.closedAt, ctx.tz), sheets: f.archive?.sheets ?? 0,
        })),
      };
      store.putAct(act);
      for (const f of listed) store.destroy(f.id, act.id, now, by(actor));
      ctx.store.audit([ctx.entry(actor, 'case-save', `act ${act.id}: ${listed.length} case files destroyed`), ...listed.map((f) => ctx.entry(actor, 'erase', f.id))]);
      return ctx.remember(actor, now, { act });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

function termText(id: string, f: CaseFile, closedYear: number | null, s: StorageTerms, l: 'ru' | 'uk' | 'en'): string {
  if (f.state !== 'archived' || closedYear === null) {
    return { ru: `Дело ${id} не стоит на хранении в архиве`, uk: `Справа ${id} не зберігається в архіві`, en: `File ${id} is not on the archive's shelf` }[l];
  }
  const end = storageEndsOn(closedYear, f.paymentType, s).split('-').reverse().join('.');
  return { ru: `Срок хранения дела ${id} истекает ${end}`, uk: `Строк зберігання справи ${id} спливає ${end}`, en: `The storage term of file ${id} ends on ${end}` }[l];
}

/** The act as an A4 page that prints itself; an audited read (it lists names). */
export function printAct(ctx: JournalContext, actId: string, l: 'ru' | 'uk' | 'en', actor: JournalActor): JournalAnswer<{ html: string }> {
  const act = files(ctx).act(actId);
  if (!act) return fail('ACT_NOT_FOUND', `No destruction act ${actId}`);
  const { config } = ctx.queue;
  const store = files(ctx);
  const html = actPaper(act, {
    office: config.office, lang: l, dayOf: (at) => officeDay(at, ctx.tz), clockOf: (at) => officeDateText(at, ctx.tz).time,
    paymentTypeName: (id) => { const r = config.journal.reasons.find((x) => x.id === id); return r ? (r.name[l] ?? r.name.ru) : id; },
    history: (fileId) => store.history(fileId), staffName: (id) => config.staff.find((s) => s.id === id)?.name ?? id,
  });
  ctx.audited(actor, 'document', `act ${actId}`);
  return ok({ html });
}

/** Files checked by the head in the years, and how many of them were returned for completion, by group. */
export function returnAnalysis(ctx: JournalContext, fromYear: number, toYear: number): JournalAnswer<{ analysis: ReturnAnalysis }> {
  if (fromYear > toYear) return fail('BAD_REQUEST', 'fromYear: the first year comes after the last');
  return ok({ analysis: { fromYear, toYear, ...files(ctx).returnGroups(fromYear, toYear) } });
}

/** The retention rule: names of files formed before the cut-off and not held in the archive; returns how many. */
export function eraseFileNames(ctx: JournalContext, cutoff: number, limit: number): number {
  const store = files(ctx);
  const ids = store.toErase(cutoff, limit).filter((f) => retentionErases(f, cutoff)).map((f) => f.id);
  const now = ctx.queue.now();
  for (const id of ids) store.erase(id, now);
  return ids.length;
}
