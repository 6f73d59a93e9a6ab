// How one event of the outreach log changes a visit, pure: the store applies it to the row it keeps when
// an event is committed, and folds the whole log through it in memory when the projections are rebuilt,
// so both give the same visit.
import type { OutreachEvent, OutreachVisit } from './outreach-types.js';

/** The visit after `e` (`v` is null before it is planned); an appeal's link leaves the visit's row as it was. */
export function evolveVisit(v: OutreachVisit | null, e: OutreachEvent): OutreachVisit | null {
  if (e.type === 'outreach-planned') {
    return { ...e.visit, listed: 0, appeals: 0, late: 0, plannedAt: e.at, plannedBy: e.by, listImportedAt: null, erasedAt: null, cancelledAt: null, cancelReason: null };
  }
  if (!v) return null;
  switch (e.type) {
    case 'outreach-list': return { ...v, listed: e.listed ?? e.citizens.length, listImportedAt: e.at };
    case 'outreach-erased': return { ...v, erasedAt: e.at };
    case 'outreach-rescheduled': return { ...v, day: e.day, specialists: e.specialists };
    case 'outreach-cancelled': return { ...v, cancelledAt: e.at, cancelReason: e.reason };
    case 'outreach-appeal': return v;
  }
}

/** A visit as an older row kept it, before visits could be cancelled. */
export const withDefaults = (v: OutreachVisit): OutreachVisit => ({ ...v, cancelledAt: v.cancelledAt ?? null, cancelReason: v.cancelReason ?? null });
