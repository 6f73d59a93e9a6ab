// A booth's line as a staff screen computes it from its view (lineOf from queue-core/domain, exactly as the
// operator's panel does) is the order in which the real daemon answers successive "call next".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineOf } from '../../queue-core/src/domain/index.ts';
import type { Ticket } from '../../queue-core/src/protocol/index.ts';
import { client, demo, ready, testDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

test('after a transfer that gave up its place, with a due booking and a veteran, the listed line is the calling order', async () => {
  const clock = { t: at('2026-11-24', '08:40') };
  const d = await testDaemon({ config: demo((c) => { c.schedule.alwaysOpen = false; }), now: () => clock.t });
  const desk = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const { booking } = await desk.request('book', { directionId: 'documents', at: at('2026-11-24', '09:50'), citizenName: 'Иванов Иван', phone: '8914' });
  const issue = async (hhmm: string, directionId: string, priority: string | null = null) => {
    clock.t = at('2026-11-24', hhmm);
    await kiosk.request('issue', { directionId, priority });
  };
  await issue('09:30', 'documents'); // Д100
  await issue('09:31', 'documents'); // Д101
  await issue('09:32', 'certificates'); // С100
  const other = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  clock.t = at('2026-11-24', '09:33');
  await other.request('callNext', {});
  clock.t = at('2026-11-24', '09:34');
  await other.request('transfer', { toDirection: 'documents', keepPlace: false });
  await other.request('closeBooth', {});
  await issue('09:35', 'documents', 'veteran'); // Д102
  clock.t = at('2026-11-24', '09:40');
  await desk.request('checkIn', { code: booking.code }); // Д103, due from 09:45
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));

  const listed = () => {
    const view = op.view!;
    const bookings = new Map((view.bookings ?? []).map((b) => [b.id, b.at]));
    return lineOf(view.tickets as Ticket[], (id) => bookings.get(id), view.routing!, view.booths.find((b) => b.number === 1)!, clock.t);
  };
  assert.equal(listed().map((p) => p.ticket.label), ['Д102', 'Д101', 'С100', 'Д100', 'Д103'], 'not yet due, the booking waits by its time');
  clock.t = at('2026-11-24', '09:46');
  const line = listed();
  assert.equal(line.map((p) => `${p.ticket.label} ${p.reason}`), ['Д103 booked', 'Д102 priority', 'Д101 wait', 'С100 wait', 'Д100 wait']);
  const called: string[] = [];
  for (let i = 0; i < line.length; i++) {
    called.push((await op.request('callNext', {})).ticket.label);
    await op.request('finish', { result: 'accepted' });
  }
  assert.equal(called, line.map((p) => p.ticket.label));
  for (const c of [desk, kiosk, other, op]) c.close();
  await d.stop();
});

test.run();
