// Booth call buttons: report bytes as real devices send them, mapped to actions; discovery, unplug and
// replug through the hub with a simulated HID bus (no USB device exists here; the hub code is real).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ButtonHub, ReportDecoder, SimulatedHid, nodeHidApi, isValidKeySpec, type ButtonAction } from '../../hardware/src/index.ts';

test('a keyboard-type keypad: F1 calls next, F2 recalls; holding a key or releasing it does nothing', () => {
  const d = new ReportDecoder({ 'key:F1': 'callNext', 'key:F2': 'recall', 'key:KP_5': 'finish' });
  // Recorded from a USB foot switch set to F1: key down, auto-repeat while held, key up.
  assert.equal(d.decode(Buffer.from([0, 0, 0x3a, 0, 0, 0, 0, 0])), ['callNext']);
  assert.equal(d.decode(Buffer.from([0, 0, 0x3a, 0, 0, 0, 0, 0])), []);
  assert.equal(d.decode(Buffer.from([0, 0, 0, 0, 0, 0, 0, 0])), []);
  assert.equal(d.decode(Buffer.from([0, 0, 0, 0, 0, 0, 0, 0])), []);
  assert.equal(d.decode(Buffer.from([0x01, 0, 0, 0x5d, 0, 0, 0, 0, 0])), ['finish'], 'a report with a report id in front');
  assert.equal(d.decode(Buffer.from([0, 0, 0x04, 0, 0, 0, 0, 0])), [], 'an unmapped key (A) is ignored');
});

test('a vendor-specific button: leading bytes pick the action, the release report is ignored', () => {
  const d = new ReportDecoder({ '01': 'callNext', '02': 'recall', '0201': 'noShow' });
  assert.equal(d.decode(Buffer.from([0x01, 0x00])), ['callNext']);
  assert.equal(d.decode(Buffer.from([0x00, 0x00])), []);
  assert.equal(d.decode(Buffer.from([0x02, 0x00])), ['recall']);
  assert.equal(d.decode(Buffer.from([0x02, 0x00])), [], 'the same report again is the button still held');
  assert.equal(d.decode(Buffer.from([0x00, 0x00])), []);
  assert.equal(d.decode(Buffer.from([0x02, 0x01])), ['noShow'], 'the longer pattern wins');
  assert.equal(d.decode(Buffer.from([0x7f, 0x00])), []);
});

test('key specs in the config are checked', () => {
  assert.ok(isValidKeySpec('key:F13') && isValidKeySpec('01') && isValidKeySpec('02 01'));
  assert.not.ok(isValidKeySpec('ENTER') || isValidKeySpec('0x01') || isValidKeySpec('key:') || isValidKeySpec('013'));
  assert.ok(isValidKeySpec('F1'), 'F1 without "key:" is the vendor byte 0xF1');
});

test('two action keys in one report do nothing and are logged: F13+F17 must not call and mark a no-show at once', () => {
  const logged: string[] = [];
  const d = new ReportDecoder({ 'key:F13': 'callNext', 'key:F17': 'noShow', 'key:F14': 'recall' }, (line) => logged.push(line));
  // Usage ids: F13 0x68, F14 0x69, F17 0x6c.
  assert.equal(d.decode(Buffer.from([0, 0, 0x68, 0x6c, 0, 0, 0, 0])), [], 'both keys in one report');
  assert.is(logged.length, 1);
  assert.match(logged[0]!, 'F13+F17');
  assert.match(logged[0]!, 'callNext, noShow');
  assert.equal(d.decode(Buffer.from([0, 0, 0x68, 0, 0, 0, 0, 0])), [], 'lifting F17 does not fire the F13 still held');
  assert.equal(d.decode(Buffer.from([0, 0, 0, 0, 0, 0, 0, 0])), []);
  assert.equal(d.decode(Buffer.from([0, 0, 0x68, 0, 0, 0, 0, 0])), ['callNext'], 'a clean press afterwards works');
  assert.equal(d.decode(Buffer.from([0, 0, 0x68, 0x69, 0, 0, 0, 0])), [], 'a second action key while one is held does nothing');
  assert.is(logged.length, 2);
  assert.equal(d.decode(Buffer.from([0, 0, 0x68, 0x04, 0, 0, 0, 0])), [], 'an unmapped key beside a held one is no second action');
  assert.equal(d.decode(Buffer.from([0, 0, 0, 0, 0, 0, 0, 0])), []);
  assert.equal(d.decode(Buffer.from([0, 0, 0x04, 0x6c, 0, 0, 0, 0])), ['noShow'], 'one action key with an unmapped one is one press');
});

test('the hub logs an ignored two-key report with its booth, and nothing reaches the queue', () => {
  const bus = new SimulatedHid();
  const presses: string[] = [], logged: string[] = [];
  const hub = new ButtonHub([{ booth: 4, vendorId: 0x1209, productId: 0xb007, keys: { 'key:F13': 'callNext', 'key:F17': 'noShow' } }], bus, (booth, action) => presses.push(`${booth}:${action}`), { log: (l) => logged.push(l) });
  bus.plug({ vendorId: 0x1209, productId: 0xb007, path: '/dev/hidraw9' });
  hub.poll();
  bus.report('/dev/hidraw9', [0, 0, 0x68, 0x6c, 0, 0, 0, 0]);
  bus.report('/dev/hidraw9', [0, 0, 0, 0, 0, 0, 0, 0]);
  assert.equal(presses, []);
  assert.ok(logged.some((l) => /booth 4: keys F13\+F17 pressed together/.test(l)), logged.join('\n'));
  hub.stop();
});

const mapping = (booth: number, extra = {}) => ({ booth, vendorId: 0x1209, productId: 0xb007, keys: { 'key:F1': 'callNext' as ButtonAction, 'key:F2': 'recall' as ButtonAction }, ...extra });

test('buttons are found, pressed, unplugged and plugged back without a restart', () => {
  const bus = new SimulatedHid();
  const presses: string[] = [];
  const statuses: string[] = [];
  const hub = new ButtonHub([mapping(1), mapping(2)], bus, (booth, action) => presses.push(`${booth}:${action}`));
  hub.onStatus((s) => statuses.push(s.map((x) => x.state[0]).join('')));
  bus.plug({ vendorId: 0x1209, productId: 0xb007, path: '/dev/hidraw3' });
  hub.poll();
  assert.equal(hub.status().map((s) => s.state), ['connected', 'missing']);
  assert.match(hub.status()[1]!.detail!, 'no device 1209:b007 is plugged in');
  bus.tapKey('/dev/hidraw3', 'F1');
  assert.equal(presses, ['1:callNext']);
  bus.plug({ vendorId: 0x1209, productId: 0xb007, path: '/dev/hidraw4' });
  hub.poll();
  bus.tapKey('/dev/hidraw4', 'F2');
  assert.equal(presses, ['1:callNext', '2:recall']);
  bus.unplug('/dev/hidraw3');
  assert.equal(hub.status().map((s) => s.state), ['missing', 'connected']);
  assert.match(hub.status()[0]!.detail!, 'unplugged');
  bus.plug({ vendorId: 0x1209, productId: 0xb007, path: '/dev/hidraw5' });
  hub.poll();
  bus.tapKey('/dev/hidraw5', 'F1');
  assert.equal(presses, ['1:callNext', '2:recall', '1:callNext'], 'booth 1 works again after replugging');
  assert.ok(statuses.length >= 4, 'every change of state was reported');
  hub.stop();
});

test('two alike buttons are told apart by serial number', () => {
  const bus = new SimulatedHid();
  const presses: string[] = [];
  const hub = new ButtonHub([mapping(1, { serialNumber: 'A1' }), mapping(2, { serialNumber: 'B2' })], bus, (b, a) => presses.push(`${b}:${a}`));
  bus.plug({ vendorId: 0x1209, productId: 0xb007, path: '/dev/hidraw0', serialNumber: 'B2' });
  bus.plug({ vendorId: 0x1209, productId: 0xb007, path: '/dev/hidraw1', serialNumber: 'A1' });
  hub.poll();
  bus.tapKey('/dev/hidraw0', 'F1');
  assert.equal(presses, ['2:callNext']);
  hub.stop();
});

test('a button that cannot be opened is reported with the fix, and picked up once it can be', () => {
  const bus = new SimulatedHid();
  const hub = new ButtonHub([mapping(3)], bus, () => {});
  bus.plug({ vendorId: 0x1209, productId: 0xb007, path: '/dev/hidraw7' });
  bus.denyOpen = 'could not open device: Permission denied';
  hub.poll();
  assert.is(hub.status()[0]!.state, 'missing');
  assert.match(hub.status()[0]!.detail!, 'udev rule');
  bus.denyOpen = null;
  hub.poll();
  assert.is(hub.status()[0]!.state, 'connected');
  hub.stop();
});

test('a machine where HID devices cannot be listed keeps running with buttons reported missing', () => {
  const hub = new ButtonHub([mapping(1)], { devices: () => { throw new Error('no hidraw'); }, open: () => { throw new Error('x'); } }, () => {});
  hub.poll();
  assert.equal(hub.status(), [{ booth: 1, state: 'missing', detail: 'cannot list HID devices: no hidraw' }]);
});

test('the real node-hid module loads and lists devices', async () => {
  const api = await nodeHidApi();
  assert.ok(Array.isArray(api.devices()));
});

test.run();
