#!/usr/bin/env node
// `npm run doctor [-- --config office.json] [--wait 15] [--no-print] [--no-sound]`
// Checks the office's hardware the way an installer would: finds printers and HID buttons, prints a
// code-page test page and a sample ticket, waits for a button press, speaks a test phrase, and says for
// each what is fine or exactly what to do about it.
import { parseArgs } from 'node:util';
import { mkdtemp, readdir, rm, access, constants as fsConstants } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AplayPlayer, Announcer, countUsbPrinters, FilePlayer, PieceCache, PrinterError, VOICE_PACKAGES, chooseEngine, createPrinter, nodeHidApi, renderCodePageTest, sayAloud,
  ReportDecoder, type HidApi, type PrinterConfig, type PrinterFault,
} from 'hardware';
import { ConfigError, loadConfigFile, parseConfigText } from './config/load.js';
import { demoConfig } from './config/demo.js';
import type { OfficeConfig } from './config/schema.js';
import { printerConfig } from './config/printer-settings.js';
import { soundCardVerdict } from './doctor-sound-card.js';
import { officeDateText, type TimeZone } from './domain/office-time.js';
import { ZoneBook } from './domain/zone-book.js';
import { systemZoneSource } from './system-zones.js';

type Verdict = 'ok' | 'warn' | 'fail' | 'skip';
const MARK: Record<Verdict, string> = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' };
const results: Verdict[] = [];

function report(verdict: Verdict, what: string, detail: string, fix?: string) {
  results.push(verdict);
  console.log(`[${MARK[verdict]}] ${what}: ${detail}`);
  if (fix) console.log(`       fix: ${fix}`);
}

const UDEV = 'sudo cp systemd/99-queue-devices.rules /etc/udev/rules.d/ && sudo udevadm control --reload-rules, then unplug and plug the device back';

const PRINTER_FIX: Record<PrinterFault, string> = {
  PAPER_OUT: 'load a new paper roll and close the cover',
  COVER_OPEN: 'close the printer cover until it clicks',
  OFFLINE: 'the printer reports offline: check the paper and the cover, then press FEED once',
  UNREACHABLE: 'switch the printer on and check its cable; for a network printer check its IP address (hold FEED while switching on to print its settings)',
  TIMEOUT: 'the printer took the connection but never finished: switch it off and on again',
  FAILED: 'see the message above; switch the printer off and on again',
};

async function checkPrinter(config: OfficeConfig, print: boolean, zone: TimeZone) {
  const p = printerConfig(config) as PrinterConfig;
  const lang = config.office.language;
  const where = p.transport === 'network' ? `network ${p.host}:${p.port}` : p.transport === 'usb' ? `USB${p.vendorId ? ` ${p.vendorId.toString(16)}:${p.productId?.toString(16)}` : ''}` : p.transport === 'serial' ? `serial ${p.path}` : 'simulated';
  if (p.transport === 'usb') {
    try {
      const found = await countUsbPrinters();
      report(found > 0 ? 'ok' : 'fail', 'USB printers', `${found} found`, found > 0 ? undefined : `connect the printer and check that \`lsusb\` lists it; ${UDEV}`);
    } catch (e) {
      report('fail', 'USB printers', `the USB library cannot load: ${(e as Error).message}`, 'sudo apt-get install libusb-1.0-0, then npm ci');
    }
  }
  if (!print) return report('skip', `printer (${where})`, 'not printing (--no-print)');
  const printer = createPrinter(p);
  const now = officeDateText(Date.now(), zone);
  try {
    await printer.printRaw('code page test', renderCodePageTest(p, lang));
    const direction = config.directions[0]!;
    const sample = await printer.print({
      office: { name: config.office.name, address: config.office.address, phones: config.office.phones }, language: lang,
      label: `${direction.prefix}100`, directionName: direction.name[lang] ?? direction.name.ru, issuedDate: now.date, issuedTime: now.time,
      ahead: 0, waitMinutes: 0, sample: true,
    });
    report(p.transport === 'simulated' ? 'warn' : 'ok', `printer (${where})`,
      p.transport === 'simulated' ? 'simulated: nothing was printed on paper' : `test page and sample ticket sent in ${p.codePage} (ESC t ${p.codePageNumber}); if the letters are garbled, set hardware.printer.maker or hardware.printer.codePageNumber to your printer's number for that page (docs/deploy.md, "Code pages")`);
    if (!sample.confirmed) report('warn', 'printer status', 'the printer does not answer status queries (DLE EOT): paper-out and an open cover cannot be detected, and tickets are reported as "status unknown"', 'connect the printer directly (its own network card or USB) rather than through a one-way print server, or check the paper by eye');
    else if (printer.state.paper === 'low') report('warn', 'printer paper', 'the paper roll is nearly used up', 'have a new roll ready');
  } catch (e) {
    const err = e instanceof PrinterError ? e : new PrinterError('FAILED', (e as Error).message);
    report('fail', `printer (${where})`, `${err.code}: ${err.message}`, PRINTER_FIX[err.code]);
  } finally {
    printer.close();
  }
}

async function hidrawPermissions(): Promise<string | null> {
  const nodes = (await readdir('/dev').catch(() => [] as string[])).filter((n) => n.startsWith('hidraw'));
  for (const n of nodes) {
    const ok = await access(join('/dev', n), fsConstants.R_OK).then(() => true, () => false);
    if (!ok) return `/dev/${n} is not readable by this user`;
  }
  return null;
}

async function checkButtons(config: OfficeConfig, waitSeconds: number) {
  const hw = config.hardware;
  if (hw.buttonBus === 'simulated') return report('warn', 'call buttons', `simulated (${hw.buttons.length} virtual buttons); set hardware.buttonBus to "hid" for real ones`);
  let api: HidApi;
  try {
    api = await nodeHidApi();
  } catch (e) {
    return report('fail', 'call buttons', `node-hid cannot load: ${(e as Error).message}`, 'sudo apt-get install libusb-1.0-0 libudev1, then npm ci');
  }
  let list;
  try {
    list = api.devices();
  } catch (e) {
    return report('fail', 'call buttons', `cannot list HID devices: ${(e as Error).message}`);
  }
  console.log(`       HID devices here: ${list.length === 0 ? 'none' : list.map((d) => `${d.vendorId.toString(16).padStart(4, '0')}:${d.productId.toString(16).padStart(4, '0')} ${d.product ?? ''}`.trim()).join('; ')}`);
  const perm = await hidrawPermissions();
  if (perm) report('warn', 'HID permissions', perm, UDEV);
  if (hw.buttons.length === 0) return report('skip', 'call buttons', 'none configured (hardware.buttons)');
  for (const b of hw.buttons) {
    const found = list.find((d) => d.vendorId === b.vendorId && d.productId === b.productId && (!b.serialNumber || d.serialNumber === b.serialNumber) && (!b.path || d.path === b.path));
    const id = `${b.vendorId.toString(16).padStart(4, '0')}:${b.productId.toString(16).padStart(4, '0')}`;
    if (!found?.path) {
      report('fail', `button of booth ${b.booth}`, `no device ${id} is plugged in`, 'plug the button in; if it is plugged in, check its ids with `lsusb` and hardware.buttons in the config');
      continue;
    }
    let device;
    try {
      device = api.open(found.path);
    } catch (e) {
      report('fail', `button of booth ${b.booth}`, `cannot open ${found.path}: ${(e as Error).message}`, UDEV);
      continue;
    }
    if (!process.stdin.isTTY || waitSeconds === 0) {
      report('ok', `button of booth ${b.booth}`, `${id} found and opened at ${found.path} (press test skipped: not a terminal or --wait 0)`);
      device.close();
      continue;
    }
    console.log(`       press the button of booth ${b.booth} within ${waitSeconds} s…`);
    const decoder = new ReportDecoder(b.keys);
    const pressed = await new Promise<string | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), waitSeconds * 1000);
      device.on('data', (report: Buffer) => {
        const actions = decoder.decode(report);
        const raw = report.toString('hex');
        if (actions.length > 0 || report.some((x) => x !== 0)) {
          clearTimeout(timer);
          resolve(actions.length > 0 ? actions.join(', ') : `unmapped report ${raw}`);
        }
      });
    });
    device.close();
    if (pressed === null) report('fail', `button of booth ${b.booth}`, 'no press within the time', 'check the cable; a keyboard-type button may need its key set in hardware.buttons[].keys');
    else report(pressed.startsWith('unmapped') ? 'warn' : 'ok', `button of booth ${b.booth}`, `pressed: ${pressed}`, pressed.startsWith('unmapped') ? 'map these report bytes in hardware.buttons[].keys' : undefined);
  }
}

async function checkVoice(config: OfficeConfig, sound: boolean) {
  const v = config.hardware.voice;
  if (!v.enabled) return report('skip', 'voice', 'disabled in the config (hardware.voice.enabled)');
  const choice = await chooseEngine(v.engine, v.language);
  if (!choice.engine) return report('fail', 'voice', choice.detail ?? 'no speech engine', `sudo apt-get install ${VOICE_PACKAGES[v.language]}`);
  report(choice.state === 'ok' ? 'ok' : 'warn', 'speech engine', `${choice.engine.name} (${v.language})${choice.detail ? ` — ${choice.detail}` : ''}`, choice.state === 'ok' ? undefined : 'sudo apt-get install festival festvox-ru');
  if (v.output === 'alsa') {
    const card = await soundCardVerdict(v.alsaDevice);
    report(card.verdict, 'sound card', card.detail, card.fix);
  }
  const dir = await mkdtemp(join(tmpdir(), 'queue-doctor-'));
  try {
    const player = !sound || v.output === 'files' ? new FilePlayer(dir) : new AplayPlayer(v.alsaDevice);
    const announcer = new Announcer({ language: v.language, template: v.template, volume: v.volume, repeat: 1, choice, cache: new PieceCache(choice.engine, null), player });
    const a = await announcer.announce(`${config.directions[0]!.prefix}105`, 2);
    const status = announcer.status();
    if (status.state === 'failed') report('fail', 'PA output', status.detail ?? 'cannot play', 'sudo apt-get install alsa-utils; check `aplay -l`, the volume in alsamixer, and that the service user is in the "audio" group');
    else report(player.kind === 'file' ? 'warn' : 'ok', 'test announcement', `${Math.round(a.durationMs)} ms of sound ${player.kind === 'file' ? 'made (no sound played)' : `played on ALSA device "${v.alsaDevice ?? 'default'}"`}: "${a.pieces.join(' ')}"`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (sound && v.output === 'alsa' && choice.engine.name === 'festival') {
    try {
      await sayAloud('Проверка громкой связи');
      report('ok', 'festival live speech (say)', 'spoke "Проверка громкой связи"');
    } catch (e) {
      report('warn', 'festival live speech (say)', (e as Error).message, 'sudo apt-get install festival festvox-ru alsa-utils');
    }
  }
}

/** The database driver is a native module: one that failed to build stops the daemon at its first start. */
async function checkDatabaseDriver() {
  try {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(':memory:');
    const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
    db.close();
    report('ok', 'database driver', `better-sqlite3 with SQLite ${version}`);
  } catch (e) {
    report('fail', 'database driver', `better-sqlite3 does not load: ${(e as Error).message}`, 'sudo apt-get install python3 make g++, then `npm rebuild better-sqlite3`');
  }
}

async function main() {
  const { values } = parseArgs({ options: { config: { type: 'string' }, wait: { type: 'string', default: '15' }, 'no-print': { type: 'boolean' }, 'no-sound': { type: 'boolean' } } });
  let config: OfficeConfig;
  const file = values.config ?? process.env.QUEUE_CONFIG;
  const zones = new ZoneBook(systemZoneSource());
  try {
    config = file ? await loadConfigFile(file, zones) : parseConfigText(JSON.stringify(demoConfig), 'embedded demo config', zones);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`The configuration is not valid — ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  console.log(`queue-core doctor — ${file ?? 'the embedded demo config (simulated hardware)'}\n`);
  const tz = config.office.timezone;
  if (zones.hasRules(tz)) report('ok', 'time zone', `${tz} from the system's time zone database`);
  else report('warn', 'time zone', `${tz} is not in the system's time zone database; Intl is used, at some 8 MB more memory`, 'sudo apt-get install tzdata');
  await checkDatabaseDriver();
  await checkPrinter(config, !values['no-print'], zones.zone(tz));
  await checkButtons(config, Number(values.wait));
  await checkVoice(config, !values['no-sound']);
  const fails = results.filter((r) => r === 'fail').length, warns = results.filter((r) => r === 'warn').length;
  console.log(`\n${results.filter((r) => r === 'ok').length} OK, ${warns} warning(s), ${fails} problem(s)`);
  process.exit(fails > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(`doctor failed: ${(e as Error).message}`);
  process.exit(1);
});
