// The alert rules: which conditions hold, and how held alerts follow them (raise, acknowledge, resolve).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { acknowledgeAlert, alertConditions, applyAlertEvent, openAlerts, reconcileAlerts, type Alert, type DeviceReadings } from '../../queue-core/src/domain/index.ts';
import { Office, at, officeConfig } from '../helpers/office.ts';

const fine: DeviceReadings = { printer: { state: 'ok' }, voice: { state: 'ok' }, buttons: [] };

/** Runs the rules as the daemon does and folds the events; returns the events of this step. */
function step(office: Office, held: Map<string, Alert>, devices = fine) {
  const events = reconcileAlerts(held.values(), alertConditions(office.state, office.config, devices, office.now), office.now);
  for (const e of events) applyAlertEvent(held, e);
  return events;
}

test('a wait past the norm (15 min by default) raises one alert, from the moment it was passed, in the office language, after a warning 5 min before', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  const held = new Map<string, Alert>();
  office.issue('documents');
  office.advance(9);
  assert.equal(step(office, held), []);
  office.advance(1);
  const [warned] = step(office, held);
  assert.is(warned?.action, 'raised');
  assert.is(warned!.alert.kind, 'norm-near');
  assert.is(warned!.alert.subject, 'documents');
  assert.is(warned!.alert.since, at('2026-11-24', '09:10'));
  assert.is(warned!.alert.message, 'Направление «Сдача документов»: талон Д100 ждёт 10 мин из 15 по норме. Вероятная причина: нет открытых кабин');
  office.advance(5);
  assert.equal(step(office, held), [], 'exactly 15 minutes is still within the norm');
  office.advance(1);
  const events = step(office, held);
  assert.equal(events.map((e) => `${e.action} ${e.alert.kind}`), ['resolved norm-near', 'raised long-wait']);
  const raised = events[1]!;
  assert.is(raised.alert.subject, 'documents');
  assert.is(raised.alert.severity, 'warning');
  assert.is(raised.alert.since, at('2026-11-24', '09:15'));
  assert.is(raised.alert.message, 'Направление «Сдача документов»: ожидание дольше нормы 15 мин (талон Д100). Причина: нет открытых кабин');
  office.advance(5);
  assert.equal(step(office, held), [], 'still the same alert');
  office.open(1);
  office.callNext(1);
  const [resolved] = step(office, held);
  assert.is(resolved?.action, 'resolved');
  assert.equal(openAlerts(held.values()), []);
});

test('the norm is the direction\'s own when it has one, and a booked citizen\'s is shorter', () => {
  const office = new Office(officeConfig((c) => { c.directions[0]!.normMinutes = 20; c.alerts = { norm: { warnBeforeMinutes: 0 } }; }), at('2026-11-24', '09:00'));
  const held = new Map<string, Alert>();
  office.issue('certificates');
  office.advance(20);
  assert.equal(step(office, held), [], 'no warning when warnBeforeMinutes is 0; 20 minutes is within this direction\'s norm');
  office.advance(1);
  assert.equal(step(office, held).map((e) => [e.alert.kind, e.alert.subject, e.alert.since]), [['long-wait', 'certificates', at('2026-11-24', '09:20')]]);
});

test('an acknowledged alert leaves the list and is not raised again while its condition lasts', () => {
  const office = new Office(officeConfig((c) => { c.office.language = 'en'; }), at('2026-11-24', '09:00'));
  const held = new Map<string, Alert>();
  office.issue('certificates');
  office.advance(40);
  const [raised] = step(office, held);
  assert.match(raised!.alert.message, /waiting over the 15-min norm \(ticket С100\)\. Cause: no booth is open/);
  const acked = acknowledgeAlert(held.values(), raised!.alert.id, 'head', office.now);
  assert.ok(!('code' in acked) && acked.event);
  if ('code' in acked || !acked.event) return;
  applyAlertEvent(held, acked.event);
  assert.equal(openAlerts(held.values()), []);
  office.advance(10);
  assert.equal(step(office, held), []);
  const again = acknowledgeAlert(held.values(), raised!.alert.id, 'head', office.now);
  assert.ok(!('code' in again) && again.event === null, 'a second acknowledgement changes nothing');
  const unknown = acknowledgeAlert(held.values(), 'long-wait:nothing@1', 'head', office.now);
  assert.is('code' in unknown && unknown.code, 'ALERT_NOT_FOUND');
});

test('a break past its end by more than alerts.breakOverMinutes, and device faults, are alerts', () => {
  const office = new Office(officeConfig(), at('2026-11-24', '09:00'));
  const held = new Map<string, Alert>();
  office.open(2);
  office.do({ type: 'breakStart', booth: 2, kind: 'lunch', until: at('2026-11-24', '09:30') });
  office.now = at('2026-11-24', '09:40');
  assert.equal(step(office, held), [], 'ten minutes over is still allowed');
  office.now = at('2026-11-24', '09:41');
  const broken: DeviceReadings = { printer: { state: 'failed', detail: 'paper out' }, voice: { state: 'fallback' }, buttons: [{ booth: 3, state: 'missing' }] };
  const events = step(office, held, broken);
  assert.equal(events.map((e) => [e.alert.kind, e.alert.subject, e.alert.severity]).sort(), [
    ['break-over', '2', 'warning'], ['button', '3', 'warning'], ['printer', 'printer', 'critical'], ['voice', 'voice', 'warning'],
  ]);
  assert.is(events.find((e) => e.alert.kind === 'break-over')!.alert.since, at('2026-11-24', '09:40'));
  assert.is(events.find((e) => e.alert.kind === 'printer')!.alert.since, office.now, 'a fault begins when it is first seen');
  office.do({ type: 'breakEnd', booth: 2 });
  const after = step(office, held, { ...broken, voice: { state: 'failed' } });
  assert.equal(after.map((e) => `${e.action} ${e.alert.kind} ${e.alert.severity}`).sort(), ['raised voice critical', 'resolved break-over warning', 'resolved voice warning']);
});

test.run();
