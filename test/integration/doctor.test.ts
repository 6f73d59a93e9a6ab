// `npm run doctor` as an installer runs it: each device gets a verdict, and a problem comes with its fix.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';

const DOCTOR = fileURLToPath(new URL('../../queue-core/dist/doctor.js', import.meta.url));
const doctor = (args: string[]) =>
  new Promise<{ code: number; out: string }>((resolve) =>
    execFile(process.execPath, [DOCTOR, ...args], { timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: err ? (err as any).code ?? 1 : 0, out: stdout + stderr })));

test('on the demo config every device is reported as simulated, and nothing fails', async () => {
  const r = await doctor(['--wait', '0', '--no-sound']);
  assert.is(r.code, 0, r.out);
  assert.match(r.out, '[WARN] printer (simulated)');
  assert.match(r.out, "[OK  ] time zone: Asia/Irkutsk from the system's time zone database");
  assert.match(r.out, /\[OK {2}\] database driver: better-sqlite3 with SQLite 3\.\d+\.\d+/);
  assert.match(r.out, '[WARN] call buttons: simulated (4 virtual buttons)');
  assert.match(r.out, /\[OK {2}\] speech engine: festival \(ru\)/);
  assert.match(r.out, 'Талон эс сто пять пройдите в кабину номер два');
});

test('a Ukrainian office: espeak-ng is its voice, with no warning and no advice to install festvox-ru', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'doctor-'));
  const config = structuredClone(demoConfig) as any;
  config.office.language = 'uk';
  config.hardware.voice.language = 'uk';
  await writeFile(join(dir, 'uk.json'), JSON.stringify(config));
  const r = await doctor(['--config', join(dir, 'uk.json'), '--wait', '0', '--no-sound', '--no-print']);
  assert.match(r.out, /\[OK {2}\] speech engine: espeak-ng \(uk\)\n/);
  assert.not.match(r.out, 'festvox-ru');
  assert.match(r.out, "Талон ес сто п'ять пройдіть до кабіни номер два");
  await rm(dir, { recursive: true, force: true });
});

test('a network printer gets the code-page test page and a sample ticket; a dead one gets its fix', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'doctor-'));
  const peer = await new FakePrinter().listen();
  const config = structuredClone(demoConfig) as any;
  config.hardware.printer = { transport: 'network', host: '127.0.0.1', port: peer.port, timeoutMs: 1000 };
  config.hardware.voice.enabled = false;
  await writeFile(join(dir, 'ok.json'), JSON.stringify(config));
  const ok = await doctor(['--config', join(dir, 'ok.json'), '--wait', '0']);
  assert.match(ok.out, `[OK  ] printer (network 127.0.0.1:${peer.port})`);
  assert.is(peer.jobs.length, 2);
  const page = decodeEscPos(peer.jobs[0]!);
  assert.ok(page.lines.some((l) => l.text.includes('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ')), 'the whole alphabet in CP866');
  assert.ok(decodeEscPos(peer.jobs[1]!).lines.some((l) => l.text === 'С100'));
  await peer.close();
  const dead = await doctor(['--config', join(dir, 'ok.json'), '--wait', '0']);
  assert.is(dead.code, 1);
  assert.match(dead.out, /\[FAIL\] printer \(network 127\.0\.0\.1:\d+\): UNREACHABLE/);
  assert.match(dead.out, 'fix: switch the printer on');
  config.hardware.buttonBus = 'hid';
  await writeFile(join(dir, 'buttons.json'), JSON.stringify(config));
  const buttons = await doctor(['--config', join(dir, 'buttons.json'), '--wait', '0', '--no-print']);
  assert.match(buttons.out, '[FAIL] button of booth 1: no device 1209:b007 is plugged in');
  await rm(dir, { recursive: true, force: true });
});

test.run();
