// Where the daemon's clock finds the office's time zone: the system's time zone database (Debian's tzdata,
// /usr/share/zoneinfo, or TZDIR), read once per zone. A zone it lacks falls back to Intl (see office-time.ts),
// which works the same but brings ICU's locale data into memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZoneSource } from './domain/office-time.js';
import { parseZoneFile } from './domain/zone-rules.js';

/** IANA names only ("Europe/Moscow", "Etc/GMT+3"): never a path that climbs out of the database. */
const ZONE_NAME = /^[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+){0,2}$/;

export function systemZoneSource(dir = process.env.TZDIR || '/usr/share/zoneinfo', log: (line: string) => void = () => {}): ZoneSource {
  return (name) => {
    if (!ZONE_NAME.test(name)) return null;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, name));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') log(`time zone ${name}: cannot read ${join(dir, name)} (${(e as Error).message}); using Intl instead`);
      return null;
    }
    try {
      return parseZoneFile(name, bytes);
    } catch (e) {
      log(`${(e as Error).message}; using Intl instead`);
      return null;
    }
  };
}
