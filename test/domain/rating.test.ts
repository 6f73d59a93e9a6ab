// The citizen rates the visit (domain/rating.ts): the window a finished visit opens, one score per visit
// and then maybe one reason, only from the booth's own rating device, closed by time or by the next call.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Office, at, officeConfig } from '../helpers/office.ts';
import type { Actor, QueueEvent } from '../../queue-core/src/domain/index.ts';

const morning = at('2026-11-24', '09:00');
const screenOf = (booth: number): Actor => ({ role: 'display', booth });
const ratingEvents = (events: QueueEvent[]) => events.filter((e): e is Extract<QueueEvent, { type: 'rating' }> => e.type === 'rating');

/** Booth 1 has served one visit: its window is open. */
function afterVisit(patch?: Parameters<typeof officeConfig>[0]) {
  const office = new Office(officeConfig(patch), morning);
  office.open(1);
  const { ticket } = office.issue('certificates');
  office.callNext(1);
  office.advance(5);
  const finished = office.do({ type: 'finish', booth: 1, result: 'certificate' });
  return { office, ticket, finished };
}

test('finishing a visit at a booth that takes ratings opens its window, recorded in the log with the visit and the specialist', () => {
  const { office, ticket, finished } = afterVisit();
  const [opened] = ratingEvents(finished.events);
  assert.is(opened?.action, 'opened');
  assert.equal({ ...opened!.rating }, {
    ticketId: ticket.id, day: '2026-11-24', label: 'С100', directionId: 'certificates', booth: 1, staffId: 'ivanova',
    openedAt: morning + 5 * 60_000, until: morning + 5 * 60_000 + 60_000, score: null, reason: null,
  });
  assert.equal(office.state.booths[1]!.rating, { ticketId: ticket.id, until: morning + 6 * 60_000, score: null, reason: null });
});

test('with rating off (the default) a finished visit opens nothing', () => {
  const { office, finished } = afterVisit((c) => { c.rating = { enabled: false }; });
  assert.is(ratingEvents(finished.events).length, 0);
  assert.is(office.state.booths[1]!.rating, undefined);
});

test('a booth not listed in rating.booths opens no window', () => {
  const office = new Office(officeConfig(), morning);
  office.open(4);
  office.issue('documents');
  office.callNext(4);
  const d = office.do({ type: 'finish', booth: 4, result: 'accepted' });
  assert.is(ratingEvents(d.events).length, 0);
});

test('one touch rates the visit; a reason may follow once; a second score is refused', () => {
  const { office, ticket } = afterVisit();
  const scored = office.do({ type: 'rate', booth: 1, score: 5 }, screenOf(1));
  const [rated] = ratingEvents(scored.events);
  assert.is(rated?.action, 'rated');
  assert.is(rated!.rating.score, 5);
  assert.is(rated!.rating.ticketId, ticket.id);
  const again = office.try({ type: 'rate', booth: 1, score: 1 }, screenOf(1));
  assert.is(!again.ok && again.error.code, 'RATING_GIVEN');
  const reasoned = office.do({ type: 'rate', booth: 1, reason: 'quick' }, screenOf(1));
  assert.equal([ratingEvents(reasoned.events)[0]!.rating.score, ratingEvents(reasoned.events)[0]!.rating.reason], [5, 'quick']);
  const second = office.try({ type: 'rate', booth: 1, reason: 'polite' }, screenOf(1));
  assert.is(!second.ok && second.error.code, 'RATING_GIVEN');
});

test('a reason before any score, or one the office does not list, is refused', () => {
  const { office } = afterVisit();
  const early = office.try({ type: 'rate', booth: 1, reason: 'quick' }, screenOf(1));
  assert.is(!early.ok && early.error.code, 'BAD_REQUEST');
  office.do({ type: 'rate', booth: 1, score: 2 }, screenOf(1));
  const unknown = office.try({ type: 'rate', booth: 1, reason: 'rude-words' }, screenOf(1));
  assert.is(!unknown.ok && unknown.error.code, 'RATING_REASON_NOT_FOUND');
  // A reason of the other side of the scale is not offered after this score, and not accepted either.
  const praise = office.try({ type: 'rate', booth: 1, reason: 'quick' }, screenOf(1));
  assert.is(!praise.ok && praise.error.code, 'RATING_REASON_NOT_FOUND', 'a 2 does not carry "resolved quickly"');
  assert.is(office.do({ type: 'rate', booth: 1, reason: 'waited-long' }, screenOf(1)).state.booths[1]!.rating!.reason, 'waited-long');
});

test('a 5 cannot carry "waited long": only the reasons the screen offers after the score are accepted', () => {
  const { office } = afterVisit();
  office.do({ type: 'rate', booth: 1, score: 5 }, screenOf(1));
  const low = office.try({ type: 'rate', booth: 1, reason: 'waited-long' }, screenOf(1));
  assert.is(!low.ok && low.error.code, 'RATING_REASON_NOT_FOUND');
});

test("the specialist's own panel cannot rate, nor another booth's screen", () => {
  const { office } = afterVisit();
  for (const actor of [{ role: 'operator', staffId: 'ivanova', booth: 1 }, { role: 'supervisor', staffId: 'head' }, screenOf(2)] as Actor[]) {
    const d = office.try({ type: 'rate', booth: 1, score: 5 }, actor);
    assert.is(!d.ok && d.error.code, 'ROLE_FORBIDDEN', actor.role);
  }
  assert.is(office.state.booths[1]!.rating!.score, null);
});

test('the window takes nothing once its time has passed, and the timeout closes it quietly in the log', () => {
  const { office, ticket } = afterVisit();
  office.advance(1);
  const late = office.try({ type: 'rate', booth: 1, score: 4 }, screenOf(1));
  assert.is(!late.ok && late.error.code, 'RATING_CLOSED');
  const closed = office.do({ type: 'closeRating', booth: 1, ticketId: ticket.id });
  const [event] = ratingEvents(closed.events);
  assert.equal([event?.action, event?.closed, event?.rating.score], ['closed', 'timeout', null]);
  assert.is(office.state.booths[1]!.rating, null);
});

test('closing a window before its time does nothing', () => {
  const { office, ticket } = afterVisit();
  const d = office.do({ type: 'closeRating', booth: 1, ticketId: ticket.id });
  assert.is(d.events.length, 0);
  assert.ok(office.state.booths[1]!.rating);
});

test('calling the next citizen closes the last visit’s window; the new visit cannot be rated before it ends', () => {
  const { office } = afterVisit();
  office.issue('certificates');
  const call = office.do({ type: 'callNext', booth: 1 });
  const [event] = ratingEvents(call.events);
  assert.equal([event?.action, event?.closed], ['closed', 'call']);
  const d = office.try({ type: 'rate', booth: 1, score: 5 }, screenOf(1));
  assert.is(!d.ok && d.error.code, 'RATING_CLOSED');
});

test('the specialist signing out after the last visit leaves the window open; the day’s end closes it', () => {
  const { office } = afterVisit();
  office.do({ type: 'closeBooth', booth: 1 });
  office.do({ type: 'rate', booth: 1, score: 3 }, screenOf(1));
  const ended = office.do({ type: 'closeDay' });
  assert.equal(ratingEvents(ended.events).map((e) => [e.action, e.closed, e.rating.score]), [['closed', 'day-ended', 3]]);
});

test('a score outside 1–5 is refused', () => {
  const { office } = afterVisit();
  for (const score of [0, 6, 2.5]) {
    const d = office.try({ type: 'rate', booth: 1, score }, screenOf(1));
    assert.is(!d.ok && d.error.code, 'BAD_REQUEST', String(score));
  }
});

test.run();
