// `npm run doctor` as an installer runs it: each device gets a verdict, and a problem comes with its fix.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { FakePrinter } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';

const DOCTOR = fileURLToPath(new URL('../../queue-core/dist/doctor.js', import.meta.url));
const doctor = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; out: string }>((resolve) =>
    execFile(process.execPath, [DOCTOR, ...args], { timeout: 60_000, env: { ...process.env, ...env } }, (err, stdout, stderr) => resolve({ code: err ? (err as any).code ?? 1 : 0, out: stdout + stderr })));

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

test('a Ukrainian office: the test page shows every Ukrainian letter, the sample is marked as a sample, nothing is left in /tmp, and the sound card is named', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'doctor-'));
  const tmp = join(dir, 'tmp');
  await mkdir(tmp);
  const peer = await new FakePrinter().listen();
  const config = structuredClone(demoConfig) as any;
  config.office.language = 'uk';
  config.hardware.printer = { transport: 'network', host: '127.0.0.1', port: peer.port, timeoutMs: 1000 };
  config.hardware.voice = { enabled: true, engine: 'espeak-ng', language: 'uk', output: 'alsa' };
  await writeFile(join(dir, 'uk.json'), JSON.stringify(config));
  await writeFile(join(dir, 'cards'), ' 0 [vc4hdmi0       ]: vc4-hdmi - vc4-hdmi-0\n                      vc4-hdmi-0\n 1 [Headphones     ]: bcm2835_headpho - bcm2835 Headphones\n                      bcm2835 Headphones\n');
  const r = await doctor(['--config', join(dir, 'uk.json'), '--wait', '0', '--no-sound'], { TMPDIR: tmp, QUEUE_ASOUND_CARDS: join(dir, 'cards') });
  assert.is(peer.jobs.length, 2, r.out);
  const page = decodeEscPos(peer.jobs[0]!);
  assert.is(page.codePageNumber, 46);
  const pageText = page.lines.map((l) => l.text).join('\n');
  for (const letters of ['Ґ', 'Є', 'І', 'Ї', 'ґ', 'є', 'і', 'ї', "м'ята", 'М’ята']) assert.match(pageText, letters);
  const sample = decodeEscPos(peer.jobs[1]!).lines.map((l) => l.text);
  assert.ok(sample.includes('ЗРАЗОК (ПРОБНИЙ ДРУК)'), sample.join('\n'));
  assert.not.ok(sample.includes('ПОВТОРНО'), 'a sample is not a reprint');
  assert.ok(sample.includes('Видача довідок'), 'the operation in the office language');
  assert.equal(await readdir(tmp), [], 'no temporary folder is left behind');
  assert.match(r.out, '[WARN] sound card: ALSA device "default" — card 0 vc4hdmi0 (vc4-hdmi - vc4-hdmi-0) is an HDMI output');
  assert.match(r.out, 'hardware.voice.alsaDevice');
  config.hardware.voice.alsaDevice = 'plughw:CARD=Headphones,DEV=0';
  await writeFile(join(dir, 'uk.json'), JSON.stringify(config));
  const chosen = await doctor(['--config', join(dir, 'uk.json'), '--wait', '0', '--no-sound', '--no-print'], { TMPDIR: tmp, QUEUE_ASOUND_CARDS: join(dir, 'cards') });
  assert.match(chosen.out, '[OK  ] sound card: ALSA device "plughw:CARD=Headphones,DEV=0" — card 1 Headphones (bcm2835_headpho - bcm2835 Headphones); other cards: 0 vc4hdmi0');
  await peer.close();
  await rm(dir, { recursive: true, force: true });
});

test.run();
