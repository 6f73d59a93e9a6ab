#!/usr/bin/env node
// queue-core: the office's queue daemon, started by queue-core/bin/queue-core [--config FILE] [--port N] [--data DIR].
// Without --config it runs the embedded demo office on simulated hardware.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfigFile, parseConfigText } from './config/load.js';
import { demoConfig } from './config/demo.js';
import { startDaemon } from './daemon.js';
import { StoreError } from './store/queue-store.js';
import { ZoneBook } from './domain/zone-book.js';
import { systemZoneSource } from './system-zones.js';

const USAGE = `Usage: queue-core [--config office.json] [--port 8080] [--data ./data] [--host 0.0.0.0]
  --config  the office configuration (JSON); without it the embedded demo office runs
  --port    HTTP and WebSocket port (env PORT, default 8080)
  --data    folder for the SQLite database and backups (env QUEUE_DATA, default ./data)
  --host    the address to listen on (default 0.0.0.0, every IPv4 address; "::" for IPv6 as well)
  --voice-cache  folder for synthesized speech (env QUEUE_VOICE_CACHE, default <data>/voice-cache)`;

async function main() {
  let args;
  try {
    args = parseArgs({ options: { config: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, 'voice-cache': { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } } }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const configFile = args.config ?? process.env.QUEUE_CONFIG;
  const port = Number(args.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: expected a port number, got "${args.port ?? process.env.PORT}"`);
    process.exit(2);
  }
  const dataDir = args.data ?? process.env.QUEUE_DATA ?? './data';
  // The office clock reads the system's time zone database (before the config, whose zone it checks).
  const zones = new ZoneBook(systemZoneSource(undefined, (line) => console.error(line)));
  // Without --config the demo office runs; once edited in the panel, it is kept in the data folder.
  const edited = join(dataDir, 'office-config.json');
  const source = configFile ?? (existsSync(edited) ? edited : null);
  const config = source ? await loadConfigFile(source, zones) : parseConfigText(JSON.stringify(demoConfig), 'embedded demo config', zones);
  if (!zones.hasRules(config.office.timezone)) {
    console.error(`time zone ${config.office.timezone}: not in the system's time zone database (install tzdata); using Intl, which needs some 8 MB more memory`);
  }
  const started = performance.now();
  const voiceCacheDir = args['voice-cache'] ?? process.env.QUEUE_VOICE_CACHE;
  const daemon = await startDaemon({ config, dataDir, port, host: args.host ?? process.env.HOST, configFile: configFile ?? edited, zones, ...(voiceCacheDir ? { voiceCacheDir } : {}) });
  const u = daemon.url;
  console.log(`queue-core ready in ${Math.round(performance.now() - started)} ms — ${source ? `config ${source}` : 'demo office (simulated hardware)'}, data in ${dataDir}
  kiosk           ${u}/kiosk/
  hall display    ${u}/display/hall
  booth display   ${u}/display/booth/1
  caller panel    ${u}/panel/
  health          ${u}/healthz
  WebSocket       ${u.replace('http', 'ws')}/ws${daemon.ticketPage ? `
  ticket page     ${daemon.ticketPage.url}/t/<token> (guest network; the QR codes point to ${config.ticketPage?.baseUrl}<token>)` : ''}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the current work and closing the database`);
    await daemon.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    // Exit code 2 tells systemd not to restart into the same bad file.
    console.error(`The configuration is not valid — ${e.message}`);
    process.exit(2);
  }
  if (e instanceof StoreError) console.error(`The database cannot be used — ${e.message}`);
  else if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`Port ${(e as NodeJS.ErrnoException & { port?: number }).port ?? ''} is already in use: stop the other program or choose --port`);
  else if ((e as NodeJS.ErrnoException).code === 'EACCES') console.error(`Permission denied: ${(e as Error).message}`);
  else console.error(`queue-core could not start: ${(e as Error).message}`);
  process.exit(1);
});
