// What a kiosk or display gets on hello, against the real daemon: the tickets still in the office and
// nothing finished, and one encoded frame shared by every hello until something changes.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Snapshot } from '../../queue-core/src/protocol/messages.ts';
import { RawPeer, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const test = suite<{ d: TestDaemon; clock: { t: number } }>('public snapshot');
test.before.each(async (ctx) => {
  ctx.clock = { t: at('2026-11-24', '10:00') };
  ctx.d = await testDaemon({ now: () => ctx.clock.t });
});
test.after.each(async (ctx) => {
  await ctx.d.stop();
});

/** Says hello as `role` and returns the snapshot frame exactly as it came over the wire. */
async function helloFrame(d: TestDaemon, role: 'display' | 'kiosk' | 'supervisor'): Promise<string> {
  const peer = await RawPeer.open(d.ws);
  peer.send({ id: 'h', type: 'hello', protocol: 1, role, ...(role === 'supervisor' ? { staffId: 'head', pin: '9999' } : {}) });
  const frame = await until(() => peer.frames.find((f) => f.startsWith('{"type":"snapshot"')));
  peer.close();
  return frame;
}

/** The commits a change sets off (the alert check after it) are done too. */
async function settled(d: TestDaemon) {
  await new Promise((resolve) => setImmediate(resolve));
  await d.service.idle();
}

const labels = (frame: string) => (JSON.parse(frame).snapshot as Snapshot).tickets.map((t) => `${t.label} ${t.state}`);

test('a display\'s snapshot holds the tickets still in the office, none of those already finished', async ({ d, clock }) => {
  const system = { role: 'system' as const };
  await d.service.execute({ type: 'openBooth', booth: 1, staffId: 'ivanova' }, system);
  for (let i = 0; i < 4; i++) await d.service.execute({ type: 'issue', directionId: 'documents' }, system);
  await d.service.execute({ type: 'callNext', booth: 1 }, system);
  await d.service.execute({ type: 'finish', booth: 1, result: 'explained' }, system);
  await d.service.execute({ type: 'callNext', booth: 1 }, system);
  await d.service.execute({ type: 'noShow', booth: 1 }, system);
  await d.service.execute({ type: 'callNext', booth: 1 }, system);
  clock.t += 1000;

  assert.equal(labels(await helloFrame(d, 'display')), ['Д102 called', 'Д103 waiting']);
  assert.equal(labels(await helloFrame(d, 'kiosk')), ['Д102 called', 'Д103 waiting']);
  assert.equal(labels(await helloFrame(d, 'supervisor')), ['Д100 done', 'Д101 no-show', 'Д102 called', 'Д103 waiting'], 'staff still see the whole day');
});

test('two hellos after the same change get the very same bytes; a commit gives the next hello a new frame', async ({ d, clock }) => {
  await d.service.execute({ type: 'issue', directionId: 'documents' }, { role: 'system' });
  await settled(d);
  const first = await helloFrame(d, 'display');
  clock.t += 1000;
  const second = await helloFrame(d, 'kiosk');
  assert.ok(first === second, 'the second hello is served the frame built for the first');

  await d.service.execute({ type: 'issue', directionId: 'certificates' }, { role: 'system' });
  await settled(d);
  const third = await helloFrame(d, 'display');
  assert.not.ok(third === first, 'a commit makes a new frame');
  assert.equal(labels(third), ['Д100 waiting', 'С100 waiting']);
  assert.is(JSON.parse(third).seq, d.service.store.lastSeq);
});

test.run();
