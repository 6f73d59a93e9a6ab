// Several halls against the real daemon: each hall display is sent its own calls and lines and nothing of
// the other hall, one encoded snapshot per hall; the ticket and the kiosk's answer say which hall to go
// to; a call is spoken on its hall's speaker (a stand-in aplay records the device it was given); an
// unknown hall's display is told so in the office language. An office without halls is as before.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';
import type { Snapshot } from '../../queue-core/src/protocol/messages.ts';
import { RawPeer, client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';
import { at } from '../helpers/office.ts';
import { twoHalls } from '../helpers/halls.ts';

const test = suite<{ d: TestDaemon; clock: { t: number }; clients: QueueClient[] }>('halls');
test.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-11-24', '10:00') };
  ctx.clients = [];
  ctx.d = await testDaemon({ config: demo((c) => twoHalls(c)), now: () => ctx.clock.t });
});
test.after.each(async (ctx) => {
  for (const c of ctx.clients) c.close();
  await ctx.d.stop();
});

const system = { role: 'system' as const };

async function hallFrame(d: TestDaemon, hall?: string): Promise<string> {
  const peer = await RawPeer.open(d.ws);
  peer.send({ id: 'h', type: 'hello', protocol: 1, role: 'display', ...(hall ? { hall } : {}) });
  const frame = await until(() => peer.frames.find((f) => f.startsWith('{"type":"snapshot"')));
  peer.close();
  return frame;
}

const calls = (v: Snapshot) => v.tickets.filter((t) => t.state === 'called').map((t) => `${t.label}→${t.booth}`).sort();

test('each hall display gets its own calls, lines and counts, and nothing of the other hall', async (ctx) => {
  const { d } = ctx;
  await d.service.execute({ type: 'openBooth', booth: 1, staffId: 'ivanova' }, system);
  await d.service.execute({ type: 'openBooth', booth: 3, staffId: 'sidorov' }, system);
  for (const dir of ['certificates', 'certificates', 'documents', 'consultation', 'documents']) {
    await d.service.execute({ type: 'issue', directionId: dir }, system);
    ctx.clock.t += 1000;
  }
  const h1 = await ready(client(d, { role: 'display', hall: 'h1' }));
  const h2 = await ready(client(d, { role: 'display', hall: 'h2' }));
  const whole = await ready(client(d, { role: 'display' }));
  ctx.clients.push(h1, h2, whole);

  assert.equal(h1.view!.directions.map((x) => x.id), ['certificates']);
  assert.equal(h1.view!.summary.directions.map((x) => `${x.id}:${x.waiting}`), ['certificates:2']);
  assert.equal(h2.view!.summary.directions.map((x) => `${x.id}:${x.waiting}`), ['documents:2', 'consultation:1']);
  assert.equal(h1.view!.booths.map((b) => b.number), [1, 2]);
  assert.equal(h2.view!.tickets.map((t) => t.label).sort(), ['Д100', 'Д101', 'К100']);
  assert.is(h2.view!.hall, 'h2');
  assert.equal(whole.view!.summary.directions.length, demo().directions.length, '/display/hall without a hall shows the whole office, as before');

  await d.service.execute({ type: 'callNext', booth: 3 }, system);
  await until(() => calls(h2.view!).length === 1 && calls(whole.view!).length === 1);
  await d.service.execute({ type: 'callNext', booth: 1 }, system);
  await until(() => calls(h1.view!).length === 1 && calls(whole.view!).length === 2);
  assert.equal(calls(h2.view!), ['Д100→3']);
  assert.equal(calls(h1.view!), ['С100→1'], 'hall 1 never hears of the call at booth 3');
  assert.equal(h1.view!.summary.directions.map((x) => `${x.id}:${x.waiting}`), ['certificates:1'], 'updates carry the hall\'s counts alone');

  // A ticket sent on from hall 2 to hall 1 leaves hall 2's board and waits in hall 1's line.
  await d.service.execute({ type: 'transfer', booth: 3, toDirection: 'certificates' }, system);
  await until(() => calls(h2.view!).length === 0);
  await until(() => h1.view!.summary.directions[0]!.waiting === 2);
  await d.service.execute({ type: 'finish', booth: 1, result: 'explained' }, system);
  await d.service.execute({ type: 'callTicket', booth: 1, ticketId: '2026-11-24/documents/100' }, system);
  await until(() => calls(h1.view!).join() === 'Д100→1');
  assert.equal(calls(h2.view!), [], 'hall 2 does not show a call in hall 1');
});

test('one encoded snapshot per hall per change: two hellos of a hall get the same bytes, the halls differ', async ({ d }) => {
  await d.service.execute({ type: 'issue', directionId: 'documents' }, system);
  await new Promise((r) => setImmediate(r));
  await d.service.idle();
  const a = await hallFrame(d, 'h1');
  const b = await hallFrame(d, 'h2');
  const a2 = await hallFrame(d, 'h1');
  const b2 = await hallFrame(d, 'h2');
  assert.ok(a === a2 && b === b2, 'each hall\'s frame is built once and served again');
  assert.not.ok(a === b);
  const snap = (f: string) => JSON.parse(f).snapshot as Snapshot;
  assert.equal(snap(a).tickets, []);
  assert.equal(snap(b).tickets.map((t) => t.label), ['Д100']);
  assert.equal(snap(a).halls.map((h) => `${h.id}:${h.booths.join('+')}`), ['h1:1+2', 'h2:3+4']);
});

test('a display asking for a hall the office lacks is refused with the halls it has', async ({ d }) => {
  const peer = await RawPeer.open(d.ws);
  peer.send({ id: 'h', type: 'hello', protocol: 1, role: 'display', hall: 'h9' });
  const answer = await until(() => peer.messages.find((m) => m.type === 'error'));
  assert.is((answer as any).error.code, 'HALL_NOT_FOUND');
  assert.equal((answer as any).error.details.halls, ['h1', 'h2']);
  peer.send({ id: 'k', type: 'hello', protocol: 1, role: 'kiosk', hall: 'h1' });
  const second = await until(() => peer.messages.filter((m) => m.type === 'error')[1]);
  assert.is((second as any).error.code, 'BAD_REQUEST', 'only a display shows one hall');
  peer.close();
});

test('/display/hall/<unknown> is a page in the office language naming the halls; a known hall gets the app', async ({ d }) => {
  const page = await fetch(`${d.url}/display/hall/h9`);
  assert.is(page.status, 404);
  const text = await page.text();
  assert.match(text, 'Такого зала нет');
  assert.match(text, '/display/hall/h2 — Зал 2');
  const app = await fetch(`${d.url}/display/hall/h2`);
  assert.is(app.status, 200);
  assert.match(await app.text(), '<!doctype html>');
  await d.stop();
  const uk = await testDaemon({ config: demo((c) => { twoHalls(c); c.office.language = 'uk'; }) });
  const ukText = await (await fetch(`${uk.url}/display/hall/x`)).text();
  assert.match(ukText, 'Такого залу немає');
  assert.match(ukText, 'Зали установи');
  await uk.stop();
});

test('the kiosk is told the hall and the printed ticket says it; an office of one hall says nothing of halls', async (ctx) => {
  await ctx.d.stop();
  const peer = await new FakePrinter().listen();
  const printer = (c: any) => { c.hardware.printer = { transport: 'network', host: '127.0.0.1', port: peer.port, timeoutMs: 600 }; };
  const d = await testDaemon({ config: demo((c) => { twoHalls(c); printer(c); }) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const r = await kiosk.request('issue', { directionId: 'documents' });
  assert.equal(r.hall, { id: 'h2', name: { ru: 'Зал 2', uk: 'Зал 2', en: 'Hall 2' } });
  await until(() => peer.jobs.length === 1);
  const lines = decodeEscPos(peer.jobs[0]!).lines.map((l) => l.text);
  assert.ok(lines.includes('Пройдите в зал 2'), lines.join('\n'));
  kiosk.close();
  await d.stop();

  const one = await testDaemon({ config: demo(printer) });
  const k1 = await ready(client(one, { role: 'kiosk' }));
  const r1 = await k1.request('issue', { directionId: 'documents' });
  assert.is(r1.hall, null);
  await until(() => peer.jobs.length === 2);
  const plain = decodeEscPos(peer.jobs[1]!).lines.map((l) => l.text);
  assert.not.ok(plain.some((l) => l.includes('зал')), plain.join('\n'));
  k1.close();
  await one.stop();
  await peer.close();
});

test('a call is spoken on its hall\'s speaker; a hall set to "everywhere" is heard in every hall', async (ctx) => {
  await ctx.d.stop();
  const dir = await mkdtemp(join(tmpdir(), 'aplay-'));
  const log = join(dir, 'devices.txt');
  // A stand-in aplay that records the device it was asked for and reads the sound to its end.
  await writeFile(join(dir, 'aplay'), `#!/bin/sh\ndev=default\nwhile [ $# -gt 0 ]; do if [ "$1" = "-D" ]; then dev="$2"; fi; shift; done\necho "$dev" >> ${log}\ncat > /dev/null\n`);
  await chmod(join(dir, 'aplay'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${dir}:${path}`;
  try {
    const d = await testDaemon({ config: demo((c) => {
      twoHalls(c, { h1: 'hall1', h2: EVERY });
      c.hardware.voice = { ...c.hardware.voice, output: 'alsa' };
    }) });
    await d.devices.ready();
    await d.service.execute({ type: 'openBooth', booth: 1, staffId: 'ivanova' }, system);
    await d.service.execute({ type: 'openBooth', booth: 3, staffId: 'sidorov' }, system);
    await d.service.execute({ type: 'issue', directionId: 'certificates' }, system);
    await d.service.execute({ type: 'issue', directionId: 'documents' }, system);
    await d.service.execute({ type: 'callNext', booth: 1 }, system);
    await until(() => d.devices.announcer!.history.length === 1);
    assert.equal((await readFile(log, 'utf8')).trim().split('\n'), ['hall1'], 'booth 1 is in hall 1: its speaker alone');
    await d.service.execute({ type: 'callNext', booth: 3 }, system);
    await until(() => d.devices.announcer!.history.length === 2);
    // Hall 2 is "everywhere": hall 1's speaker and the office's PA (hall 2 has no device of its own).
    assert.equal((await readFile(log, 'utf8')).trim().split('\n').slice(1).sort(), ['default', 'hall1']);
    assert.equal(d.devices.announcer!.history[1]!.devices, ['hall1', undefined]);
    assert.equal(d.devices.status().voice.state, 'ok');
    await d.stop();
  } finally {
    process.env.PATH = path;
    await rm(dir, { recursive: true, force: true });
  }
});

const EVERY = 'everywhere';

test('the head takes the halls out of the configuration: a hall display is told its hall is gone, the plain one goes on', async (ctx) => {
  const { d } = ctx;
  const h2 = await ready(client(d, { role: 'display', hall: 'h2' }));
  const whole = await ready(client(d, { role: 'display' }));
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  ctx.clients.push(h2, whole, head);
  const { config } = await head.request('getConfig', {});
  delete (config as any).halls;
  await head.request('setConfig', { config });
  await until(() => h2.status === 'refused');
  assert.is(h2.refusal?.code, 'HALL_NOT_FOUND');
  assert.equal(h2.refusal?.details?.halls, ['main']);
  await until(() => whole.view!.halls.length === 1);
  assert.is(whole.status, 'online');
});

test.run();
