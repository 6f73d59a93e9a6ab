// The daemon's clock as a screen keeps it: ping answers corrected by half their round trip, the shortest
// round trip trusted most, a stepped daemon clock followed at once, the screen's own wall clock ignored.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DaemonClock } from '../../queue-core/src/ui/daemon-clock.ts';

/** A monotonic clock the test moves by hand. */
function monotonic(start = 1000) {
  const m = { t: start, read: () => m.t };
  return m;
}

test('a ping answer is taken as the daemon\'s time in the middle of the round trip', () => {
  const mono = monotonic();
  const clock = new DaemonClock(mono.read);
  const sent = clock.stamp();
  mono.t += 200; // the answer took 200 ms there and back; the daemon read its clock half-way
  clock.ping(sent, 5_000_100);
  assert.is(clock.now(), 5_000_200);
  mono.t += 60_000;
  assert.is(clock.now(), 5_060_200, 'and runs on with the monotonic clock between pings');
});

test('of several answers the one with the shortest round trip wins', () => {
  const mono = monotonic();
  const clock = new DaemonClock(mono.read);
  let sent = clock.stamp();
  mono.t += 20;
  clock.ping(sent, 1_000_000); // true: offset 1_000_000 - 1010
  sent = clock.stamp();
  mono.t += 180; // a slow answer whose daemon reading came late in the trip (error within its bars)
  clock.ping(sent, 1_000_000 + 20 + 170);
  mono.t = 2000;
  assert.is(clock.now(), 1_000_000 - 1010 + 2000);
});

test('a daemon whose clock was stepped by hours is followed at the next answer', () => {
  const mono = monotonic();
  const clock = new DaemonClock(mono.read);
  let sent = clock.stamp();
  mono.t += 10;
  clock.ping(sent, 1_000_000);
  mono.t += 20_000;
  sent = clock.stamp();
  mono.t += 400; // a slow answer, yet far outside the earlier answer's error: the daemon's clock moved
  const moved = clock.ping(sent, 1_000_000 + 20_205 + 3 * 3_600_000);
  assert.ok(moved > 3_500_000);
  assert.is(clock.now(), 1_000_000 + 20_405 + 3 * 3_600_000);
});

test('a snapshot\'s time is used only until the first ping is answered', () => {
  const mono = monotonic();
  const clock = new DaemonClock(mono.read);
  clock.seed(7_000_000);
  mono.t += 500;
  assert.is(clock.now(), 7_000_500);
  const sent = clock.stamp();
  mono.t += 10;
  clock.ping(sent, 9_000_000);
  assert.is(clock.seed(7_000_000), 0, 'a later snapshot does not override a ping');
  assert.is(clock.now(), 9_000_005);
});

test('the screen\'s own wall clock, however wrong or jumping, does not move the daemon\'s', () => {
  const realNow = Date.now;
  const mono = monotonic();
  const clock = new DaemonClock(mono.read);
  const sent = clock.stamp();
  mono.t += 10;
  clock.ping(sent, 1_000_000);
  try {
    Date.now = () => realNow() - 7 * 3_600_000;
    assert.is(clock.now(), 1_000_005);
  } finally {
    Date.now = realNow;
  }
});

test.run();
