// Outreach visits through the journal service: a visit planned, moved or cancelled, a settlement's list
// imported (a corrected list replacing the first once the person confirmed it), the list read and printed (each an audited read: it holds personal data), appeals of a visit linked as they are
// entered, the lists erased by the retention rule, and the analysis by settlement and year. Every change
// is an event of the outreach log committed with its projections, its audit line and its idempotency key
// in one transaction.
import { officeDay, addDays } from '../domain/office-time.js';
import { queueError } from '../domain/errors.js';
import type { Appeal } from '../journal/types.js';
import type { ListedCitizen, OutreachPlanInput, OutreachRescheduleInput, OutreachVisit } from '../journal/outreach-types.js';
import { cancelRefusal, importRefusal, linkRefusal, rescheduleRefusal, type OutreachRefusal } from '../journal/outreach-changes.js';
import { readList, type ListProblem } from '../journal/outreach-list.js';
import { problemText } from '../journal/outreach-words.js';
import { buildAnalysis, isLateEntry, visitId, type OutreachAnalysis, type OutreachRules } from '../journal/outreach-rules.js';
import { listPaper } from '../journal/outreach-document.js';
import { OutreachStore } from '../store/outreach-store.js';
import { fail, ok, type JournalActor, type JournalAnswer, type JournalContext } from './journal-context.js';

export type ShownProblem = ListProblem & { text: string };
export type ImportAnswer = { visit: OutreachVisit; imported: number; problems: ShownProblem[] };

const outreach = (ctx: JournalContext) => new OutreachStore(ctx.store.db);
const rulesOf = (ctx: JournalContext): OutreachRules => ctx.queue.config.journal.outreach;
const by = (actor: JournalActor) => actor.staffId ?? (actor.integration ? `integration:${actor.integration}` : actor.role);
const refused = (r: OutreachRefusal): JournalAnswer<never> => fail(r.code, r.message);
const unknownStaff = (ctx: JournalContext, ids: string[]) => ids.find((id) => !ctx.queue.config.staff.some((s) => s.id === id));

export function planVisit(ctx: JournalContext, input: OutreachPlanInput, actor: JournalActor): JournalAnswer<{ visit: OutreachVisit }> {
  const repeated = ctx.repeated<{ visit: OutreachVisit }>(actor, 'outreach-read', (a) => a.visit.id);
  if (repeated) return repeated;
  const settlement = input.settlement.trim().replace(/\s+/g, ' ');
  if (!settlement) return fail('BAD_REQUEST', 'visit.settlement: expected the name of the settlement');
  const unknown = unknownStaff(ctx, input.specialists);
  if (unknown) return fail('STAFF_NOT_FOUND', `visit.specialists: no staff member "${unknown}"`);
  const store = outreach(ctx);
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      const id = visitId(input.day, store.visitsOn(input.day));
      store.commit({ type: 'outreach-planned', at: now, by: by(actor), visit: { id, settlement, day: input.day, specialists: [...new Set(input.specialists)] } });
      ctx.store.audit([ctx.entry(actor, 'outreach-save', id)]);
      return ctx.remember(actor, now, { visit: store.visit(id)! });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/** A visit still ahead moved to another day, or given other specialists; its id and its list stay. */
export function rescheduleVisit(ctx: JournalContext, id: string, input: OutreachRescheduleInput, actor: JournalActor): JournalAnswer<{ visit: OutreachVisit }> {
  const repeated = ctx.repeated<{ visit: OutreachVisit }>(actor, 'outreach-read', (a) => a.visit.id);
  if (repeated) return repeated;
  if (input.day === undefined && input.specialists === undefined) return fail('BAD_REQUEST', 'day, specialists: give the new day, the new specialists or both');
  const unknown = unknownStaff(ctx, input.specialists ?? []);
  if (unknown) return fail('STAFF_NOT_FOUND', `specialists: no staff member "${unknown}"`);
  const store = outreach(ctx);
  const visit = store.visit(id);
  if (!visit) return fail('OUTREACH_NOT_FOUND', `No outreach visit ${id}`);
  const day = input.day ?? visit.day;
  const specialists = input.specialists ? [...new Set(input.specialists)] : visit.specialists;
  const refusal = rescheduleRefusal(visit, day, officeDay(ctx.queue.now(), ctx.tz));
  if (refusal) return refused(refusal);
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      store.commit({ type: 'outreach-rescheduled', at: now, by: by(actor), visitId: id, day, specialists });
      const moved = day === visit.day ? '' : ` ${visit.day} → ${day}`;
      const who = specialists.join(',') === visit.specialists.join(',') ? '' : ` specialists: ${specialists.join(', ')}`;
      ctx.store.audit([ctx.entry(actor, 'outreach-save', `${id} rescheduled${moved}${who}`)]);
      return ctx.remember(actor, now, { visit: store.visit(id)! });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/** A visit that will not be held, with the reason; its list then goes by the retention rule from today. */
export function cancelVisit(ctx: JournalContext, id: string, reasonGiven: string, actor: JournalActor): JournalAnswer<{ visit: OutreachVisit }> {
  const repeated = ctx.repeated<{ visit: OutreachVisit }>(actor, 'outreach-read', (a) => a.visit.id);
  if (repeated) return repeated;
  const store = outreach(ctx);
  const visit = store.visit(id);
  if (!visit) return fail('OUTREACH_NOT_FOUND', `No outreach visit ${id}`);
  const reason = reasonGiven.trim().replace(/\s+/g, ' ');
  const refusal = cancelRefusal(visit, reason);
  if (refusal) return refused(refusal);
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      store.commit({ type: 'outreach-cancelled', at: now, by: by(actor), visitId: id, reason, day: officeDay(now, ctx.tz) });
      ctx.store.audit([ctx.entry(actor, 'outreach-save', `${id} cancelled: ${reason}`)]);
      return ctx.remember(actor, now, { visit: store.visit(id)! });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

/**
 * The settlement's file becomes the visit's list (its good rows); a broken file changes nothing. A
 * corrected list replaces the earlier one whole, never adding to it, and only when the request says how
 * many citizens it replaces (the person saw "replace the list of N with M?" and agreed); both imports
 * stay in the log. Refused once the visit took place or was cancelled.
 */
export function importList(ctx: JournalContext, id: string, base64: string, replaces: number | undefined, actor: JournalActor): JournalAnswer<ImportAnswer> {
  const repeated = ctx.repeated<ImportAnswer>(actor, 'outreach-read', (a) => a.visit.id);
  if (repeated) return repeated;
  const store = outreach(ctx);
  const visit = store.visit(id);
  if (!visit) return fail('OUTREACH_NOT_FOUND', `No outreach visit ${id}`);
  const refusal = importRefusal(visit, officeDay(ctx.queue.now(), ctx.tz));
  if (refusal) return refused(refusal);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return fail('BAD_REQUEST', 'file: expected the file in base64');
  const lang = ctx.queue.config.office.language;
  const shown = (p: ListProblem): ShownProblem => ({ ...p, text: problemText(p, lang) });
  const reading = readList(Buffer.from(base64, 'base64'));
  if (!reading.ok) {
    const problems = reading.problems.map(shown);
    return { ok: false, error: queueError('LIST_BROKEN', `The list could not be read: ${problems.map((p) => p.text).join('; ')}`, { problems }) };
  }
  const hadList = visit.listImportedAt !== null;
  if (hadList && replaces !== visit.listed) {
    return {
      ok: false,
      error: queueError('LIST_EXISTS', `The visit ${id} has a list of ${visit.listed}; to replace it with this one of ${reading.citizens.length}, send replaces: ${visit.listed}`,
        { listed: visit.listed, incoming: reading.citizens.length, refusedLines: reading.problems.length }),
    };
  }
  const now = ctx.queue.now();
  try {
    return ok(ctx.store.write(() => {
      store.commit({ type: 'outreach-list', at: now, by: by(actor), visitId: id, citizens: reading.citizens });
      const what = hadList ? `list replaced: ${visit.listed} → ${reading.citizens.length} citizens` : `list: ${reading.citizens.length} citizens`;
      ctx.store.audit([ctx.entry(actor, 'outreach-save', `${id} ${what}, ${reading.problems.length} lines refused`)]);
      return ctx.remember(actor, now, { visit: store.visit(id)!, imported: reading.citizens.length, problems: reading.problems.map(shown) });
    }));
  } catch (e) {
    return ctx.failure(e);
  }
}

export function listVisits(ctx: JournalContext, from: string, to: string): JournalAnswer<{ visits: OutreachVisit[] }> {
  if (from > to) return fail('BAD_REQUEST', 'from: the first day comes after the last');
  return ok({ visits: outreach(ctx).visitsBetween(from, to) });
}

export function visitList(ctx: JournalContext, id: string, actor: JournalActor): JournalAnswer<{ visit: OutreachVisit; citizens: ListedCitizen[] }> {
  const store = outreach(ctx);
  const visit = store.visit(id);
  if (!visit) return fail('OUTREACH_NOT_FOUND', `No outreach visit ${id}`);
  ctx.audited(actor, 'outreach-read', `${id} list`);
  return ok({ visit, citizens: store.list(id) });
}

export function printList(ctx: JournalContext, id: string, lang: 'ru' | 'uk' | 'en', actor: JournalActor): JournalAnswer<{ html: string }> {
  const store = outreach(ctx);
  const visit = store.visit(id);
  if (!visit) return fail('OUTREACH_NOT_FOUND', `No outreach visit ${id}`);
  const { config } = ctx.queue;
  const html = listPaper(visit, store.list(id), {
    office: config.office, lang,
    specialistNames: visit.specialists.map((s) => config.staff.find((m) => m.id === s)?.name ?? s),
  });
  ctx.audited(actor, 'document', `${id} list`);
  return ok({ html });
}

/**
 * Inside an appeal's save: checks the visit and links the appeal to it (an event of the outreach log),
 * flagging it late when it is entered past the limit. `recordedAt` is when the appeal was first entered,
 * so a correction keeps the first entry's flag. Throws a refusal value.
 */
export function linkAppeal(ctx: JournalContext, appeal: Appeal, visitIdGiven: string, recordedAt: number, actor: JournalActor): Appeal {
  const store = outreach(ctx);
  const visit = store.visit(visitIdGiven);
  if (!visit) throw queueError('OUTREACH_NOT_FOUND', `appeal.outreachVisitId: no outreach visit ${visitIdGiven}`);
  const cancelled = linkRefusal(visit);
  if (cancelled && store.visitOfAppeal(appeal.id) !== visit.id) throw queueError(cancelled.code, `appeal.outreachVisitId: ${cancelled.message}`);
  const recordedDay = officeDay(recordedAt, ctx.tz);
  if (recordedDay < visit.day) throw queueError('BAD_REQUEST', `appeal.outreachVisitId: the visit to ${visit.settlement} is on ${visit.day}, not yet held`);
  const late = isLateEntry(visit.day, recordedDay, rulesOf(ctx));
  if (store.visitOfAppeal(appeal.id) !== visit.id) {
    store.commit({ type: 'outreach-appeal', at: ctx.queue.now(), by: by(actor), visitId: visit.id, appealId: appeal.id, recordedDay, late });
  }
  return { ...appeal, outreachVisitId: visit.id, lateEntry: late };
}

export function analysis(ctx: JournalContext, fromYear: number, toYear: number): JournalAnswer<{ analysis: OutreachAnalysis }> {
  if (fromYear > toYear) return fail('BAD_REQUEST', 'fromYear: the first year comes after the last');
  const rules = rulesOf(ctx);
  // The suggestion reads the years before toYear + 1 even when the table shows fewer.
  const rows = outreach(ctx).settlementYears(Math.min(fromYear, toYear + 1 - rules.historyYears), toYear);
  return ok({ analysis: buildAnalysis(fromYear, toYear, rows, rules) });
}

/** Erases the lists of visits held before the retention cut-off day; returns how many. Runs in batches. */
export function eraseLists(ctx: JournalContext, cutoff: number, limit: number): number {
  const store = outreach(ctx);
  // A visit's list goes once the visit day is older than the retention period, as a visit's card does.
  const lastDay = addDays(officeDay(cutoff, ctx.tz), -1);
  const ids = store.visitsToErase(lastDay, limit);
  const now = ctx.queue.now();
  for (const id of ids) store.erase(id, now);
  return ids.length;
}
