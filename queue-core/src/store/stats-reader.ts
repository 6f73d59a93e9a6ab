// The daemon's side of the statistics workers (stats-worker.ts): two lanes, each a worker thread with its
// own read-only connection, started on first use; a report's reads are split between them (as in
// stats-queries.ts) and the answers joined, and a long search over every record runs on the less busy. A worker that dies (a crash, out of memory) fails the
// questions it held with words saying so, and the next question starts a fresh one: the daemon never
// goes down with it. A worker is kept referenced only while it has work, so it never holds a process
// open, and is stopped after a minute without questions, giving its memory back on a small box.
import { Worker } from 'node:worker_threads';
import type { StatsRows } from '../journal/stats.js';
import { STATS_LANES, type StatsPart } from './stats-queries.js';
import type { StatsAnswer, StatsQuestion } from './stats-worker.js';

type Rows = Partial<StatsRows> | unknown[];
interface Waiting { resolve: (rows: Rows) => void; reject: (e: Error) => void }

// Built, this file is stats-reader.js beside stats-worker.js. Under tsx (tests, bench) both are .ts, and on
// Node 20 a worker thread does not get tsx's loader from the process's --import: the worker then starts
// from a line of JavaScript that loads the .ts file through tsx's own API.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './stats-worker.ts' : './stats-worker.js', import.meta.url);

function startWorker(script: URL, workerData: unknown): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData });
}

/** Words for the journal service, which answers the request with STORAGE_FAILED and these words. */
export class StatsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatsError';
  }
}

const IDLE_MS = 60_000;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** One worker at a time, restarted after it dies. */
class Lane {
  private worker: Worker | null = null;
  private waiting = new Map<number, Waiting>();
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly file: string, private readonly script: URL) {}

  get busy(): number {
    return this.waiting.size;
  }

  ask(question: DistributiveOmit<StatsQuestion, 'id'>): Promise<Rows> {
    const worker = this.worker ?? this.start();
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const id = this.nextId++;
    return new Promise<Rows>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...question, id } satisfies StatsQuestion);
    });
  }

  private start(): Worker {
    const worker = startWorker(this.script, { file: this.file });
    // Questions go to the current worker only, so the ones waiting are always this worker's.
    const failAll = (message: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.refuseWaiting(message);
    };
    worker.on('message', (a: StatsAnswer) => {
      const w = this.waiting.get(a.id);
      if (!w) return;
      this.waiting.delete(a.id);
      if ('error' in a) w.reject(new StatsError(`the statistics could not be read: ${a.error}`));
      else w.resolve(a.rows);
      if (this.waiting.size === 0) {
        worker.unref();
        this.idle = setTimeout(() => void this.stop(), IDLE_MS).unref();
      }
    });
    worker.on('error', (e) => failAll(`the statistics worker failed: ${e.message}`));
    worker.on('exit', (code) => failAll(`the statistics worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private refuseWaiting(message: string): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(new StatsError(message));
  }

  /** Stops the worker, refusing what it still held (its exit is then no failure). */
  async stop(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = null;
    this.refuseWaiting('the statistics reader was closed');
    await worker?.terminate();
  }
}

export class StatsReader {
  private readonly lanes: Lane[];
  private closed = false;

  /** `script` is for tests that need a worker which misbehaves. */
  constructor(readonly file: string, script: URL = WORKER) {
    this.lanes = STATS_LANES.map(() => new Lane(file, script));
  }

  /**
   * The grouped rows for office days `from`..`to` inclusive, read by the lanes side by side; `split` names
   * the parts each lane reads when a report needs only some (the others come back empty).
   */
  async read(from: string, to: string, split: StatsPart[][] = STATS_LANES): Promise<StatsRows> {
    if (this.closed) throw new StatsError('the statistics reader is closed');
    // Every lane has finished (or failed) before the answer: no lane is still busy with this report then.
    const parts = await Promise.allSettled(this.lanes.map((lane, i) => (split[i]?.length ? lane.ask({ from, to, parts: split[i]! }) : Promise.resolve({}))));
    const failed = parts.find((p) => p.status === 'rejected');
    if (failed) throw failed.reason;
    const empty = Object.fromEntries(STATS_LANES.flat().map((part) => [part, []]));
    return Object.assign(empty, ...parts.map((p) => (p as PromiseFulfilledResult<Rows>).value)) as StatsRows;
  }

  /** The rows of a read-only query, run on the less busy lane. */
  async query<T>(sql: string, params: unknown[]): Promise<T[]> {
    if (this.closed) throw new StatsError('the statistics reader is closed');
    const lane = this.lanes.reduce((a, b) => (b.busy < a.busy ? b : a));
    return (await lane.ask({ sql, params })) as T[];
  }

  /** Stops the workers; questions still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.lanes.map((lane) => lane.stop()));
  }
}
