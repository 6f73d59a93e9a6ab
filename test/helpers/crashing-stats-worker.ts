// The real statistics worker, made to crash (an uncaught exception ends its thread) when asked for the
// period "crash": how a worker that dies mid-report looks to the daemon. The real worker's message
// listener is wrapped as it is added, so it never answers that question; other questions it answers.
import { parentPort } from 'node:worker_threads';

const port = parentPort!;
const on = port.on.bind(port);
port.on = ((event: string, listener: (q: { from: string }) => void) =>
  on(event, event !== 'message' ? listener : (q: { from: string }) => {
    if (q.from === 'crash') throw new Error('the worker fell over');
    listener(q);
  })) as typeof port.on;
await import('../../queue-core/src/store/stats-worker.ts');
