// `npm run bench`: the daemon's figures on this machine, printed in one run beside a raw baseline.
//   call → event delivered to 200 display clients (p50/p99), ticket issue round trip (p50/p99),
//   the same two for a plain ws + one better-sqlite3 insert baseline, the daemon's RSS and start-up time;
//   then the big day (big-day.ts), the hardware, the journal (with the annual analysis, annual.ts), outreach visits
//   (outreach.ts), case files (case-files.ts), the management's reception (reception.ts), a day with life
//   situations (life-day.ts) and the bundles.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnDaemon, stop } from '../test/helpers/process.ts';
import { median, ms, percentile, row, verdict } from './stats.ts';
import { ask, benchConfig, peer, rssMb, type Peer } from './peers.ts';

const DISPLAYS = Number(process.env.BENCH_DISPLAYS ?? 200);
const CALLS = Number(process.env.BENCH_CALLS ?? 60);
const ISSUES = Number(process.env.BENCH_ISSUES ?? 300);

async function benchDaemon() {
  const dataDir = await mkdtemp(join(tmpdir(), 'queue-bench-'));
  const readyTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const d = await spawnDaemon(['--data', dataDir]);
    readyTimes.push(d.readyMs);
    await stop(d.child);
  }
  const d = await spawnDaemon(['--data', dataDir, '--config', await benchConfig(dataDir)]);
  const displays: Peer[] = [];
  const callSamples: number[] = [];
  // Nothing else happens during the run, so an update with the awaited action is the one we caused.
  let pending: { action: string; sentAt: number; left: number; done: () => void } | null = null;
  /** Sends a frame and waits until every display has the update it causes. */
  const everywhere = (sender: Peer, frame: object, action: string) =>
    new Promise<void>((resolve) => {
      pending = { action, sentAt: performance.now(), left: DISPLAYS, done: resolve };
      sender.ws.send(JSON.stringify(frame));
    });
  for (let i = 0; i < DISPLAYS; i++) {
    const p = await peer(d.ws, (f) => {
      if (!pending || f.type !== 'update') return;
      if (f.events.some((e: any) => e.event.type === 'ticket' && e.event.action === pending!.action)) {
        if (pending.action === 'called') callSamples.push(performance.now() - pending.sentAt);
        if (--pending.left === 0) pending.done();
      }
    });
    await ask(p, { id: 'h', type: 'hello', protocol: 1, role: 'display' });
    displays.push(p);
  }
  const kiosk = await peer(d.ws);
  await ask(kiosk, { id: 'h', type: 'hello', protocol: 1, role: 'kiosk' });
  const op = await peer(d.ws);
  await ask(op, { id: 'h', type: 'hello', protocol: 1, role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });

  // Each call is measured on a quiet hall: the issue before it has reached every display.
  for (let i = 0; i < CALLS; i++) {
    await everywhere(kiosk, { id: `i${i}`, type: 'issue', directionId: 'consultation' }, 'issued');
    await everywhere(op, { id: `c${i}`, type: 'callNext' }, 'called');
    await everywhere(op, { id: `f${i}`, type: 'finish', result: 'explained' }, 'finished');
  }
  pending = null;
  const issueSamples: number[] = [];
  for (let i = 0; i < ISSUES; i++) {
    const t = performance.now();
    await ask(kiosk, { id: `r${i}`, type: 'issue', directionId: 'documents' });
    issueSamples.push(performance.now() - t);
  }
  const rss = await rssMb(d.child.pid!);
  for (const p of [...displays, kiosk, op]) p.ws.terminate();
  await stop(d.child);
  await rm(dataDir, { recursive: true, force: true });
  return { readyTimes, callSamples, issueSamples, rss };
}

async function benchBaseline() {
  const dir = await mkdtemp(join(tmpdir(), 'queue-baseline-'));
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./baseline-server.ts', import.meta.url).pathname, join(dir, 'b.sqlite')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => child.stdout!.on('data', (d) => {
    const m = /listening (\d+)/.exec(String(d));
    if (m) resolve(Number(m[1]));
  }));
  const url = `ws://127.0.0.1:${port}`;
  const callSamples: number[] = [];
  let pending: { n: number; sentAt: number; left: number; done: () => void } | null = null;
  const displays: Peer[] = [];
  for (let i = 0; i < DISPLAYS; i++) {
    displays.push(await peer(url, (f) => {
      if (pending && f.type === 'event' && f.n === pending.n) {
        callSamples.push(performance.now() - pending.sentAt);
        if (--pending.left === 0) pending.done();
      }
    }));
  }
  const sender = await peer(url);
  for (let n = 0; n < CALLS; n++) {
    await new Promise<void>((resolve) => {
      pending = { n, sentAt: performance.now(), left: DISPLAYS + 1, done: resolve };
      sender.onFrame = displays[0]!.onFrame;
      sender.ws.send(JSON.stringify({ type: 'call', n }));
    });
  }
  const issueSamples: number[] = [];
  sender.onFrame = () => {};
  for (let i = 0; i < ISSUES; i++) {
    const t = performance.now();
    await ask(sender, { id: i, type: 'issue' });
    issueSamples.push(performance.now() - t);
  }
  for (const p of [...displays, sender]) p.ws.terminate();
  child.kill();
  await rm(dir, { recursive: true, force: true });
  return { callSamples, issueSamples };
}

export async function queueCoreFigures() {
  console.log(`queue-core — ${DISPLAYS} display clients, ${CALLS} calls, ${ISSUES} issues (2-core shared machine: compare ratios, not absolutes)`);
  const base = await benchBaseline();
  const daemon = await benchDaemon();
  const p = (s: number[], q: number) => percentile(s, q);
  row('call → event at every display, p50 / p99', `${ms(p(daemon.callSamples, 50))} / ${ms(p(daemon.callSamples, 99))}`);
  row('  baseline (ws broadcast + 1 sqlite insert), p50 / p99', `${ms(p(base.callSamples, 50))} / ${ms(p(base.callSamples, 99))}`);
  const callRatio = p(daemon.callSamples, 99) / p(base.callSamples, 99);
  row('  p99 ratio to baseline (target ≤ 2.0)', callRatio.toFixed(2), verdict(callRatio <= 2));
  row('ticket issue round trip, p50 / p99', `${ms(p(daemon.issueSamples, 50))} / ${ms(p(daemon.issueSamples, 99))}`);
  row('  baseline (request + 1 sqlite insert + broadcast), p50 / p99', `${ms(p(base.issueSamples, 50))} / ${ms(p(base.issueSamples, 99))}`);
  const issueRatio = p(daemon.issueSamples, 99) / p(base.issueSamples, 99);
  row('  p99 ratio to baseline (target ≤ 2.0)', issueRatio.toFixed(2), verdict(issueRatio <= 2));
  row('daemon RSS after the run (target ≤ 80 MB)', `${daemon.rss.toFixed(1)} MB`, verdict(daemon.rss <= 80));
  const ready = median(daemon.readyTimes);
  row('start-up to ready, median of 5 (target ≤ 1500 ms)', ms(ready), verdict(ready <= 1500));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await queueCoreFigures();
  const { bigDayFigures } = await import('./big-day.ts');
  await bigDayFigures();
  const { hardwareFigures } = await import('./hardware.ts');
  await hardwareFigures();
  const { journalFigures } = await import('./journal.ts');
  await journalFigures();
  const { outreachFigures } = await import('./outreach.ts');
  await outreachFigures();
  const { caseFileFigures } = await import('./case-files.ts');
  await caseFileFigures();
  const { receptionFigures } = await import('./reception.ts');
  await receptionFigures();
  const { lifeDayFigures } = await import('./life-day.ts');
  await lifeDayFigures();
  const { bundleFigures } = await import('./bundles.ts');
  await bundleFigures();
}
