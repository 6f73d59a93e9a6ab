// The kiosk limits on their own, with the test's clock: buckets refill at their rate, the table of
// addresses stays bounded however many addresses try, and enrollment reads addresses and ranges right.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BucketTable, TokenBucket } from '../../queue-core/src/server/token-bucket.ts';
import { CheckInLimits } from '../../queue-core/src/server/check-in-limits.ts';
import { addressMatches, isAddressPattern } from '../../queue-core/src/config/addresses.ts';
import { enrolledKiosk } from '../../queue-core/src/server/kiosk-enrollment.ts';
import { officeConfig } from '../helpers/office.ts';

test('a bucket lets a burst through, then one per interval, and says exactly how long to wait', () => {
  const b = new TokenBucket({ burst: 3, everyMs: 1000 }, 0);
  for (let i = 0; i < 3; i++) {
    assert.is(b.waitMs(0), 0);
    b.take(0);
  }
  assert.is(b.waitMs(0), 1000);
  assert.is(b.waitMs(400), 600);
  assert.is(b.waitMs(1000), 0);
  b.take(1000);
  assert.is(b.waitMs(1000), 1000);
  assert.ok(b.full(10_000), 'refills to the burst, no further');
  b.take(10_000);
  b.giveBack();
  assert.ok(b.full(10_000));
});

test('ten thousand addresses trying codes keep the table at its bound, and the overall limit holds them all', () => {
  const now = 0;
  const table = new BucketTable({ burst: 6, everyMs: 20_000 }, 4096);
  for (let i = 0; i < 10_000; i++) table.get(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, now).take(now);
  assert.is(table.size, 4096);

  const limits = new CheckInLimits(now);
  let allowed = 0;
  for (let i = 0; i < 10_000; i++) {
    const r = limits.charge(CheckInLimits.connectionBucket(now), `10.0.${i >> 8}.${i & 255}`, '123456789', now);
    if ('charge' in r) allowed++;
  }
  assert.is(allowed, 20, 'fresh connections from fresh addresses still meet the overall limit');
});

test('six-digit codes have a slow bucket of their own', () => {
  const limits = new CheckInLimits(0);
  const tries = Array.from({ length: 5 }, (_, i) => limits.charge(CheckInLimits.connectionBucket(0), `10.0.0.${i}`, '123456', 0));
  assert.equal(tries.map((r) => ('charge' in r ? 'ok' : r.retryAfterMs)), ['ok', 'ok', 'ok', 600_000, 600_000]);
  assert.ok('charge' in limits.charge(CheckInLimits.connectionBucket(0), '10.0.0.9', '123456789', 0), 'nine digits are not held back by them');
});

test('enrolled addresses: exact, IPv4 seen through IPv6, and ranges; tokens by name', () => {
  assert.ok(isAddressPattern('192.168.1.0/24'));
  assert.ok(isAddressPattern('::1'));
  assert.not.ok(isAddressPattern('192.168.1.0/33'));
  assert.not.ok(isAddressPattern('kiosk.local'));
  assert.ok(addressMatches('192.168.1.0/24', '::ffff:192.168.1.77'));
  assert.not.ok(addressMatches('192.168.1.0/24', '192.168.2.1'));
  assert.ok(addressMatches('127.0.0.0/8', '127.3.2.1'));
  assert.ok(addressMatches('10.0.0.5', '::ffff:10.0.0.5'));
  assert.not.ok(addressMatches('10.0.0.5', '10.0.0.50'));

  const config = officeConfig((c) => { c.server = { kiosks: [{ name: 'hall', token: 'hall-kiosk-token-0123456789' }], kioskAddresses: ['192.168.1.0/24'] }; });
  assert.equal(enrolledKiosk(config, '203.0.113.9', 'hall-kiosk-token-0123456789'), { kiosk: 'hall' });
  assert.equal(enrolledKiosk(config, '::ffff:192.168.1.20', undefined), { kiosk: '192.168.1.20' });
  const refused = enrolledKiosk(config, '127.0.0.1', undefined);
  assert.ok('error' in refused && refused.error.code === 'KIOSK_NOT_ENROLLED');
});

test.run();
