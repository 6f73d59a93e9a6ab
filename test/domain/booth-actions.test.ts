import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Office, at, officeConfig } from '../helpers/office.ts';
import { issuingRefusal } from '../../queue-core/src/domain/queue.ts';

const morning = at('2026-11-24', '09:00');

test('a ticket goes waiting → called → serving → done, each step timestamped', () => {
  const office = new Office(officeConfig(), morning);
  office.open(2);
  const { ticket } = office.issue('documents');
  office.advance(3);
  office.callNext(2);
  office.advance(1);
  office.do({ type: 'start', booth: 2 });
  office.advance(12);
  office.do({ type: 'finish', booth: 2, result: 'accepted' });
  const t = office.state.tickets.get(ticket.id)!;
  assert.is(t.state, 'done');
  assert.is(t.result, 'accepted');
  assert.is(t.booth, 2);
  assert.is(t.staffId, 'petrova');
  assert.equal(t.history.map((h) => h.action), ['issued', 'called', 'started', 'finished']);
  assert.equal(t.history.map((h) => (h.at - morning) / 60_000), [0, 3, 4, 16]);
  assert.is(office.state.booths[2]!.ticketId, null);
});

test('a recall repeats the call and is counted; a no-show frees the booth', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  const { ticket } = office.issue('consultation');
  office.callNext(1);
  const r1 = office.do({ type: 'recall', booth: 1 });
  office.do({ type: 'recall', booth: 1 });
  assert.ok(r1.events.some((e) => e.type === 'ticket' && e.action === 'recalled'));
  assert.is(office.state.tickets.get(ticket.id)!.recalls, 2);
  office.do({ type: 'noShow', booth: 1 });
  assert.is(office.state.tickets.get(ticket.id)!.state, 'no-show');
  assert.is(office.state.booths[1]!.ticketId, null);
});

test('a booth with a called ticket cannot call another or go on a break', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents');
  office.issue('documents');
  office.callNext(1);
  const a = office.try({ type: 'callNext', booth: 1 });
  assert.is(!a.ok && a.error.code, 'BOOTH_BUSY');
  const b = office.try({ type: 'breakStart', booth: 1, kind: 'lunch', until: office.now + 45 * 60_000 });
  assert.is(!b.ok && b.error.code, 'BOOTH_BUSY');
});

test('actions on an idle or closed booth are refused with a code', () => {
  const office = new Office(officeConfig(), morning);
  office.issue('documents');
  const closed = office.try({ type: 'callNext', booth: 3 });
  assert.is(!closed.ok && closed.error.code, 'BOOTH_CLOSED');
  office.open(3);
  for (const type of ['recall', 'start', 'noShow'] as const) {
    const d = office.try({ type, booth: 3 });
    assert.is(!d.ok && d.error.code, 'BOOTH_IDLE', type);
  }
  const unknown = office.try({ type: 'callNext', booth: 9 });
  assert.is(!unknown.ok && unknown.error.code, 'BOOTH_NOT_FOUND');
});

test('a lunch break stops calls until the operator is back', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '12:00'));
  office.open(1);
  office.issue('documents');
  const until = at('2026-11-24', '12:45');
  office.do({ type: 'breakStart', booth: 1, kind: 'lunch', until });
  assert.is(office.state.booths[1]!.status, 'break');
  assert.is(office.state.booths[1]!.breakUntil, until);
  const d = office.try({ type: 'callNext', booth: 1 });
  assert.is(!d.ok && d.error.code, 'BOOTH_ON_BREAK');
  office.do({ type: 'breakEnd', booth: 1 });
  assert.is(office.callNext(1), 'Д100');
});

test('a break must end in the future', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  const d = office.try({ type: 'breakStart', booth: 1, kind: 'technical', until: morning - 1 });
  assert.is(!d.ok && d.error.code, 'BAD_TIME');
});

test('finishing needs a known result', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  office.issue('documents');
  office.callNext(1);
  const d = office.try({ type: 'finish', booth: 1, result: 'whatever' });
  assert.is(!d.ok && d.error.code, 'RESULT_NOT_FOUND');
});

test('a booth open by one specialist cannot be taken by another; the same one may log in again', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  const d = office.try({ type: 'openBooth', booth: 1, staffId: 'petrova' });
  assert.is(!d.ok && d.error.code, 'BOOTH_TAKEN');
  const again = office.do({ type: 'openBooth', booth: 1, staffId: 'ivanova' });
  assert.is(again.events.length, 0, 'logging in again changes nothing');
});

test('a refused command leaves the state as it was', () => {
  const office = new Office(officeConfig(), morning);
  office.open(1);
  const before = office.state;
  office.try({ type: 'finish', booth: 1, result: 'accepted' });
  assert.is(office.state, before);
});

test('the head of the service ends the day early: unserved tickets close, booths close, no ticket is issued that nobody would serve', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '16:00'));
  office.open(1);
  office.issue('documents');
  office.issue('documents');
  office.callNext(1);
  const d = office.do({ type: 'closeDay' });
  assert.equal(d.events.filter((e) => e.type === 'ticket').map((e) => e.type === 'ticket' && e.ticket.state), ['closed', 'closed']);
  assert.is(office.state.booths[1]!.status, 'closed');
  // No booth can open again today, so a ticket issued now would wait for nothing: the kiosk says so.
  const late = office.try({ type: 'issue', directionId: 'documents' });
  assert.is(!late.ok && late.error.code, 'ISSUING_STOPPED');
  assert.is(office.state.lastNumber.documents, 101, 'nothing was numbered');
  const code = office.try({ type: 'checkIn', code: '123456789' });
  assert.is(!code.ok && code.error.code, 'ISSUING_STOPPED', 'a booking code gets the same answer, whatever the code');
  assert.is(issuingRefusal(office.state, office.config, 'documents', office.now)?.code, 'ISSUING_STOPPED', 'the kiosk\'s buttons are refused too');
  // The next office day issues again, from 100.
  office.advance(17 * 60);
  assert.is(office.issue('documents').ticket.label, 'Д100');
});

test.run();
