// The time zones one daemon (or one screen) works with: where their rules come from and the zones already
// made, so that each zone's file is read and each Intl formatter built once. Owned by whoever creates it —
// the daemon makes one at start — and passed to the rules that need a zone: the domain keeps no state of
// its own between calls.
import { intlZone, isTimeZone, rulesZone, type TimeZone, type ZoneSource } from './office-time.js';
import type { ZoneRules } from './zone-rules.js';

export class ZoneBook {
  private readonly zones = new Map<string, TimeZone>();
  private readonly found = new Map<string, ZoneRules | null>();

  /** With no source, every zone is read through Intl, as in a browser or a test. */
  constructor(private readonly source: ZoneSource | null = null) {}

  /** The zone of an IANA name: from the source's rules when it has them, otherwise through Intl. */
  zone(name: string): TimeZone {
    let zone = this.zones.get(name);
    if (!zone) {
      const rules = this.rulesOf(name);
      zone = rules ? rulesZone(rules) : intlZone(name);
      this.zones.set(name, zone);
    }
    return zone;
  }

  /** True when the zone's offsets come from the source rather than from Intl. */
  hasRules(name: string): boolean {
    return this.rulesOf(name) !== null;
  }

  /** True for a time zone the source or Intl knows; the source is asked first, so a known zone never touches Intl. */
  isTimeZone(name: string): boolean {
    return this.hasRules(name) || isTimeZone(name);
  }

  private rulesOf(name: string): ZoneRules | null {
    let rules = this.found.get(name);
    if (rules === undefined) this.found.set(name, (rules = this.source ? this.source(name) : null));
    return rules;
  }
}
