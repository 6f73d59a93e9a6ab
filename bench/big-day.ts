// The big day: the daemon's figures with 10,000 tickets already served today beside the same figures with
// 100, measured in one run, so that a command whose cost grew with the day shows as a ratio. The day is
// written into the database before the daemon starts, through the daemon's own rules and store, as if it
// had been worked; then 200 displays, a kiosk and an operator connect to the daemon process. Also: how long
// a display's hello takes to bring its snapshot, the memory with 200 displays and with 150 more that stop
// reading, and the main figures again with the daemon pinned to one core, a stand-in for a Raspberry Pi.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConfig } from '../queue-core/src/config/demo.ts';
import { parseConfigText } from '../queue-core/src/config/load.ts';
import { decide, initialState, officeDay, type Command, type QueueState } from '../queue-core/src/domain/index.ts';
import { QueueStore } from '../queue-core/src/store/queue-store.ts';
import { spawnDaemon, stop } from '../test/helpers/process.ts';
import { ask, peer, rssMb, type Peer } from './run.ts';
import { median, ms, percentile, row, verdict } from './stats.ts';

const DISPLAYS = Number(process.env.BENCH_DISPLAYS ?? 200);
const SILENT = Number(process.env.BENCH_SILENT_DISPLAYS ?? 150);
const ROUNDS = Number(process.env.BENCH_BIG_DAY_ROUNDS ?? 150);
const BOOTH = 1;
const STAFF = 'ivanova';

/** Writes a worked day of `served` tickets (issued, called, finished at booth 1) into a fresh data folder. */
function workedDay(dataDir: string, served: number): void {
  const config = parseConfigText(JSON.stringify(demoConfig), 'demo');
  const store = QueueStore.open(join(dataDir, 'queue.sqlite'));
  store.timeZone = config.office.timezone;
  const now = Date.now();
  let state: QueueState = store.load(initialState(config, officeDay(now, config.office.timezone)));
  const run = (cmd: Command) => {
    const d = decide(state, cmd, { now, config, actor: { role: 'system' }, random: Math.random });
    if (!d.ok) throw new Error(`${cmd.type}: ${d.error.code} ${d.error.message}`);
    store.commit(state, d.state, d.events);
    state = d.state;
  };
  // One transaction for the lot: each commit inside it is a savepoint, so the day is written in seconds.
  store.db.transaction(() => {
    run({ type: 'openBooth', booth: BOOTH, staffId: STAFF });
    const directions = state.booths[BOOTH]!.directions;
    for (let i = 0; i < served; i++) {
      run({ type: 'issue', directionId: directions[i % directions.length]! });
      run({ type: 'callNext', booth: BOOTH });
      run({ type: 'finish', booth: BOOTH, result: 'explained' });
    }
  });
  store.close();
}

const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface DayFigures {
  issue: number[];
  call: number[];
  hello: number[];
  rss: number;
  rssSilent: number | null;
}

async function measureDay(served: number, pinned: boolean, silent: number): Promise<DayFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'queue-big-day-'));
  workedDay(dataDir, served);
  const d = await spawnDaemon(['--data', dataDir]);
  // Every thread of the daemon (the main one, libuv's pool, the statistics workers) on CPU 0.
  if (pinned) execFileSync('taskset', ['-a', '-cp', '0', String(d.child.pid)], { stdio: 'ignore' });
  const displays: Peer[] = [];
  const hello: number[] = [];
  let pending: { sentAt: number; left: number; done: () => void } | null = null;
  const call: number[] = [];
  for (let i = 0; i < DISPLAYS; i++) {
    let snapshotAt: (() => void) | null = null;
    const p = await peer(d.ws, (f) => {
      if (f.type === 'snapshot') snapshotAt?.();
      if (!pending || f.type !== 'update') return;
      if (f.events.some((e: any) => e.event.type === 'ticket' && e.event.action === 'called') && --pending.left === 0) pending.done();
    });
    const t = performance.now();
    const snapshot = new Promise<void>((resolve) => (snapshotAt = resolve));
    await ask(p, { id: 'h', type: 'hello', protocol: 1, role: 'display' });
    await snapshot;
    hello.push(performance.now() - t);
    displays.push(p);
  }
  const kiosk = await peer(d.ws);
  await ask(kiosk, { id: 'h', type: 'hello', protocol: 1, role: 'kiosk' });
  const op = await peer(d.ws);
  await ask(op, { id: 'h', type: 'hello', protocol: 1, role: 'operator', staffId: STAFF, pin: '1111', booth: BOOTH });
  const issue: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await ask(kiosk, { id: `i${i}`, type: 'issue', directionId: 'consultation' });
    issue.push(performance.now() - t);
    t = performance.now();
    await new Promise<void>((resolve) => {
      pending = { sentAt: t, left: DISPLAYS, done: resolve };
      op.ws.send(JSON.stringify({ id: `c${i}`, type: 'callNext' }));
    });
    call.push(performance.now() - t);
    pending = null;
    await ask(op, { id: `f${i}`, type: 'finish', result: 'explained' });
  }
  const rss = await rssMb(d.child.pid!);
  let rssSilent: number | null = null;
  if (silent > 0) {
    // Screens that said hello and then froze: they never read again while the day goes on.
    const frozen: Peer[] = [];
    for (let i = 0; i < silent; i++) {
      const p = await peer(d.ws);
      await ask(p, { id: 'h', type: 'hello', protocol: 1, role: 'display' });
      (p.ws as any)._socket.pause();
      frozen.push(p);
    }
    for (let i = 0; i < ROUNDS; i++) {
      await ask(kiosk, { id: `si${i}`, type: 'issue', directionId: 'consultation' });
      await ask(op, { id: `sc${i}`, type: 'callNext' });
      await ask(op, { id: `sf${i}`, type: 'finish', result: 'explained' });
    }
    rssSilent = await rssMb(d.child.pid!);
    for (const p of frozen) p.ws.terminate();
  }
  for (const p of [...displays, kiosk, op]) p.ws.terminate();
  await stop(d.child);
  await rm(dataDir, { recursive: true, force: true });
  return { issue, call, hello, rss, rssSilent };
}

const p99 = (s: number[]) => percentile(s, 99);
const both = (s: number[]) => `${ms(median(s))} / ${ms(p99(s))}`;

function compare(label: string, small: number[], big: number[]): void {
  row(`${label}, 100 tickets, p50 / p99`, both(small));
  row(`${label}, 10,000 tickets, p50 / p99`, both(big));
  const ratio = p99(big) / p99(small);
  row('  p99 ratio 10,000 : 100 (target ≤ 1.5)', ratio.toFixed(2), verdict(ratio <= 1.5));
}

export async function bigDayFigures() {
  console.log(`big day — the same day with 100 and with 10,000 tickets served, ${DISPLAYS} displays, ${ROUNDS} issue + call rounds`);
  const small = await measureDay(100, false, 0);
  const big = await measureDay(10_000, false, SILENT);
  compare('ticket issue round trip', small.issue, big.issue);
  compare('call → event at every display', small.call, big.call);
  row('display hello to its snapshot, 10,000 tickets, p50 / p99', both(big.hello));
  row('  p50 (target ≤ 20 ms)', ms(median(big.hello)), verdict(median(big.hello) <= 20));
  row(`daemon RSS, 10,000 tickets, ${DISPLAYS} displays (target ≤ 100 MB)`, `${big.rss.toFixed(1)} MB`, verdict(big.rss <= 100));
  row(`  and ${SILENT} more displays that stopped reading`, `${big.rssSilent!.toFixed(1)} MB`, verdict(big.rssSilent! <= 100));

  if (!hasTaskset) {
    console.log('  the daemon pinned to one core: skipped, taskset is not installed (util-linux)');
    return;
  }
  console.log('big day with the daemon pinned to one core (taskset -c 0), a stand-in for a Raspberry Pi');
  const pinnedSmall = await measureDay(100, true, 0);
  const pinnedBig = await measureDay(10_000, true, 0);
  compare('ticket issue round trip', pinnedSmall.issue, pinnedBig.issue);
  compare('call → event at every display', pinnedSmall.call, pinnedBig.call);
  row('display hello to its snapshot, 10,000 tickets, p50 / p99', both(pinnedBig.hello));
  row(`daemon RSS, 10,000 tickets, ${DISPLAYS} displays`, `${pinnedBig.rss.toFixed(1)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bigDayFigures();
