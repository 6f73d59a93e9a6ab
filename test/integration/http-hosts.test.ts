// The daemon on an open office network: it answers only the host names it is configured for, over HTTP
// and WebSocket alike, so a web page that rebinds its own name to the core's address gets nothing; it
// speaks HTTPS and WSS with the office's certificate; a malformed address is the client's error; and the
// apps' source maps are not handed out.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { hostname } from 'node:os';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { RawPeer, client, demo, ready, testDaemon } from '../helpers/daemon.ts';
import { officeCertificate } from '../helpers/certificate.ts';
import { ConfigError } from '../../queue-core/src/config/load.ts';

interface Answer {
  status: number;
  body: string;
}

/** A GET with a Host header of the test's choosing, as a browser misled by DNS rebinding would send. */
function get(url: string, path: string, headers: Record<string, string> = {}, ca?: Buffer): Promise<Answer> {
  const u = new URL(url);
  const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // The certificate is checked against the address asked, not the Host sent: what the server does with a
    // foreign Host is the question here (a browser would also balk at the certificate, a second wall).
    const req = request({ host: u.hostname, port: u.port, path, headers, ...(ca ? { ca, checkServerIdentity: () => undefined } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the WebSocket with the given Host and Origin; resolves with the HTTP status of a refusal, or 101. */
function upgrade(wsUrl: string, host: string, origin: string, ca?: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { headers: { host }, origin, ...(ca ? { ca, checkServerIdentity: () => undefined } : {}) });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode!);
      res.resume();
    });
    ws.on('error', reject);
  });
}

test('a rebound host name is refused for pages, the health report and the WebSocket, with a clear reason', async () => {
  const d = await testDaemon();
  try {
    const evil = `evil.example:${d.port}`;
    const page = await get(d.url, '/kiosk/', { host: evil });
    assert.is(page.status, 421);
    assert.match(page.body, /does not answer to the host name "evil\.example:\d+".*server\.hostNames/);
    assert.is((await get(d.url, '/healthz', { host: evil })).status, 421);
    // The rebinding page's own origin matches its Host: that used to be enough.
    assert.is(await upgrade(d.ws, evil, `http://${evil}`), 421);
    assert.is(await upgrade(d.ws, `evil.example`, 'http://evil.example'), 421);
    // Without an Origin header either: a Host that is not the daemon's is refused before anything else.
    await RawPeer.open(d.ws, { headers: { host: evil } }).then(
      (p) => { p.close(); assert.unreachable('a foreign Host was accepted'); },
      (e: Error) => assert.match(e.message, /421/),
    );
  } finally {
    await d.stop();
  }
});

test('the daemon answers its own names: localhost, its addresses, the machine name and name.local', async () => {
  const d = await testDaemon();
  try {
    for (const name of ['localhost', '127.0.0.1', hostname().toLowerCase(), `${hostname().toLowerCase()}.local`]) {
      const host = `${name}:${d.port}`;
      assert.is((await get(d.url, '/healthz', { host })).status, 200, host);
      assert.is(await upgrade(d.ws, host, `http://${host}`), 101, host);
    }
    assert.is((await get(d.url, '/healthz', { host: `[::1]:${d.port}` })).status, 200);
    // A page of the daemon's under another of its names may connect (the panel opened by name, the socket by address).
    assert.is(await upgrade(d.ws, `127.0.0.1:${d.port}`, `http://localhost:${d.port}`), 101);
    // Another program on the same machine is another origin: its port differs.
    assert.is(await upgrade(d.ws, `127.0.0.1:${d.port}`, 'http://localhost:5999'), 403);
    assert.is(await upgrade(d.ws, `127.0.0.1:${d.port}`, 'http://evil.example'), 403);
    assert.is(await upgrade(d.ws, `127.0.0.1:${d.port}`, 'null'), 403);
  } finally {
    await d.stop();
  }
});

test('server.hostNames adds the office\'s own DNS name; server.allowedOrigins admits a page served elsewhere', async () => {
  const config = demo((c) => {
    c.server = { hostNames: ['Queue.Office.LAN'], allowedOrigins: ['https://intranet.office.lan'] };
  });
  const d = await testDaemon({ config });
  try {
    const host = `queue.office.lan:${d.port}`;
    assert.is((await get(d.url, '/panel/', { host })).status, 200);
    assert.is(await upgrade(d.ws, host, `http://${host}`), 101);
    assert.is(await upgrade(d.ws, host, 'https://intranet.office.lan'), 101);
    assert.is(await upgrade(d.ws, `other.office.lan:${d.port}`, 'https://intranet.office.lan'), 421);
  } finally {
    await d.stop();
  }
});

test('HTTPS and WSS with an office certificate: a screen that trusts the office CA says hello; rebinding is refused there too', async () => {
  const cert = await officeCertificate();
  const config = demo((c) => {
    c.server = { ...c.server, tls: { cert: cert.certFile, key: cert.keyFile } };
  });
  const d = await testDaemon({ config });
  try {
    assert.match(d.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(d.ws, /^wss:\/\//);
    const health = await get(d.url, '/healthz', {}, cert.ca);
    assert.is(health.status, 200);
    assert.is(JSON.parse(health.body).database.state, 'ok');

    // The screen's browser trusts the office CA; the protocol client is the one every app uses.
    const Trusting = class extends WebSocket {
      constructor(url: string) {
        super(url, { ca: cert.ca });
      }
    };
    const kiosk = await ready(client(d, { role: 'kiosk' }, { WebSocket: Trusting as never }));
    assert.is((await kiosk.request('issue', { directionId: 'documents' })).ticket.label, 'Д100');
    kiosk.close();

    // One that does not trust it gets no connection: the PINs are not sent to whoever answers.
    const untrusting = await new Promise<Error>((resolve) => {
      const ws = new WebSocket(d.ws);
      ws.on('open', () => resolve(new Error('connected without trusting the certificate')));
      ws.on('error', resolve);
    });
    assert.match(untrusting.message, /self[- ]signed|unable to (get|verify)|certificate/i);
    // Nor does plain HTTP reach it.
    await get(d.url.replace('https', 'http'), '/healthz').then(
      () => assert.unreachable('plain HTTP was answered'),
      (e: Error) => assert.ok(e),
    );

    const evil = `evil.example:${d.port}`;
    assert.is((await get(d.url, '/panel/', { host: evil }, cert.ca)).status, 421);
    assert.is(await upgrade(d.ws, evil, `https://${evil}`, cert.ca), 421);
    assert.is(await upgrade(d.ws, `127.0.0.1:${d.port}`, `https://127.0.0.1:${d.port}`, cert.ca), 101);
  } finally {
    await d.stop();
    await rm(cert.dir, { recursive: true, force: true });
  }
});

test('a missing or mismatched certificate stops the start with the field and the file named', async () => {
  const cert = await officeCertificate();
  try {
    const missing = join(cert.dir, 'nowhere.pem');
    const e1 = await testDaemon({ config: demo((c) => { c.server = { ...c.server, tls: { cert: missing, key: cert.keyFile } }; }) }).then(
      (d) => d.stop().then(() => null),
      (e: Error) => e,
    );
    assert.instance(e1, ConfigError);
    assert.match(e1!.message, `server.tls.cert: cannot read "${missing}": no such file`);
    // The CA's certificate with the server's key: they do not belong together.
    const e2 = await testDaemon({ config: demo((c) => { c.server = { ...c.server, tls: { cert: cert.caFile, key: cert.keyFile } }; }) }).then(
      (d) => d.stop().then(() => null),
      (e: Error) => e,
    );
    assert.instance(e2, ConfigError);
    assert.match(e2!.message, /server\.tls: the certificate .* and the key .* cannot be used together/);
  } finally {
    await rm(cert.dir, { recursive: true, force: true });
  }
});

test('a malformed address is a bad request, not an internal error', async () => {
  const d = await testDaemon();
  try {
    const bad = await get(d.url, '/kiosk/%E0%A4%A');
    assert.is(bad.status, 400);
    assert.match(bad.body, /Bad request/);
    assert.is((await get(d.url, '/%')).status, 400);
    assert.is((await get(d.url, '/healthz')).status, 200, 'the daemon goes on answering');
  } finally {
    await d.stop();
  }
});

test('source maps are neither built nor served, nor the build manifest', async () => {
  // A map left in an app's folder (from a development build) is not served.
  const root = await mkdtemp(join(tmpdir(), 'queue-apps-'));
  await mkdir(join(root, 'kiosk', 'dist', 'assets'), { recursive: true });
  await writeFile(join(root, 'kiosk', 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(root, 'kiosk', 'dist', 'assets', 'index-abcdefgh.js'), 'console.log(1)\n//# sourceMappingURL=index-abcdefgh.js.map');
  await writeFile(join(root, 'kiosk', 'dist', 'assets', 'index-abcdefgh.js.map'), '{"version":3,"sources":["../src/secret.ts"]}');
  await mkdir(join(root, 'kiosk', 'dist', '.vite'));
  await writeFile(join(root, 'kiosk', 'dist', '.vite', 'manifest.json'), '{"src/secret.ts":{"file":"assets/index-abcdefgh.js"}}');
  const d = await testDaemon({ appsRoot: root });
  try {
    assert.is((await get(d.url, '/kiosk/assets/index-abcdefgh.js')).status, 200);
    const map = await get(d.url, '/kiosk/assets/index-abcdefgh.js.map');
    assert.is(map.status, 404);
    assert.not.match(map.body, /secret/);
    // Nor Vite's manifest, the list of the build's chunks by source file (hidden files and folders are not served).
    const manifest = await get(d.url, '/kiosk/.vite/manifest.json');
    assert.is(manifest.status, 404);
    assert.not.match(manifest.body, /secret/);
  } finally {
    await d.stop();
    await rm(root, { recursive: true, force: true });
  }
  // The production builds of the three apps make none (`npm test` builds them first).
  const appsRoot = new URL('../../', import.meta.url).pathname;
  for (const app of ['kiosk', 'display', 'caller-panel']) {
    const assets = await readdir(join(appsRoot, app, 'dist', 'assets'));
    assert.ok(assets.some((f) => f.endsWith('.js')), `${app} is built`);
    assert.equal(assets.filter((f) => f.endsWith('.map')), [], `${app} has no source maps`);
  }
});

test.run();
