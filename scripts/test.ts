// Runs the whole uvu suite in one process and then exits, so that a failing test which leaves a server
// or a timer behind cannot hang CI. Ends with the plain "N passed, N failed" line.
import { parse } from 'uvu/parse';
import { run } from 'uvu/run';

const LIMIT_MIN = 30;
const watchdog = setTimeout(() => {
  console.error(`\nThe test run took longer than ${LIMIT_MIN} minutes and was stopped.`);
  process.exit(1);
}, LIMIT_MIN * 60_000);
watchdog.unref();

// uvu prints its totals; they are read back for the closing line.
let out = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
  if (out.length > 100_000) out = out.slice(-20_000);
  return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

// Only test files, narrowed by an optional pattern (`node --import tsx scripts/test.ts journal`).
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
const ctx = await parse('test', /\.test\.ts$/, { cwd: process.cwd() });
if (only) ctx.suites = ctx.suites.filter((s) => only.test(s.name));
await run(ctx.suites, {});
const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
const total = Number(/Total:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const passed = Number(/Passed:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const skipped = Number(/Skipped:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const failed = total - passed - skipped;
// uvu counts a test whose after.each hook threw as neither passed nor failed, and may leave the exit
// code at 0: any test that did not pass fails the run.
const code = failed > 0 || (process.exitCode ?? 0) !== 0 ? 1 : 0;
write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(total === 0 ? 1 : code);
