// The line a booth's panel lists is the order "call next" follows: the same function decides both.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hoursToday, lineOf, placeInLine, routingRules, spanText } from '../../queue-core/src/domain/index.ts';
import { Office, TZ, at, officeConfig } from '../helpers/office.ts';

const morning = at('2026-11-24', '09:00');

/** The booth's line as the panel lists it. */
function listed(office: Office, booth: number) {
  const state = office.state;
  return lineOf([...state.tickets.values()], (id) => state.bookings[id]?.at, routingRules(office.config), state.booths[booth]!, office.now);
}

/** The labels successive "call next" at the booth would call, on a copy of the office, served one by one. */
function calls(office: Office, booth: number): string[] {
  const copy = new Office(office.config, office.now);
  copy.state = office.state; // states are immutable: decide never changes the one it is given
  if (copy.state.booths[booth]!.ticketId) copy.do({ type: 'finish', booth, result: 'accepted' });
  const out: string[] = [];
  for (;;) {
    const d = copy.try({ type: 'callNext', booth });
    if (!d.ok) break;
    out.push(d.reply.kind === 'ticket' ? d.reply.ticket.label : '?');
    copy.do({ type: 'finish', booth, result: 'accepted' });
  }
  return out;
}

test('after a transfer that gives up its place, the list reads as the calls go: Д102 Д101 С100 Д100', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents'); // Д100 09:00
  office.advance(1);
  office.issue('documents'); // Д101 09:01
  office.advance(1);
  office.issue('certificates'); // С100 09:02
  office.advance(1);
  assert.is(office.callNext(1), 'Д100');
  office.advance(1);
  office.do({ type: 'transfer', booth: 1, toDirection: 'documents', keepPlace: false });
  office.advance(1);
  office.issue('documents', 'veteran'); // Д102 09:05
  const line = listed(office, 1);
  assert.equal(line.map((p) => p.ticket.label), ['Д102', 'Д101', 'С100', 'Д100']);
  assert.equal(line.map((p) => p.ticket.label), calls(office, 1));
  assert.equal(line.map((p) => p.reason), ['priority', 'wait', 'wait', 'wait']);
  assert.is(line[3]!.since, at('2026-11-24', '09:04'), 'Д100 stands in line since its transfer');
});

test('a ticket transferred with its place is listed where it is called, as "kept place"', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents'); // Д100 09:00
  office.advance(5);
  office.issue('certificates'); // С100 09:05
  office.callNext(1);
  office.do({ type: 'transfer', booth: 1, toDirection: 'certificates' });
  const line = listed(office, 1);
  assert.equal(line.map((p) => p.ticket.label), ['Д100', 'С100']);
  assert.equal(line.map((p) => p.ticket.label), calls(office, 1));
  assert.equal(line.map((p) => p.reason), ['kept-place', 'wait']);
});

test('a due booked ticket is listed first, as it is called first', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '08:40'));
  const booked = office.do({ type: 'book', directionId: 'documents', at: at('2026-11-24', '09:50'), citizenName: 'Иванов Иван', phone: '8914' });
  const code = booked.reply.kind === 'booking' ? booked.reply.booking.code : '';
  office.now = at('2026-11-24', '09:30');
  office.issue('documents'); // Д100
  office.issue('documents', 'disabled'); // Д101
  office.now = at('2026-11-24', '09:40');
  office.do({ type: 'checkIn', code }); // Д102, not due until 09:45
  office.open(1);
  assert.equal(listed(office, 1).map((p) => p.ticket.label), ['Д101', 'Д100', 'Д102']);
  assert.equal(listed(office, 1).map((p) => p.ticket.label), calls(office, 1));
  office.now = at('2026-11-24', '09:46');
  const line = listed(office, 1);
  assert.equal(line.map((p) => p.ticket.label), ['Д102', 'Д101', 'Д100']);
  assert.equal(line.map((p) => p.ticket.label), calls(office, 1));
  assert.equal(line.map((p) => p.reason), ['booked', 'priority', 'wait']);
  assert.is(line[0]!.bookedAt, at('2026-11-24', '09:50'));
});

test('with priority first in the routing order, the reasons follow that order', () => {
  const office = new Office(officeConfig((c) => { c.routing = { order: ['priority', 'booked', 'wait'] }; }), at('2026-11-24', '08:40'));
  const booked = office.do({ type: 'book', directionId: 'documents', at: at('2026-11-24', '09:10'), citizenName: 'Петров Пётр', phone: '8914' });
  const code = booked.reply.kind === 'booking' ? booked.reply.booking.code : '';
  office.now = at('2026-11-24', '09:08');
  office.do({ type: 'checkIn', code });
  office.advance(1);
  office.issue('documents', 'veteran');
  office.issue('certificates');
  office.open(1);
  const line = listed(office, 1);
  assert.equal(line.map((p) => p.ticket.label), ['Д101', 'Д100', 'С100']);
  assert.equal(line.map((p) => p.ticket.label), calls(office, 1));
  assert.equal(line.map((p) => p.reason), ['priority', 'booked', 'wait']);
});

test('a veteran has nobody ahead on issue, and the same count reads back later', () => {
  const office = new Office(officeConfig(), morning);
  office.issue('documents');
  office.issue('documents');
  office.advance(3);
  const issued = office.issue('documents', 'veteran');
  assert.is(issued.ahead, 0);
  office.advance(2);
  assert.equal(placeInLine(office.state, office.config, office.state.tickets.get(issued.ticket.id)!, office.now), { ahead: 0, waitMinutes: 0 });
  const plain = office.issue('documents');
  assert.is(plain.ahead, 3);
  assert.is(placeInLine(office.state, office.config, office.state.tickets.get(plain.ticket.id)!, office.now).ahead, 3);
});

test("today's hours: a holiday says so, a working Saturday has its hours, round the clock is round the clock", () => {
  const schedule = officeConfig((c) => { c.schedule!.holidays = ['2026-11-24']; }).schedule;
  const holiday = hoursToday(schedule, TZ, at('2026-11-24', '10:00'));
  assert.equal({ holiday: holiday.holiday, spans: holiday.spans }, { holiday: true, spans: [] });
  const saturday = hoursToday(schedule, TZ, at('2026-11-28', '07:00'));
  assert.equal(saturday.spans.map(spanText), ['09:00–12:00']);
  assert.is(saturday.holiday, false);
  assert.equal(hoursToday(schedule, TZ, at('2026-11-21', '07:00')).spans, [], 'the third Saturday is closed');
  assert.is(hoursToday({ ...schedule, alwaysOpen: true }, TZ, at('2026-11-24', '10:00')).alwaysOpen, true);
});

test.run();
