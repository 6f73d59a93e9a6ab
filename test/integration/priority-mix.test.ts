// The real daemon with a clock the test moves: a direction that mixes priority with ordinary tickets calls
// in the mixed order, at whichever booth; the operator's line (lineOf on the staff view) and the kiosk's
// "people ahead" say the same order beforehand.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineOf } from '../../queue-core/src/domain/index.ts';
import type { Ticket } from '../../queue-core/src/protocol/index.ts';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

test('two veterans in a row, then the ordinary visitor who has waited 15 minutes, whichever booth calls', async () => {
  const clock = { t: at('2026-11-24', '09:00') };
  const config = demo((c) => { c.routing = { directions: { documents: { mix: { priorityInRow: 2, ordinaryWaitMin: 15 } } } }; });
  const d = await testDaemon({ config, now: () => clock.t });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const issue = async (hhmm: string, priority: string | null = null) => {
    clock.t = at('2026-11-24', hhmm);
    return kiosk.request('issue', { directionId: 'documents', priority });
  };
  await issue('09:00'); // Д100
  for (const hhmm of ['09:01', '09:02', '09:03', '09:04']) await issue(hhmm, 'veteran'); // Д101…Д104
  const late = await issue('09:18'); // Д105
  clock.t = at('2026-11-24', '09:20');
  const one = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const two = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 2 }));
  const listed = () => {
    const view = one.view!;
    return lineOf(view.tickets as Ticket[], () => undefined, view.routing!, view.booths.find((b) => b.number === 1)!, clock.t)
      .map((p) => `${p.ticket.label} ${p.reason}`);
  };
  assert.equal(listed(), ['Д101 priority', 'Д102 priority', 'Д100 mixed', 'Д103 priority', 'Д104 priority', 'Д105 wait']);
  assert.is(late.ahead, 5, 'Д105 was told it comes last: it has not waited 15 minutes');

  const called: string[] = [];
  const call = async (op: typeof one) => {
    clock.t += 60_000;
    called.push((await op.request('callNext', {})).ticket.label);
    await op.request('finish', { result: 'accepted' });
  };
  await call(one); // Д101
  await call(two); // Д102: the direction's second veteran in a row, at another booth
  await until(() => listed()[0] === 'Д100 mixed' || null, 5000, () => `booth 1 lists ${listed().join(', ')}`);
  await call(one); // Д100, in turn
  await call(one);
  await call(two);
  await call(one);
  assert.equal(called, ['Д101', 'Д102', 'Д100', 'Д103', 'Д104', 'Д105']);
  for (const c of [kiosk, one, two]) c.close();
  await d.stop();
});

test('ageing: the ordinary visitor of 09:00 is called before the veteran of 09:40, the one of 09:20 after', async () => {
  const clock = { t: at('2026-11-24', '09:00') };
  const config = demo((c) => { c.routing = { directions: { documents: { ageing: { minutesPerRank: 3 } } } }; });
  const d = await testDaemon({ config, now: () => clock.t });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  for (const [hhmm, priority] of [['09:00', null], ['09:20', null], ['09:40', 'veteran']] as const) {
    clock.t = at('2026-11-24', hhmm);
    await kiosk.request('issue', { directionId: 'documents', priority });
  }
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const called: string[] = [];
  for (let i = 0; i < 3; i++) {
    called.push((await op.request('callNext', {})).ticket.label);
    await op.request('finish', { result: 'accepted' });
  }
  assert.equal(called, ['Д100', 'Д102', 'Д101']);
  for (const c of [kiosk, op]) c.close();
  await d.stop();
});

test.run();
