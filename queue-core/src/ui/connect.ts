// Opens the protocol client against the daemon that served the page.
import { QueueClient, type ClientOptions } from '../protocol/client.js';

export function wsUrl(loc: { protocol: string; host: string } = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/ws`;
}

export function connect(hello: ClientOptions['hello'], options: Partial<ClientOptions> = {}): QueueClient {
  return new QueueClient({ url: wsUrl(), hello, ...options });
}
