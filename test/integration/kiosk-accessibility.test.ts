// The kiosk's accessibility against the real daemon on 127.0.0.1: "call for help" is a kiosk request that
// raises an alert for the consultant and the head (committed, so a restart keeps it), limited per kiosk,
// refused where the office has not switched it on; the consultant may mark only such a call seen, and it
// ends five minutes later. The spoken prompts are WAV from the office's own voice, public and limited,
// naming only the office's own ids, and bad input is told in words while the daemon goes on. The clock
// is the test's own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import { durationMs, parseWav, rms } from '../../hardware/src/voice/wav.ts';

const on = (c: any) => { c.accessibility = { kioskMode: true, helpButton: true }; c.hardware.voice.enabled = false; };

test('"call for help" raises one alert for the consultant and the head; she marks it seen; it ends five minutes on; a restart keeps it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'queue-help-'));
  const clock = { t: at('2026-11-24', '10:00') };
  const options = { config: demo(on), now: () => clock.t, alertCheckMs: 20 };
  let d = await testDaemon(options, dir);
  try {
    const kiosk = await ready(client(d, { role: 'kiosk', client: 'kiosk' }));
    const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    const display = await ready(client(d, { role: 'display', client: 'hall' }));

    const first = await kiosk.request('callHelp', {});
    assert.equal(first, { since: clock.t, already: false, seen: false });
    for (const staff of [consultant, head]) {
      const alert = await until(() => staff.view?.alerts?.find((a) => a.kind === 'kiosk-help'));
      assert.is(alert.message, 'Киоск «127.0.0.1»: посетителю у киоска нужна помощь — подойдите к нему');
      assert.is(alert.severity, 'critical');
    }
    assert.is(display.view!.alerts, undefined, 'public screens never see alerts');
    // Pressed again before anyone came: the same call, nothing new.
    assert.equal(await kiosk.request('callHelp', {}), { since: clock.t, already: true, seen: false });
    assert.is(d.alerts.shown().filter((a) => a.kind === 'kiosk-help').length, 1);
    kiosk.close(); consultant.close(); head.close(); display.close();

    // The call is in the event log: after a restart it is still there.
    await d.stop();
    d = await testDaemon(options, dir);
    const held = d.alerts.shown().find((a) => a.kind === 'kiosk-help');
    assert.ok(held, 'kept across a restart');
    const consultant2 = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    clock.t = at('2026-11-24', '10:02');
    const acked = await consultant2.request('alertAck', { alertId: held.id });
    assert.is(acked.alert.acknowledgedBy, 'consultant');
    clock.t = at('2026-11-24', '10:06');
    await d.alerts.check();
    assert.ok(d.alerts.shown().some((a) => a.kind === 'kiosk-help'), 'still shown four minutes after it was seen');
    clock.t = at('2026-11-24', '10:07');
    await d.alerts.check();
    assert.not.ok(d.alerts.shown().some((a) => a.kind === 'kiosk-help'), 'gone five minutes after it was seen');
    // A new press is a new call.
    const kiosk2 = await ready(client(d, { role: 'kiosk', client: 'kiosk' }));
    assert.equal(await kiosk2.request('callHelp', {}), { since: clock.t, already: false, seen: false });
    kiosk2.close(); consultant2.close();
  } finally {
    await d.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the consultant may mark seen only a call for help; only a kiosk calls; a kiosk that keeps pressing is limited', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ config: demo(on), now: () => clock.t });
  try {
    const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
    const operator = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    // Another alert (a clock gone backwards is simplest to raise by hand here: a printer that failed).
    (d.devices.printer.transport as { fault?: string }).fault = 'PAPER_OUT';
    await d.service.execute({ type: 'issue', directionId: 'documents', priority: null, source: 'consultant' }, { role: 'consultant' });
    const ticket = [...d.service.state.tickets.values()][0]!;
    await d.devices.print(ticket, { ahead: 0, waitMinutes: 0 }).catch(() => {});
    await d.alerts.check();
    const printer = await until(() => d.alerts.shown().find((a) => a.kind === 'printer'));
    const refused = await consultant.request('alertAck', { alertId: printer.id }).catch((e) => e);
    assert.is(refused.code, 'ROLE_FORBIDDEN');
    const byOperator = await operator.request('callHelp' as never, {} as never).catch((e: { code: string }) => e);
    assert.is((byOperator as { code: string }).code, 'ROLE_FORBIDDEN');

    const kiosk = await ready(client(d, { role: 'kiosk', client: 'kiosk' }));
    for (let i = 0; i < 3; i++) await kiosk.request('callHelp', {});
    const tooFast = await kiosk.request('callHelp', {}).catch((e) => e);
    assert.is(tooFast.code, 'HELP_TOO_FAST');
    assert.ok(tooFast.details.retryAfterMs > 0);
    clock.t += 60_000;
    assert.is((await kiosk.request('callHelp', {})).already, true, 'a minute later a press is taken again');
    kiosk.close(); consultant.close(); operator.close();
  } finally {
    await d.stop();
  }
});

test('switched off (the default), "call for help" is refused in words and the speech is not served', async () => {
  const d = await testDaemon();
  try {
    const kiosk = await ready(client(d, { role: 'kiosk', client: 'kiosk' }));
    const refused = await kiosk.request('callHelp', {}).catch((e) => e);
    assert.is(refused.code, 'HELP_NOT_ENABLED');
    assert.is(kiosk.view!.accessibility.kioskMode, false);
    assert.is(kiosk.view!.accessibility.helpButton, false);
    const r = await fetch(`${d.url}/kiosk/speech?lang=ru&say=start`);
    assert.is(r.status, 404);
    assert.match(await r.text(), 'accessibility.kioskMode');
    kiosk.close();
  } finally {
    await d.stop();
  }
});

test('the spoken prompts: WAV in the office voice for the office\'s own ids; bad input in words; limited per address', async () => {
  const d = await testDaemon({ config: demo(on) });
  try {
    const wav = async (q: string) => {
      const r = await fetch(`${d.url}/kiosk/speech?${q}`);
      return { status: r.status, type: r.headers.get('content-type'), body: Buffer.from(await r.arrayBuffer()) };
    };
    for (const q of ['lang=ru&say=direction&id=documents', 'lang=uk&say=ticket&label=%D0%94105&ahead=3', 'lang=en&say=help']) {
      const r = await wav(q);
      assert.is(r.status, 200, `${q}: ${r.body.toString().slice(0, 200)}`);
      assert.is(r.type, 'audio/wav');
      const pcm = parseWav(r.body);
      assert.ok(durationMs(pcm) > 700, `${q}: ${durationMs(pcm)} ms`);
      assert.ok(rms(pcm) > 300, `${q}: speech, not silence`);
    }
    const bad = [
      ['lang=de&say=start', 'lang'],
      ['lang=ru&say=say-anything', 'say'],
      ['lang=ru&say=direction&id=nowhere', 'no direction "nowhere"'],
      ['lang=ru&say=ticket&label=Z9', 'not a ticket of this office'],
      ['lang=ru&say=start&text=Иванов', 'text'],
    ];
    for (const [q, words] of bad) {
      const r = await wav(q!);
      assert.is(r.status, 400, q);
      assert.match(r.body.toString(), words!);
    }
    // Twenty at once from one address, then it must slow down; the daemon goes on serving.
    let limited = 0;
    for (let i = 0; i < 30; i++) if ((await fetch(`${d.url}/kiosk/speech?lang=ru&say=start`)).status === 429) limited++;
    assert.ok(limited > 0, 'limited');
    assert.is((await fetch(`${d.url}/healthz`)).status === 200 || (await fetch(`${d.url}/healthz`)).status === 503, true);
    const kiosk = await ready(client(d, { role: 'kiosk', client: 'kiosk' }));
    assert.is(kiosk.view!.accessibility.kioskMode, true);
    kiosk.close();
  } finally {
    await d.stop();
  }
});

test.run();
