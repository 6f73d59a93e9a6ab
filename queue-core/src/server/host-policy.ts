// Which host names the daemon answers to, and which pages may open its WebSocket. A browser tricked by DNS
// rebinding sends the attacker's name in Host and in Origin alike, so comparing the two proves nothing: the
// Host must be one of the daemon's own names (its addresses, localhost, the machine's name and name.local,
// and `server.hostNames`), and the Origin one of those names on the same port, or in `server.allowedOrigins`.
import { isIPv4 } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

export interface HostSettings {
  hostNames: string[];
  allowedOrigins: string[];
}

/** The machine's addresses change with DHCP and cables; they are read again after this long. */
const ADDRESSES_TTL_MS = 10_000;

/** `Example.LOCAL.` → `example.local`, `[::1]` → `::1`: the form names are compared in. */
export function normalizeHost(name: string): string {
  return name.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** A Host header split into its name and port (null when it names none); null when it cannot be read. */
export function parseHostHeader(host: string): { name: string; port: number | null } | null {
  try {
    const u = new URL(`http://${host}`);
    if (u.username || u.password || u.pathname !== '/' || u.search || u.hash) return null;
    return { name: normalizeHost(u.hostname), port: u.port ? Number(u.port) : null };
  } catch {
    return null;
  }
}

export class HostPolicy {
  private addresses: { names: Set<string>; at: number } | null = null;

  constructor(private readonly settings: () => HostSettings, private readonly now: () => number = Date.now) {}

  /** Every name the daemon answers to now. */
  names(): Set<string> {
    const t = this.now();
    if (!this.addresses || t - this.addresses.at > ADDRESSES_TTL_MS) this.addresses = { names: ownNames(), at: t };
    const names = new Set(this.addresses.names);
    for (const n of this.settings().hostNames) names.add(normalizeHost(n));
    return names;
  }

  /**
   * Whether a request's Host header names this daemon. A request without one (HTTP/1.0, some programs)
   * is answered: a browser always sends it, so its absence is no browser being misled.
   */
  hostAllowed(host: string | undefined): boolean {
    if (host === undefined) return true;
    const parsed = parseHostHeader(host);
    return parsed !== null && this.isOwn(parsed.name);
  }

  /** One of the daemon's names, or any loopback address (127.0.0.0/8 is all this machine's own). */
  private isOwn(name: string): boolean {
    return this.names().has(name) || (isIPv4(name) && name.startsWith('127.'));
  }

  /**
   * Whether a page from `origin` may open the WebSocket of a request sent to `host` over TLS or not: an
   * origin listed in the config, or one of the daemon's own names on the port the request came to.
   */
  originAllowed(origin: string, host: string | undefined, secure: boolean): boolean {
    if (this.settings().allowedOrigins.includes(origin)) return true;
    if (!this.hostAllowed(host)) return false;
    let o: URL;
    try {
      o = new URL(origin);
    } catch {
      return false;
    }
    if (o.protocol !== 'http:' && o.protocol !== 'https:') return false;
    const originPort = o.port ? Number(o.port) : o.protocol === 'https:' ? 443 : 80;
    const requestPort = (host && parseHostHeader(host)?.port) ?? (secure ? 443 : 80);
    return originPort === requestPort && this.isOwn(normalizeHost(o.hostname));
  }
}

/** The machine's own names: loopback, its name (and the mDNS name.local) and every address it has. */
function ownNames(): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1']);
  const machine = normalizeHost(hostname());
  if (machine) {
    names.add(machine);
    if (!machine.endsWith('.local')) names.add(`${machine}.local`);
  }
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) names.add(normalizeHost(a.address));
  }
  return names;
}
