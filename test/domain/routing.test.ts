import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Office, at, officeConfig } from '../helpers/office.ts';

const morning = at('2026-11-24', '09:00');

test('the longest-waiting ticket across the booth\'s directions is called first', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents');
  office.advance(1);
  office.issue('certificates');
  office.advance(1);
  office.issue('documents');
  assert.is(office.callNext(1), 'Д100');
  office.do({ type: 'finish', booth: 1, result: 'accepted' });
  assert.is(office.callNext(1), 'С100');
});

test('a veteran\'s ticket is called before an earlier ordinary one', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents');
  office.advance(2);
  office.issue('documents', 'veteran');
  assert.is(office.callNext(1), 'Д101');
});

test('a booth calls only the directions it serves', () => {
  const office = new Office(officeConfig(), morning);
  office.open(4); // booth 4 serves documents and consultation, not certificates
  office.issue('certificates');
  const d = office.try({ type: 'callNext', booth: 4 });
  assert.is(!d.ok && d.error.code, 'QUEUE_EMPTY');
  office.open(1);
  assert.is(office.callNext(1), 'С100');
});

test('an operator may narrow the directions served at login', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1, ['consultation']);
  office.issue('documents');
  office.advance(1);
  office.issue('consultation');
  assert.is(office.callNext(1), 'К100');
});

test('a booked ticket that is due is called before priority and earlier tickets', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '08:40'));
  // Slots run every 20 minutes from opening at 08:30: 08:30, 08:50, 09:10, 09:30, 09:50, …
  const booked = office.do({ type: 'book', directionId: 'documents', at: at('2026-11-24', '09:50'), citizenName: 'Иванов Иван', phone: '89140000000' });
  const code = booked.ok && booked.reply.kind === 'booking' ? booked.reply.booking.code : '';
  office.now = at('2026-11-24', '09:30');
  office.issue('documents', 'veteran');
  office.now = at('2026-11-24', '09:40');
  office.do({ type: 'checkIn', code });
  office.open(1);
  // 09:40 is before 09:50 minus the 5 minutes of dueBeforeMin: not due yet, the veteran goes first.
  assert.is(office.callNext(1), 'Д100');
  office.do({ type: 'finish', booth: 1, result: 'accepted' });
  office.issue('documents', 'veteran');
  office.now = at('2026-11-24', '09:46');
  assert.is(office.callNext(1), 'Д101', 'the booked ticket is due now');
});

test('the routing order is configuration: with priority first, a veteran beats a due booking', () => {
  const office = new Office(officeConfig((c) => { c.routing = { order: ['priority', 'booked', 'wait'] }; }), at('2026-11-24', '08:40'));
  const booked = office.do({ type: 'book', directionId: 'documents', at: at('2026-11-24', '09:10'), citizenName: 'Петров Пётр', phone: '8914' });
  const code = booked.ok && booked.reply.kind === 'booking' ? booked.reply.booking.code : '';
  office.now = at('2026-11-24', '09:08');
  office.do({ type: 'checkIn', code });
  office.advance(1);
  office.issue('documents', 'veteran');
  office.open(1);
  assert.is(office.callNext(1), 'Д101');
});

test('a transferred ticket keeps its place by issue time in the new direction', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents'); // Д100 at 09:00
  office.advance(5);
  office.issue('certificates'); // С100 at 09:05
  assert.is(office.callNext(1), 'Д100');
  office.do({ type: 'transfer', booth: 1, toDirection: 'certificates' });
  const t = [...office.state.tickets.values()].find((x) => x.label === 'Д100')!;
  assert.is(t.state, 'waiting');
  assert.is(t.directionId, 'certificates');
  assert.is(t.transfers, 1);
  assert.is(t.label, 'Д100', 'the citizen keeps the number on the paper');
  assert.is(office.callNext(1), 'Д100', 'issued at 09:00, ahead of С100 from 09:05');
});

test('a transfer that gives up the place goes to the end of the line', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents');
  office.advance(5);
  office.issue('documents');
  office.callNext(1);
  office.advance(1);
  office.do({ type: 'transfer', booth: 1, toDirection: 'documents', keepPlace: false });
  assert.is(office.callNext(1), 'Д101');
});

test('a ticket transferred to a booth is called only by that booth', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.open(2);
  office.issue('documents');
  office.callNext(1);
  office.do({ type: 'transfer', booth: 1, toBooth: 2 });
  const d = office.try({ type: 'callNext', booth: 1 });
  assert.is(!d.ok && d.error.code, 'QUEUE_EMPTY');
  assert.is(office.callNext(2), 'Д100');
});

test('calling a specific ticket out of order', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents');
  const second = office.issue('documents').ticket;
  const d = office.do({ type: 'callTicket', booth: 1, ticketId: second.id });
  assert.is(d.reply.kind === 'ticket' && d.reply.ticket.label, 'Д101');
  const again = office.try({ type: 'callTicket', booth: 2, ticketId: second.id });
  assert.is(!again.ok && again.error.code, 'BOOTH_CLOSED');
});

test.run();
