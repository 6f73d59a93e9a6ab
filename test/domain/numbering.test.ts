import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Office, at, officeConfig } from '../helpers/office.ts';

test('tickets of each direction are numbered from 100 with the direction\'s letter', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  assert.is(office.issue('documents').ticket.label, 'Д100');
  assert.is(office.issue('documents').ticket.label, 'Д101');
  assert.is(office.issue('certificates').ticket.label, 'С100');
  assert.is(office.issue('documents').ticket.label, 'Д102');
});

test('a number is never given twice in a day, even after its ticket is served', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  office.open(1);
  office.issue('documents');
  office.callNext(1);
  office.do({ type: 'finish', booth: 1, result: 'accepted' });
  assert.is(office.issue('documents').ticket.label, 'Д101');
});

test('numbering starts again from 100 on the next office day and yesterday\'s unserved tickets are closed', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '16:00'));
  office.open(1);
  const left = office.issue('documents').ticket;
  office.issue('documents');
  office.callNext(1);
  office.now = at('2026-11-25', '08:45');
  const d = office.do({ type: 'issue', directionId: 'documents' });
  assert.is(d.ok && d.reply.kind === 'issued' && d.reply.ticket.label, 'Д100');
  assert.is(office.state.day, '2026-11-25');
  const closed = d.ok ? d.events.filter((e) => e.type === 'ticket' && e.action === 'closed').map((e) => e.type === 'ticket' && e.ticket.label) : [];
  assert.equal(closed.sort(), ['Д100', 'Д101']);
  assert.ok(d.ok && d.events.some((e) => e.type === 'day' && e.day === '2026-11-25'));
  assert.is(office.state.booths[1]!.status, 'closed', 'booths close with the day');
  assert.not.ok(office.state.tickets.get(left.id), 'yesterday\'s tickets leave today\'s state');
});

test('the office day follows the office\'s time zone, not UTC', () => {
  // 00:30 in Irkutsk is still the previous day in UTC.
  const office = new Office(officeConfig((c) => { c.schedule!.alwaysOpen = true; }), at('2026-11-25', '00:30'));
  assert.is(office.state.day, '2026-11-25');
});

test('a direction\'s first number is configurable', () => {
  const office = new Office(officeConfig((c) => { c.directions[0]!.firstNumber = 1; }), at('2026-11-24', '09:00'));
  assert.is(office.issue('certificates').ticket.label, 'С1');
});

test('an unknown direction or priority is refused with a code', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  const a = office.try({ type: 'issue', directionId: 'pensions' });
  assert.is(!a.ok && a.error.code, 'DIRECTION_NOT_FOUND');
  const b = office.try({ type: 'issue', directionId: 'documents', priority: 'general' });
  assert.is(!b.ok && b.error.code, 'PRIORITY_NOT_FOUND');
  assert.equal(office.state.lastNumber, {}, 'a refusal uses no number');
});

test.run();
