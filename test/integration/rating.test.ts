// The citizen's rating against the real daemon on 127.0.0.1: which screens may rate (enrolled by token or
// address, never a staff panel), once per visit, the window's end; the rating keypad read through the real
// HID adapter from simulated reports; the ratings table and the statistics it feeds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SimulatedHid } from '../../hardware/src/index.ts';
import { client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';
import type { QueueClient } from '../../queue-core/src/protocol/index.ts';

const TOKEN = 'booth-one-rating-token-0123';
const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code: string }) => e.code);
const ratings = (d: TestDaemon) => d.service.store.db.all<{ ticket_id: string; booth: number; staff_id: string; direction: string; score: number; reason: string | null }>('SELECT ticket_id, booth, staff_id, direction, score, reason FROM ratings ORDER BY at');

async function finishVisit(d: TestDaemon, operator: QueueClient): Promise<string> {
  const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const { ticket } = await consultant.request('issue', { directionId: 'consultation' });
  consultant.close();
  await operator.request('callNext', {});
  await operator.request('finish', { result: 'explained' });
  return ticket.id;
}

test('a screen with the booth’s rating token rates; a wrong token is refused at hello; without one a screen only shows the booth', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t, config: demo((c) => { c.rating.booths[0] = { booth: 1, touchDisplay: true, token: TOKEN }; }) });
  try {
    const wrong = client(d, { role: 'display', booth: 1, ratingScreen: 'booth-display', token: 'not-the-booth-token-000' });
    await until(() => wrong.status === 'refused');
    assert.is(wrong.refusal?.code, 'RATING_NOT_ENROLLED');
    wrong.close();
    const plain = await ready(client(d, { role: 'display', booth: 1, ratingScreen: 'booth-display' }));
    assert.is(plain.session?.rating, false);
    const screen = await ready(client(d, { role: 'display', booth: 1, ratingScreen: 'booth-display', token: TOKEN }));
    assert.is(screen.session?.rating, true);
    const operator = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    const ticketId = await finishVisit(d, operator);
    assert.is(await code(plain.request('rate', { score: 5 })), 'RATING_NOT_ENROLLED');
    assert.is(await code(operator.request('rate' as never, { score: 5 } as never)), 'ROLE_FORBIDDEN');
    assert.is(await code(screen.request('rate', { score: 4 })), 'ok');
    assert.is(await code(screen.request('rate', { score: 5 })), 'RATING_GIVEN');
    assert.equal(ratings(d), [{ ticket_id: ticketId, booth: 1, staff_id: 'ivanova', direction: 'consultation', score: 4, reason: null }]);
    // No citizen's data travels with the rating: the row holds the visit and who served it.
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
    assert.equal(await head.request('ratingToday', {}), { day: '2026-11-24', ratings: 1, satisfied: 1, satisfiedPct: 100 });
    for (const c of [plain, screen, operator, head]) c.close();
  } finally {
    await d.stop();
  }
});

test('a booth that takes no ratings refuses them; with rating off nothing opens and ratingToday is zero', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    const screen = await ready(client(d, { role: 'display', booth: 4, ratingScreen: 'booth-display' }));
    assert.is(screen.session?.rating, false);
    const operator = await ready(client(d, { role: 'operator', staffId: 'bazarova', pin: '4444', booth: 4 }));
    await finishVisit(d, operator);
    assert.is(await code(screen.request('rate', { score: 3 })), 'RATING_OFF');
    for (const c of [screen, operator]) c.close();
  } finally {
    await d.stop();
  }
  const off = await testDaemon({ config: demo((c) => { c.rating.enabled = false; }) });
  try {
    const operator = await ready(client(off, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    await finishVisit(off, operator);
    assert.is(off.service.store.db.get<{ n: number }>("SELECT count(*) AS n FROM events WHERE type = 'rating'")!.n, 0);
    assert.is(off.service.state.booths[1]!.rating, undefined);
    operator.close();
  } finally {
    await off.stop();
  }
});

test('the window ends quietly: the daemon closes it in the log when its time is up, and a late touch is refused', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t, ratingCheckMs: 20 });
  try {
    const screen = await ready(client(d, { role: 'display', booth: 1, ratingScreen: 'booth-display' }));
    const operator = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    await finishVisit(d, operator);
    clock.t += 60_000;
    await until(() => d.service.state.booths[1]!.rating === null);
    assert.is(await code(screen.request('rate', { score: 5 })), 'RATING_CLOSED');
    const actions = d.service.store.db.all<{ body: string }>("SELECT body FROM events WHERE type = 'rating' ORDER BY seq").map((r) => JSON.parse(r.body).action);
    assert.equal(actions, ['opened', 'closed']);
    for (const c of [screen, operator]) c.close();
  } finally {
    await d.stop();
  }
});

test('a key of booth 3’s rating keypad rates the visit through the real HID adapter; two keys at once do nothing', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const bus = new SimulatedHid();
  bus.plug({ vendorId: 0x1209, productId: 0xb00c, serialNumber: 'DEMO-RATE-3', path: '/dev/hidraw7' });
  const d = await testDaemon({ now: () => clock.t, hid: bus, config: demo((c) => { c.hardware.buttonBus = 'hid'; }) });
  try {
    await until(() => d.devices.health().ratingKeypads?.[0]?.state === 'connected');
    // A key pressed with no visit to rate is only logged.
    bus.tapKey('/dev/hidraw7', 'KP_5');
    const operator = await ready(client(d, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 }));
    const ticketId = await finishVisit(d, operator);
    // KP_2 and KP_4 held together: a hand on two keys rates nothing.
    bus.report('/dev/hidraw7', [0, 0, 0x5a, 0x5c, 0, 0, 0, 0]);
    bus.report('/dev/hidraw7', [0, 0, 0, 0, 0, 0, 0, 0]);
    bus.tapKey('/dev/hidraw7', 'KP_4');
    await until(() => ratings(d).length === 1);
    assert.equal(ratings(d), [{ ticket_id: ticketId, booth: 3, staff_id: 'sidorov', direction: 'consultation', score: 4, reason: null }]);
    // Pressed again, the visit keeps its first rating.
    bus.tapKey('/dev/hidraw7', 'KP_1');
    await d.service.idle();
    assert.is(ratings(d)[0]!.score, 4);
    operator.close();
  } finally {
    await d.stop();
  }
});

test('the statistics give the satisfaction share by specialist, direction, month and reason', async () => {
  const clock = { t: at('2026-11-24', '10:00') };
  const d = await testDaemon({ now: () => clock.t });
  try {
    const screen = await ready(client(d, { role: 'display', booth: 1, ratingScreen: 'booth-display' }));
    const operator = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
    for (const [score, reason] of [[5, 'quick'], [1, 'impolite'], [4, null], [5, 'quick']] as const) {
      clock.t += 5 * 60_000;
      await finishVisit(d, operator);
      await screen.request('rate', { score });
      if (reason) await screen.request('rate', { reason });
    }
    // The statistics run in worker threads, which start slowly on a busy machine.
    const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }, { requestTimeoutMs: 120_000 }));
    const { report } = await head.request('stats', { from: '2026-11-01', to: '2026-11-30' });
    const table = (id: string) => report.tables.find((t) => t.id === id)!;
    assert.is(report.totals.ratings, 4);
    assert.is(report.totals.satisfiedPct, 75);
    assert.equal(table('ratingByStaff').rows, [['ivanova', 4, 3, 75, 3.8]]);
    assert.equal(table('ratingByDirection').rows, [['consultation', 4, 3, 75, 3.8]]);
    assert.equal(table('ratingByMonth').rows, [['2026-11', 4, 3, 75, 3.8]]);
    assert.equal(table('ratingByReason').rows, [['quick', 2, 50, 100], ['impolite', 1, 25, 0]]);
    for (const c of [screen, operator, head]) c.close();
  } finally {
    await d.stop();
  }
});

test.run();
