// A day with life situations: the daemon's issue, call and finish round trips on a day where every fifth
// ticket is a three-step life situation, beside the same figures on a day of plain tickets, measured in
// one run with the two daemons' rounds taken in turn (whatever else the machine does weighs on both). A
// bundle's finish commits two events (the step's finish and its move to the next step), and its ticket
// is called three times: the target is that this keeps the p99 at the plain day's level (ratio ≤ 1.5).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnDaemon, stop } from '../test/helpers/process.ts';
import { ask, benchConfig, peer, type Peer } from './peers.ts';
import { median, ms, percentile, row, verdict } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_LIFE_ROUNDS ?? 300);
const DISPLAYS = Number(process.env.BENCH_LIFE_DISPLAYS ?? 50);

interface Day {
  issue: number[];
  call: number[];
  finish: number[];
  round(i: number): Promise<void>;
  close(): Promise<void>;
}

async function openDay(bundles: boolean): Promise<Day> {
  const dataDir = await mkdtemp(join(tmpdir(), 'queue-life-day-'));
  // Every step by direction, so that the one booth measured serves the whole bundle.
  const config = await benchConfig(dataDir, (c) => {
    const birth = c.directions.find((d: any) => d.id === 'birth');
    birth.steps = ['documents', 'certificates', 'consultation'];
  });
  const d = await spawnDaemon(['--data', dataDir, '--config', config]);
  const displays: Peer[] = [];
  for (let i = 0; i < DISPLAYS; i++) {
    const p = await peer(d.ws);
    await ask(p, { id: 'h', type: 'hello', protocol: 1, role: 'display' });
    displays.push(p);
  }
  const kiosk = await peer(d.ws);
  await ask(kiosk, { id: 'h', type: 'hello', protocol: 1, role: 'kiosk' });
  const op = await peer(d.ws);
  await ask(op, { id: 'h', type: 'hello', protocol: 1, role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
  const time = async (into: number[], { peer: p, body }: { peer: Peer; body: { id: string; [field: string]: unknown } }) => {
    const t = performance.now();
    await ask(p, body);
    into.push(performance.now() - t);
  };
  const day: Day = {
    issue: [], call: [], finish: [],
    async round(i) {
      // One ticket in five a life situation on the bundled day; the same directions' plain tickets otherwise.
      const directionId = bundles && i % 5 === 0 ? 'birth' : ['documents', 'certificates', 'consultation'][i % 3]!;
      await time(day.issue, { peer: kiosk, body: { id: `i${i}`, type: 'issue', directionId } });
      await time(day.call, { peer: op, body: { id: `c${i}`, type: 'callNext' } });
      await time(day.finish, { peer: op, body: { id: `f${i}`, type: 'finish', result: 'explained' } });
    },
    async close() {
      for (const p of [...displays, kiosk, op]) p.ws.terminate();
      await stop(d.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return day;
}

const p99 = (s: number[]) => percentile(s, 99);

export async function lifeDayFigures() {
  console.log(`\nlife situations — a day where every fifth ticket is a three-step bundle beside a day of plain tickets, ${DISPLAYS} displays, ${ROUNDS} issue + call + finish rounds in turn`);
  const plain = await openDay(false);
  const bundled = await openDay(true);
  try {
    for (let i = 0; i < ROUNDS; i++) {
      await plain.round(i);
      await bundled.round(i);
    }
  } finally {
    await plain.close();
    await bundled.close();
  }
  for (const [label, a, b] of [['issue', plain.issue, bundled.issue], ['call', plain.call, bundled.call], ['finish', plain.finish, bundled.finish]] as const) {
    row(`${label}: plain day / 20 % bundles, p50`, `${ms(median(a))} / ${ms(median(b))}`);
    const ratio = p99(b) / p99(a);
    row(`  p99 ${ms(p99(a))} / ${ms(p99(b))}, ratio (target ≤ 1.5)`, ratio.toFixed(2), verdict(ratio <= 1.5));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await lifeDayFigures();
