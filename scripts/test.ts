// The test runner behind `npm test`: every test/**/*.test.ts runs through uvu in a process of its own,
// a few at a time, the longest first, with the spoken pieces the test daemons need prepared once for
// the whole run. Each file's output is printed whole when it ends; the last line is the plain
// "N passed, N failed" that CI reads, and the exit code is 1 on any failure or when no test ran.
//   node --import tsx scripts/test.ts [pattern]     only the files whose path matches the pattern
//   node --import tsx scripts/test.ts --unit         the pure rules, config and store: no daemons, no Chromium
// TEST_JOBS sets how many files run at once (default: cores + 1, at least 2) and TEST_BROWSERS how many
// of them may drive Chromium at once (default 2, 1 on a single core: each Chromium takes a core while it
// renders, and more of them only slow each other towards their timeouts).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTestFiles, orderLongestFirst, type TestFile } from './test-runner/test-files.ts';
import { prepareVoiceCache } from './test-runner/voice-cache.ts';

const LIMIT_MIN = 30;
const FILE_LIMIT_MIN = 10;
const TIMES = 'test/.artifacts/test-times.json';
const RUN_FILE = new URL('./test-runner/run-file.ts', import.meta.url).pathname;

const watchdog = setTimeout(() => {
  console.error(`\nThe test run took longer than ${LIMIT_MIN} minutes and was stopped.`);
  stopAll();
  process.exit(1);
}, LIMIT_MIN * 60_000);
watchdog.unref();

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const pattern = args.find((a) => !a.startsWith('--'));
const only = pattern ? new RegExp(pattern) : null;
const jobs = Math.max(1, Number(process.env.TEST_JOBS) || Math.max(2, availableParallelism() + 1));
const browsers = Math.max(1, Number(process.env.TEST_BROWSERS) || Math.min(2, availableParallelism()));

const started = performance.now();
const all = await findTestFiles('test');
let files = all;
if (only) files = files.filter((f) => only.test(f.path));
if (unitOnly) files = files.filter((f) => f.kind === 'unit');
const times: Record<string, number> = await readFile(TIMES, 'utf8').then((t) => JSON.parse(t), () => ({}));
const queue = orderLongestFirst(files, times);

const work = await mkdtemp(join(tmpdir(), 'queue-test-run-'));
const env: NodeJS.ProcessEnv = { ...process.env, ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}) };
if (queue.some((f) => f.kind !== 'unit')) {
  // One synthesis for the run, before any daemon starts: a folder every test daemon is pointed at.
  const voiceCache = join(work, 'voice-cache');
  const t = performance.now();
  const prepared = await prepareVoiceCache(voiceCache).catch((e: Error) => [`failed (${e.message}); each daemon synthesizes its own`]);
  env.QUEUE_VOICE_CACHE = voiceCache;
  console.log(`voice pieces for the test daemons: ${prepared.join(', ')} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`${queue.length} test files, ${Math.min(jobs, queue.length)} at a time\n`);

interface Counts { tests: number; passed: number; skipped: number; failed: number }
const total: Counts = { tests: 0, passed: 0, skipped: 0, failed: 0 };
const failedFiles: string[] = [];
const running = new Set<number>();
let browsersRunning = 0;

function stopAll() {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

/** Runs one file in its own process group (Chromium and daemons it starts go with it). */
async function runFile(file: TestFile, slot: number): Promise<void> {
  const out = join(work, `out-${slot}.txt`);
  const countsFile = join(work, `counts-${slot}.json`);
  await rm(countsFile, { force: true });
  const fd = openSync(out, 'w');
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_FILE, file.path, countsFile], { env, stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  running.add(child.pid!);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, FILE_LIMIT_MIN * 60_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  running.delete(child.pid!);
  // Whatever it left behind (a daemon it spawned, a Chromium) ends with it.
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {}
  const seconds = (performance.now() - t) / 1000;
  times[file.path] = Math.round(seconds * 10) / 10;

  let counts: Counts | null = null;
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8')) as Counts;
  } catch {}
  // A file that died without its counts (a crash, the time limit) counts as one failure at least.
  const failed = counts ? counts.failed : 1;
  const ok = code === 0 && counts !== null && failed === 0;
  if (counts) {
    total.tests += counts.tests;
    total.passed += counts.passed;
    total.skipped += counts.skipped;
  }
  total.failed += failed;
  if (!ok) failedFiles.push(file.path);
  const note = timedOut ? ` — stopped after ${FILE_LIMIT_MIN} minutes` : !counts ? (code === 13 ? ' — ended before reporting: a test awaited a promise that never settled (nothing was left to run; exit 13)' : ` — ended with ${code ?? 'a signal'} before reporting`) : '';
  const text = readFileSync(out, 'utf8').trimEnd();
  process.stdout.write(`${ok ? '✓' : '✘'} ${file.path} (${counts ? `${counts.passed}/${counts.tests}` : '?'} passed, ${seconds.toFixed(1)} s)${note}\n${text}\n\n`);
}

/** Takes the next file this slot may run: the longest waiting, unless Chromium is at its cap. */
function next(): TestFile | undefined {
  const i = queue.findIndex((f) => !f.browser || browsersRunning < browsers);
  return i < 0 ? undefined : queue.splice(i, 1)[0];
}

const idle: (() => void)[] = [];
async function worker(slot: number): Promise<void> {
  for (;;) {
    const file = next();
    if (!file) {
      if (queue.length === 0) return;
      // Only Chromium files are left and the cap is reached: wait for one to finish.
      await new Promise<void>((resolve) => idle.push(resolve));
      continue;
    }
    if (file.browser) browsersRunning++;
    try {
      await runFile(file, slot);
    } finally {
      if (file.browser) browsersRunning--;
      for (const wake of idle.splice(0)) wake();
    }
  }
}

await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, (_, i) => worker(i)));
await mkdir('test/.artifacts', { recursive: true });
// Only files that still exist, for the next run's order.
await writeFile(TIMES, JSON.stringify(Object.fromEntries(all.filter((f) => times[f.path] !== undefined).map((f) => [f.path, times[f.path]])), null, 1));
await rm(work, { recursive: true, force: true });

const minutes = ((performance.now() - started) / 1000).toFixed(1);
if (failedFiles.length) console.log(`failed files:\n  ${failedFiles.join('\n  ')}`);
if (total.tests === 0) console.log('no tests ran');
console.log(`${minutes} s`);
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`);
process.exit(total.failed > 0 || total.tests === 0 ? 1 : 0);
