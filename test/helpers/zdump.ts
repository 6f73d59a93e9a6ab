// The reference for the time zone tests: glibc's own `zdump` reading the very same TZif files as the
// daemon. Intl is no reference here: Node carries ICU's copy of the database as of Node's build, while
// Debian updates tzdata every time a country changes its clocks (Morocco, 2026c: permanent +00 from
// 2026-09-20), so the two disagree by design whenever the system's copy is the newer one.
import { spawnSync } from 'node:child_process';

export interface ZoneHistory {
  /** The offset (ms) in force before the first change listed. */
  initial: number;
  /** Each change of offset: from `at` (epoch ms) on, the zone is `offset` ms ahead of UTC. */
  changes: { at: number; offset: number }[];
}

/** "+0545" → 20_700_000; "-03" → -10_800_000; "+013045" with seconds. */
function offsetOf(text: string): number {
  const m = /^([+-])(\d\d)(\d\d)?(\d\d)?$/.exec(text);
  if (!m) throw new Error(`zdump: unreadable offset "${text}"`);
  const s = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return (m[1] === '-' ? -s : s) * 1000;
}

/** The zone file's changes of offset between the starts of two years, as `zdump -i` reads them. */
export function zdumpHistory(file: string, fromYear: number, toYear: number): ZoneHistory {
  const run = spawnSync('zdump', ['-i', '-c', `${fromYear},${toYear}`, file], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`zdump ${file}: ${run.error?.message ?? run.stderr}`);
  let initial: number | null = null;
  const changes: ZoneHistory['changes'] = [];
  for (const line of run.stdout.split('\n')) {
    const f = line.split('\t');
    if (f.length < 3) continue; // the blank line and TZ="…"
    const offset = offsetOf(f[2]!);
    if (f[0] === '-') {
      initial = offset;
      continue;
    }
    // The local wall-clock time just after the change, in the new offset: "2026-09-20", "01" / "02:45" / "23:01:30".
    const [y, mo, d] = f[0]!.split('-').map(Number);
    const [h, mi, s] = f[1]!.split(':').map(Number);
    changes.push({ at: Date.UTC(y!, mo! - 1, d!, h!, mi ?? 0, s ?? 0) - offset, offset });
  }
  if (initial === null) throw new Error(`zdump ${file}: no initial offset in ${JSON.stringify(run.stdout)}`);
  return { initial, changes };
}

/** The offset the history gives at an instant. */
export function historyOffsetAt(history: ZoneHistory, at: number): number {
  let offset = history.initial;
  for (const c of history.changes) {
    if (c.at > at) break;
    offset = c.offset;
  }
  return offset;
}
