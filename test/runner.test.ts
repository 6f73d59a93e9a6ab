// The test runner counts what uvu leaves uncounted: a hook that throws fails the file, with its error shown.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = fileURLToPath(new URL('./.artifacts/runner/', import.meta.url));

const HOOKS = `
import { suite, test } from 'uvu';
const a = suite('before fails');
a.before(() => { throw new Error('Chromium did not start'); });
a('one', () => {});
a('two', () => {});
a.run();
const b = suite('after.each fails once');
let n = 0;
b.after.each(() => { if (n++ === 0) throw new Error('cleanup failed'); });
b('x', () => {});
b('y', () => {});
b.run();
test('plain', () => {});
test('bad', () => { throw new Error('boom'); });
test.skip('later', () => {});
test.run();
`;

function runFile(file: string, counts: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/test-runner/run-file.ts', file, counts], { cwd: ROOT }, (e, stdout, stderr) =>
      resolve({ code: e ? Number(e.code) : 0, output: stdout + stderr }));
  });
}

test.before(async () => void (await mkdir(DIR, { recursive: true })));
test.after(() => rm(DIR, { recursive: true, force: true }));

test('a failing before or after.each hook counts as a failure and its error is printed', async () => {
  await writeFile(`${DIR}hooks.test.ts`, HOOKS);
  const r = await runFile(`${DIR}hooks.test.ts`, `${DIR}hooks.json`);
  const counts = JSON.parse(await readFile(`${DIR}hooks.json`, 'utf8'));
  assert.is(r.code, 1);
  assert.equal([counts.tests, counts.passed, counts.skipped, counts.failed], [6, 2, 1, 4], JSON.stringify(counts));
  assert.match(r.output, /HOOK FAILED\s+before fails › before\s+Error: Chromium did not start/);
  assert.match(r.output, /HOOK FAILED\s+after.each fails once › after.each of "x"/);
  assert.match(r.output, '2 of 6 tests never started', 'the tests a failed before hook kept from running are named as such');
});

test('a test that awaits a promise that never settles is named, and the file is counted as failed', async () => {
  await writeFile(`${DIR}hang.test.ts`, `import { test } from 'uvu';\ntest('fine', () => {});\ntest('waits forever', () => new Promise(() => {}));\ntest('after it', () => {});\ntest.run();\n`);
  const r = await runFile(`${DIR}hang.test.ts`, `${DIR}hang.json`);
  assert.is.not(r.code, 0);
  const counts = JSON.parse(await readFile(`${DIR}hang.json`, 'utf8'));
  assert.equal([counts.tests, counts.passed, counts.failed], [3, 1, 2], JSON.stringify(counts));
  assert.match(r.output, 'the test "waits forever" awaited a promise that never settled');
});

test('a file that passes reports its counts and exits 0', async () => {
  await writeFile(`${DIR}ok.test.ts`, `import { test } from 'uvu';\ntest('fine', () => {});\ntest('also', async () => {});\ntest.run();\n`);
  const r = await runFile(`${DIR}ok.test.ts`, `${DIR}ok.json`);
  assert.is(r.code, 0, r.output);
  const counts = JSON.parse(await readFile(`${DIR}ok.json`, 'utf8'));
  assert.equal([counts.tests, counts.passed, counts.failed], [2, 2, 0]);
});

test('a file that cannot load is a failure', async () => {
  await writeFile(`${DIR}broken.test.ts`, `import { test } from 'uvu';\nimport './missing.ts';\ntest('never', () => {});\ntest.run();\n`);
  const r = await runFile(`${DIR}broken.test.ts`, `${DIR}broken.json`);
  assert.is(r.code, 1);
  assert.is(JSON.parse(await readFile(`${DIR}broken.json`, 'utf8')).failed, 1);
  assert.match(r.output, /could not run/);
});

test.run();
