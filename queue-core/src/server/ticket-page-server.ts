// The guest network's only door: a listener of its own (ticketPage.port, default 8081) that serves the
// ticket page and its status JSON, and nothing else — no apps, no /healthz, no WebSocket (an upgrade is
// answered like any other unknown path), so a phone on the guest Wi-Fi reaches no staff or kiosk function
// even when the guest network can reach the box's address. Only GET and HEAD, only the daemon's own host
// names and the one in ticketPage.baseUrl, and every address is limited: a few requests a second, and
// few tokens that open nothing (wrong, expired, another day's — all answered with the same plain page).
//
//   GET /t/<token>        the page (HTML)
//   GET /t/<token>.json   the ticket's status (docs/protocol.md, "The ticket page")
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { officeDateText, officeDay } from '../domain/office-time.js';
import { ticketStatus } from '../domain/ticket-status.js';
import { TICKET_PAGE_WORDS } from '../domain/ticket-page-words.js';
import { plainAddress } from '../config/addresses.js';
import { HostPolicy } from './host-policy.js';
import { BucketTable, type Rate } from './token-bucket.js';
import { TicketTokens } from './ticket-tokens.js';
import { invalidStatus, pageStatus, plainPage, ticketPageHtml, PAGE_SCRIPT_HASH, type TicketPageContext } from './ticket-page.js';
import type { QueueService } from './queue-service.js';

export interface GuestLimits {
  /** Any request, per address: a page and its polls need far less. */
  requests: Rate;
  /** Requests that open nothing (a wrong or expired token, any other path), per address. */
  misses: Rate;
}

export const GUEST_LIMITS: GuestLimits = {
  requests: { burst: 20, everyMs: 500 },
  misses: { burst: 10, everyMs: 30_000 },
};

const ROUTE = /^\/t\/([^/]*?)(\.json)?$/;
/** What browsers ask of any site by themselves: answered without counting as a guess. */
const BROWSER_ASKS = /^\/(favicon\.ico|robots\.txt|apple-touch-icon[\w-]*\.png)$/;

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // The token is in the address: no page it links to, and no other site, may be told it.
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
};

const CSP = `default-src 'none'; script-src '${PAGE_SCRIPT_HASH}'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export class TicketPageServer {
  readonly server: Server;
  private readonly requests: BucketTable;
  private readonly misses: BucketTable;
  private readonly hosts: HostPolicy;

  constructor(
    private readonly service: QueueService,
    readonly tokens: TicketTokens,
    o: { tls?: { cert: Buffer; key: Buffer }; limits?: Partial<GuestLimits>; log?: (line: string) => void },
  ) {
    const limits = { ...GUEST_LIMITS, ...o.limits };
    this.requests = new BucketTable(limits.requests);
    this.misses = new BucketTable(limits.misses);
    this.hosts = new HostPolicy(() => ({ hostNames: [...service.config.server.hostNames, ...this.baseHost()], allowedOrigins: [] }));
    const respond = (req: IncomingMessage, res: ServerResponse) => {
      try {
        this.respond(req, res);
      } catch (e) {
        o.log?.(`ticket page: ${(e as Error).message}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal error\n');
      }
    };
    this.server = o.tls ? (createSecureServer({ cert: o.tls.cert, key: o.tls.key }, respond) as unknown as Server) : createServer(respond);
    // No WebSocket here: an upgrade request is refused outright rather than handed to the page routes.
    this.server.on('upgrade', (_req, socket) => socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n'));
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 15_000;
  }

  /** The page's address for a ticket, as the QR code on its paper carries it; null while the page is off. */
  linkOf(ticketId: string): string | null {
    const base = this.service.config.ticketPage?.baseUrl;
    return base ? `${base}${this.tokens.tokenOf(ticketId)}` : null;
  }

  private baseHost(): string[] {
    const base = this.service.config.ticketPage?.baseUrl;
    return base ? [new URL(base).hostname] : [];
  }

  private get language() {
    return this.service.config.office.language;
  }

  private get refreshSeconds() {
    return this.service.config.ticketPage?.refreshSeconds ?? 10;
  }

  private respond(req: IncomingMessage, res: ServerResponse) {
    const now = this.service.clock();
    const address = plainAddress(req.socket.remoteAddress ?? '?');
    if (!this.hosts.hostAllowed(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', ...HEADERS }).end('Misdirected request\n');
      return;
    }
    const requests = this.requests.get(address, now);
    if (requests.waitMs(now) > 0) return this.tooMany(res, requests.waitMs(now));
    requests.take(now);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', ...HEADERS }).end();
      return;
    }
    const misses = this.misses.get(address, now);
    if (misses.waitMs(now) > 0) return this.tooMany(res, misses.waitMs(now));
    const path = (req.url ?? '/').split('?')[0]!;
    if (BROWSER_ASKS.test(path)) {
      if (path === '/robots.txt') return this.send(res, 200, 'text/plain; charset=utf-8', 'User-agent: *\nDisallow: /\n');
      return this.send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    }
    const route = ROUTE.exec(path);
    const ticket = route ? this.ticketOf(route[1]!, now) : null;
    if (!route || !ticket) {
      misses.take(now);
      if (route?.[2]) return this.send(res, 404, 'application/json; charset=utf-8', JSON.stringify(invalidStatus(this.language)));
      return this.send(res, 404, 'text/html; charset=utf-8', plainPage(this.language, TICKET_PAGE_WORDS[this.language].invalid, this.refreshSeconds));
    }
    const { config, state } = this.service;
    const direction = config.directions.find((d) => d.id === ticket.directionId);
    const context: TicketPageContext = {
      language: this.language,
      officeName: config.office.name,
      directionName: direction ? direction.name[this.language] ?? direction.name.ru : '',
      time: officeDateText(now, this.service.zone).time,
    };
    const status = pageStatus(ticketStatus(state, config, ticket, now), context);
    if (route[2]) return this.send(res, 200, 'application/json; charset=utf-8', JSON.stringify(status));
    this.send(res, 200, 'text/html; charset=utf-8', ticketPageHtml(status, context, { statusUrl: `${route[1]}.json`, refreshSeconds: this.refreshSeconds }), { 'content-security-policy': CSP });
  }

  /** Today's ticket the token opens; none once the office day it was issued on has passed. */
  private ticketOf(token: string, now: number) {
    const { state } = this.service;
    const today = officeDay(now, this.service.zone);
    // Between midnight and the day's roll-over (a few seconds) the state still holds yesterday's tickets.
    if (state.day !== today) return null;
    const id = this.tokens.find(token, today, state.tickets.values());
    return id ? state.tickets.get(id) ?? null : null;
  }

  private tooMany(res: ServerResponse, waitMs: number) {
    this.send(res, 429, 'text/html; charset=utf-8', plainPage(this.language, TICKET_PAGE_WORDS[this.language].tooMany, this.refreshSeconds, TICKET_PAGE_WORDS[this.language].tooManyTitle), { 'retry-after': String(Math.ceil(waitMs / 1000)) });
  }

  private send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': type, ...HEADERS, ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve((this.server.address() as { port: number }).port);
      });
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections?.();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
