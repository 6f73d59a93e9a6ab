// The waiting-time norm, pure: whose wait nears or passes it, and the likely cause, worked out from the
// booths serving the direction (at lunch, on a break, closed), overlapping lunches and chains of no-shows.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { newBreaches, normCause, normCauseText, ticketWait } from '../../queue-core/src/domain/index.ts';
import { Office, at, officeConfig } from '../helpers/office.ts';

const DAY = '2026-11-24';
/** The demo office with two booths serving documents (3 and 4 serve other directions only). */
const twoBooths = () => officeConfig((c) => {
  c.booths = [{ number: 1, directions: ['documents'] }, { number: 2, directions: ['documents', 'certificates'] }, { number: 3, directions: ['certificates'] }, { number: 4, directions: ['consultation'] }];
});
const lunch = (office: Office, booth: number, until = '10:00') => office.do({ type: 'breakStart', booth, kind: 'lunch', until: at(DAY, until) });

test('both booths serving the direction at lunch: "все кабины на обеде", in each office language', () => {
  const office = new Office(twoBooths(), at(DAY, '09:00'));
  office.open(1);
  office.open(2);
  lunch(office, 1);
  lunch(office, 2);
  const cause = normCause(office.state, 'documents', office.now);
  assert.equal(cause, { kind: 'all-lunch', booths: [1, 2], count: 0 });
  assert.is(normCauseText(cause, 'ru'), 'все кабины на обеде (1, 2)');
  assert.is(normCauseText(cause, 'uk'), 'усі кабіни на обіді (1, 2)');
  assert.is(normCauseText(cause, 'en'), 'all booths are at lunch (1, 2)');
});

test('one at lunch and one on a technical break: all on a break; none open at all: no booth', () => {
  const office = new Office(twoBooths(), at(DAY, '09:00'));
  assert.equal(normCause(office.state, 'documents', office.now), { kind: 'no-booth', booths: [], count: 0 });
  office.open(1);
  office.open(2);
  lunch(office, 1);
  office.do({ type: 'breakStart', booth: 2, kind: 'technical', until: at(DAY, '09:30') });
  const cause = normCause(office.state, 'documents', office.now);
  assert.equal(cause, { kind: 'all-break', booths: [1, 2], count: 0 });
  assert.is(normCauseText(cause, 'ru'), 'все кабины на перерыве (1, 2)');
});

test('two of four booths at lunch at once: the lunches overlap; one booth on a break; everyone at work: busy', () => {
  const office = new Office(officeConfig(), at(DAY, '09:00'));
  for (const b of [1, 2, 3, 4]) office.open(b);
  assert.equal(normCause(office.state, 'documents', office.now).kind, 'busy');
  assert.is(normCauseText(normCause(office.state, 'documents', office.now), 'uk'), 'усі кабіни зайняті прийомом');
  office.do({ type: 'breakStart', booth: 3, kind: 'technical', until: at(DAY, '09:30') });
  assert.equal(normCause(office.state, 'documents', office.now), { kind: 'some-break', booths: [3], count: 0 });
  lunch(office, 1);
  lunch(office, 2);
  const cause = normCause(office.state, 'documents', office.now);
  assert.equal(cause, { kind: 'lunch-overlap', booths: [1, 2], count: 0 }, 'lunches overlapping say more than a technical break');
  assert.is(normCauseText(cause, 'ru'), 'обеды совпали: кабины 1, 2');
  assert.is(normCauseText(cause, 'en'), 'lunches overlap: booths 1, 2');
});

test('three citizens in a row who did not come while the ticket waited: a chain of no-shows', () => {
  const office = new Office(twoBooths(), at(DAY, '09:00'));
  office.open(1);
  for (let i = 0; i < 4; i++) office.issue('documents'); // Д100–Д103
  const waiting = office.issue('documents').ticket; // Д104
  for (let i = 0; i < 3; i++) {
    office.advance(2);
    office.callNext(1);
    office.advance(2);
    office.do({ type: 'noShow', booth: 1 });
  }
  assert.equal(normCause(office.state, 'documents', waiting.issuedAt), { kind: 'no-shows', booths: [], count: 3 });
  assert.is(normCauseText(normCause(office.state, 'documents', waiting.issuedAt), 'ru'), 'неявки подряд: 3');
  office.callNext(1); // Д103 comes
  office.do({ type: 'start', booth: 1 });
  assert.equal(normCause(office.state, 'documents', waiting.issuedAt), { kind: 'no-shows', booths: [], count: 3 }, 'the chain stays the cause of this wait');
  assert.equal(normCause(office.state, 'documents', office.now).kind, 'busy', 'no-shows before a wait began are not its cause');
});

test('a breach: recorded for a ticket that still waits past its norm or was called late, once, with its cause; not for one called in time', () => {
  const office = new Office(twoBooths(), at(DAY, '09:00'));
  office.open(1);
  office.open(2);
  const early = office.issue('documents').ticket; // Д100
  const late = office.issue('documents').ticket; // Д101
  office.advance(15);
  office.callNext(1); // Д100 at exactly 15 min: within the norm
  assert.equal(newBreaches(office.state, office.config, new Set(), office.now), []);
  lunch(office, 2, '11:00');
  office.advance(3);
  const [breach, ...more] = newBreaches(office.state, office.config, new Set(), office.now);
  assert.equal(more, []);
  assert.equal(breach, {
    ticketId: late.id, label: 'Д101', day: DAY, directionId: 'documents', booked: false, normMinutes: 15,
    waitFrom: at(DAY, '09:00'), at: at(DAY, '09:15'), cause: { kind: 'some-break', booths: [2], count: 0 },
  });
  assert.equal(newBreaches(office.state, office.config, new Set([late.id]), office.now), [], 'recorded once');
  office.do({ type: 'finish', booth: 1, result: 'accepted' });
  office.callNext(1);
  assert.equal(newBreaches(office.state, office.config, new Set(), office.now).map((b) => [b.label, b.at]), [['Д101', at(DAY, '09:15')]], 'called late: still a breach, from its deadline');
  assert.ok(early.id !== late.id);
});

test('a booked citizen who came early waits from her booked time, against the 5-minute norm', () => {
  const office = new Office(twoBooths(), at(DAY, '08:40'));
  const booked = office.do({ type: 'book', directionId: 'documents', at: at(DAY, '09:10'), citizenName: 'Иванов Иван', phone: '8914' });
  const code = booked.reply.kind === 'booking' ? booked.reply.booking.code : '';
  office.now = at(DAY, '08:50');
  const checked = office.do({ type: 'checkIn', code });
  const ticket = checked.reply.kind === 'issued' ? checked.reply.ticket : null;
  const wait = ticketWait(ticket!, office.state, office.config);
  assert.equal([wait.from, wait.normMinutes, wait.deadline], [at(DAY, '09:10'), 5, at(DAY, '09:15')]);
  office.now = at(DAY, '09:15');
  assert.equal(newBreaches(office.state, office.config, new Set(), office.now), []);
  office.now = at(DAY, '09:16');
  assert.equal(newBreaches(office.state, office.config, new Set(), office.now).map((b) => [b.label, b.booked, b.normMinutes, b.cause.kind]), [[ticket!.label, true, 5, 'no-booth']]);
});

test.run();
