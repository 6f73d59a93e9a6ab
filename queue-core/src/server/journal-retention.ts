// The retention rule at work: personal fields of records older than the retention period (visits, phone
// consultations, bookings' names and phones, the settlements' lists of outreach visits, the names of
// case files not held in the archive and the citizens booked to the management's reception) are erased in
// batches, each batch with the audit lines it outdates and one line saying what went; the counts stay
// for the statistics. Between batches the event loop turns, so a first erase over years of records
// never holds up the queue for long.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { erase, erasePhone, retentionCutoff } from '../journal/rules.js';
import { DAY, type JournalContext } from './journal-context.js';
import { CardDrafts } from '../store/card-drafts.js';
import { eraseLists } from './journal-outreach.js';
import { eraseFileNames } from './journal-case-files.js';
import { eraseBookings } from './journal-reception.js';

const BATCH = 500;

/** Returns how many records lost their personal data. */
export async function eraseExpired(ctx: JournalContext): Promise<number> {
  const { store } = ctx;
  const now = ctx.queue.now();
  const cutoff = retentionCutoff(now, ctx.rules);
  let erased = 0;
  // A visitor card's draft is a working copy for the day of its visit: what was left unsaved goes a day on.
  const drafts = store.write(() => {
    const n = new CardDrafts(store.db).deleteBefore(now - DAY);
    if (n) store.audit([{ at: now, actor: 'system', role: 'system', action: 'erase', record: `${n} card drafts` }]);
    return n;
  });
  if (drafts) ctx.log(`retention: ${drafts} unsaved card drafts erased`);
  for (let first = true; ; first = false) {
    if (!first) await nextTurn();
    const appeals = store.appealsToErase(cutoff, BATCH);
    const phones = store.phonesToErase(cutoff, BATCH);
    const bookings = store.bookingsToErase(cutoff, BATCH);
    // Outreach lists (names, addresses, phones of a settlement's citizens) go with the visits of their day.
    const lists = store.write(() => eraseLists(ctx, cutoff, BATCH));
    if (lists) store.write(() => store.audit([{ at: now, actor: 'system', role: 'system', action: 'erase', record: `${lists} outreach lists before ${new Date(cutoff).toISOString()}` }]));
    erased += lists;
    // Case files' names go by the same rule, unless the file is held in the archive (its act erases it then).
    const caseFiles = store.write(() => eraseFileNames(ctx, cutoff, BATCH));
    if (caseFiles) store.write(() => store.audit([{ at: now, actor: 'system', role: 'system', action: 'erase', record: `${caseFiles} case files formed before ${new Date(cutoff).toISOString()}` }]));
    erased += caseFiles;
    // Reception bookings (the citizen, the question, the decision's words) go with the reception day.
    const receptions = store.write(() => eraseBookings(ctx, cutoff, BATCH));
    if (receptions) store.write(() => store.audit([{ at: now, actor: 'system', role: 'system', action: 'erase', record: `${receptions} reception bookings before ${new Date(cutoff).toISOString()}` }]));
    erased += receptions;
    if (appeals.length === 0 && phones.length === 0 && bookings.length === 0) {
      if (lists || caseFiles || receptions) continue;
      break;
    }
    store.write(() => {
      for (const a of appeals) store.putAppeal(erase(a, now), ctx.hourOf(a.at));
      for (const p of phones) store.putPhone(erasePhone(p, now), ctx.hourOf(p.at));
      for (const b of bookings) store.eraseBooking(b, now);
      store.deleteAuditBefore(cutoff);
      store.audit([{ at: now, actor: 'system', role: 'system', action: 'erase', record: `${appeals.length} appeals, ${phones.length} phone consultations, ${bookings.length} bookings before ${new Date(cutoff).toISOString()}` }]);
    });
    erased += appeals.length + phones.length + bookings.length;
  }
  if (erased) ctx.log(`retention: personal data erased from ${erased} records older than ${ctx.rules.retentionDays} days`);
  return erased;
}
