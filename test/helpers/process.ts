// The daemon as the office runs it: a separate Node process, started from the build, killed for real.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The launcher the office uses (it sets the daemon's Node flags), started without a shell in between. */
export const LAUNCHER = fileURLToPath(new URL('../../queue-core/bin/queue-core', import.meta.url));

// Daemons started here do not outlive the test run, even when a test fails half-way.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

export interface DaemonProcess {
  child: ChildProcess;
  url: string;
  ws: string;
  output: () => string;
  /** Milliseconds from spawn to the "ready" line. */
  readyMs: number;
}

export function spawnDaemon(args: string[], env: NodeJS.ProcessEnv = {}): Promise<DaemonProcess> {
  const started = performance.now();
  const child = spawn(LAUNCHER, ['--host', '127.0.0.1', '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the daemon did not start:\n${out}`)), 15_000);
    const onData = () => {
      const m = /health\s+(http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({ child, url: m[1]!, ws: `${m[1]!.replace('http', 'ws')}/ws`, output: () => out, readyMs: performance.now() - started });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the daemon exited with ${code}:\n${out}`));
    });
  });
}

/** Runs the daemon to completion and returns its exit code and output (for start-up failures). */
export function runDaemon(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(LAUNCHER, ['--host', '127.0.0.1', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output: out })));
}

export function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
