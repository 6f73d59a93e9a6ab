import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { slotsOn } from '../../queue-core/src/domain/index.ts';
import { Office, at, officeConfig } from '../helpers/office.ts';

const book = (office: Office, hhmm: string, day = '2026-11-25') =>
  office.try({ type: 'book', directionId: 'documents', at: at(day, hhmm), citizenName: 'Доржиев Баир', phone: '+7 914 000-00-00' });

test('the consultant books a free slot and gets a nine-digit code for the citizen', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '10:00'));
  const d = book(office, '09:10');
  assert.ok(d.ok && d.reply.kind === 'booking');
  const booking = d.ok && d.reply.kind === 'booking' ? d.reply.booking : null;
  assert.match(booking!.code, /^[1-9]\d{8}$/);
  assert.is(booking!.day, '2026-11-25');
  assert.is(booking!.state, 'booked');
});

test('a slot holds as many citizens as configured', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '10:00'));
  assert.ok(book(office, '09:10').ok);
  const d = book(office, '09:10');
  assert.is(!d.ok && d.error.code, 'SLOT_TAKEN');
  const two = new Office(officeConfig((c) => { c.booking = { perSlot: 2 }; }), at('2026-11-24', '10:00'));
  assert.ok(book(two, '09:10').ok && book(two, '09:10').ok);
});

test('bookings outside office hours, off the slot grid, or in the past are refused', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '10:00'));
  assert.is((book(office, '07:50') as any).error.code, 'SLOT_OUTSIDE_HOURS');
  assert.is((book(office, '09:15') as any).error.code, 'SLOT_OUTSIDE_HOURS');
  assert.is((book(office, '09:10', '2026-11-29') as any).error.code, 'SLOT_OUTSIDE_HOURS', 'Sunday');
  assert.is((book(office, '09:10', '2026-11-20') as any).error.code, 'BAD_TIME');
});

test('free slots list what is left of a day', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '10:00'));
  book(office, '08:30');
  const slots = slotsOn(office.state, office.config, 'documents', '2026-11-25', office.now);
  assert.is(slots.length, 27, '08:30–17:30 in 20-minute slots');
  assert.is(slots[0]!.free, 0);
  assert.is(slots[1]!.free, 1);
  assert.is(slotsOn(office.state, office.config, 'documents', '2026-11-28', office.now).length, 9, 'the fourth Saturday, 09:00–12:00');
});

test('a booking can be moved and cancelled, and a cancelled slot is free again', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '10:00'));
  const d = book(office, '09:10');
  const id = d.ok && d.reply.kind === 'booking' ? d.reply.booking.id : '';
  assert.ok(office.try({ type: 'moveBooking', bookingId: id, at: at('2026-11-25', '11:10') }).ok);
  assert.ok(book(office, '09:10').ok, 'the old slot is free');
  assert.ok(office.try({ type: 'cancelBooking', bookingId: id }).ok);
  assert.ok(book(office, '11:10').ok);
  const again = office.try({ type: 'cancelBooking', bookingId: id });
  assert.is(!again.ok && again.error.code, 'BOOKING_STATE');
});

test('check-in with the code issues a ticket tied to the booking, within the allowed window', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '08:35'));
  const d = book(office, '10:10', '2026-11-24');
  const booking = d.ok && d.reply.kind === 'booking' ? d.reply.booking : null;
  office.now = at('2026-11-24', '09:00');
  const early = office.try({ type: 'checkIn', code: booking!.code });
  assert.is(!early.ok && early.error.code, 'CHECK_IN_TOO_EARLY');
  office.now = at('2026-11-24', '09:55');
  const ok = office.do({ type: 'checkIn', code: booking!.code });
  assert.ok(ok.reply.kind === 'issued' && ok.reply.ticket.bookingId === booking!.id && ok.reply.ticket.source === 'booking');
  assert.is(office.state.bookings[booking!.id]!.state, 'checked-in');
  const twice = office.try({ type: 'checkIn', code: booking!.code });
  assert.is(!twice.ok && twice.error.code, 'BOOKING_CHECKED_IN', 'one booking, one ticket');
  assert.equal(!twice.ok && twice.error.details, { ticketLabel: ok.reply.kind === 'issued' ? ok.reply.ticket.label : null }, 'and the refusal names that ticket');
});

test('a booked citizen gets a ticket even when walk-in issuing has stopped for the day', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '08:35'));
  const d = book(office, '17:10', '2026-11-24');
  const code = d.ok && d.reply.kind === 'booking' ? d.reply.booking.code : '';
  office.now = at('2026-11-24', '17:20');
  assert.is((office.try({ type: 'issue', directionId: 'documents' }) as any).error.code, 'ISSUING_STOPPED');
  assert.ok(office.try({ type: 'checkIn', code }).ok);
});

test('a late citizen cannot check in with a code long past its time', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '08:35'));
  const d = book(office, '09:10', '2026-11-24');
  const code = d.ok && d.reply.kind === 'booking' ? d.reply.booking.code : '';
  office.now = at('2026-11-24', '09:41');
  assert.is((office.try({ type: 'checkIn', code }) as any).error.code, 'CHECK_IN_TOO_LATE');
});

test.run();
