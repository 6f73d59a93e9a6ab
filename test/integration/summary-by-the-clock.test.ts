// What changes with time alone reaches the screens: a kiosk switched on before opening learns that the
// office has opened, and later that issuing has stopped before closing, with nothing else happening in the
// office (no ticket, no call) to carry the news.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { client, demo, ready, testDaemon, until } from '../helpers/daemon.ts';
import { at } from '../helpers/office.ts';

test('a kiosk on since 08:20 may issue at 08:30 and says issuing has stopped at 17:15, with no event in between', async () => {
  const clock = { t: at('2026-11-24', '08:20') };
  const d = await testDaemon({ config: demo((c) => { c.schedule.alwaysOpen = false; }), now: () => clock.t, summaryCheckMs: 50 });
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const hall = await ready(client(d, { role: 'display' }));
  try {
    const refusal = () => kiosk.summary!.directions.find((x) => x.id === 'documents')!.refusal;
    assert.is(refusal(), 'OFFICE_CLOSED');
    const seq = kiosk.seq;
    clock.t = at('2026-11-24', '08:30');
    await until(() => refusal() === null, 3000, () => `the kiosk still says ${refusal()} at 08:30`);
    await until(() => hall.summary!.directions.every((x) => x.refusal === null), 3000, () => 'the hall still thinks the office is closed');
    assert.is(kiosk.seq, seq, 'no event was needed');
    await kiosk.request('issue', { directionId: 'documents' });
    clock.t = at('2026-11-24', '17:15');
    await until(() => refusal() === 'ISSUING_STOPPED', 3000, () => `the kiosk says ${refusal()} at 17:15`);
  } finally {
    kiosk.close();
    hall.close();
    await d.stop();
  }
});

test.run();
