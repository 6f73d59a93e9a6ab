// A session acts on the rights it holds now, against the real daemon: the specialist whose booth the head
// closed (and another specialist then opened) is told and cut off, and calls no one; a staff member removed
// or given another role, and an integration whose token was replaced, lose their open connections with
// the reason; a request that arrives before the cut is refused with it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ClientError } from '../../queue-core/src/protocol/index.ts';
import { SESSION_ENDED_CLOSE } from '../../queue-core/src/protocol/session-end.ts';
import { sealPins } from '../../queue-core/src/config/load.ts';
import { RawPeer, client, demo, ready, testDaemon, until, type TestDaemon } from '../helpers/daemon.ts';

const test = suite<{ d: TestDaemon }>('session rights');
test.before.each(async (ctx) => {
  ctx.d = await testDaemon();
});
test.after.each(async (ctx) => {
  await ctx.d.stop();
});

/** A raw staff connection that remembers how it was closed. */
async function rawSession(d: TestDaemon, hello: Record<string, unknown>) {
  const peer = await RawPeer.open(d.ws);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => peer.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  peer.send({ id: 'hi', type: 'hello', protocol: 1, ...hello });
  const a = await peer.answer('hi');
  assert.is(a.type, 'result', JSON.stringify(a));
  return { peer, closed };
}

const endedNotice = (peer: RawPeer) => until(() => peer.messages.find((m) => m.type === 'notice' && m.notice.kind === 'session-ended'));

test("after the head closed booth 1 and another specialist opened it, the first specialist's old session is cut off and calls no one", async ({ d }) => {
  const kiosk = await ready(client(d, { role: 'kiosk' }));
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const first = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const raw = await rawSession(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
  const issued = await kiosk.request('issue', { directionId: 'documents' });

  await head.request('closeBooth', { booth: 1 });
  await until(() => first.status === 'refused');
  assert.is(first.refusal!.code, 'SESSION_ENDED');
  assert.is(first.refusal!.details!.reason, 'booth-closed');
  const notice = await endedNotice(raw.peer);
  assert.ok(notice.type === 'notice' && notice.notice.kind === 'session-ended' && notice.notice.reason === 'booth-closed');
  assert.ok(notice.type === 'notice' && notice.notice.kind === 'session-ended' && notice.notice.message.startsWith('Кабина закрыта'), 'in the office language');
  assert.equal(await raw.closed, { code: SESSION_ENDED_CLOSE, reason: 'booth-closed' });

  const second = await ready(client(d, { role: 'operator', staffId: 'petrova', pin: '2222', booth: 1 }));
  const late = await first.request('callNext', {}).catch((e) => e as ClientError);
  assert.instance(late, ClientError);
  assert.is(d.service.state.tickets.get(issued.ticket.id)!.state, 'waiting', 'the old session called no one');
  const called = await second.request('callNext', {});
  assert.is(called.ticket.staffId, 'petrova');
  assert.is(d.service.state.booths[1]!.staffId, 'petrova');
  for (const c of [kiosk, head, first, second]) c.close();
});

test('a request from a session whose booth another specialist holds is refused with BOOTH_TAKEN, and the session ends', async ({ d }) => {
  const raw = await rawSession(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 });
  // The booth changes hands inside the daemon without a broadcast in between (as a request racing the
  // change would see it): the check is made on the request itself.
  d.service.state = { ...d.service.state, booths: { ...d.service.state.booths, 1: { ...d.service.state.booths[1]!, staffId: 'petrova', staffName: 'Петрова Анна Сергеевна' } } };
  raw.peer.send({ id: 'call', type: 'callNext' });
  const a = await raw.peer.answer('call');
  assert.ok(a.type === 'error' && a.error.code === 'BOOTH_TAKEN', JSON.stringify(a));
  assert.is(a.type === 'error' && a.error.details?.reason, 'booth-taken');
  assert.equal(await raw.closed, { code: SESSION_ENDED_CLOSE, reason: 'booth-taken' });
});

test('removing a staff member and changing another\'s role through setConfig closes their sessions with the reason', async ({ d }) => {
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const raw = await rawSession(d, { role: 'consultant', staffId: 'consultant', pin: '5555' });
  const sidorov = await ready(client(d, { role: 'operator', staffId: 'sidorov', pin: '3333', booth: 3 }));
  await sidorov.request('closeBooth', {});
  await until(() => sidorov.status === 'refused');
  const bazarova = await ready(client(d, { role: 'operator', staffId: 'bazarova', pin: '4444', booth: 4 }));
  const { config } = await head.request('getConfig', {});
  const next = structuredClone(config) as any;
  next.staff = next.staff.filter((s: { id: string }) => s.id !== 'consultant');
  next.staff.find((s: { id: string }) => s.id === 'bazarova').role = 'consultant';
  await head.request('setConfig', { config: next });

  await until(() => consultant.status === 'refused');
  assert.is(consultant.refusal!.details!.reason, 'staff-removed');
  const notice = await endedNotice(raw.peer);
  assert.ok(notice.type === 'notice' && notice.notice.kind === 'session-ended' && notice.notice.reason === 'staff-removed');
  assert.equal(await raw.closed, { code: SESSION_ENDED_CLOSE, reason: 'staff-removed' });
  await until(() => bazarova.status === 'refused');
  assert.is(bazarova.refusal!.details!.reason, 'role-changed');
  assert.is(head.status, 'online', 'the head who made the change keeps her session');
  await head.request('ping', {});
  for (const c of [head, consultant, sidorov, bazarova]) c.close();
});

test('the panel reads no PIN hash; a save that changes no PIN ends no session, a new PIN ends that member\'s sessions only', async ({ d }) => {
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const consultant = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' }));
  const ivanova = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1 }));
  const { config } = await head.request('getConfig', {});
  assert.not.match(JSON.stringify(config), 'pbkdf2', 'no hash reaches the panel');
  const same = structuredClone(config) as any;
  same.office.name = 'Клиентская служба (переименована)';
  await head.request('setConfig', { config: same });
  await consultant.request('ping', {});
  await ivanova.request('ping', {});
  assert.is(consultant.status, 'online', 'a save that changes no PIN keeps every session');
  assert.is(ivanova.status, 'online');

  const reset = structuredClone(same) as any;
  reset.staff.find((s: { id: string }) => s.id === 'consultant').pin = '6543';
  await head.request('setConfig', { config: reset });
  await until(() => consultant.status === 'refused');
  assert.is(consultant.refusal!.details!.reason, 'pin-changed');
  await ivanova.request('ping', {});
  assert.is(ivanova.status, 'online', 'the others keep their sessions');
  const old = client(d, { role: 'consultant', staffId: 'consultant', pin: '5555' });
  await until(() => old.status === 'refused');
  assert.is(old.refusal!.code, 'LOGIN_FAILED');
  const renewed = await ready(client(d, { role: 'consultant', staffId: 'consultant', pin: '6543' }));
  await renewed.request('ping', {});
  const short = structuredClone(same) as any;
  short.staff.find((s: { id: string }) => s.id === 'ivanova').pin = '12';
  const refused = await head.request('setConfig', { config: short }).catch((e) => e as ClientError);
  assert.ok(((refused as ClientError).details!.problems as string[]).some((p) => p.startsWith('staff[0].pin: expected 4–8 digits')));
  for (const c of [head, consultant, ivanova, old, renewed]) c.close();
});

test('an integration whose token was replaced through setConfig is cut off; the new token signs in', async ({ d }) => {
  const head = await ready(client(d, { role: 'supervisor', staffId: 'head', pin: '9999' }));
  const intake = await ready(client(d, { role: 'integration', token: 'demo-intake-token-0123456789' }));
  const { config } = await head.request('getConfig', {});
  const next = structuredClone(config) as any;
  next.integrations[0].token = 'a-new-intake-token-9876543210';
  await head.request('setConfig', { config: next });
  await until(() => intake.status === 'refused');
  assert.is(intake.refusal!.code, 'SESSION_ENDED');
  assert.is(intake.refusal!.details!.reason, 'token-replaced');
  const old = client(d, { role: 'integration', token: 'demo-intake-token-0123456789' });
  await until(() => old.status === 'refused');
  assert.is(old.refusal!.code, 'LOGIN_FAILED');
  const renewed = await ready(client(d, { role: 'integration', token: 'a-new-intake-token-9876543210' }));
  await renewed.request('ping', {});
  for (const c of [head, intake, renewed]) c.close();
});

test('a staff member removed from the configuration by any path is refused on the next request', async ({ d }) => {
  const raw = await rawSession(d, { role: 'consultant', staffId: 'consultant', pin: '5555' });
  // The configuration is replaced under the gateway, with no sweep of the sessions: only the request's own check stands.
  const outcome = await d.service.reconfigure(sealPins(demo((c) => (c.staff = c.staff.filter((s: { id: string }) => s.id !== 'consultant')))));
  assert.ok(outcome.ok);
  raw.peer.send({ id: 'p', type: 'ping' });
  const a = await raw.peer.answer('p');
  assert.ok(a.type === 'error' && a.error.code === 'SESSION_ENDED', JSON.stringify(a));
  assert.is(a.type === 'error' && a.error.details?.reason, 'staff-removed');
  assert.equal(await raw.closed, { code: SESSION_ENDED_CLOSE, reason: 'staff-removed' });
});

test.run();
