// Case files, the pure parts: the route (each move from its state by its roles, out of order refused in
// words), working days and the overdue terms over a weekend, the storage term counted from the year after
// closing, and which files the retention rule erases.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  applyMove, checkMove, DEFAULT_OVERDUE_TERMS, isOverdue, lastDayInTerm, mayDestroy, retentionErases, ROUTE, storageEndsOn, workingDaysBetween,
} from '../../queue-core/src/journal/case-file-rules.ts';
import { appealNotOwnText, refusalText } from '../../queue-core/src/journal/case-file-words.ts';
import type { CaseFile, CaseFileMove } from '../../queue-core/src/journal/case-file-types.ts';
import { overdueBound } from '../../queue-core/src/server/journal-case-files.ts';
import { validateConfig } from '../../queue-core/src/config/load.ts';
import { problemWords } from '../../queue-core/src/config/problem-words.ts';
import { demoConfig } from '../../queue-core/src/config/demo.ts';

const REASONS = ['no-document', 'no-signature'];
const file = (over: Partial<CaseFile> = {}): CaseFile => ({
  id: 'LD-2026-00001', appealId: 'J-20260302-0001', paymentType: 'subsidy', fullName: 'Петров Пётр Петрович', formedBy: 'ivanova', formedAt: 0,
  state: 'formed', since: 0, holder: 'ivanova', bundle: null, returns: 0, returnReasons: [], closedAt: null, archive: null, act: null, erasedAt: null, ...over,
});

const R = suite('the route of a case file');

R('the whole route, each move by its role, reaches the shelf and back', () => {
  const steps: [CaseFileMove, string, string][] = [
    [{ kind: 'return', reasons: ['no-signature'] }, 'supervisor', 'returned'],
    [{ kind: 'complete' }, 'operator', 'formed'],
    [{ kind: 'accept' }, 'supervisor', 'accepted'],
    [{ kind: 'bundle', bundle: '14' }, 'supervisor', 'bundled'],
    [{ kind: 'hand', receivedBy: 'Осипова Т. В.' }, 'supervisor', 'at-payments'],
    [{ kind: 'close' }, 'archivist', 'closed'],
    [{ kind: 'shelve', year: 2026, place: 'стеллаж 3, полка 2', sheets: 12 }, 'archivist', 'archived'],
    [{ kind: 'issue', to: 'petrova' }, 'archivist', 'issued'],
    [{ kind: 'take-back' }, 'archivist', 'archived'],
  ];
  let f = file();
  steps.forEach(([move, role, state], i) => {
    assert.is(checkMove(f, move, role, role === 'operator' ? 'ivanova' : 'x', REASONS), null, `step ${i} ${move.kind}`);
    f = applyMove(f, move, 1000 + i, role === 'operator' ? 'ivanova' : 'head');
    assert.is(f.state, state);
    assert.is(f.since, 1000 + i);
  });
  assert.equal([f.returns, f.returnReasons, f.bundle, f.closedAt, f.archive, f.holder], [1, ['no-signature'], '14', 1005, { year: 2026, place: 'стеллаж 3, полка 2', sheets: 12 }, null]);
  assert.is(applyMove(f, { kind: 'issue', to: 'petrova' }, 2000, 'arch').holder, 'petrova');
});

R('a move out of order is refused, and says in words where the file is and what it needs', () => {
  const r = checkMove(file({ state: 'archived' }), { kind: 'hand', receivedBy: 'Осипова' }, 'supervisor', 'head', REASONS);
  assert.equal(r, { code: 'out-of-order', kind: 'hand', state: 'archived', needs: 'bundled' });
  assert.is(refusalText('LD-2026-00001', r!, 'ru'), 'Дело LD-2026-00001 сейчас «в архиве»; «передать в отдел выплат» можно только из состояния «в пачке»');
  assert.is(refusalText('LD-2026-00001', r!, 'uk'), 'Справа LD-2026-00001 зараз «в архіві»; «передати до відділу виплат» можна лише зі стану «у пачці»');
  // Accepted twice: the second is out of order.
  assert.is(checkMove(file({ state: 'accepted' }), { kind: 'accept' }, 'supervisor', 'head', REASONS)?.code, 'out-of-order');
});

R('each move belongs to its roles: the operator does not accept, the head does not shelve, the archivist does not check', () => {
  assert.equal(checkMove(file(), { kind: 'accept' }, 'operator', 'ivanova', REASONS), { code: 'wrong-role', kind: 'accept', roles: ['supervisor'] });
  assert.is(checkMove(file({ state: 'closed' }), { kind: 'shelve', year: 2026, place: 'A', sheets: 1 }, 'supervisor', 'head', REASONS)?.code, 'wrong-role');
  assert.is(checkMove(file(), { kind: 'return', reasons: ['no-document'] }, 'archivist', 'arch', REASONS)?.code, 'wrong-role');
  assert.is(refusalText('LD-1', checkMove(file(), { kind: 'accept' }, 'operator', 'ivanova', REASONS)!, 'ru'), '«принять» делает руководитель службы');
  assert.is(refusalText('LD-1', checkMove(file(), { kind: 'accept' }, 'operator', 'ivanova', REASONS)!, 'en'), '"accept" is done by the head of the service');
  // An operator completes only a file she formed: the refusal names the file.
  const notOwn = checkMove(file({ state: 'returned' }), { kind: 'complete' }, 'operator', 'petrova', REASONS);
  assert.is(notOwn?.code, 'not-own');
  assert.is(refusalText('LD-2026-00001', notOwn!, 'ru'), 'Дело LD-2026-00001 сформировал другой специалист');
  for (const [kind, step] of Object.entries(ROUTE)) assert.ok(step.roles.length > 0, kind);
});

R('an appeal received by another specialist is refused as an appeal ("Обращение …"), never as a file', () => {
  assert.is(appealNotOwnText('A-2026-00012', 'ru'), 'Обращение A-2026-00012 принял другой специалист; личное дело по нему формирует он или руководитель службы');
  assert.is(appealNotOwnText('A-2026-00012', 'uk'), 'Звернення A-2026-00012 прийняв інший спеціаліст; особову справу за ним формує він або керівник служби');
  assert.is(appealNotOwnText('A-2026-00012', 'en'), 'Appeal A-2026-00012 was received by another specialist; that specialist or the head of the service forms its case file');
});

R('a return needs one of the configured reasons', () => {
  assert.equal(checkMove(file(), { kind: 'return', reasons: [] }, 'supervisor', 'head', REASONS), { code: 'no-reasons' });
  assert.equal(checkMove(file(), { kind: 'return', reasons: ['no-document', 'bad'] }, 'supervisor', 'head', REASONS), { code: 'unknown-reason', reason: 'bad' });
});

const O = suite('overdue by working days');

O('working days skip the weekend', () => {
  // 2026-03-06 is a Friday.
  assert.is(workingDaysBetween('2026-03-06', '2026-03-06'), 0);
  assert.is(workingDaysBetween('2026-03-06', '2026-03-08'), 0);
  assert.is(workingDaysBetween('2026-03-06', '2026-03-09'), 1);
  assert.is(workingDaysBetween('2026-03-02', '2026-03-13'), 9);
  assert.is(workingDaysBetween('2026-03-09', '2026-03-06'), 0);
});

O('a file formed on Friday is checked in time on Monday, overdue on Tuesday; the bound the store reads agrees', () => {
  const t = DEFAULT_OVERDUE_TERMS;
  assert.is(isOverdue('formed', '2026-03-06', '2026-03-09', t), false);
  assert.is(isOverdue('formed', '2026-03-06', '2026-03-10', t), true);
  assert.is(lastDayInTerm('formed', '2026-03-06', t), '2026-03-09');
  // Thursday + 1 working day = Friday: the last day is that Friday, never the weekend after it; the
  // weekend does not count, so the file is overdue from Monday, the next working day.
  assert.is(lastDayInTerm('formed', '2026-03-05', t), '2026-03-06');
  assert.is(isOverdue('formed', '2026-03-05', '2026-03-08', t), false);
  assert.is(isOverdue('formed', '2026-03-05', '2026-03-09', t), true);
  // At the payments department 10 working days: two weeks.
  assert.is(isOverdue('at-payments', '2026-03-02', '2026-03-16', t), false);
  assert.is(isOverdue('at-payments', '2026-03-02', '2026-03-17', t), true);
  // A file on the shelf is never overdue.
  assert.is(isOverdue('archived', '2016-03-02', '2026-03-17', t), false);
  // The latest day a file may have lain since and be overdue today, for every term and weekday.
  for (let d = 1; d <= 14; d++) {
    const today = `2026-03-${String(d).padStart(2, '0')}`;
    for (const term of [0, 1, 2, 5, 10]) {
      const bound = overdueBound(today, term);
      assert.ok(workingDaysBetween(bound, today) > term, `${today} ${term}`);
      const next = new Date(Date.parse(`${bound}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      assert.ok(workingDaysBetween(next, today) <= term, `${today} ${term} next`);
    }
  }
});

O('the last day of a term is always a working day: a weekend or a holiday moves it back to the working day before', () => {
  const t = DEFAULT_OVERDUE_TERMS;
  // For every weekday a file may be moved on and every term: the last day is a working day, the file is in
  // time on it and on the days off after it, and overdue on the next working day.
  const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
  for (let d = 2; d <= 8; d++) {
    const since = `2026-03-${String(d).padStart(2, '0')}`;
    for (const state of ['formed', 'accepted', 'returned', 'at-payments'] as const) {
      const last = lastDayInTerm(state, since, t)!;
      assert.ok(weekday(last) >= 1 && weekday(last) <= 5, `${state} since ${since}: ${last}`);
      assert.is(isOverdue(state, since, last, t), false, `${state} since ${since}`);
      let after = next(last);
      while (weekday(after) === 0 || weekday(after) === 6) {
        assert.is(isOverdue(state, since, after, t), false);
        after = next(after);
      }
      assert.is(isOverdue(state, since, after, t), true, `${state} since ${since}: overdue on ${after}`);
    }
  }
  // Accepted on Wednesday 4 March with 2 working days: Friday 6 March (not Sunday 8 March).
  assert.is(lastDayInTerm('accepted', '2026-03-04', t), '2026-03-06');
  // Monday 9 March 2026 is a holiday: a file formed on Friday is in time until Tuesday.
  const holidays = ['2026-03-09'];
  assert.is(workingDaysBetween('2026-03-06', '2026-03-10', holidays), 1);
  assert.is(lastDayInTerm('formed', '2026-03-06', t, holidays), '2026-03-10');
  assert.is(isOverdue('formed', '2026-03-06', '2026-03-10', t, holidays), false);
  assert.is(isOverdue('formed', '2026-03-06', '2026-03-11', t, holidays), true);
  // A holiday on Friday is no working day of the term: formed on Thursday, its one working day is Monday.
  assert.is(lastDayInTerm('formed', '2026-03-05', t, ['2026-03-06']), '2026-03-09');
  for (let d = 2; d <= 14; d++) {
    const today = `2026-03-${String(d).padStart(2, '0')}`;
    for (const term of [0, 1, 2, 5]) {
      const bound = overdueBound(today, term, holidays);
      assert.ok(workingDaysBetween(bound, today, holidays) > term, `${today} ${term}`);
      assert.ok(workingDaysBetween(next(bound), today, holidays) <= term, `${today} ${term} next`);
    }
  }
});

const S = suite('storage and retention');

S('the storage term runs from 1 January after the year of closing; a payment type may keep longer', () => {
  const terms = { years: 5, byPaymentType: { pension: 75 } };
  assert.is(storageEndsOn(2026, 'subsidy', terms), '2032-01-01');
  assert.is(storageEndsOn(2026, 'pension', terms), '2102-01-01');
  const shelved = file({ state: 'archived', closedAt: 1 });
  assert.is(mayDestroy(shelved, 2026, '2031-12-31', terms), false);
  assert.is(mayDestroy(shelved, 2026, '2032-01-01', terms), true);
  // Issued to a specialist, it cannot be destroyed until it is back on the shelf.
  assert.is(mayDestroy({ ...shelved, state: 'issued' }, 2026, '2040-01-01', terms), false);
});

S('the retention rule erases the names of files not held in the archive, formed before the cut-off', () => {
  assert.is(retentionErases(file({ formedAt: 10 }), 11), true);
  assert.is(retentionErases(file({ formedAt: 10, state: 'at-payments' }), 11), true);
  assert.is(retentionErases(file({ formedAt: 12 }), 11), false);
  assert.is(retentionErases(file({ formedAt: 10, state: 'archived' }), 11), false);
  assert.is(retentionErases(file({ formedAt: 10, state: 'issued' }), 11), false);
  assert.is(retentionErases(file({ formedAt: 10, erasedAt: 10 }), 11), false);
});

S('the configuration: an archivist may be staff; the defaults keep today\'s office; a storage term for an unknown payment type is refused in words', () => {
  const c = structuredClone(demoConfig) as any;
  c.staff.push({ id: 'arkhipova', name: 'Архипова Галина Семёновна', role: 'archivist', pin: '7777' });
  const ok = validateConfig(c);
  assert.ok(ok.ok, ok.ok ? '' : ok.problems.join('\n'));
  if (ok.ok) {
    assert.equal(ok.config.journal.caseFiles.overdueDays, DEFAULT_OVERDUE_TERMS);
    assert.is(ok.config.journal.caseFiles.storageYears, 5);
    assert.equal(ok.config.journal.caseFiles.returnReasons.map((r) => r.name.ru), ['нет документа', 'ошибка в заявлении', 'нет подписи', 'документ просрочен', 'копия не заверена или нечитаема', 'другое']);
  }
  c.journal = { caseFiles: { storageYearsByPaymentType: { pension: 75 }, overdueDays: { formed: -1 } } };
  const bad = validateConfig(c);
  assert.not.ok(bad.ok);
  if (!bad.ok) {
    const problem = bad.problems.find((p) => p.includes('storageYearsByPaymentType'))!;
    assert.is(problem, 'journal.caseFiles.storageYearsByPaymentType.pension: unknown payment type "pension"');
    assert.match(problemWords(problem, 'ru'), 'нет вида выплаты «pension» среди вопросов журнала');
    assert.ok(bad.problems.some((p) => p.startsWith('journal.caseFiles.overdueDays.formed')), bad.problems.join('\n'));
  }
});

R.run();
O.run();
S.run();
