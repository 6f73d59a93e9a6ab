// One result per visit, in one list: the words of each result in the three languages, what old ticket
// results mean now, which result a finish records, and the statistics' table of visits by result.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RESULTS } from '../../queue-core/src/journal/types.ts';
import { RESULT_TEXT, UNRECORDED_RESULT_TEXT } from '../../queue-core/src/journal/labels.ts';
import { finishResult, reportedResult, resultOf, UNRECORDED } from '../../queue-core/src/journal/visit-results.ts';
import { resultTable } from '../../queue-core/src/journal/stats.ts';
import { settledAtVisit } from '../../queue-core/src/journal/rules.ts';
import { decide, initialState } from '../../queue-core/src/domain/queue.ts';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { validateConfig } from '../../queue-core/src/config/load.ts';
import type { OfficeConfig } from '../../queue-core/src/config/schema.ts';

test('the one list holds what the finish and the card used to offer apart, each with words in ru, uk and en', () => {
  assert.equal([...RESULTS], ['explained', 'review', 'control', 'filed', 'accepted', 'returned', 'issued']);
  for (const id of RESULTS) {
    for (const lang of ['ru', 'uk', 'en'] as const) assert.ok(RESULT_TEXT[id][lang].length > 2, `${id} in ${lang}`);
  }
  assert.is(RESULT_TEXT.issued.ru, 'Справка выдана');
  assert.is(RESULT_TEXT.issued.uk, 'Довідку видано');
  assert.is(RESULT_TEXT.returned.uk, 'Повернуто: неповний пакет');
  assert.ok(settledAtVisit('issued'), 'a certificate issued at the booth leaves nothing to control');
});

test('old ticket results map onto the list; "done" and unknown ids name none', () => {
  assert.is(resultOf('accepted'), 'accepted');
  assert.is(resultOf('explained'), 'explained');
  assert.is(resultOf('incomplete'), 'returned');
  assert.is(resultOf('certificate'), 'issued');
  assert.is(resultOf('done'), null);
  assert.is(resultOf('redirected'), null);
  assert.is(resultOf('toString'), null, 'not a property of every object');
  assert.is(resultOf(null), null);
});

test("a visit counts under its card's result, else its ticket's mapped, else as served with no result recorded", () => {
  assert.is(reportedResult('accepted', 'control'), 'control', 'old data: the card wins');
  assert.is(reportedResult('incomplete', null), 'returned');
  assert.is(reportedResult('done', null), UNRECORDED);
  assert.is(reportedResult(null, 'filed'), 'filed', 'a card without a ticket');
  assert.is(UNRECORDED_RESULT_TEXT.uk, 'Обслуговано, результат не вказано');
});

test('a finish records the result asked for, else the card\'s; the card follows a different choice', () => {
  assert.equal(finishResult('review', null), { result: 'review', cardFollows: false });
  assert.equal(finishResult(undefined, 'control'), { result: 'control', cardFollows: false });
  assert.equal(finishResult('explained', 'control'), { result: 'explained', cardFollows: true });
  assert.equal(finishResult('control', 'control'), { result: 'control', cardFollows: false });
  assert.equal(finishResult('certificate', null), { result: 'issued', cardFollows: false }, 'an old client\'s id');
  assert.equal((finishResult(undefined, null) as { error: string }).error, 'RESULT_NOT_FOUND');
  assert.match((finishResult('done', null) as { message: string }).message, 'expected one of explained, review');
});

test('the by-result table counts each visit once, in the list\'s order, old values last', () => {
  const table = resultTable([
    { ticketResult: 'accepted', cardResult: null, visits: 3, cards: 0 },
    { ticketResult: 'accepted', cardResult: 'accepted', visits: 2, cards: 2 },
    { ticketResult: 'accepted', cardResult: 'control', visits: 1, cards: 1 },
    { ticketResult: 'incomplete', cardResult: null, visits: 1, cards: 0 },
    { ticketResult: 'done', cardResult: null, visits: 2, cards: 0 },
    { ticketResult: null, cardResult: 'explained', visits: 1, cards: 1 },
  ]);
  assert.equal(table.id, 'byResult');
  assert.equal(table.columns, ['result', 'visits', 'cards', 'share']);
  assert.equal(table.rows, [['explained', 1, 1, 10], ['control', 1, 1, 10], ['accepted', 5, 2, 50], ['returned', 1, 0, 10], [UNRECORDED, 2, 0, 20]]);
});

test('the queue finishes a visit with a result of the list only, an old id stored as the list\'s', () => {
  const valid = validateConfig(structuredClone(demoConfig));
  assert.ok(valid.ok);
  const config = (valid as { config: OfficeConfig }).config;
  const now = Date.UTC(2026, 10, 24, 1, 0);
  const ctx = (role: 'kiosk' | 'operator') => ({ now, config, actor: { role, staffId: 'ivanova', booth: 1 }, random: () => 0.5 });
  let state = initialState(config, '2026-11-24');
  const step = (cmd: Parameters<typeof decide>[1], role: 'kiosk' | 'operator' = 'operator') => {
    const d = decide(state, cmd, ctx(role));
    if (d.ok) state = d.state;
    return d;
  };
  step({ type: 'issue', directionId: 'documents' }, 'kiosk');
  step({ type: 'openBooth', booth: 1, staffId: 'ivanova' });
  step({ type: 'callNext', booth: 1 });
  const refused = step({ type: 'finish', booth: 1, result: 'done' });
  assert.equal(refused.ok ? null : refused.error.code, 'RESULT_NOT_FOUND');
  const done = step({ type: 'finish', booth: 1, result: 'incomplete' });
  assert.ok(done.ok);
  const ticket = [...state.tickets.values()][0]!;
  assert.is(ticket.result, 'returned');
  const later = step({ type: 'recordResult', ticketId: ticket.id, result: 'review' });
  assert.ok(later.ok);
  assert.equal(later.ok && later.events.map((e) => e.type === 'ticket' && [e.action, e.ticket.result]), [['result-recorded', 'review']]);
});

test("a button's finishResult must name a result of the list, an old one that maps onto it, or the former default", () => {
  const withButton = (finishResult: string) => {
    const c = structuredClone(demoConfig) as unknown as { hardware: { buttons: { finishResult: string }[] } };
    c.hardware.buttons[0]!.finishResult = finishResult;
    return validateConfig(c);
  };
  assert.ok(withButton('certificate').ok);
  assert.ok(withButton('done').ok, 'an older file with the former default "done" still starts (the button finishes as "explained")');
  const bad = withButton('explaned');
  assert.not.ok(bad.ok);
  assert.match(JSON.stringify(!bad.ok && bad.problems), 'hardware.buttons[0].finishResult');
});

test.run();
