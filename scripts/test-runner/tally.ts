// uvu's public API (suite, test, hooks, run) with a tally kept beside it: which tests passed, which were
// skipped, and every hook that failed. uvu swallows an error thrown by a `before` or `after` hook (its
// runner returns from a `finally`), so such a test file would otherwise look green; here the hook's error
// is printed and counted. The test runner points a test file's `import … from 'uvu'` at this module.
import * as uvu from 'uvu';
import type { Callback, Test } from 'uvu';

export interface Tally {
  /** Tests that were to run (with `only`, just those; skipped ones are not among them). */
  tests: number;
  passed: number;
  skipped: number;
  /** Tests whose body began; fewer than `tests` means the file ended before some of them ran. */
  started: number;
  /** The test whose body runs now (or ran last). */
  current: string | null;
  /** "suite › hook: message" for every hook that threw. */
  hookFailures: string[];
}

export const tally: Tally = { tests: 0, passed: 0, skipped: 0, started: 0, current: null, hookFailures: [] };
// Where the runner finds it when the process ends abruptly (run-file.ts, exit code 13).
(globalThis as { testTally?: Tally }).testTally = tally;

const reported = new WeakSet<object>();
/** True for an error a hook threw, already printed and counted here. */
export const isHookError = (e: unknown): boolean => typeof e === 'object' && e !== null && reported.has(e);

/** Tests that did not pass, plus suite-level `after` hooks that failed after every test had passed. */
export function failures(t: Tally = tally): number {
  return Math.max(0, t.tests - t.passed) + t.hookFailures.filter((h) => h.includes(' › after:')).length;
}

export function suite<T = Record<string, any>>(name = '', state?: T): Test<T> {
  const real = uvu.suite<T>(name, state);
  const tests: [string, Callback<T>][] = [];
  const only: [string, Callback<T>][] = [];
  let skips = 0;
  // Whether the running test's own body finished; a failing after.each hook takes it back.
  let bodyOk = false;

  const hook = (kind: string, fn: Callback<T>): Callback<T> => async (ctx) => {
    try {
      await fn(ctx);
    } catch (e) {
      if (kind === 'after.each') bodyOk = false;
      if (typeof e === 'object' && e !== null) reported.add(e);
      const where = `${name || '(file)'} › ${kind}${kind.endsWith('each') && ctx.__test__ ? ` of "${ctx.__test__}"` : ''}`;
      tally.hookFailures.push(`${where}: ${(e as Error)?.message ?? e}`);
      console.error(`\n  HOOK FAILED  ${where}\n    ${((e as Error)?.stack ?? String(e)).split('\n').join('\n    ')}\n`);
      throw e;
    }
  };
  const body = (title: string, fn: Callback<T>): Callback<T> => async (ctx) => {
    bodyOk = false;
    tally.started++;
    tally.current = `${name ? `${name} › ` : ''}${title}`;
    await fn(ctx);
    bodyOk = true;
  };

  const t = ((title: string, fn: Callback<T>) => void tests.push([title, fn])) as Test<T>;
  t.only = (title, fn) => void only.push([title, fn]);
  t.skip = () => void skips++;
  const before = ((fn: Callback<T>) => real.before(hook('before', fn))) as Test<T>['before'];
  before.each = (fn) => real.before.each(hook('before.each', fn));
  const after = ((fn: Callback<T>) => real.after(hook('after', fn))) as Test<T>['after'];
  after.each = (fn) => real.after.each(hook('after.each', fn));
  t.before = before;
  t.after = after;
  t.run = () => {
    const chosen = only.length ? only : tests;
    for (const [title, fn] of chosen) (only.length ? real.only : real)(title, body(title, fn));
    tally.tests += chosen.length;
    tally.skipped += skips + (only.length ? tests.length : 0);
    // Runs last after every test (uvu runs after.each hooks in the order given, on success and failure).
    real.after.each(() => {
      if (bodyOk) tally.passed++;
      bodyOk = false;
    });
    real.before(() => void (bodyOk = false));
    tests.length = only.length = skips = 0;
    real.run();
  };
  return t;
}

export const test = suite();
export const exec = uvu.exec;
