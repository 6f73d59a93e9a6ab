// A power cut at any moment loses nothing that was acknowledged: the real daemon is killed with SIGKILL
// in the middle of a burst of kiosk taps, restarted on the same SQLite file, and checked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RawPeer, until } from '../helpers/daemon.ts';
import { kill9, runDaemon, spawnDaemon, stop } from '../helpers/process.ts';
import { demoConfig } from '../../queue-core/src/config/demo.ts';

const DIRECTIONS = ['documents', 'certificates', 'consultation'];

async function kiosk(ws: string): Promise<RawPeer> {
  const peer = await RawPeer.open(ws);
  peer.send({ id: 'hello', type: 'hello', protocol: 1, role: 'kiosk' });
  await peer.answer('hello');
  return peer;
}

/** Each kiosk taps as fast as it is answered; returns the acknowledged tickets as they come. */
function burst(peers: RawPeer[], acked: Map<string, string>) {
  let n = 0;
  for (const [k, peer] of peers.entries()) {
    const tap = () => {
      const id = `t${k}-${n++}`;
      const directionId = DIRECTIONS[n % DIRECTIONS.length]!;
      try {
        peer.send({ id, type: 'issue', directionId });
      } catch {
        return;
      }
      peer.answer(id, 20_000).then((m) => {
        if (m.type === 'result') {
          const t = (m.data as any).ticket;
          acked.set(t.id, t.label);
          tap();
        }
      }, () => {});
    };
    tap();
  }
}

test('kill -9 during a burst of issues loses no acknowledged ticket and never repeats a number', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'queue-kill-'));
  const acked = new Map<string, string>();
  // The burst is a load, not a line of people: the kiosks' issuing limit is lifted for it.
  const config = join(dataDir, 'office.json');
  await writeFile(config, JSON.stringify({ ...demoConfig, server: { ...demoConfig.server, kioskIssuing: { burst: 1000, everySeconds: 0.001, allKiosks: { burst: 10000, everySeconds: 0.001 } } } }));
  try {
    for (let round = 0; round < 3; round++) {
      const daemon = await spawnDaemon(['--data', dataDir, '--config', config]);
      const peers = await Promise.all([1, 2, 3, 4].map(() => kiosk(daemon.ws)));
      const before = acked.size;
      burst(peers, acked);
      // Kill at a different point each round, while requests are in flight.
      await until(() => acked.size >= before + 40 + round * 37, 30_000, () => 'acknowledged tickets');
      await kill9(daemon.child);
      for (const p of peers) p.ws.terminate();

      const again = await spawnDaemon(['--data', dataDir, '--config', config]);
      const hall = await RawPeer.open(again.ws);
      hall.send({ id: 1, type: 'hello', protocol: 1, role: 'display' });
      await hall.answer(1);
      const snap = await until(() => hall.messages.find((m) => m.type === 'snapshot'));
      const tickets = snap.type === 'snapshot' ? snap.snapshot.tickets : [];
      const have = new Map(tickets.map((t) => [t.id, t.label]));
      for (const [id, label] of acked) assert.is(have.get(id), label, `acknowledged ticket ${label} survived round ${round}`);
      for (const dir of DIRECTIONS) {
        const numbers = tickets.filter((t) => t.id.split('/')[1] === dir).map((t) => Number(t.id.split('/')[2])).sort((a, b) => a - b);
        assert.equal(numbers, numbers.map((_, i) => 100 + i), `${dir}: numbers run from 100 without gaps or repeats`);
      }
      // The next ticket continues after the highest number ever stored.
      const k = await kiosk(again.ws);
      k.send({ id: 'next', type: 'issue', directionId: 'documents' });
      const next = (await k.answer('next')) as any;
      const docs = tickets.filter((t) => t.id.split('/')[1] === 'documents').length;
      assert.is(next.data.ticket.number ?? Number(next.data.ticket.id.split('/')[2]), 100 + docs);
      acked.set(next.data.ticket.id, next.data.ticket.label);
      k.close();
      hall.close();
      await stop(again.child);
    }
    assert.ok(acked.size > 150, `a real burst: ${acked.size} tickets acknowledged`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a bad config file stops the daemon with the field named and no stack trace', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-cfg-'));
  const file = join(dir, 'office.json');
  await writeFile(file, JSON.stringify({
    office: { name: 'Филиал', address: 'ул. Ленина, 1', timezone: 'Asia/Irkutsk' },
    directions: [{ id: 'documents', prefix: 'Д', name: { ru: 'Документы' } }, { id: 'certificates', prefix: '', name: { ru: 'Справки' } }],
    booths: [{ number: 1, directions: ['documents'] }],
  }));
  const r = await runDaemon(['--config', file, '--data', join(dir, 'data')]);
  assert.is(r.code, 2);
  assert.match(r.output, 'directions[1].prefix: expected 1–2 letters, got ""');
  assert.not.match(r.output, /\bat .*\.js:\d+/);
  await rm(dir, { recursive: true, force: true });
});

test('a damaged database file stops the daemon with a clear message', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-bad-db-'));
  await writeFile(join(dir, 'queue.sqlite'), Buffer.alloc(8192, 0x5a));
  const r = await runDaemon(['--data', dir]);
  assert.is(r.code, 1);
  assert.match(r.output, /The database cannot be used — .*queue.sqlite: .*restore the latest copy from the backups folder/);
  assert.not.match(r.output, /\bat .*\.js:\d+/);
  await rm(dir, { recursive: true, force: true });
});

test.run();
