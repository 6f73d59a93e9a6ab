// The launcher the office starts the daemon with (queue-core/bin/queue-core): the daemon runs with the C
// allocator's memory settings, and a value the office sets for itself (queue.env) wins.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnDaemon, stop } from '../helpers/process.ts';

async function environmentOf(env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'queue-launcher-'));
  const d = await spawnDaemon(['--data', dir], env);
  try {
    const raw = await readFile(`/proc/${d.child.pid}/environ`, 'utf8');
    return Object.fromEntries(raw.split('\0').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  } finally {
    await stop(d.child);
    await rm(dir, { recursive: true, force: true });
  }
}

test('the daemon runs with the allocator settings that keep a big day under 100 MB', async () => {
  const env = await environmentOf({ MALLOC_ARENA_MAX: undefined, MALLOC_MMAP_THRESHOLD_: undefined, MALLOC_TRIM_THRESHOLD_: undefined });
  assert.is(env.MALLOC_MMAP_THRESHOLD_, '65536');
  assert.is(env.MALLOC_TRIM_THRESHOLD_, '131072');
  assert.is(env.MALLOC_ARENA_MAX, '2');
});

test('a value the office sets in queue.env is kept', async () => {
  const env = await environmentOf({ MALLOC_ARENA_MAX: '4', MALLOC_MMAP_THRESHOLD_: undefined, MALLOC_TRIM_THRESHOLD_: undefined });
  assert.is(env.MALLOC_ARENA_MAX, '4');
  assert.is(env.MALLOC_MMAP_THRESHOLD_, '65536');
});

test.run();
