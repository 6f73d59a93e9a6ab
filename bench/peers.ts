// The bench's clients: a WebSocket peer that hands every frame to a callback, a request that waits for its
// answer, and a process's resident memory.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoConfig } from '../queue-core/src/config/demo.ts';
import WebSocket from 'ws';

export type Peer = { ws: WebSocket; onFrame: (f: any) => void };

export async function peer(url: string, onFrame: (f: any) => void = () => {}): Promise<Peer> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const p: Peer = { ws, onFrame };
  ws.on('message', (d) => p.onFrame(JSON.parse(d.toString())));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return p;
}

/** How long a request may wait for its answer before the bench stops with a reason (a stalled daemon, a lost frame). */
const ANSWER_TIMEOUT_MS = 60_000;

export function ask(p: Peer, frame: { id: string | number; [field: string]: unknown }): Promise<any> {
  return new Promise((resolve, reject) => {
    const prev = p.onFrame;
    const timer = setTimeout(() => {
      p.onFrame = prev;
      reject(new Error(`no answer to ${String(frame.type)} (id ${frame.id}) in ${ANSWER_TIMEOUT_MS / 1000} s`));
    }, ANSWER_TIMEOUT_MS);
    p.onFrame = (f) => {
      if ((f.type === 'result' || f.type === 'error') && f.id === frame.id) {
        clearTimeout(timer);
        p.onFrame = prev;
        if (f.type === 'error') reject(new Error(`${f.error.code}: ${f.error.message}`));
        else resolve(f.data);
      } else prev(f);
    };
    p.ws.send(JSON.stringify(frame));
  });
}

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/**
 * Writes the demo office into `dir` as office.json, changed by `change`, with the kiosk's issuing limit
 * lifted: the bench's kiosk taps as fast as it is answered (a load, not a line of people). Returns its path.
 */
export async function benchConfig(dir: string, change: (c: any) => void = () => {}): Promise<string> {
  const config = structuredClone(demoConfig) as any;
  config.server = { ...config.server, kioskIssuing: { burst: 1000, everySeconds: 0.001, allKiosks: { burst: 10000, everySeconds: 0.001 } } };
  change(config);
  const file = join(dir, 'office.json');
  await writeFile(file, JSON.stringify(config));
  return file;
}
