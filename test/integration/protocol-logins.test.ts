// PIN and token guessing against the real daemon, from several addresses of the loopback network (Linux
// answers all of 127.0.0.0/8 on `lo`, so a socket bound to 127.0.0.7 is a seventh machine): the limiter
// stays small whatever is thrown at it, a staff id is locked from every address, an unknown id costs one
// PIN hash like a known one, wrong tokens lock too, and the head of the service sees the lockouts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { pinVerifications } from '../../queue-core/src/config/pins.ts';
import { RawPeer, client, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';

const test = suite<{ d: TestDaemon }>('login limits');
test.before.each(async (ctx) => {
  ctx.d = await testDaemon({ loginLimits: { capacity: 32 } });
});
test.after.each(async (ctx) => {
  await ctx.d.stop();
});

/** A connection from one loopback address. */
const from = (d: TestDaemon, address: string) => RawPeer.open(d.ws, { localAddress: address });

let ids = 0;
/** Says hello on the peer (a refused hello leaves it free to say hello again) and returns the answer. */
async function hello(peer: RawPeer, body: Record<string, unknown>) {
  const id = ++ids;
  peer.send({ id, type: 'hello', protocol: 1, ...body });
  return peer.answer(id, 10_000);
}
const codeOf = (a: Awaited<ReturnType<typeof hello>>) => (a.type === 'error' ? a.error.code : 'OK');

test('failed logins with ever-new staff ids from many addresses keep the limiter small, and a ping is answered', async ({ d }) => {
  const watcher = await ready(client(d, { role: 'display' }));
  const limiter = d.gateway.limiter;
  let refused = 0;
  let largest = 0;
  for (let a = 2; a < 22; a++) {
    const peer = await from(d, `127.0.0.${a}`);
    for (let i = 0; i < 25; i++) {
      const code = codeOf(await hello(peer, { role: 'consultant', staffId: `guess-${a}-${i}`, pin: '0000' }));
      assert.ok(code === 'LOGIN_FAILED' || code === 'LOGIN_LOCKED', code);
      if (code === 'LOGIN_LOCKED') refused++;
      largest = Math.max(largest, limiter.size);
    }
    peer.close();
    const pong = await watcher.request('ping', {});
    assert.type(pong.now, 'number');
  }
  // Four tables of 32 and the few locks kept for the head: 500 made-up ids do not grow it past that.
  assert.ok(largest <= 4 * 32 + 8 + 6, `the limiter held ${largest} entries`);
  assert.ok(refused >= 20 * 5, 'each address is locked after 20 wrong PINs, whatever the ids');
  watcher.close();
});

test("a staff id is locked after five wrong PINs from five addresses, and the head of the service sees it", async ({ d }) => {
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  for (let a = 2; a < 7; a++) {
    const peer = await from(d, `127.0.0.${a}`);
    assert.is(codeOf(await hello(peer, { role: 'operator', staffId: 'sidorov', pin: String(1000 + a), booth: 3 })), 'LOGIN_FAILED');
    peer.close();
  }
  const sixth = await from(d, '127.0.0.7');
  const answer = await hello(sixth, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 });
  assert.is(codeOf(answer), 'LOGIN_LOCKED', 'even the right PIN from a new address waits out the lock');
  assert.ok(answer.type === 'error' && (answer.error.details?.retryAfterMs as number) > 0);
  sixth.close();
  const alert = await until(() => head.view!.alerts?.find((x) => x.kind === 'login-locked'));
  assert.is(alert.subject, 'staff:sidorov');
  assert.match(alert.message, /Сидоров Олег Иванович/);
  const other = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  assert.is(other.status, 'online', 'another specialist is not locked out');
  other.close();
  head.close();
});

test('an address that tries many staff ids is locked, whatever the id', async ({ d }) => {
  const peer = await from(d, '127.0.0.9');
  for (let i = 0; i < 20; i++) assert.is(codeOf(await hello(peer, { role: 'operator', staffId: `x${i}`, pin: '1234', booth: 1 })), 'LOGIN_FAILED');
  assert.is(codeOf(await hello(peer, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 })), 'LOGIN_LOCKED');
  peer.close();
  const elsewhere = await from(d, '127.0.0.10');
  assert.is(codeOf(await hello(elsewhere, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 })), 'OK', 'ivanova herself is not locked');
  elsewhere.close();
});

test('an unknown staff id costs one PIN hash, as a known one does, and locks the same way', async ({ d }) => {
  const peer = await from(d, '127.0.0.11');
  const before = pinVerifications();
  assert.is(codeOf(await hello(peer, { role: 'operator', staffId: 'petrova', pin: '0000', booth: 2 })), 'LOGIN_FAILED');
  const known = pinVerifications() - before;
  assert.is(codeOf(await hello(peer, { role: 'operator', staffId: 'nobody-here', pin: '0000', booth: 2 })), 'LOGIN_FAILED');
  const unknown = pinVerifications() - before - known;
  assert.is(known, 1);
  assert.is(unknown, known, 'a made-up id runs the same PIN hash');
  peer.close();
  const answers: string[] = [];
  for (let a = 12; a < 18; a++) {
    const p = await from(d, `127.0.0.${a}`);
    answers.push(codeOf(await hello(p, { role: 'operator', staffId: 'nobody-else', pin: '0000', booth: 2 })));
    p.close();
  }
  assert.equal(answers, ['LOGIN_FAILED', 'LOGIN_FAILED', 'LOGIN_FAILED', 'LOGIN_FAILED', 'LOGIN_FAILED', 'LOGIN_LOCKED'], 'a made-up id locks as a real one does');
});

test('wrong integration tokens are limited like PINs', async ({ d }) => {
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const peer = await from(d, '127.0.0.20');
  for (let i = 0; i < 5; i++) assert.is(codeOf(await hello(peer, { role: 'integration', token: `wrong-token-guess-${i}-0000` })), 'LOGIN_FAILED');
  assert.is(codeOf(await hello(peer, { role: 'integration', token: 'demo-intake-token-0123456789' })), 'LOGIN_LOCKED', 'even the right token waits out the lock from that address');
  peer.close();
  const alert = await until(() => head.view!.alerts?.find((x) => x.kind === 'login-locked'));
  assert.is(alert.subject, 'others');
  assert.match(alert.message, /127\.0\.0\.20/);
  const elsewhere = await from(d, '127.0.0.21');
  assert.is(codeOf(await hello(elsewhere, { role: 'integration', token: 'demo-intake-token-0123456789' })), 'OK');
  elsewhere.close();
  // A second lock while the first holds: the same alert, not yet seen by the head, now names both.
  const second = await from(d, '127.0.0.22');
  for (let i = 0; i < 5; i++) assert.is(codeOf(await hello(second, { role: 'integration', token: `wrong-token-guess-${i}-0022` })), 'LOGIN_FAILED');
  second.close();
  const told = await until(() => head.view!.alerts?.find((x) => x.kind === 'login-locked' && /127\.0\.0\.22/.test(x.message)));
  assert.is(told.id, alert.id, 'the alert raised for the first lock, told again with its new words');
  assert.match(told.message, /127\.0\.0\.20/);
  assert.is(head.view!.alerts!.filter((x) => x.kind === 'login-locked').length, 1);
  head.close();
});

test.run();
