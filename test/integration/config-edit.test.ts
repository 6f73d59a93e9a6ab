// The head of the service edits the office configuration from the panel: the same validation as the
// config file, changes reach every screen at once, and the file on disk is replaced safely.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientError } from '../../queue-core/src/protocol/index.ts';
import { parseConfigText } from '../../queue-core/src/config/load.ts';
import { client, ready, testDaemon, until } from '../helpers/daemon.ts';

test('a supervisor edits the config; bad edits are refused field by field; good ones reach the screens and the file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-config-'));
  const file = join(dir, 'office-config.json');
  const d = await testDaemon({ configFile: file });
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const hall = await ready(client(d, { role: 'display' }));
  const { config } = await head.request('getConfig', {});
  const bad = structuredClone(config) as any;
  bad.directions[1].prefix = '';
  bad.booths.push({ number: 5, directions: ['pensions'] });
  const refused = await head.request('setConfig', { config: bad }).catch((e) => e as ClientError);
  assert.instance(refused, ClientError);
  assert.is((refused as ClientError).code, 'CONFIG_INVALID');
  assert.equal((refused as ClientError).details!.problems, ['directions[1].prefix: expected 1–2 letters, got ""', 'booths[4].directions[0]: unknown direction "pensions"']);

  const good = structuredClone(config) as any;
  good.display.infoLine = [{ ru: 'Прожиточный минимум пенсионера — 15 250 руб.' }];
  good.booths.push({ number: 5, directions: ['consultation'] });
  good.staff.push({ id: 'novikova', name: 'Новикова Ирина', role: 'operator', pin: '7777' });
  const saved = await head.request('setConfig', { config: good });
  assert.equal(saved, { savedTo: file, restartNeeded: false });
  await until(() => hall.view!.booths.some((b) => b.number === 5) && hall.view!.display.infoLine[0]?.ru.startsWith('Прожиточный'));
  const onDisk = parseConfigText(await readFile(file, 'utf8'), file);
  assert.ok(onDisk.booths.some((b) => b.number === 5));
  const novikova = onDisk.staff.find((s) => s.id === 'novikova')!;
  assert.ok(novikova.pinHash && !novikova.pin, 'the new PIN is stored hashed');
  const op = await ready(client(d, { role: 'operator', staffId: 'novikova', pin: '7777', booth: 5 }));
  assert.is(op.session!.booth, 5, 'the new specialist logs in at the new booth');

  const shrink = structuredClone(good) as any;
  shrink.booths = shrink.booths.filter((b: any) => b.number !== 5);
  const inUse = await head.request('setConfig', { config: shrink }).catch((e) => e as ClientError);
  assert.is((inUse as ClientError).code, 'CONFIG_INVALID');
  assert.match((inUse as ClientError).message, 'booth 5 is open');
  for (const c of [head, hall, op]) c.close();
  await d.stop();
  await rm(dir, { recursive: true, force: true });
});

test('the supervisor may end the day; an operator may not, nor edit the config', async () => {
  const d = await testDaemon();
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  for (const p of [op.request('closeDay', {}), op.request('getConfig', {})]) assert.is((await p.catch((e) => e)).code, 'ROLE_FORBIDDEN');
  await head.request('closeDay', {});
  await until(() => head.view!.tickets.every((t) => t.state === 'closed') && head.view!.booths.every((b) => b.status === 'closed'));
  for (const c of [head, op, kiosk]) c.close();
  await d.stop();
});

test.run();
