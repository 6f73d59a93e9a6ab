// Configuration mistakes do not pass in silence: a mistyped key stops the daemon with the key and the
// one that was meant, input nested absurdly deep is refused in words (never a stack overflow that makes
// systemd restart the daemon forever), a file saved by Windows Notepad starts, and the head of the service
// cannot lock herself (or everyone) out of the configuration from the panel.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { ClientError } from '../../queue-core/src/protocol/index.ts';
import { spawnDaemon, stop } from '../helpers/process.ts';
import { RawPeer, client, ready, testDaemon } from '../helpers/daemon.ts';

const HEAD = { role: 'supervisor' as const, staffId: 'head', pin: '9999' };

async function withFile(text: string, run: (file: string, dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'queue-config-'));
  const file = join(dir, 'office.json');
  await writeFile(file, text);
  try {
    await run(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const demoWith = (change: (c: any) => void) => {
  const c = structuredClone(demoConfig) as any;
  change(c);
  return c;
};

/** JSON nested `levels` deep, [[[…1…]]], as text: JSON.stringify itself would overflow on it. */
const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
/** The demo config as JSON text with the office's name nested `levels` deep. */
const deepText = (levels: number) => JSON.stringify(demoWith((c) => (c.office.name = '@DEEP@'))).replace('"@DEEP@"', nested(levels));

/** The daemon's exit code and output when it refuses to start; a daemon that starts instead fails the test. */
async function refusedAtStart(args: string[]): Promise<{ code: number | null; output: string }> {
  const started = await spawnDaemon(args).then((d) => d, (e: Error) => e);
  if (!(started instanceof Error)) {
    await stop(started.child);
    assert.unreachable(`the daemon started with a bad config:\n${started.output()}`);
  }
  const m = /^the daemon exited with (\d+|null):\n([\s\S]*)$/.exec((started as Error).message);
  return { code: m && m[1] !== 'null' ? Number(m[1]) : null, output: m ? m[2]! : (started as Error).message };
}

async function refusal(p: Promise<unknown>): Promise<ClientError> {
  const e = await p.then(() => null, (e) => e);
  assert.instance(e, ClientError, 'expected a refusal');
  return e as ClientError;
}

test('mistyped keys stop the daemon (exit 2), each named with the key that was meant', async () => {
  const text = JSON.stringify(demoWith((c) => {
    c.hardware.printer.codepage = 'cp1251';
    c.hardware.printer.qrURL = 'http://queue.local/t/{ticket}';
    c.hardware.voice.alsadevice = 'hw:1,0';
    c.hardware.voice.outptu = 'alsa';
    c.office.timeZone = c.office.timezone;
  }));
  await withFile(text, async (file, dir) => {
    const r = await refusedAtStart(['--config', file, '--data', join(dir, 'data')]);
    assert.is(r.code, 2, r.output);
    for (const line of [
      'hardware.printer: unknown field "codepage" (did you mean "codePage"?); unknown field "qrURL" (did you mean "qrUrl"?)',
      'hardware.voice: unknown field "alsadevice" (did you mean "alsaDevice"?); unknown field "outptu" (did you mean "output"?)',
      'office: unknown field "timeZone" (did you mean "timezone"?)',
    ]) assert.ok(r.output.includes(line), `expected "${line}" in:\n${r.output}`);
  });
});

test('a config file nested thousands deep is refused in words with exit 2, not a stack overflow', async () => {
  await withFile(deepText(100_000), async (file, dir) => {
    const r = await refusedAtStart(['--config', file, '--data', join(dir, 'data')]);
    assert.is(r.code, 2, r.output);
    assert.match(r.output, /office\.name\[0\].*: nested deeper than \d+ levels/);
    assert.not.match(r.output, /call stack/i);
  });
});

test('a config file saved with a UTF-8 byte-order mark (Windows Notepad) starts the daemon', async () => {
  await withFile(`\uFEFF${JSON.stringify(demoConfig, null, 2)}`, async (file, dir) => {
    const d = await spawnDaemon(['--config', file, '--data', join(dir, 'data')]);
    try {
      const health = await (await fetch(`${d.url}/healthz`)).json();
      assert.ok(health, 'the daemon answers');
    } finally {
      await stop(d.child);
    }
  });
});

test('setConfig: deep nesting and unknown keys are CONFIG_INVALID with words, and the daemon goes on', async () => {
  const d = await testDaemon();
  const head = await ready(client(d, HEAD));
  try {
    const { config } = await head.request('getConfig', {});
    // Sent as a raw frame: the client library's JSON.stringify cannot even write it.
    const peer = await RawPeer.open(d.ws);
    peer.send({ id: 1, type: 'hello', protocol: 1, ...HEAD });
    await peer.answer(1);
    const edited = JSON.stringify({ ...config, office: { ...(config as any).office, name: '@DEEP@' } }).replace('"@DEEP@"', nested(20_000));
    peer.send(`{"id": 2, "type": "setConfig", "config": ${edited}}`);
    const deep = await peer.answer(2);
    assert.ok(deep.type === 'error', 'refused');
    assert.is(deep.type === 'error' && deep.error.code, 'CONFIG_INVALID');
    assert.match(deep.type === 'error' ? deep.error.message : '', /office\.name\[0\].*: nested deeper than \d+ levels/);
    peer.close();
    const typo = structuredClone(config) as any;
    typo.hardware.printer.codepage = 'cp1251';
    const unknown = await refusal(head.request('setConfig', { config: typo }));
    assert.is(unknown.code, 'CONFIG_INVALID');
    assert.equal(unknown.details!.problems, ['hardware.printer: unknown field "codepage" (did you mean "codePage"?)']);
    assert.ok((await head.request('ping', {})).now > 0, 'the daemon still answers');
  } finally {
    head.close();
    await d.stop();
  }
});

test('setConfig refuses to remove the last supervisor or the editing supervisor\'s own rights; nothing changes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-config-'));
  const file = join(dir, 'office-config.json');
  const d = await testDaemon({ configFile: file });
  const head = await ready(client(d, HEAD));
  try {
    const { config } = await head.request('getConfig', {});
    const before = JSON.stringify(d.service.config);

    const demoted = structuredClone(config) as any;
    demoted.staff.find((s: any) => s.id === 'head').role = 'operator';
    const own = await refusal(head.request('setConfig', { config: demoted }));
    assert.is(own.code, 'CONFIG_INVALID');
    // The office left with no head is the same mistake as the head's own demotion: said once, as hers.
    assert.equal(own.details!.problems, ['staff: you (head) cannot take away your own supervisor role; let another supervisor do it'], own.message);

    // With a second supervisor the office is not locked out, but the head still may not remove herself.
    const removed = structuredClone(config) as any;
    removed.staff = removed.staff.filter((s: any) => s.id !== 'head');
    removed.staff.push({ id: 'deputy', name: 'Заместитель', role: 'supervisor', pin: '8888' });
    const self = await refusal(head.request('setConfig', { config: removed }));
    assert.equal(self.details!.problems, ['staff: you (head) cannot remove yourself; let another supervisor do it']);

    assert.is(JSON.stringify(d.service.config), before, 'the configuration in use is unchanged');
    assert.is(await readFile(file, 'utf8').catch(() => null), null, 'nothing was saved');
    assert.ok((await head.request('getConfig', {})).config, 'the head still edits the configuration');

    // Handing the role over is fine: another supervisor stays, and the head keeps her own.
    const added = structuredClone(config) as any;
    added.staff.push({ id: 'deputy', name: 'Заместитель', role: 'supervisor', pin: '8888' });
    await head.request('setConfig', { config: added });
  } finally {
    head.close();
    await d.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
