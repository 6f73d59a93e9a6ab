// Device figures for `npm run bench`:
//   call → the whole announcement handed to the player, with the spoken pieces cached and uncached;
//   kiosk tap → last ticket byte at a network printer (a TCP peer on 127.0.0.1), through the real daemon.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Announcer, FilePlayer, PieceCache, chooseEngine } from '../hardware/src/index.ts';
import { FakePrinter } from '../test/helpers/fake-printer.ts';
import { spawnDaemon, stop } from '../test/helpers/process.ts';
import { ms, percentile, row, verdict } from './stats.ts';
import { benchConfig } from './peers.ts';

const CALLS = Number(process.env.BENCH_VOICE_CALLS ?? 30);
const COLD = Number(process.env.BENCH_VOICE_COLD ?? 5);
const TAPS = Number(process.env.BENCH_TAPS ?? 100);

async function voice() {
  const dir = await mkdtemp(join(tmpdir(), 'queue-bench-voice-'));
  const choice = await chooseEngine('festival', 'ru');
  if (!choice.engine) throw new Error(`no speech engine: ${choice.detail}`);
  const player = new FilePlayer(join(dir, 'out'));
  const warmCache = new PieceCache(choice.engine, join(dir, 'cache'));
  const warm = new Announcer({ language: 'ru', volume: 1, repeat: 1, choice, cache: warmCache, player });
  await warm.warm(['С', 'Д', 'К'], [1, 2, 3, 4]);
  const cached: number[] = [];
  for (let i = 0; i < CALLS; i++) cached.push((await warm.announce(`Д${100 + ((i * 37) % 900)}`, 1 + (i % 4))).handoffMs);
  const cold: number[] = [];
  for (let i = 0; i < COLD; i++) {
    const fresh = new Announcer({ language: 'ru', volume: 1, repeat: 1, choice, cache: new PieceCache(choice.engine, null), player });
    cold.push((await fresh.announce(`К${200 + i}`, 3)).handoffMs);
  }
  await rm(dir, { recursive: true, force: true });
  return { engine: choice.engine.name, cached, cold };
}

async function tapToPaper() {
  const dir = await mkdtemp(join(tmpdir(), 'queue-bench-print-'));
  const peer = await new FakePrinter().listen();
  const config = await benchConfig(dir, (c) => {
    c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: peer.port };
    c.hardware.voice.enabled = false;
  });
  const d = await spawnDaemon(['--config', config, '--data', join(dir, 'data')]);
  const ws = new WebSocket(d.ws);
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ id: 'h', type: 'hello', protocol: 1, role: 'kiosk' }));
  await new Promise((r) => ws.once('message', r));
  const samples: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      peer.onJob = () => resolve();
      ws.send(JSON.stringify({ id: i, type: 'issue', directionId: 'documents' }));
    });
    samples.push(performance.now() - t0);
  }
  ws.terminate();
  await stop(d.child);
  await peer.close();
  await rm(dir, { recursive: true, force: true });
  return samples;
}

export async function hardwareFigures() {
  console.log(`\nhardware — ${CALLS} cached and ${COLD} uncached announcements, ${TAPS} kiosk taps`);
  const v = await voice();
  row(`call → sound handed to the player, cached (${v.engine}) p50 / p99`, `${ms(percentile(v.cached, 50))} / ${ms(percentile(v.cached, 99))}`, verdict(percentile(v.cached, 99) <= 300) + ' (target ≤ 300 ms)');
  row(`  uncached: synthesized at the call, p50 / p99`, `${ms(percentile(v.cold, 50))} / ${ms(percentile(v.cold, 99))}`, 'why the pieces are cached');
  const taps = await tapToPaper();
  row('kiosk tap → last ticket byte at the printer, p50 / p99', `${ms(percentile(taps, 50))} / ${ms(percentile(taps, 99))}`, verdict(percentile(taps, 99) <= 50) + ' (target ≤ 50 ms)');
}

if (import.meta.url === `file://${process.argv[1]}`) await hardwareFigures();
