// A screen's copy of the office follows the events as the daemon's own snapshot would show it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyEvent } from '../../queue-core/src/protocol/mirror.ts';
import type { PublicTicket, Snapshot, ViewEvent } from '../../queue-core/src/protocol/messages.ts';

const ticket = (state: PublicTicket['state']): PublicTicket => ({
  id: '2026-11-24/documents/100', label: 'Д100', directionId: 'documents', state, booth: 1, targetBooth: null, issuedAt: 1, calledAt: 2, recalls: 0, priority: null,
});
const view = (extra: Partial<Snapshot> = {}) => ({ tickets: [ticket('called')], ...extra }) as unknown as Snapshot;
const finished: ViewEvent = { type: 'ticket', action: 'finished', at: 3, ticket: ticket('done') };

test('a display drops a ticket once it is finished, as its next snapshot would', () => {
  assert.equal(applyEvent(view(), finished).tickets, []);
});

test('a staff screen keeps the finished ticket', () => {
  assert.equal(applyEvent(view({ bookings: [] }), finished).tickets.map((t) => t.state), ['done']);
});

test.run();
