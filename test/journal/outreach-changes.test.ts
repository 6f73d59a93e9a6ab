// What may still change about an outreach visit, and how each event of the log changes it: the pure
// rules the daemon enforces and the panel asks before it shows a button.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cancelRefusal, importRefusal, rescheduleRefusal } from '../../queue-core/src/journal/outreach-changes.ts';
import { evolveVisit } from '../../queue-core/src/journal/outreach-evolve.ts';
import { suggestVisits } from '../../queue-core/src/journal/outreach-rules.ts';
import type { OutreachEvent, OutreachVisit } from '../../queue-core/src/journal/outreach-types.ts';

const planned: OutreachEvent = { type: 'outreach-planned', at: 1, by: 'consultant', visit: { id: 'V-20260310-1', settlement: 'Тарбагатай', day: '2026-03-10', specialists: ['ivanova'] } };
const fold = (events: OutreachEvent[]) => events.reduce<OutreachVisit | null>((v, e) => evolveVisit(v, e), null)!;

test('a visit ahead is moved, given a corrected list or cancelled; on its day still, the day after not', () => {
  const v = fold([planned]);
  assert.is(rescheduleRefusal(v, '2026-03-12', '2026-03-06'), null);
  assert.is(importRefusal(v, '2026-03-10'), null, 'on the morning of the visit a corrected list still comes');
  assert.is(rescheduleRefusal(v, '2026-03-05', '2026-03-06')?.code, 'BAD_REQUEST', 'not moved into the past');
  assert.is(rescheduleRefusal(v, '2026-03-12', '2026-03-11')?.code, 'OUTREACH_HELD');
  assert.is(importRefusal(v, '2026-03-11')?.code, 'OUTREACH_HELD');
  assert.is(cancelRefusal(v, 'не состоялся'), null, 'a visit that did not take place is cancelled after its day');
  assert.is(cancelRefusal(v, '')?.code, 'BAD_REQUEST', 'a reason is needed');
});

test('a visit with an appeal recorded took place; a cancelled one takes nothing more', () => {
  const withAppeal = { ...fold([planned]), appeals: 1 };
  assert.is(rescheduleRefusal(withAppeal, '2026-03-12', '2026-03-10')?.code, 'OUTREACH_HELD');
  assert.is(importRefusal(withAppeal, '2026-03-10')?.code, 'OUTREACH_HELD');
  assert.is(cancelRefusal(withAppeal, 'ошибка')?.code, 'OUTREACH_HELD');
  const cancelled = fold([planned, { type: 'outreach-cancelled', at: 5, by: 'head', visitId: planned.visit.id, reason: 'паводок', day: '2026-03-06' }]);
  assert.equal([cancelled.cancelledAt, cancelled.cancelReason], [5, 'паводок']);
  for (const r of [rescheduleRefusal(cancelled, '2026-03-12', '2026-03-06'), importRefusal(cancelled, '2026-03-06'), cancelRefusal(cancelled, 'снова')]) assert.is(r?.code, 'OUTREACH_CANCELLED');
});

test('the log folds into the visit: a move keeps the list, a corrected list replaces the count', () => {
  const citizens = (n: number) => Array.from({ length: n }, (_, i) => ({ line: i + 2, fullName: `Гражданин ${i}`, address: '', phone: '', question: '' }));
  const v = fold([
    planned,
    { type: 'outreach-list', at: 2, by: 'consultant', visitId: planned.visit.id, citizens: citizens(2) },
    { type: 'outreach-rescheduled', at: 3, by: 'consultant', visitId: planned.visit.id, day: '2026-03-12', specialists: ['petrova'] },
    { type: 'outreach-list', at: 4, by: 'head', visitId: planned.visit.id, citizens: citizens(3) },
  ]);
  assert.equal([v.id, v.day, v.specialists, v.listed, v.listImportedAt, v.cancelledAt], ['V-20260310-1', '2026-03-12', ['petrova'], 3, 4, null]);
});

test('a settlement whose only visit was cancelled keeps one visit in next year\'s suggestion', () => {
  const s = suggestVisits([{ settlement: 'Куйтун', year: 2025, visits: 0, cancelled: 1, listed: 0, appeals: 0, late: 0 }], 2026, { lateAfterDays: 2, appealsPerVisit: 15, historyYears: 3 });
  assert.equal(s.settlements.map((x) => [x.settlement, x.expectedAppeals, x.suggestedVisits]), [['Куйтун', 0, 1]]);
});

test.run();
