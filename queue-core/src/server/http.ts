// HTTP, or HTTPS with the office's certificate: the built apps, the health report, the protocol's contract
// and the WebSocket upgrade on /ws. Only requests addressed to one of the daemon's own host names are
// answered (see host-policy.ts), upgrades included.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { HostPolicy } from './host-policy.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wav': 'audio/wav', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A URL prefix served from a built app's folder; unknown paths under it get the app's index.html. */
export interface AppMount {
  prefix: string;
  dir: string;
}

/** A request answered by the daemon itself at a fixed path (the kiosk's spoken prompts). */
export interface RouteMount {
  path: string;
  handle: (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => Promise<void>;
}

/** One file at a fixed URL, such as the protocol contract at /protocol/contract.json. */
export interface FileMount {
  path: string;
  file: string;
}

export interface HttpOptions {
  apps: AppMount[];
  files?: FileMount[];
  routes?: RouteMount[];
  health: () => { status: string };
  /** A page the daemon words itself for a path under an app (a hall display of a hall that does not exist), or null. */
  page?: (path: string) => { status: number; html: string } | null;
  upgrade: (req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => void;
  log?: (line: string) => void;
  /** The names the daemon answers to; without it any Host is answered (tests of the parts alone). */
  hosts?: HostPolicy;
  /** The office's certificate and key (PEM): the server speaks HTTPS and WSS instead of HTTP and WS. */
  tls?: { cert: Buffer; key: Buffer };
}

const misdirected = (host: string | undefined) =>
  `This server does not answer to the host name "${host}". If it is one of its names, add it to server.hostNames in the configuration.\n`;

export function createHttpServer(options: HttpOptions): Server {
  const respond = (req: IncomingMessage, res: ServerResponse) => {
    if (options.hosts && !options.hosts.hostAllowed(req.headers.host)) {
      options.log?.(`refused a request for host ${JSON.stringify(req.headers.host)} from ${req.socket.remoteAddress}`);
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end(misdirected(req.headers.host));
      return;
    }
    handle(req, res, options).catch((e) => {
      options.log?.(`http error: ${(e as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    });
  };
  const server: Server = options.tls ? (createSecureServer({ cert: options.tls.cert, key: options.tls.key }, respond) as unknown as Server) : createServer(respond);
  server.on('upgrade', (req, socket, head) => {
    if (options.hosts && !options.hosts.hostAllowed(req.headers.host)) {
      options.log?.(`refused a WebSocket for host ${JSON.stringify(req.headers.host)} from ${req.socket.remoteAddress}`);
      socket.end(`HTTP/1.1 421 Misdirected Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${misdirected(req.headers.host)}`);
      return;
    }
    const path = (req.url ?? '').split('?')[0];
    if (path === '/ws') options.upgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
  });
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpOptions) {
  let path: string;
  try {
    path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
  } catch {
    // `%E0%A4%A` and the like: the client's mistake, not the server's.
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: the address is not valid percent-encoding\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (path === '/healthz') {
    // A monitor that reads only the status code (curl -f, an uptime checker) is told too: 503 while degraded.
    const report = options.health();
    res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(report));
    return;
  }
  if (path === '/') {
    res.writeHead(200, { 'content-type': TYPES['.html']! }).end(INDEX);
    return;
  }
  const route = options.routes?.find((r) => r.path === path);
  if (route) {
    await route.handle(req, res, new URLSearchParams((req.url ?? '').split('?')[1] ?? ''));
    return;
  }
  const fixed = options.files?.find((f) => f.path === path);
  if (fixed) {
    const body = await readFile(fixed.file).catch(() => null);
    if (!body) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    // The contract is public and holds no office data: any page may read it.
    else res.writeHead(200, { 'content-type': TYPES[extname(fixed.file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' }).end(body);
    return;
  }
  const own = options.page?.(path);
  if (own) {
    res.writeHead(own.status, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(own.html);
    return;
  }
  for (const app of options.apps) {
    if (path === app.prefix || path.startsWith(`${app.prefix}/`)) {
      await serveFile(app, path.slice(app.prefix.length), res);
      return;
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

async function serveFile(app: AppMount, rest: string, res: ServerResponse) {
  // Source maps would hand the apps' sources to anyone on the network; production builds make none, and
  // one left over from a development build is not served either. Nor are hidden files and folders, such as
  // Vite's .vite/manifest.json (the build's list of chunks, read by the bundle benchmark).
  if (rest.endsWith('.map') || rest.split('/').some((part) => part.startsWith('.'))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const relative = normalize(rest || '/').replace(/^([/\\])+/, '');
  let file = join(app.dir, relative);
  if (!file.startsWith(app.dir + sep) && file !== app.dir) {
    res.writeHead(403).end();
    return;
  }
  const isFile = await stat(file).then((s) => s.isFile(), () => false);
  if (!isFile) file = join(app.dir, 'index.html'); // client-side routes such as /display/booth/2
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('This app is not built: run npm run build\n');
    return;
  }
  const hashed = /-[A-Za-z0-9_-]{8,}\.(js|css)$/.test(file);
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' });
  res.end(body);
}

const INDEX = `<!doctype html><meta charset="utf-8"><title>Электронная очередь</title>
<style>body{font:20px system-ui,sans-serif;margin:2em;line-height:1.6}a{display:block}</style>
<h1>Электронная очередь</h1>
<a href="/kiosk/">Терминал выдачи талонов (киоск)</a>
<a href="/display/hall">Табло в зале</a>
<a href="/display/booth/1">Табло над кабиной 1</a>
<a href="/panel/">Пульт специалиста, консультанта и руководителя</a>
<a href="/healthz">Состояние системы (JSON)</a>
<a href="/protocol/contract.json">Протокол для внешних программ (JSON Schema)</a>`;
