// Puts the daemon together: store → queue service → WebSocket gateway → HTTP server, plus the timers
// that roll the office day and take the daily backup. Used by main.ts and by the integration tests.
import { watchRatingWindows } from './server/rating-expiry.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { OfficeConfig } from './config/schema.js';
import { officeDay, type ZoneBook } from './domain/index.js';
import { QueueStore } from './store/queue-store.js';
import { QueueService } from './server/queue-service.js';
import { Gateway } from './server/gateway.js';
import { JournalService } from './server/journal-service.js';
import { createHttpServer, type AppMount } from './server/http.js';
import { unknownHallPage } from './server/hall-pages.js';
import { Devices, type DevicesOptions } from './devices.js';
import { AlertService } from './server/alert-service.js';
import { HostPolicy } from './server/host-policy.js';
import { readTlsFiles } from './server/tls-files.js';
import { StorageWatch } from './server/storage-watch.js';
import { healthReport } from './server/health.js';
import { LoginLimiter, type LimiterOptions } from './server/login-limiter.js';
import { TicketPageServer, type GuestLimits } from './server/ticket-page-server.js';
import { TicketTokens, ticketPageSecret } from './server/ticket-tokens.js';
import { KioskSpeech, SPEECH_PATH } from './server/kiosk-speech.js';
import { PromptVoice } from 'hardware';

export const VERSION = '0.1.0';

export interface DaemonOptions {
  config: OfficeConfig;
  dataDir: string;
  port: number;
  host?: string;
  /** Folder holding kiosk/, display/ and caller-panel/ with their built dist/. */
  appsRoot?: string;
  now?: () => number;
  log?: (line: string) => void;
  heartbeatMs?: number;
  backupsKept?: number;
  /** For tests: a HID bus instead of node-hid. */
  hid?: DevicesOptions['hid'];
  /** Where spoken pieces are cached (default `<data>/voice-cache`); daemons may share one folder. */
  voiceCacheDir?: string;
  /** Where the panel's configuration edits are saved (the --config file, or one in the data folder). */
  configFile?: string | null;
  /** How often the daemon looks for alerts that grow with time alone (default 30 s). */
  alertCheckMs?: number;
  /** How often the screens' summary is looked at for changes that come with time alone (default 15 s). */
  summaryCheckMs?: number;
  /** Where the office's time zone is read: main.ts gives one over the system's database; by default Intl. */
  zones?: ZoneBook;
  /** How often rating windows past their time are closed (default 1 s). */
  ratingCheckMs?: number;
  /** The login limits (server/login-limiter.ts DEFAULT_LIMITS); tests shrink the tables' capacity. */
  loginLimits?: Partial<LimiterOptions>;
  /** For tests: the guest listener's port instead of ticketPage.port (0: any free one), and its limits. */
  ticketPagePort?: number;
  guestLimits?: Partial<GuestLimits>;
}

export interface Daemon {
  url: string;
  port: number;
  service: QueueService;
  gateway: Gateway;
  journal: JournalService;
  devices: Devices;
  alerts: AlertService;
  storage: StorageWatch;
  /** The guest listener of the ticket page (`ticketPage` in the config), with its own address; null when off. */
  ticketPage: { server: TicketPageServer; url: string } | null;
  close(): Promise<void>;
}

export async function startDaemon(o: DaemonOptions): Promise<Daemon> {
  const log = o.log ?? ((line: string) => console.log(line));
  const startedAt = Date.now();
  await mkdir(o.dataDir, { recursive: true });
  const tls = o.config.server.tls ? readTlsFiles(o.config.server.tls) : undefined;
  const store = await QueueStore.open(join(o.dataDir, 'queue.sqlite'));
  const service = await QueueService.start(store, o.config, { now: o.now, log, zones: o.zones });
  const journal = await JournalService.start(service, log);
  // The ticket page is set up at start: switching it on or off takes a restart (docs/head-guide.md).
  const guest = o.config.ticketPage ? new TicketPageServer(service, new TicketTokens(ticketPageSecret(o.dataDir)), { tls, log, limits: o.guestLimits }) : null;
  const devices = await Devices.start(service, o.dataDir, { log, hid: o.hid, voiceCacheDir: o.voiceCacheDir, ticketLink: guest ? (ticket) => guest.linkOf(ticket.id) : undefined, cardResult: (id) => journal.cardResult(id) });
  const limiter = new LoginLimiter(o.loginLimits);
  const storage = await StorageWatch.start(store.db, o.dataDir, { lowBytes: () => service.config.alerts.lowDiskMegabytes * 1048576, log });
  const alerts = await AlertService.start(service, () => ({ ...devices.status(), storage: storage.reading() }), { checkMs: o.alertCheckMs, log, logins: (now) => limiter.lockouts(now) });
  storage.onChange(() => void alerts.check());
  alerts.watch(() => journal.feedbackAlerts());
  alerts.watch(() => journal.receptionAlerts());
  const hosts = new HostPolicy(() => service.config.server);
  const gateway = new Gateway(service, await store.recentEvents(2000), {
    heartbeatMs: o.heartbeatMs, log, devices: () => devices.status(), print: (ticket, issued) => devices.print(ticket, issued), pressButton: (booth, action) => devices.pressVirtual(booth, action), configFile: o.configFile ?? null, journal, alerts, hosts, limiter,
  });
  // Alerts the database cannot keep (its disk is full) still reach the staff screens, as notices.
  alerts.onUnsaved((alert) => gateway.notify({ kind: 'alert', level: alert.severity === 'critical' ? 'error' : 'warning', code: `${alert.kind.toUpperCase()}_ALERT`, message: alert.message, ...(alert.detail ? { detail: alert.detail } : {}), at: service.now() }, 'staff'));
  devices.attach((notice, audience) => {
    gateway.notify(notice, audience);
    if (notice.kind === 'devices') void alerts.check();
  });

  const backupDir = join(o.dataDir, 'backups');
  const backup = () =>
    store.backup(backupDir, service.state.day, o.backupsKept ?? 14).then(
      (file) => log(`backup written: ${file}`),
      (e: Error) => {
        log(`backup failed: ${e.message}`);
        gateway.notify({ kind: 'alert', level: 'warning', code: 'BACKUP_FAILED', message: `The daily backup failed: ${e.message}`, at: service.now() }, 'staff');
      },
    );
  service.onCommitted((events) => {
    if (events.some((e) => e.event.type === 'day')) void backup();
  });
  void backup();

  // The office day turns over at local midnight even when nobody touches anything.
  const dayTimer = setInterval(() => {
    if (officeDay(service.clock(), service.zone) > service.state.day) void service.execute({ type: 'rollDay' }, { role: 'system' });
  }, 30_000);
  dayTimer.unref();
  // The office opens, stops issuing and closes by the clock, with no event to carry the news to the screens.
  const summaryTimer = setInterval(() => gateway.refreshSummary(), o.summaryCheckMs ?? 15_000);
  summaryTimer.unref();
  const stopRatingWatch = watchRatingWindows(service, o.ratingCheckMs);

  const appsRoot = o.appsRoot ?? new URL('../../', import.meta.url).pathname;
  const apps: AppMount[] = [
    { prefix: '/kiosk', dir: join(appsRoot, 'kiosk', 'dist') },
    { prefix: '/display', dir: join(appsRoot, 'display', 'dist') },
    { prefix: '/panel', dir: join(appsRoot, 'caller-panel', 'dist') },
  ];
  const health = () => {
    const { database, disk } = storage.health();
    const details = { version: VERSION, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), day: service.state.day, clients: gateway.clientCount };
    return healthReport(details, { database: { ...database, seq: store.lastSeq }, disk, ...devices.health() });
  };
  // The protocol's machine-readable contract, generated into docs/contract/ by `npm run contract`.
  const files = ['contract.json', 'asyncapi.json'].map((name) => ({ path: `/protocol/${name}`, file: join(appsRoot, 'docs', 'contract', name) }));
  // The kiosk's accessible mode speaks with the office's own voice; its pieces share the PA's cache.
  const speech = new KioskSpeech(service, new PromptVoice({ engine: o.config.hardware.voice.engine, cacheDir: o.voiceCacheDir ?? join(o.dataDir, 'voice-cache'), log }), log);
  const speechWarmed = o.config.accessibility.kioskMode
    ? speech.warm().then((n) => log(`kiosk voice: ${n} prompts ready`), (e: Error) => log(`kiosk voice: could not prepare prompts: ${e.message}`))
    : Promise.resolve();
  const routes = [{ path: SPEECH_PATH, handle: speech.handle.bind(speech) }];
  const page = (path: string) => unknownHallPage(path, service.config);
  const server = createHttpServer({ apps, files, routes, health, page, upgrade: (req, socket, head) => gateway.upgrade(req, socket, head), log, hosts, tls });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${tls ? 'https' : 'http'}://${o.host && o.host !== '0.0.0.0' ? o.host : '127.0.0.1'}:${port}`;
  let ticketPage: Daemon['ticketPage'] = null;
  if (guest && o.config.ticketPage) {
    const guestHost = o.config.ticketPage.host;
    const guestPort = await guest.listen(o.ticketPagePort ?? o.config.ticketPage.port, guestHost).catch(async (e: Error) => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      throw e;
    });
    ticketPage = { server: guest, url: `${tls ? 'https' : 'http'}://${guestHost !== '0.0.0.0' ? guestHost : '127.0.0.1'}:${guestPort}` };
    log(`ticket page for the guest network on port ${guestPort}: ${o.config.ticketPage.baseUrl}<token>`);
  }

  return {
    url, port, service, gateway, journal, devices, alerts, storage, ticketPage,
    async close() {
      clearInterval(dayTimer);
      clearInterval(summaryTimer);
      await guest?.close();
      stopRatingWatch();
      alerts.close();
      storage.close();
      const devicesClosed = devices.close();
      await gateway.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.idle();
      await devicesClosed;
      await speechWarmed;
      await journal.store.close();
      await store.close();
    },
  };
}
