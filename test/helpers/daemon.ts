// Starts the real daemon in this process on 127.0.0.1 with a fresh SQLite file, and speaks to it with
// real WebSocket connections: the protocol client the apps use, or raw frames for bad input.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startDaemon, type Daemon, type DaemonOptions } from '../../queue-core/src/daemon.ts';
import { ClientError, QueueClient, type ClientOptions } from '../../queue-core/src/protocol/index.ts';
import type { ServerMessage } from '../../queue-core/src/protocol/messages.ts';
import type { OfficeConfig } from '../../queue-core/src/config/schema.ts';
import { parseConfigText } from '../../queue-core/src/config/load.ts';
import { demoConfig } from '../../queue-core/src/config/demo.ts';

/** The demo office; its voice speaks with espeak-ng (milliseconds) unless a test asks for festival. */
export function demo(change: (c: any) => void = () => {}): OfficeConfig {
  const c = structuredClone(demoConfig) as any;
  c.hardware.voice = { ...c.hardware.voice, engine: 'espeak-ng' };
  change(c);
  return parseConfigText(JSON.stringify(c), 'demo');
}

export interface TestDaemon extends Daemon {
  dataDir: string;
  ws: string;
  stop(): Promise<void>;
}

export async function testDaemon(options: Partial<DaemonOptions> = {}, dataDir?: string): Promise<TestDaemon> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'queue-test-')));
  // The test runner prepares the spoken pieces once for the whole run (scripts/test-runner/voice-cache.ts).
  const voiceCache = process.env.QUEUE_VOICE_CACHE ? { voiceCacheDir: process.env.QUEUE_VOICE_CACHE } : {};
  const d = await startDaemon({ config: demo(), dataDir: dir, port: 0, host: '127.0.0.1', log: () => {}, ...voiceCache, ...options });
  let stopped: Promise<void> | undefined;
  return {
    ...d, dataDir: dir, ws: `${d.url.replace('http', 'ws')}/ws`,
    // Idempotent: uvu runs after.each again when it throws, and a second stop must not hide the first error.
    stop() {
      // A failure here is printed as well as thrown: uvu drops errors thrown by after.each hooks.
      stopped ??= (async () => {
        await d.close();
        if (!dataDir) await rm(dir, { recursive: true, force: true });
      })().catch((e: Error) => {
        console.error(`stopping the test daemon failed: ${e.stack ?? e}`);
        throw e;
      });
      return stopped;
    },
  };
}

export function client(d: { ws: string }, hello: ClientOptions['hello'], extra: Partial<ClientOptions> = {}): QueueClient {
  return new QueueClient({ url: d.ws, hello, WebSocket: WebSocket as never, retryMs: [50, 200], ...extra });
}

/** Resolves once the client is online and holds a view of the office. */
export function ready(c: QueueClient, timeoutMs = 5000): Promise<QueueClient> {
  return until(() => (c.status === 'online' && c.view ? c : c.status === 'refused' ? Promise.reject(c.refusal) : null), timeoutMs, () => `client stayed ${c.status}`);
}

/** Polls `check` on every turn of the event loop until it returns something other than null/false. */
export async function until<T>(check: () => T | null | false | undefined | Promise<T>, timeoutMs = 5000, what = () => 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== null && v !== false && v !== undefined) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A raw socket that records every message, for frames a well-behaved client would never send. */
export class RawPeer {
  messages: ServerMessage[] = [];
  frames: string[] = [];
  closed = false;
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(data.toString());
      this.messages.push(JSON.parse(data.toString()));
    });
    ws.on('close', () => (this.closed = true));
  }
  static async open(url: string, options: WebSocket.ClientOptions = {}): Promise<RawPeer> {
    const ws = new WebSocket(url, options);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new RawPeer(ws);
  }
  send(frame: string | Buffer | object) {
    this.ws.send(typeof frame === 'string' || Buffer.isBuffer(frame) ? frame : JSON.stringify(frame));
  }
  /** The answer to request `id`. */
  answer(id: string | number, timeoutMs = 3000) {
    return until(() => this.messages.find((m) => (m.type === 'result' || m.type === 'error') && m.id === id), timeoutMs, () => `an answer to ${id}`);
  }
  /** The next error without an id (frames that could not be read). */
  async anonymousError(count: number) {
    return until(() => {
      const errors = this.messages.filter((m) => m.type === 'error' && m.id === null);
      return errors.length >= count ? errors[count - 1] : null;
    });
  }
  close() {
    this.ws.close();
  }
}

/** The refusal a request ends in; fails the test when it is answered. */
export async function refusal(p: Promise<unknown>): Promise<ClientError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ClientError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}
