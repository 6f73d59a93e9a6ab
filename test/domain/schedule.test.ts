import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hoursOn, scheduleStatus, weekOfMonth } from '../../queue-core/src/domain/index.ts';
import { Office, TZ, at, officeConfig } from '../helpers/office.ts';

const schedule = officeConfig().schedule;

test('weekdays 08:30–17:30, Sundays closed', () => {
  assert.equal(hoursOn(schedule, '2026-11-24'), [{ from: 510, to: 1050 }]); // Tuesday
  assert.equal(hoursOn(schedule, '2026-11-29'), []); // Sunday
});

test('only the second and fourth Saturday of the month are working, 09:00–12:00', () => {
  // November 2026: Saturdays are the 7th, 14th, 21st and 28th.
  assert.equal(weekOfMonth(14), 2);
  assert.equal(hoursOn(schedule, '2026-11-07'), []);
  assert.equal(hoursOn(schedule, '2026-11-14'), [{ from: 540, to: 720 }]);
  assert.equal(hoursOn(schedule, '2026-11-21'), []);
  assert.equal(hoursOn(schedule, '2026-11-28'), [{ from: 540, to: 720 }]);
  // A month that starts on a Saturday: 1st is the first, 8th the second, 22nd the fourth.
  assert.equal(hoursOn(schedule, '2027-05-08'), [{ from: 540, to: 720 }]);
  assert.equal(hoursOn(schedule, '2027-05-15'), []);
  assert.equal(hoursOn(schedule, '2027-05-22'), [{ from: 540, to: 720 }]);
});

test('holidays are closed', () => {
  assert.equal(hoursOn(schedule, '2027-01-01'), []);
});

test('the status tells when the office closes, or when it opens next', () => {
  const open = scheduleStatus(schedule, TZ, at('2026-11-24', '10:00'));
  assert.is(open.open, true);
  assert.is(open.closesAt, at('2026-11-24', '17:30'));
  const night = scheduleStatus(schedule, TZ, at('2026-11-24', '18:00'));
  assert.is(night.open, false);
  assert.is(night.opensAt, at('2026-11-25', '08:30'));
  // Friday evening → the next opening is the fourth Saturday morning.
  const friday = scheduleStatus(schedule, TZ, at('2026-11-27', '17:45'));
  assert.is(friday.opensAt, at('2026-11-28', '09:00'));
  // Saturday the 21st (third) → Monday.
  const third = scheduleStatus(schedule, TZ, at('2026-11-21', '10:00'));
  assert.is(third.open, false);
  assert.is(third.opensAt, at('2026-11-23', '08:30'));
});

test('the kiosk refuses a ticket when the office is closed, and says when it opens', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '07:50'));
  const d = office.try({ type: 'issue', directionId: 'documents' });
  assert.is(!d.ok && d.error.code, 'OFFICE_CLOSED');
  assert.is(!d.ok && d.error.details?.opensAt, at('2026-11-24', '08:30'));
});

test('issuing stops the configured time before closing', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '17:14'));
  assert.ok(office.try({ type: 'issue', directionId: 'certificates' }).ok);
  office.now = at('2026-11-24', '17:15');
  const d = office.try({ type: 'issue', directionId: 'certificates' });
  assert.is(!d.ok && d.error.code, 'ISSUING_STOPPED');
});

test('issuing stops when the estimated wait no longer fits before closing', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '16:30'));
  office.open(1);
  // Documents take 20 minutes each with one booth on duty: with three ahead the wait reaches closing time.
  office.issue('documents');
  office.issue('documents');
  const d = office.try({ type: 'issue', directionId: 'documents' });
  assert.ok(d.ok, 'two ahead: 40 minutes, served from 17:10, before closing at 17:30');
  const e = office.try({ type: 'issue', directionId: 'documents' });
  assert.is(!e.ok && e.error.code, 'WAIT_EXCEEDS_CLOSING');
  assert.is(!e.ok && e.error.details?.waitMinutes, 60);
  assert.ok(office.try({ type: 'issue', directionId: 'certificates' }).ok, 'a shorter direction still issues');
});

test('a round-the-clock office always issues', () => {
  const office = new Office(officeConfig((c) => { c.schedule!.alwaysOpen = true; }), at('2026-11-29', '03:00'));
  assert.ok(office.try({ type: 'issue', directionId: 'documents' }).ok);
});

test.run();
