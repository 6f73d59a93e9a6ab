// Tickets in the SQLite store are inserted when issued and updated when they change, never replaced: a
// ticket issued under an id already taken (as a day that went backwards would issue one) fails the whole
// commit, and the served ticket under that id stays as it was.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueStore, StoreError } from '../../queue-core/src/store/queue-store.ts';
import { QueueService } from '../../queue-core/src/server/queue-service.ts';
import type { QueueEvent, Ticket } from '../../queue-core/src/domain/types.ts';
import { at, officeConfig } from '../helpers/office.ts';

const system = { role: 'system' as const };

test('a second ticket under a taken id is refused and the served one is kept; an unknown ticket cannot be updated', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-store-tickets-'));
  const now = { t: at('2026-11-24', '09:00') };
  const s = await QueueService.start(QueueStore.open(join(dir, 'queue.sqlite')), officeConfig(), { now: () => now.t });
  try {
    await s.execute({ type: 'openBooth', booth: 1, staffId: 'ivanova' }, system);
    const issued = await s.execute({ type: 'issue', directionId: 'documents' }, system);
    assert.ok(issued.ok && issued.reply.kind === 'issued');
    await s.execute({ type: 'callNext', booth: 1 }, system);
    await s.execute({ type: 'finish', booth: 1, result: 'accepted' }, system);
    const served = s.store.ticket('2026-11-24/documents/100')!;
    assert.is(served.state, 'done');

    const impostor: Ticket = { ...served, state: 'waiting', issuedAt: now.t + 60_000, queuedAt: now.t + 60_000, finishedAt: null, result: null, history: [] };
    const again: QueueEvent = { type: 'ticket', action: 'issued', at: now.t + 60_000, ticket: impostor };
    const seq = s.store.lastSeq;
    assert.throws(() => s.store.commit(s.state, s.state, [again]), (e: unknown) => e instanceof StoreError && e.code === 'STORAGE_FAILED');
    assert.equal(s.store.ticket(served.id), served, 'the served ticket is not overwritten');
    assert.is(s.store.lastSeq, seq, 'nothing of the refused commit was written');
    assert.is(s.store.recentEvents(1)[0]!.seq, seq);

    const stranger: QueueEvent = { type: 'ticket', action: 'called', at: now.t, ticket: { ...served, id: '2026-11-24/documents/999', number: 999 } };
    assert.throws(() => s.store.commit(s.state, s.state, [stranger]), (e: unknown) => e instanceof StoreError);
    assert.is(s.store.ticket('2026-11-24/documents/999'), null, 'a change to a ticket never issued does not create one');
  } finally {
    s.store.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
