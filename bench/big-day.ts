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
import { ask, benchConfig, peer, rssMb, type Peer } from './peers.ts';
import { median, ms, percentile, row, verdict } from './stats.ts';

const DISPLAYS = Number(process.env.BENCH_DISPLAYS ?? 200);
const SILENT = Number(process.env.BENCH_SILENT_DISPLAYS ?? 150);
const ROUNDS = Number(process.env.BENCH_BIG_DAY_ROUNDS ?? 150);
const BOOTH = 1;
const STAFF = 'ivanova';
const CALL_TIMEOUT_MS = 60_000;

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

interface Day {
  issue: number[];
  call: number[];
  hello: number[];
  /** One issue and one call (measured), then the finish. */
  round(i: number): Promise<void>;
  rss(): Promise<number>;
  /** Adds displays that say hello and then never read again, and works the day on meanwhile. */
  freeze(count: number): Promise<void>;
  close(): Promise<void>;
}

async function openDay(served: number, pinned: boolean): Promise<Day> {
  const dataDir = await mkdtemp(join(tmpdir(), 'queue-big-day-'));
  workedDay(dataDir, served);
  const d = await spawnDaemon(['--data', dataDir, '--config', await benchConfig(dataDir)]);
  // Every thread of the daemon (the main one, libuv's pool, the statistics workers) on CPU 0.
  if (pinned) execFileSync('taskset', ['-a', '-cp', '0', String(d.child.pid)], { stdio: 'ignore' });
  const displays: Peer[] = [];
  const hello: number[] = [];
  let pending: { left: number; done: () => void } | null = null;
  for (let i = 0; i < DISPLAYS; i++) {
    let snapshotCame: (() => void) | null = null;
    const p = await peer(d.ws, (f) => {
      if (f.type === 'snapshot') snapshotCame?.();
      if (!pending || f.type !== 'update') return;
      if (f.events.some((e: any) => e.event.type === 'ticket' && e.event.action === 'called') && --pending.left === 0) pending.done();
    });
    const snapshot = new Promise<void>((resolve) => (snapshotCame = resolve));
    const t = performance.now();
    await ask(p, { id: 'h', type: 'hello', protocol: 1, role: 'display' });
    await snapshot;
    hello.push(performance.now() - t);
    displays.push(p);
  }
  const kiosk = await peer(d.ws);
  await ask(kiosk, { id: 'h', type: 'hello', protocol: 1, role: 'kiosk' });
  const op = await peer(d.ws);
  await ask(op, { id: 'h', type: 'hello', protocol: 1, role: 'operator', staffId: STAFF, pin: '1111', booth: BOOTH });
  const frozen: Peer[] = [];
  const day: Day = {
    issue: [],
    call: [],
    hello,
    async round(i) {
      let t = performance.now();
      await ask(kiosk, { id: `i${i}`, type: 'issue', directionId: 'consultation' });
      day.issue.push(performance.now() - t);
      t = performance.now();
      // A display that never gets the call (cut off, or the daemon stalled) ends the bench with a reason
      // instead of leaving it waiting for ever.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`round ${i}: the call reached ${DISPLAYS - pending!.left} of ${DISPLAYS} displays in ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS);
        pending = { left: DISPLAYS, done: () => (clearTimeout(timer), resolve()) };
        op.ws.send(JSON.stringify({ id: `c${i}`, type: 'callNext' }));
      });
      day.call.push(performance.now() - t);
      pending = null;
      await ask(op, { id: `f${i}`, type: 'finish', result: 'explained' });
    },
    rss: () => rssMb(d.child.pid!),
    async freeze(count) {
      for (let i = 0; i < count; i++) {
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
    },
    async close() {
      for (const p of [...frozen, ...displays, kiosk, op]) p.ws.terminate();
      await stop(d.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return day;
}

/** Both days side by side, their rounds taken in turn, so that whatever else the machine does meanwhile weighs on both alike. */
async function measure(pinned: boolean, silent: number) {
  const small = await openDay(100, pinned);
  const big = await openDay(10_000, pinned);
  for (let i = 0; i < ROUNDS; i++) {
    await small.round(i);
    await big.round(i);
  }
  const rss = await big.rss();
  let rssSilent: number | null = null;
  if (silent > 0) {
    await big.freeze(silent);
    rssSilent = await big.rss();
  }
  await small.close();
  await big.close();
  return { small, big, rss, rssSilent };
}

const p99 = (s: number[]) => percentile(s, 99);
const both = (s: number[]) => `${ms(median(s))} / ${ms(p99(s))}`;

/** The figure with 100 and with 10,000 tickets and their ratio, held to the target unless `judged` is false. */
function compare(label: string, small: number[], big: number[], judged = true): void {
  row(`${label}, 100 tickets, p50 / p99`, both(small));
  row(`${label}, 10,000 tickets, p50 / p99`, both(big));
  const ratio = p99(big) / p99(small);
  row(`  p99 ratio 10,000 : 100${judged ? ' (target ≤ 1.5)' : ''}`, ratio.toFixed(2), judged ? verdict(ratio <= 1.5) : '');
}

export async function bigDayFigures() {
  console.log(`big day — the same office with 100 and with 10,000 tickets served today, ${DISPLAYS} displays each, ${ROUNDS} issue + call rounds in turn`);
  const { small, big, rss, rssSilent } = await measure(false, SILENT);
  compare('ticket issue round trip', small.issue, big.issue);
  compare('call → event at every display', small.call, big.call);
  row('display hello to its snapshot, 10,000 tickets, p50 / p99', both(big.hello));
  row('  p50 (target ≤ 20 ms)', ms(median(big.hello)), verdict(median(big.hello) <= 20));
  row(`daemon RSS, 10,000 tickets, ${DISPLAYS} displays (target ≤ 100 MB)`, `${rss.toFixed(1)} MB`, verdict(rss <= 100));
  row(`  and ${SILENT} more displays that stopped reading`, `${rssSilent!.toFixed(1)} MB`, verdict(rssSilent! <= 100));

  if (!hasTaskset) {
    console.log('  the daemon pinned to one core: skipped, taskset is not installed (util-linux)');
    return;
  }
  console.log('big day with each daemon pinned to one core (taskset -c 0), a stand-in for a Raspberry Pi');
  const pinned = await measure(true, 0);
  // For information: two daemons take turns on one core here, with the bench's own 400 clients beside them.
  compare('ticket issue round trip', pinned.small.issue, pinned.big.issue, false);
  compare('call → event at every display', pinned.small.call, pinned.big.call, false);
  row('display hello to its snapshot, 10,000 tickets, p50 / p99', both(pinned.big.hello));
  row(`daemon RSS, 10,000 tickets, ${DISPLAYS} displays`, `${pinned.rss.toFixed(1)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bigDayFigures();
