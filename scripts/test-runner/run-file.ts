// Runs one test file through uvu in this process, then writes the file's own counts (tests, passed,
// skipped, failed hooks) as JSON to the path given, and exits: a test that leaves a server or a timer
// behind cannot keep the process, and the runner reads the counts instead of uvu's printed totals.
//   node --import tsx scripts/test-runner/run-file.ts test/x.test.ts counts.json
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { resolve } from 'node:path';

register('./uvu-resolve.mjs', import.meta.url);
// uvu/run first: uvu must be loaded for a run it starts itself, or it also runs the tests on its own.
const { run } = await import('uvu/run');

const [file, countsFile] = process.argv.slice(2);
if (!file || !countsFile) {
  console.error('usage: run-file.ts <test file> <counts.json>');
  process.exit(2);
}

let crashed: string | null = null;
// A test that awaits a promise nothing will settle leaves Node nothing to run: it exits at once (code 13),
// before the run below finishes and its counts are written. Say which test it was, and count it. The
// tally is read from where it puts itself: importing it before uvu's run would let uvu start a run of its own.
let finished = false;
process.on('exit', () => {
  const tally = (globalThis as { testTally?: import('./tally.ts').Tally }).testTally;
  if (finished || !tally) return;
  console.error(`\n  ${file}: the test "${tally.current}" awaited a promise that never settled (nothing was left to run), and the file ended there; ${tally.tests - tally.passed} test(s) did not pass.\n`);
  writeFileSync(countsFile!, JSON.stringify({ ...tally, failed: Math.max(1, tally.tests - tally.passed), crashed: `unsettled: ${tally.current}` }));
  process.exitCode = 1;
});
try {
  await run([{ name: file, file: resolve(file) }], { bail: false });
} catch (e) {
  // The file could not be loaded or threw outside any test; or a suite's `after` hook threw, which ends
  // the file in uvu (that one is printed and counted already).
  const { isHookError } = await import('./tally.ts');
  if (!isHookError(e)) crashed = (e as Error)?.stack ?? String(e);
  if (crashed) console.error(`\n  ${file} could not run:\n    ${crashed.split('\n').join('\n    ')}\n`);
}
finished = true;
const { tally, failures } = await import('./tally.ts');
const failed = failures() + (crashed ? 1 : 0);
if (tally.started < tally.tests && !crashed) {
  console.error(`\n  ${file}: ${tally.tests - tally.started} of ${tally.tests} tests never started: a suite's before hook failed (printed above) or the suite stopped early; they count as failed.\n`);
}
writeFileSync(countsFile, JSON.stringify({ ...tally, failed, crashed }));
process.exit(failed > 0 || process.exitCode ? 1 : 0);
