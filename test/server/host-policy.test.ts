// The names the daemon answers to, without a daemon: how Host and Origin headers are read and compared.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HostPolicy, normalizeHost, parseHostHeader } from '../../queue-core/src/server/host-policy.ts';

const policy = (hostNames: string[] = [], allowedOrigins: string[] = []) => new HostPolicy(() => ({ hostNames, allowedOrigins }));

test('Host headers are read as a browser writes them: case, a trailing dot, brackets around IPv6, a port', () => {
  assert.equal(parseHostHeader('Queue.Office.LAN.:8080'), { name: 'queue.office.lan', port: 8080 });
  assert.equal(parseHostHeader('[::1]:8443'), { name: '::1', port: 8443 });
  assert.equal(parseHostHeader('192.168.10.10'), { name: '192.168.10.10', port: null });
  assert.is(parseHostHeader('evil.example/path'), null);
  assert.is(parseHostHeader('user@localhost'), null);
  assert.is(parseHostHeader('a b'), null);
  assert.is(normalizeHost('[FE80::1]'), 'fe80::1');
});

test('only its own names pass; a configured name is added to them, not put in their place', () => {
  const p = policy(['queue.office.lan']);
  // Every 127.x address is this machine's own loopback: a browser sends it only when it was typed.
  for (const host of ['localhost:8080', '127.0.0.1', '127.0.0.2:8080', '[::1]:8080', 'QUEUE.office.lan:8080']) assert.ok(p.hostAllowed(host), host);
  for (const host of ['evil.example:8080', 'localhost.evil.example', '127.0.0.1.evil.example', '128.0.0.2', '']) assert.not.ok(p.hostAllowed(host), host);
  assert.ok(p.hostAllowed(undefined), 'no Host at all is no browser being misled');
});

test('an origin passes when it is listed, or one of the names on the port the request came to', () => {
  const p = policy([], ['https://intranet.office.lan']);
  assert.ok(p.originAllowed('http://localhost:8080', '127.0.0.1:8080', false));
  assert.ok(p.originAllowed('http://localhost', 'localhost', false), 'port 80 on both sides');
  assert.ok(p.originAllowed('https://localhost', 'localhost', true), 'port 443 on both sides');
  assert.not.ok(p.originAllowed('http://localhost', 'localhost', true), 'http on 80 is not the daemon on 443');
  assert.not.ok(p.originAllowed('http://localhost:5173', '127.0.0.1:8080', false));
  assert.not.ok(p.originAllowed('http://evil.example:8080', 'evil.example:8080', false), 'Origin equal to Host proves nothing');
  assert.not.ok(p.originAllowed('file://', 'localhost:8080', false));
  assert.not.ok(p.originAllowed('null', 'localhost:8080', false));
  assert.ok(p.originAllowed('https://intranet.office.lan', 'localhost:8080', false));
});

test.run();
