// Daemons pointed at one voice cache folder share its pieces: the second synthesizes nothing, and the
// pieces never land in the data folder. This is how the test run prepares speech once for all its daemons.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { testDaemon } from '../helpers/daemon.ts';

/** Each piece file with its inode: a piece synthesized again is written aside and renamed, a new inode. */
async function pieces(dir: string): Promise<Map<string, number>> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.wav'));
  return new Map(await Promise.all(names.map(async (n) => [n, (await stat(join(dir, n))).ino] as [string, number])));
}

test('a second daemon on the same voice cache folder synthesizes nothing', async () => {
  const cache = await mkdtemp(join(tmpdir(), 'queue-voice-'));
  try {
    const first = await testDaemon({ voiceCacheDir: cache });
    await first.devices.ready();
    const made = await pieces(cache);
    assert.ok(made.size >= 20, `the pieces are in the given folder (${made.size})`);
    assert.not.ok(await stat(join(first.dataDir, 'voice-cache')).then(() => true, () => false), 'nothing in <data>/voice-cache');
    await first.stop();

    const second = await testDaemon({ voiceCacheDir: cache });
    await second.devices.ready();
    assert.equal(second.devices.announcer!.status().state, 'simulated');
    assert.equal(await pieces(cache), made, 'the same files, none written again');
    await second.stop();
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
});

test.run();
