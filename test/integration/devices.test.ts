// The daemon with its devices: the kiosk's ticket reaches a network printer (a TCP peer on 127.0.0.1),
// a printer fault reaches the kiosk and the supervisor without losing the ticket, a booth's call button
// calls, and every call is announced as a real WAV file.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../../queue-core/src/protocol/index.ts';
import { SimulatedHid, parseWav, rms } from '../../hardware/src/index.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { FakePrinter, PAPER_OUT, READY } from '../helpers/fake-printer.ts';
import { decodeEscPos } from '../helpers/escpos-decoder.ts';

const withNetworkPrinter = (port: number) => demo((c) => { c.hardware.printer = { transport: 'network', host: '127.0.0.1', port, timeoutMs: 1500, qrUrl: 'http://queue.local/t/{ticket}' }; });

test('a kiosk tap prints the ticket on the network printer and tells the kiosk it printed', async () => {
  const peer = await new FakePrinter().listen();
  const d = await testDaemon({ config: withNetworkPrinter(peer.port) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const notices: Notice[] = [];
  kiosk.onNotice((n) => notices.push(n));
  const issued = await kiosk.request('issue', { directionId: 'documents' });
  const printed = await until(() => notices.find((n) => n.kind === 'print'));
  assert.equal(printed, { kind: 'print', ticketId: issued.ticket.id, label: 'Д100', ok: true });
  const job = decodeEscPos(peer.jobs[0]!);
  assert.ok(job.lines.some((l) => l.text === 'Д100' && l.width === 2));
  assert.ok(job.lines.some((l) => l.text === 'Сдача документов'));
  assert.ok(job.lines.some((l) => l.text.includes('Клиентская служба филиала ЦСПН')));
  assert.equal(job.qr, ['http://queue.local/t/%D0%94100']);
  const health = (await (await fetch(`${d.url}/healthz`)).json()) as any;
  assert.equal([health.printer.state, health.printer.transport], ['ok', 'network']);
  kiosk.close();
  await d.stop();
  await peer.close();
});

test('out of paper: the ticket stays issued, the kiosk and the supervisor are told, and it can be reprinted', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: PAPER_OUT };
  const d = await testDaemon({ config: withNetworkPrinter(peer.port) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const kioskNotices: Notice[] = [], headNotices: Notice[] = [];
  kiosk.onNotice((n) => kioskNotices.push(n));
  head.onNotice((n) => headNotices.push(n));
  const issued = await kiosk.request('issue', { directionId: 'certificates' });
  const failed = await until(() => kioskNotices.find((n) => n.kind === 'print'));
  assert.is(failed.kind === 'print' && failed.ok, false);
  assert.is(failed.kind === 'print' && failed.error!.code, 'PRINTER_FAILED');
  assert.is(failed.kind === 'print' && failed.error!.details!.cause, 'PAPER_OUT');
  const alert = await until(() => headNotices.find((n) => n.kind === 'alert'));
  assert.is(alert.kind === 'alert' ? alert.message : '', 'Талон С100 не напечатан: закончилась бумага');
  assert.is(alert.kind === 'alert' ? alert.detail : '', 'paper has run out');
  const devices = await until(() => headNotices.find((n) => n.kind === 'devices' && n.devices.printer.state === 'failed'));
  assert.ok(devices);
  assert.ok(head.view!.tickets.some((t) => t.label === 'С100' && t.state === 'waiting'), 'the ticket is in the queue all the same');
  peer.status = { answers: READY };
  await head.request('reprint', { ticketId: issued.ticket.id });
  const job = decodeEscPos(peer.jobs[0]!);
  assert.ok(job.lines.some((l) => l.text === 'ПОВТОРНО') && job.lines.some((l) => l.text === 'С100'));
  await until(() => head.view!.devices.printer.state === 'ok');
  kiosk.close();
  head.close();
  await d.stop();
  await peer.close();
});

test('a printer that vanished does not hold up the kiosk\'s answer', async () => {
  const peer = await new FakePrinter().listen();
  peer.status = { answers: null, hang: true };
  const d = await testDaemon({ config: withNetworkPrinter(peer.port) });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const t0 = Date.now();
  await kiosk.request('issue', { directionId: 'documents' });
  assert.ok(Date.now() - t0 < 1000, 'the number is shown before the printer times out');
  const notices: Notice[] = [];
  kiosk.onNotice((n) => notices.push(n));
  const failed = await until(() => notices.find((n) => n.kind === 'print'), 5000);
  assert.is(failed.kind === 'print' && failed.error!.details!.cause, 'TIMEOUT');
  kiosk.close();
  await d.stop();
  await peer.close();
});

test('a booth\'s call button calls the next citizen, the panel hears of the press, and replugging works', async () => {
  const bus = new SimulatedHid();
  bus.plug({ vendorId: 0x1209, productId: 0xb007, serialNumber: 'DEMO-1', path: '/dev/hidraw0' });
  const d = await testDaemon({ config: demo((c) => { c.hardware.buttonBus = 'hid'; }), hid: bus });
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const notices: Notice[] = [];
  op.onNotice((n) => notices.push(n));
  await kiosk.request('issue', { directionId: 'consultation' });
  await kiosk.request('issue', { directionId: 'consultation' });
  bus.tapKey('/dev/hidraw0', 'F1');
  await until(() => op.view!.tickets.find((t) => t.label === 'К100' && t.state === 'called'));
  assert.equal(await until(() => notices.find((n) => n.kind === 'button')), { kind: 'button', booth: 1, action: 'callNext', ok: true });
  bus.tapKey('/dev/hidraw0', 'F3');
  await until(() => op.view!.tickets.find((t) => t.label === 'К100' && t.state === 'done'));
  assert.is((op.view!.tickets.find((t) => t.label === 'К100') as any).result, 'explained');
  bus.unplug('/dev/hidraw0');
  await until(() => op.view!.devices.buttons.find((b) => b.booth === 1)!.state === 'missing');
  bus.plug({ vendorId: 0x1209, productId: 0xb007, serialNumber: 'DEMO-1', path: '/dev/hidraw1' });
  d.devices.buttons.poll();
  await until(() => op.view!.devices.buttons.find((b) => b.booth === 1)!.state === 'connected');
  bus.tapKey('/dev/hidraw1', 'F1');
  await until(() => op.view!.tickets.find((t) => t.label === 'К101' && t.state === 'called'));
  // A press at a closed booth is refused and reported, not acted on.
  bus.plug({ vendorId: 0x1209, productId: 0xb007, serialNumber: 'DEMO-2', path: '/dev/hidraw2' });
  d.devices.buttons.poll();
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const headNotices: Notice[] = [];
  head.onNotice((n) => headNotices.push(n));
  bus.tapKey('/dev/hidraw2', 'F1');
  const refused = await until(() => headNotices.find((n) => n.kind === 'button'));
  assert.equal(refused.kind === 'button' && [refused.booth, refused.ok, refused.error!.code], [2, false, 'BOOTH_CLOSED']);
  for (const c of [op, kiosk, head]) c.close();
  await d.stop();
});

test('every call and recall is announced over the PA: the simulator writes a WAV of each', async () => {
  const d = await testDaemon();
  await d.devices.ready();
  const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  await kiosk.request('issue', { directionId: 'documents' });
  await op.request('callNext', {});
  await op.request('recall', {});
  await d.devices.announcer!.idle();
  const files = (await readdir(join(d.dataDir, 'announcements'))).sort();
  assert.equal(files, ['0001-Д100-2.wav', '0002-Д100-2.wav']);
  const history = d.devices.announcer!.history;
  assert.equal(history[0]!.pieces, ['Талон', 'дэ', 'сто', 'пройдите в кабину номер', 'два']);
  const wav = parseWav(await (await import('node:fs/promises')).readFile(join(d.dataDir, 'announcements', files[0]!)));
  assert.ok(rms(wav, 1400) > 300, 'speech follows the chime');
  const health = (await (await fetch(`${d.url}/healthz`)).json()) as any;
  assert.equal([health.voice.state, health.voice.engine], ['simulated', 'espeak-ng']);
  op.close();
  kiosk.close();
  await d.stop();
});

test('a voice that cannot play reaches the staff at once, in words: the panel is pushed the state, the head reads no ALSA lines', async () => {
  const d = await testDaemon({ config: demo((c) => { c.hardware.voice = { ...c.hardware.voice, output: 'alsa', alsaDevice: 'queue_test_no_such_pcm' }; }) });
  await d.devices.ready();
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const op = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  assert.is(head.view!.devices.voice.state, 'ok', 'nothing is known to be wrong before the first call');
  const pushed: Notice[] = [];
  head.onNotice((n) => pushed.push(n));
  await kiosk.request('issue', { directionId: 'documents' });
  const calledAt = Date.now();
  await op.request('callNext', {});
  const failed = await until(() => pushed.find((n) => n.kind === 'devices' && n.devices.voice.state === 'failed'), 3000);
  assert.ok(Date.now() - calledAt < 2000, 'pushed as the call fails, not at the next alert check');
  const voice = failed.kind === 'devices' ? failed.devices.voice : null;
  assert.is(voice!.problem, 'unknown-device');
  assert.match(voice!.detail!, 'queue_test_no_such_pcm', 'the raw message is there for an installer, folded away on screen');
  assert.is(head.view!.devices.voice.state, 'failed', "the head's view follows the push");
  // After a reload the head reads the alert: a short sentence in the office language, no ALSA lines.
  const again = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const alert = await until(() => again.view!.alerts?.find((a) => a.kind === 'voice') ?? (again.view && null));
  assert.is(alert.message, 'Голосовое оповещение не работает: звуковое устройство из настроек не найдено');
  const health = (await (await fetch(`${d.url}/healthz`)).json()) as any;
  assert.equal([health.voice.state, health.voice.problem], ['failed', 'unknown-device']);
  assert.match(health.voice.detail, 'Unknown PCM queue_test_no_such_pcm');
  for (const c of [head, op, kiosk, again]) c.close();
  await d.stop();
});

test('the demo\'s virtual button: booth 1\'s specialist presses it from the panel, the call happens and is announced; nobody else can', async () => {
  const d = await testDaemon();
  await d.devices.ready();
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const notices: Notice[] = [];
  op.onNotice((n) => notices.push(n));
  await kiosk.request('issue', { directionId: 'documents' });
  assert.equal(await op.request('pressButton', { action: 'callNext' }), { ok: true });
  await until(() => op.view!.tickets.find((t) => t.label === 'Д100' && t.state === 'called' && t.booth === 1));
  assert.equal(await until(() => notices.find((n) => n.kind === 'button')), { kind: 'button', booth: 1, action: 'callNext', ok: true }, 'told as a real press is');
  await d.devices.announcer!.idle();
  assert.equal(d.devices.announcer!.history.map((a) => [a.label, a.booth]), [['Д100', 1]], 'and heard over the PA');
  // Only an operator, at its own booth; a kiosk or the hall cannot press anything.
  await kiosk.request('pressButton' as any, { action: 'callNext' }).then(() => assert.unreachable('a kiosk pressed a button'), (e) => assert.is(e.code, 'ROLE_FORBIDDEN'));
  const anonymous = await ready(client(d, { role: 'display' }));
  await anonymous.request('pressButton' as any, { action: 'callNext' }).then(() => assert.unreachable('a display pressed a button'), (e) => assert.is(e.code, 'ROLE_FORBIDDEN'));
  await op.request('pressButton', { action: 'transfer' as any }).then(() => assert.unreachable(), (e) => assert.is(e.code, 'BAD_REQUEST'));
  for (const c of [op, kiosk, anonymous]) c.close();
  await d.stop();
  // Where the buttons are real USB devices, nothing can press them over the network.
  const bus = new SimulatedHid();
  const real = await testDaemon({ config: demo((c) => { c.hardware.buttonBus = 'hid'; }), hid: bus });
  const op2 = await ready(client(real, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  await op2.request('pressButton', { action: 'callNext' }).then(() => assert.unreachable('a real button was pressed remotely'), (e) => assert.is(e.code, 'BUTTONS_NOT_SIMULATED'));
  op2.close();
  await real.stop();
});

test('ALSA\'s answers are told apart: no sound card, an unknown device name, a busy device, no aplay', async () => {
  const { playerProblem } = await import('../../hardware/src/index.ts');
  const noCard = "aplay exited with 1: ALSA lib confmisc.c:855:(parse_card) cannot find card '0'\nALSA lib conf.c:5180:(_snd_config_evaluate) function snd_func_card_inum returned error: No such file or directory\naplay: main:831: audio open error: No such file or directory";
  assert.is(playerProblem(noCard), 'no-sound-card');
  assert.is(playerProblem('aplay exited with 1: ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM pa\naplay: main:831: audio open error: No such file or directory'), 'unknown-device');
  assert.is(playerProblem('aplay exited with 1: aplay: main:831: audio open error: Device or resource busy'), 'device-busy');
  assert.is(playerProblem('aplay: spawn aplay ENOENT'), 'no-player');
  assert.is(playerProblem('aplay exited with 1: something else'), 'play-failed');
});

test.run();
