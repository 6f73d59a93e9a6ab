// The waiting-time norm against the real daemon, its clock the test's: a ticket that waits while both
// booths serving its direction are at lunch warns the head at 10 minutes, with the cause, and at 15 is a
// breach, written to the event log with that cause (and to the statistics' table beside it).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

const DAY = '2026-11-24';

test('both booths at lunch: a warning with the cause at 10 minutes, a breach recorded with it past 15', async () => {
  const clock = { t: at(DAY, '09:00') };
  const config = demo((c) => {
    c.hardware.voice.enabled = false;
    c.booths = [{ number: 1, directions: ['documents'] }, { number: 2, directions: ['documents'] }, { number: 3, directions: ['certificates'] }, { number: 4, directions: ['consultation'] }];
  });
  const d = await testDaemon({ config, now: () => clock.t, alertCheckMs: 20 });
  const ops = [await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 })), await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }))];
  for (const op of ops) await op.request('breakStart', { kind: 'lunch', until: at(DAY, '10:00') });
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const { ticket } = await kiosk.request('issue', { directionId: 'documents' });

  clock.t = at(DAY, '09:09');
  await d.alerts.check();
  assert.equal(d.alerts.open(), [], 'nine minutes: nothing yet');

  clock.t = at(DAY, '09:10');
  const warning = await until(() => head.view!.alerts!.find((a) => a.kind === 'norm-near'));
  assert.is(warning.subject, 'documents');
  assert.is(warning.since, at(DAY, '09:10'));
  assert.is(warning.message, `Направление «Сдача документов»: талон ${ticket.label} ждёт 10 мин из 15 по норме. Вероятная причина: все кабины на обеде (1, 2)`);
  assert.equal(d.service.store.breachedTickets(DAY), [], 'a warning is no breach');

  clock.t = at(DAY, '09:15') + 30_000;
  const breach = await until(() => head.view!.alerts!.find((a) => a.kind === 'long-wait'));
  assert.is(breach.since, at(DAY, '09:15'));
  assert.is(breach.message, `Направление «Сдача документов»: ожидание дольше нормы 15 мин (талон ${ticket.label}). Причина: все кабины на обеде (1, 2)`);
  await until(() => !head.view!.alerts!.some((a) => a.kind === 'norm-near'));

  // The log is the record: one norm event, with the cause as it was when the norm was passed.
  const logged = d.service.store.db.all<{ body: string }>("SELECT body FROM events WHERE type = 'norm'").map((r) => JSON.parse(r.body));
  assert.equal(logged, [{
    type: 'norm', action: 'breached', at: at(DAY, '09:15') + 30_000,
    breach: { ticketId: ticket.id, label: ticket.label, day: DAY, directionId: 'documents', booked: false, normMinutes: 15, waitFrom: at(DAY, '09:00'), at: at(DAY, '09:15'), cause: { kind: 'all-lunch', booths: [1, 2], count: 0 } },
  }]);
  clock.t = at(DAY, '09:20');
  await d.alerts.check();
  await ops[0]!.request('breakEnd', {});
  await ops[0]!.request('callNext', {});
  await d.alerts.check();
  assert.is(d.service.store.db.all("SELECT seq FROM events WHERE type = 'norm'").length, 1, 'a ticket breaches once, also when it is called at last');
  assert.equal(d.service.store.db.all('SELECT ticket_id, cause, cause_booths FROM norm_breaches'), [{ ticket_id: ticket.id, cause: 'all-lunch', cause_booths: '1,2' }]);
  for (const c of [...ops, head, kiosk]) c.close();
  await d.stop();
});

test.run();
